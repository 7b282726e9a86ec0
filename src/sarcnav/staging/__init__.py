"""FIGO 2009 / 2023 and AJCC 8 staging."""

from sarcnav.staging.engine import stage

__all__ = ["stage"]

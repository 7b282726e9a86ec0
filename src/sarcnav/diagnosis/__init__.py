"""WHO 2020 diagnosis of uterine mesenchymal tumours."""

from sarcnav.diagnosis.engine import diagnose

__all__ = ["diagnose"]

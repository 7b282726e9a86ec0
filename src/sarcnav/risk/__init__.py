"""Risk engines: occult-sarcoma risk before surgery and published prognosis after it."""

from sarcnav.risk.preop import assess_preop

__all__ = ["assess_preop"]

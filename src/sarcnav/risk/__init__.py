"""Risk engines: occult-sarcoma risk before surgery and published prognosis after it."""

from sarcnav.risk.preop import assess_preop
from sarcnav.risk.prognosis import prognosis, prognosis_for_case

__all__ = ["assess_preop", "prognosis", "prognosis_for_case"]

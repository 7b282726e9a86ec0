"""Rules as data: three-valued condition trees and ordered decision tables."""

from sarcnav.rules.conditions import Condition, Threshold
from sarcnav.rules.evaluate import Fact, Facts, Outcome, evaluate
from sarcnav.rules.tables import Decision, DecisionRow, decide

__all__ = [
    "Condition",
    "Decision",
    "DecisionRow",
    "Fact",
    "Facts",
    "Outcome",
    "Threshold",
    "decide",
    "evaluate",
]

"""Rules as data: three-valued condition trees and ordered decision tables."""

from sarcnav.rules.conditions import Condition, Threshold
from sarcnav.rules.evaluate import Fact, Facts, Known, Outcome, Program, evaluate, known
from sarcnav.rules.tables import Decision, DecisionRow, Table, decide

__all__ = [
    "Condition",
    "Decision",
    "DecisionRow",
    "Fact",
    "Facts",
    "Known",
    "Outcome",
    "Program",
    "Table",
    "Threshold",
    "decide",
    "evaluate",
    "known",
]

"""Ordered decision tables: the first row that is met decides, unless an earlier row is unknown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from sarcnav.model.results import Verdict
from sarcnav.rules.conditions import Condition
from sarcnav.rules.evaluate import Evaluator, Facts, Outcome


class DecisionRow(Protocol):
    """What a table row must offer: an id and a condition."""

    @property
    def id(self) -> str: ...

    @property
    def when(self) -> Condition: ...


R = TypeVar("R", bound=DecisionRow)


@dataclass
class Decision(Generic[R]):
    """Which row decided; if undecided, the rows still possible and what would settle them."""

    row: R | None
    candidates: list[R]
    trace: list[str]
    outcome: Outcome
    evaluator: Evaluator
    row_outcomes: dict[str, Outcome] = field(default_factory=dict)


def decide(rows: Sequence[R], facts: Facts, criteria: Mapping[str, Condition]) -> Decision[R]:
    """Walk ``rows`` in order; collect unknown rows until one is met.

    The result is decided when the first row that is not ``not_met`` is ``met``. Otherwise
    ``candidates`` holds the unknown rows (and the first met row, if any) and ``outcome.missing``
    the input fields whose absence kept them unknown.
    """
    evaluator = Evaluator(facts, criteria)
    candidates: list[R] = []
    trace: list[str] = []
    total = Outcome(Verdict.UNKNOWN)
    outcomes: dict[str, Outcome] = {}
    for row in rows:
        result = evaluator.evaluate(row.when)
        outcomes[row.id] = result
        if result.verdict is Verdict.NOT_MET:
            continue
        trace.append(f"{row.id}:{result.verdict.value}")
        total.absorb(result)
        candidates.append(row)
        if result.verdict is Verdict.MET:
            break
    decided = len(candidates) == 1 and outcomes[candidates[0].id].verdict is Verdict.MET
    if decided:
        total.verdict = Verdict.MET
    return Decision(
        row=candidates[0] if decided else None,
        candidates=candidates,
        trace=trace,
        outcome=total,
        evaluator=evaluator,
        row_outcomes=outcomes,
    )

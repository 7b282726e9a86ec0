"""Ordered decision tables: the first row that is met decides, unless an earlier row is unknown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Generic, Protocol, TypeVar

from sarcnav.rules.compiler import MET, NOT_MET, UNKNOWN, Known, Pairs, Program, Result
from sarcnav.rules.conditions import Condition
from sarcnav.rules.evaluate import Facts, FactsOf


class DecisionRow(Protocol):
    """What a table row must offer: an id and a condition."""

    @property
    def id(self) -> str: ...

    @property
    def when(self) -> Condition: ...


R = TypeVar("R", bound=DecisionRow)


class Decision(Generic[R]):
    """Which row decided; if undecided, the rows still possible and what would settle them.

    ``missing`` and ``notes`` gather those of the candidate rows; ``evaluated`` holds every row
    read, in order, with its result; ``criteria`` the named criteria evaluated, in order. (A plain
    class, not a dataclass: mypyc compiles this module, and it cannot compile a generic dataclass.)
    """

    __slots__ = ("candidates", "criteria", "evaluated", "missing", "notes", "row", "trace")

    def __init__(
        self,
        row: R | None,
        candidates: list[R],
        trace: list[str],
        missing: tuple[str, ...],
        notes: Pairs,
        evaluated: list[tuple[R, Result]],
        criteria: dict[str, Result],
    ) -> None:
        self.row = row
        self.candidates = candidates
        self.trace = trace
        self.missing = missing
        self.notes = notes
        self.evaluated = evaluated
        self.criteria = criteria


class Table(Generic[R]):
    """A decision table compiled once: its rows with their compiled conditions."""

    def __init__(self, rows: Sequence[R], program: Program) -> None:
        self.rows = [
            (
                row,
                program.compile(row.when, f"row {row.id}"),
                {v: f"{row.id}:{v.value}" for v in (MET, UNKNOWN)},
            )
            for row in rows
        ]

    def decide(self, facts: Mapping[str, Known], done: dict[str, Result]) -> Decision[R]:
        """Walk the rows in order; collect unknown rows until one is met.

        The result is decided when the first row that is not ``not_met`` is ``met``. Otherwise
        ``candidates`` holds the unknown rows (and the first met row, if any) and ``missing`` the
        input fields whose absence kept them unknown. ``done`` caches named criteria.
        """
        candidates: list[R] = []
        trace: list[str] = []
        evaluated: list[tuple[R, Result]] = []
        missing: tuple[str, ...] = ()
        notes: Pairs = ()
        for row, node, traced in self.rows:
            result = node(facts, done)
            evaluated.append((row, result))
            verdict = result[0]
            if verdict is NOT_MET:
                continue
            trace.append(traced[verdict])
            missing += result[2]
            notes += result[3]
            candidates.append(row)
            if verdict is MET:
                break
        decided = len(candidates) == 1 and evaluated[-1][1][0] is MET
        return Decision(
            candidates[0] if decided else None, candidates, trace, missing, notes, evaluated, done
        )


def decide(rows: Sequence[R], facts: Facts, criteria: Mapping[str, Condition]) -> Decision[R]:
    """Decide ``rows`` over ``facts`` once (a convenience over :class:`Table`)."""
    return Table(rows, Program(criteria)).decide(FactsOf(facts), {})

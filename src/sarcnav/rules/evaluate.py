"""Three-valued evaluation of condition trees over a map of facts (compiled by ``compiler``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sarcnav.model.build import evidence
from sarcnav.model.results import Evidence, Verdict
from sarcnav.rules.compiler import MET, Known, Node, Pairs, Program, Result
from sarcnav.rules.conditions import Condition

__all__ = [
    "MET",
    "Fact",
    "Facts",
    "FactsOf",
    "Known",
    "Node",
    "Outcome",
    "Pairs",
    "Program",
    "Result",
    "evaluate",
    "evidence_of",
    "known",
    "plain",
]


@dataclass(frozen=True)
class Fact:
    """A value read from the input; ``None`` means unknown.

    ``field`` is the input path; a fact combined from several inputs names them joined by ``|``
    (when unknown, only the ones that are missing).
    """

    value: Any
    field: str


Facts = Mapping[str, Fact]


def plain(value: Any) -> Any:
    """The value a rule compares and shows: an enum's value, a model's ``value``, else itself."""
    if isinstance(value, Enum):
        return value._value_
    return getattr(value, "value", value)


PLAIN_TYPES = frozenset({type(None), bool, int, float, str})
"""Types whose values rules compare and show as they are."""


def known(value: Any, field: str) -> Known:
    """A fact as compiled trees read it."""
    if type(value) in PLAIN_TYPES:
        return (value, value, field)
    if isinstance(value, Enum):
        return (value, value._value_, field)
    return (value, getattr(value, "value", value), field)


@dataclass(slots=True)
class Outcome:
    """Verdict of a tree: what it saw (field → value, None = missing), what it lacked, notes."""

    verdict: Verdict
    seen: dict[str, Any] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)
    notes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, result: Result) -> Outcome:
        verdict, seen, missing, notes = result
        return cls(verdict, dict(seen), set(missing), dict(notes))

    @property
    def evidence(self) -> list[Evidence]:
        return [evidence(f, v) for f, v in self.seen.items()]


def evidence_of(seen: Pairs) -> list[Evidence]:
    """Evidence, one per field seen (a later pair for a field replaces its value)."""
    if len(seen) == 1:
        ((field, value),) = seen
        return [evidence(field, value)]
    return [evidence(f, v) for f, v in dict(seen).items()]


class FactsOf(dict[str, Known]):
    """A :data:`Facts` mapping read lazily as :data:`Known` facts."""

    def __init__(self, facts: Facts) -> None:
        super().__init__()
        self.facts = facts

    def __missing__(self, name: str) -> Known:
        fact = self.facts.get(name)
        if fact is None:
            raise KeyError(f"rule reads unknown fact {name!r}")
        found = self[name] = known(fact.value, fact.field)
        return found


_PLAIN = Program({})


def evaluate(
    cond: Condition, facts: Facts, criteria: Mapping[str, Condition] | None = None
) -> Outcome:
    """Evaluate one tree over ``facts`` (a convenience; engines keep their compiled trees)."""
    node = (Program(criteria) if criteria else _PLAIN).compile(cond)
    return Outcome.of(node(FactsOf(facts), {}))

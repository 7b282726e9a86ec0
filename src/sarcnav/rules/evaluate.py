"""Three-valued evaluation of condition trees, compiled once into closures.

A compiled tree (a :data:`Node`) is called with the facts (name → :data:`Known`) and the outcomes
of the named criteria evaluated so far, and returns a :data:`Result` tuple
``(verdict, seen, missing, notes)``: ``seen`` and ``notes`` are ``(key, value)`` pairs in the order
read (a later pair for the same key replaces the value, as ``dict.update`` would), ``missing`` the
input fields whose absence left the verdict unknown. Named criteria are evaluated once per
``done`` dict, in the order first needed.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sarcnav.model.case import MitoticCount
from sarcnav.model.results import Evidence, Verdict, evidence
from sarcnav.rules.conditions import Condition, Threshold


@dataclass(frozen=True)
class Fact:
    """A value read from the input; ``None`` means unknown.

    ``field`` is the input path; a fact combined from several inputs names them joined by ``|``
    (when unknown, only the ones that are missing).
    """

    value: Any
    field: str


Facts = Mapping[str, Fact]
Known = tuple[Any, Any, str]
"""A fact as the compiled trees read it: (value, plain value, field); see :func:`known`."""
Pairs = tuple[tuple[str, Any], ...]
Result = tuple[Verdict, Pairs, tuple[str, ...], Pairs]
Node = Callable[[Mapping[str, Known], dict[str, Result]], Result]

MET, NOT_MET, UNKNOWN = Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN
_INVERT = {MET: NOT_MET, NOT_MET: MET, UNKNOWN: UNKNOWN}


def plain(value: Any) -> Any:
    """The value a rule compares and shows: an enum's value, a model's ``value``, else itself."""
    if isinstance(value, Enum):
        return value._value_
    return getattr(value, "value", value)


def known(value: Any, field: str) -> Known:
    return (value, plain(value), field)


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


class Program:
    """Condition trees compiled against one set of named criteria (each tree compiled once)."""

    def __init__(self, criteria: Mapping[str, Condition]) -> None:
        self.criteria = criteria
        self._named: dict[str, Node] = {}
        # id(tree) -> (tree, node); holding the tree keeps its id from being reused.
        self._trees: dict[int, tuple[Condition, Node]] = {}

    def compile(self, cond: Condition) -> Node:
        """The compiled function of one tree."""
        hit = self._trees.get(id(cond))
        if hit is None:
            hit = self._trees[id(cond)] = (cond, self._compile(cond))
        return hit[1]

    def _compile(self, cond: Condition) -> Node:
        kind = cond.kind
        if kind == "fact":
            return _compile_fact(cond)
        if kind == "criterion":
            assert cond.criterion is not None
            return self._criterion(cond.criterion)
        if kind == "not":
            assert cond.not_ is not None
            return _compile_not(self.compile(cond.not_))
        if kind == "mitoses":
            assert cond.mitoses is not None
            return _compile_mitoses(*cond.mitoses.op())
        if kind == "all":
            assert cond.all is not None
            return _compile_combine([self.compile(c) for c in cond.all], NOT_MET, len(cond.all))
        if kind == "any":
            assert cond.any is not None
            return _compile_combine([self.compile(c) for c in cond.any], MET, 1)
        assert cond.at_least is not None and cond.of is not None
        return _compile_combine([self.compile(c) for c in cond.of], None, cond.at_least)

    def _criterion(self, name: str) -> Node:
        found = self._named.get(name)
        if found is None:
            body = self.compile(self.criteria[name])

            def criterion(facts: Mapping[str, Known], done: dict[str, Result]) -> Result:
                result = done.get(name)
                if result is None:
                    result = done[name] = body(facts, done)
                return result

            found = self._named[name] = criterion
        return found


def evaluate(
    cond: Condition, facts: Facts, criteria: Mapping[str, Condition] | None = None
) -> Outcome:
    """Evaluate one tree over ``facts`` (a convenience; engines keep their compiled trees)."""
    node = (Program(criteria) if criteria else _PLAIN).compile(cond)
    return Outcome.of(node(FactsOf(facts), {}))


_PLAIN = Program({})


def _compile_combine(children: list[Node], stop_on: Verdict | None, need: int) -> Node:
    def combine(facts: Mapping[str, Known], done: dict[str, Result]) -> Result:
        seen: Pairs = ()
        missing: tuple[str, ...] = ()
        notes: Pairs = ()
        met = unknown = 0
        for child in children:
            verdict, child_seen, child_missing, child_notes = child(facts, done)
            seen += child_seen
            if child_missing:
                missing += child_missing
            if child_notes:
                notes += child_notes
            if verdict is MET:
                met += 1
            elif verdict is UNKNOWN:
                unknown += 1
            if verdict is stop_on:
                break
        if met >= need:
            return (MET, seen, (), notes)
        if met + unknown < need:
            return (NOT_MET, seen, (), notes)
        return (UNKNOWN, seen, missing, notes)

    return combine


def _compile_not(inner: Node) -> Node:
    def negate(facts: Mapping[str, Known], done: dict[str, Result]) -> Result:
        verdict, seen, missing, notes = inner(facts, done)
        return (_INVERT[verdict], seen, missing, notes)

    return negate


def _compile_fact(cond: Condition) -> Node:
    name = cond.fact
    assert name is not None
    test, expected = _test(cond)

    def fact_fn(facts: Mapping[str, Known], done: dict[str, Result]) -> Result:
        value, shown, path = facts[name]
        if value is None:
            return (UNKNOWN, ((path, None),), tuple(path.split("|")), ())
        return (MET if test(shown, expected) else NOT_MET, ((path, shown),), (), ())

    return fact_fn


def _test(cond: Condition) -> tuple[Callable[[Any, Any], bool], Any]:
    """The comparison a fact test makes, and the value it compares with."""
    if cond.eq is not None:
        return operator.eq, cond.eq
    if cond.in_ is not None:
        return _within, list(cond.in_)
    for name, compare in (("gt", operator.gt), ("ge", operator.ge), ("lt", operator.lt)):
        limit = getattr(cond, name)
        if limit is not None:
            return lambda v, lim, cmp=compare: bool(cmp(float(v), lim)), limit
    assert cond.le is not None
    return lambda v, lim: float(v) <= lim, cond.le


def _within(value: Any, allowed: list[Any]) -> bool:
    return value in allowed


_OPS = {"ge": operator.ge, "gt": operator.gt, "lt": operator.lt}


def _compile_mitoses(op: str, threshold: Threshold) -> Node:
    compare = _OPS[op]
    per_mm2_limit, per_10_limit = threshold.per_mm2, threshold.per_10_hpf
    no_threshold = f"no per-mm² threshold is published for {op} {per_10_limit:g}/10 HPF"

    def mitoses(facts: Mapping[str, Known], done: dict[str, Result]) -> Result:
        count: MitoticCount | None
        count, _, path = facts["mitoses"]
        if count is None:
            return (UNKNOWN, ((path, None),), (path,), ())
        notes: Pairs = ()
        per_mm2 = count.per_mm2()
        per_10 = count.per_10_hpf()
        if per_mm2 is not None and per_mm2_limit is not None:
            value, limit, unit = per_mm2, per_mm2_limit, "per mm²"
        elif per_10 is not None:
            value, limit, unit = per_10, per_10_limit, "per 10 HPF"
            if per_mm2 is None:
                notes = (
                    (
                        "FIELD_SIZE_UNKNOWN",
                        "mitotic count per 10 HPF without the field size: compared with the "
                        "per-10-HPF threshold",
                    ),
                )
        else:
            return (UNKNOWN, ((path, no_threshold),), (), (("NO_PER_MM2_THRESHOLD", no_threshold),))
        if value == limit:
            notes += (("AT_THRESHOLD", f"mitotic count {value:g} {unit} equals a threshold"),)
        shown = f"{round(value, 2):g} {unit} ({op} {limit:g})"
        return (MET if compare(value, limit) else NOT_MET, ((path, shown),), (), notes)

    return mitoses

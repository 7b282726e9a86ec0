"""Three-valued evaluation of condition trees over a map of facts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sarcnav.model.case import MitoticCount
from sarcnav.model.results import Evidence, Verdict
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


@dataclass(slots=True)
class Outcome:
    """Verdict of a tree: what it saw (field → value, None = missing), what it lacked, notes.

    Outcomes are shared once made (criteria are cached): only a fresh one is ever mutated.
    """

    verdict: Verdict
    seen: dict[str, Any] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)
    notes: dict[str, str] = field(default_factory=dict)

    def absorb(self, other: Outcome) -> None:
        self.seen.update(other.seen)
        self.missing |= other.missing
        self.notes.update(other.notes)

    @property
    def evidence(self) -> list[Evidence]:
        return [Evidence(field=f, value=v) for f, v in self.seen.items()]


_INVERT = {
    Verdict.MET: Verdict.NOT_MET,
    Verdict.NOT_MET: Verdict.MET,
    Verdict.UNKNOWN: Verdict.UNKNOWN,
}


class Evaluator:
    """Evaluates trees against one set of facts, caching named criteria."""

    def __init__(self, facts: Facts, criteria: Mapping[str, Condition]) -> None:
        self.facts = facts
        self.criteria = criteria
        self.criterion_outcomes: dict[str, Outcome] = {}

    def criterion(self, name: str) -> Outcome:
        found = self.criterion_outcomes.get(name)
        if found is None:
            found = self.criterion_outcomes[name] = self.evaluate(self.criteria[name])
        return found

    def evaluate(self, cond: Condition) -> Outcome:
        return compiled(cond)(self)


def evaluate(
    cond: Condition, facts: Facts, criteria: Mapping[str, Condition] | None = None
) -> Outcome:
    """Evaluate one tree (a convenience over :class:`Evaluator`)."""
    return Evaluator(facts, criteria or {}).evaluate(cond)


Fn = Callable[[Evaluator], Outcome]
# id(condition) -> (condition, function); holding the condition keeps its id from being reused.
_COMPILED: dict[int, tuple[Condition, Fn]] = {}


def compiled(cond: Condition) -> Fn:
    """The compiled function of a condition tree (compiled on first use)."""
    hit = _COMPILED.get(id(cond))
    if hit is None:
        hit = _COMPILED[id(cond)] = (cond, compile_tree(cond))
    return hit[1]


def compile_tree(cond: Condition) -> Fn:
    """Compile a condition tree once into nested closures (the evaluator's fast path)."""
    kind = cond.kind
    if kind == "fact":
        return _compile_fact(cond)
    if kind == "criterion":
        name = cond.criterion
        assert name is not None
        return lambda ev: ev.criterion(name)
    if kind == "not":
        assert cond.not_ is not None
        inner_fn = compiled(cond.not_)

        def negate(ev: Evaluator) -> Outcome:
            inner = inner_fn(ev)
            return Outcome(_INVERT[inner.verdict], inner.seen, inner.missing, inner.notes)

        return negate
    if kind == "mitoses":
        assert cond.mitoses is not None
        op, threshold = cond.mitoses.op()
        return lambda ev: _mitoses(ev.facts["mitoses"], op, threshold)
    if kind == "all":
        assert cond.all is not None
        return _compile_combine([compiled(c) for c in cond.all], Verdict.NOT_MET, len(cond.all))
    if kind == "any":
        assert cond.any is not None
        return _compile_combine([compiled(c) for c in cond.any], Verdict.MET, 1)
    assert cond.at_least is not None and cond.of is not None
    return _compile_combine([compiled(c) for c in cond.of], None, cond.at_least)


def _compile_combine(children: list[Fn], stop_on: Verdict | None, need: int) -> Fn:
    def combine(ev: Evaluator) -> Outcome:
        out = Outcome(Verdict.UNKNOWN)
        met = unknown = 0
        for child in children:
            result = child(ev)
            out.absorb(result)
            if result.verdict is Verdict.MET:
                met += 1
            elif result.verdict is Verdict.UNKNOWN:
                unknown += 1
            if result.verdict is stop_on:
                break
        if met >= need:
            out.verdict = Verdict.MET
        elif met + unknown < need:
            out.verdict = Verdict.NOT_MET
        if out.verdict is not Verdict.UNKNOWN:
            out.missing = set()
        return out

    return combine


def _compile_fact(cond: Condition) -> Fn:
    name = cond.fact
    assert name is not None
    test = _test(cond)

    def fact_fn(ev: Evaluator) -> Outcome:
        fact = ev.facts.get(name)
        if fact is None:
            raise KeyError(f"rule reads unknown fact {name!r}")
        if fact.value is None:
            return Outcome(Verdict.UNKNOWN, {fact.field: None}, set(fact.field.split("|")))
        value = _plain(fact.value)
        verdict = Verdict.MET if test(value) else Verdict.NOT_MET
        return Outcome(verdict, {fact.field: value})

    return fact_fn


def _test(cond: Condition) -> Callable[[Any], bool]:
    if cond.eq is not None:
        expected = cond.eq
        return lambda v: bool(v == expected)
    if cond.in_ is not None:
        allowed = list(cond.in_)
        return lambda v: v in allowed
    return lambda v: _compare(float(v), cond)


def _mitoses(fact: Fact, op: str, threshold: Threshold) -> Outcome:
    count: MitoticCount | None = fact.value
    if count is None:
        return Outcome(Verdict.UNKNOWN, {fact.field: None}, {fact.field})
    notes: dict[str, str] = {}
    per_mm2 = count.per_mm2()
    per_10 = count.per_10_hpf()
    if per_mm2 is not None and threshold.per_mm2 is not None:
        value, limit, unit = per_mm2, threshold.per_mm2, "per mm²"
    elif per_10 is not None:
        value, limit, unit = per_10, threshold.per_10_hpf, "per 10 HPF"
        if per_mm2 is None:
            notes["FIELD_SIZE_UNKNOWN"] = (
                "mitotic count per 10 HPF without the field size: compared with the "
                "per-10-HPF threshold"
            )
    else:
        detail = f"no per-mm² threshold is published for {op} {threshold.per_10_hpf:g}/10 HPF"
        notes["NO_PER_MM2_THRESHOLD"] = detail
        return Outcome(Verdict.UNKNOWN, {fact.field: detail}, set(), notes)
    if value == limit:
        notes["AT_THRESHOLD"] = f"mitotic count {value:g} {unit} equals a threshold"
    ok = {"ge": value >= limit, "gt": value > limit, "lt": value < limit}[op]
    shown = f"{round(value, 2):g} {unit} ({op} {limit:g})"
    return Outcome(Verdict.MET if ok else Verdict.NOT_MET, {fact.field: shown}, set(), notes)


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _compare(value: float, cond: Condition) -> bool:
    if cond.gt is not None:
        return value > cond.gt
    if cond.ge is not None:
        return value >= cond.ge
    if cond.lt is not None:
        return value < cond.lt
    assert cond.le is not None
    return value <= cond.le

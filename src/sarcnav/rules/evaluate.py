"""Three-valued evaluation of condition trees over a map of facts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sarcnav.model.case import MitoticCount
from sarcnav.model.results import Evidence, Verdict
from sarcnav.rules.conditions import Condition, Threshold


@dataclass(frozen=True)
class Fact:
    """A value read from the input; ``None`` means unknown. ``field`` is the input path."""

    value: Any
    field: str


Facts = Mapping[str, Fact]


@dataclass
class Outcome:
    """Verdict of a tree, with what it saw, what it lacked, and notes for the reviewer."""

    verdict: Verdict
    evidence: list[Evidence] = field(default_factory=list)
    missing: set[str] = field(default_factory=set)
    notes: list[tuple[str, str]] = field(default_factory=list)

    def absorb(self, other: Outcome) -> None:
        self.evidence.extend(e for e in other.evidence if e not in self.evidence)
        self.missing |= other.missing
        self.notes.extend(n for n in other.notes if n not in self.notes)


class Evaluator:
    """Evaluates trees against one set of facts, caching named criteria."""

    def __init__(self, facts: Facts, criteria: Mapping[str, Condition]) -> None:
        self.facts = facts
        self.criteria = criteria
        self.criterion_outcomes: dict[str, Outcome] = {}

    def criterion(self, name: str) -> Outcome:
        if name not in self.criterion_outcomes:
            self.criterion_outcomes[name] = self.evaluate(self.criteria[name])
        return self.criterion_outcomes[name]

    def evaluate(self, cond: Condition) -> Outcome:
        if cond.criterion is not None:
            inner = self.criterion(cond.criterion)
            return Outcome(
                inner.verdict, list(inner.evidence), set(inner.missing), list(inner.notes)
            )
        if cond.fact is not None:
            return self._fact(cond)
        if cond.mitoses is not None:
            name, threshold = cond.mitoses.op()
            return self._mitoses(name, threshold)
        if cond.not_ is not None:
            inner = self.evaluate(cond.not_)
            inverted = {Verdict.MET: Verdict.NOT_MET, Verdict.NOT_MET: Verdict.MET}
            inner.verdict = inverted.get(inner.verdict, Verdict.UNKNOWN)
            return inner
        if cond.all is not None:
            return self._combine(cond.all, stop_on=Verdict.NOT_MET, need=len(cond.all))
        if cond.any is not None:
            return self._combine(cond.any, stop_on=Verdict.MET, need=1)
        assert cond.at_least is not None and cond.of is not None
        return self._combine(cond.of, stop_on=None, need=cond.at_least)

    def _combine(self, children: list[Condition], stop_on: Verdict | None, need: int) -> Outcome:
        out = Outcome(Verdict.UNKNOWN)
        met = unknown = 0
        for child in children:
            result = self.evaluate(child)
            out.absorb(result)
            met += result.verdict is Verdict.MET
            unknown += result.verdict is Verdict.UNKNOWN
            if stop_on is not None and result.verdict is stop_on:
                break
        if met >= need:
            out.verdict = Verdict.MET
        elif met + unknown < need:
            out.verdict = Verdict.NOT_MET
        if out.verdict is not Verdict.UNKNOWN:
            out.missing = set()
        return out

    def _fact(self, cond: Condition) -> Outcome:
        assert cond.fact is not None
        fact = self.facts.get(cond.fact)
        if fact is None:
            raise KeyError(f"rule reads unknown fact {cond.fact!r}")
        if fact.value is None:
            return Outcome(Verdict.UNKNOWN, [Evidence(field=fact.field)], {fact.field})
        value = fact.value
        if cond.eq is not None:
            ok = _plain(value) == cond.eq
        elif cond.in_ is not None:
            ok = _plain(value) in cond.in_
        else:
            ok = _compare(float(value), cond)
        verdict = Verdict.MET if ok else Verdict.NOT_MET
        return Outcome(verdict, [Evidence(field=fact.field, value=_plain(value))])

    def _mitoses(self, op: str, threshold: Threshold) -> Outcome:
        fact = self.facts["mitoses"]
        count: MitoticCount | None = fact.value
        if count is None:
            return Outcome(Verdict.UNKNOWN, [Evidence(field=fact.field)], {fact.field})
        notes: list[tuple[str, str]] = []
        per_mm2 = count.per_mm2()
        per_10 = count.per_10_hpf()
        if per_mm2 is not None and threshold.per_mm2 is not None:
            value, limit, unit = per_mm2, threshold.per_mm2, "per mm²"
        elif per_10 is not None:
            value, limit, unit = per_10, threshold.per_10_hpf, "per 10 HPF"
            if per_mm2 is None:
                notes.append(
                    (
                        "FIELD_SIZE_UNKNOWN",
                        "mitotic count per 10 HPF without the field size: compared with the "
                        "per-10-HPF threshold",
                    )
                )
        else:
            detail = f"no per-mm² threshold is published for {op} {threshold.per_10_hpf:g}/10 HPF"
            notes.append(("NO_PER_MM2_THRESHOLD", detail))
            return Outcome(
                Verdict.UNKNOWN, [Evidence(field=fact.field, value=detail)], set(), notes
            )
        if value == limit:
            notes.append(("AT_THRESHOLD", f"mitotic count {value:g} {unit} equals a threshold"))
        ok = {"ge": value >= limit, "gt": value > limit, "lt": value < limit}[op]
        shown = f"{round(value, 2):g} {unit} ({op} {limit:g})"
        evidence = [Evidence(field=fact.field, value=shown)]
        return Outcome(Verdict.MET if ok else Verdict.NOT_MET, evidence, set(), notes)


def evaluate(
    cond: Condition, facts: Facts, criteria: Mapping[str, Condition] | None = None
) -> Outcome:
    """Evaluate one tree (a convenience over :class:`Evaluator`)."""
    return Evaluator(facts, criteria or {}).evaluate(cond)


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

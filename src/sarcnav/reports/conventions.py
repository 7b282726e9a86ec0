"""Diagnosis-time reading conventions: a morphology a plain diagnosis term implies (round 11).

A plain "leiomyosarcoma" in a report that names no morphology is the conventional (spindle) type
(``vocabulary.yaml`` ``morphology_defaults``). The default is given to the engines only: the
reading's findings keep what the report states, and the diagnosis's reasons say the convention
was used, with the diagnosis line as evidence.
"""

from __future__ import annotations

import re
from functools import cache

from sarcnav.model.case import Findings
from sarcnav.model.report import ModifierCategory, ReportReading
from sarcnav.model.results import Evidence, Reason, Verdict
from sarcnav.reports.patterns import MorphologyDefault, vocabulary

_BEFORE = 40  # characters before the term searched for a qualifier ('pleomorphic leiomyosarcoma')
_AFTER = 80  # and after it, up to the end of the clause ('leiomyosarcoma (xanthomatous variant)')
_CLAUSE_START = re.compile(r"[:|\n]|^\s*[-*]")
_CLAUSE_END = re.compile(r"[.;\n]")


@cache
def _variants() -> list[tuple[MorphologyDefault, re.Pattern[str]]]:
    return [(d, re.compile(d.variant, re.I)) for d in vocabulary().morphology_defaults]


def _window(text: str, start: int, end: int) -> str:
    """The clause around a diagnosis term: from the last label colon (or line start) before it
    to the end of its sentence, at most a few words either side."""
    head = text[max(0, start - _BEFORE) : start]
    cut = [m.end() for m in _CLAUSE_START.finditer(head)]
    tail = text[end : end + _AFTER]
    stop = _CLAUSE_END.search(tail)
    return head[cut[-1] if cut else 0 :] + " " + tail[: stop.start() if stop else len(tail)]


def default_morphology(reading: ReportReading, text: str) -> tuple[Findings, Reason] | None:
    """The findings the engines see with the implied morphology, and the reason saying so.

    Only for a stated diagnosis asserted plainly (not uncertain, negated or set aside), when no
    morphology is read anywhere in the report other than as negated, and no qualifier next to the
    term names a variant. ``text`` is the text the reading's offsets point into.
    """
    stated = reading.stated_diagnosis
    if (
        stated is None
        or stated.uncertain
        or stated.pattern_id is None
        or reading.findings.morphology is not None
    ):
        return None
    if any(
        e.field == "findings.morphology"
        and ModifierCategory.NEGATED not in {m.category for m in e.modifiers}
        for e in reading.extractions
    ):
        return None
    for rule, variant in _variants():
        if stated.pattern_id not in rule.terms:
            continue
        if variant.search(_window(text, stated.start, stated.end)):
            return None
        findings = reading.findings.model_copy(update={"morphology": rule.morphology})
        reason = Reason(
            criterion="Morphology (reading convention)",
            verdict=Verdict.MET,
            rule_id=rule.id,
            detail=f"{rule.morphology.value}: {rule.note}; used for the diagnosis only, "
            "not recorded as a finding",
            evidence=[
                Evidence(
                    field="findings.morphology",
                    value=rule.morphology.value,
                    text=text[stated.start : stated.end],
                    start=stated.start,
                    end=stated.end,
                )
            ],
            sources=list(rule.sources),
            verification=rule.verification.value,
        )
        return findings, reason
    return None

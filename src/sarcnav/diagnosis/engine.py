"""WHO 2020 diagnosis: walk the pack's ordered rows over the case's facts and explain the result."""

from __future__ import annotations

from sarcnav.diagnosis.facts import DiagnosisFacts
from sarcnav.knowledge.base import Record, Verification
from sarcnav.knowledge.diagnosis import DiagnosisPack, DiagnosisRow, FlagRule, Variant
from sarcnav.knowledge.packs import diagnosis_pack
from sarcnav.model.build import complete, reason, review_reason
from sarcnav.model.case import Case, Necrosis
from sarcnav.model.diagnosis import DiagnosisCode, DiagnosisResult
from sarcnav.model.results import Flag, Reason, ReviewReason, Status, Verdict
from sarcnav.rules import Decision, known
from sarcnav.rules.evaluate import MET, Result, evidence_of


def diagnose(case: Case, pack: DiagnosisPack | None = None) -> DiagnosisResult:
    """Diagnose one case under WHO 2020; indeterminate, with what is missing, when data lack."""
    pack = pack or diagnosis_pack()
    facts = DiagnosisFacts(case)
    decision = pack.table.decide(facts, {})
    row = decision.row
    trace = decision.trace
    code = row.code if row else DiagnosisCode.INDETERMINATE
    used: list[Record] = []
    if row is not None:
        used.append(row)
        used.extend(pack.row_criteria[row.id])
        variant = _variant(row, pack, facts, decision.criteria)
        if variant is not None:
            code = variant.code
            used.append(variant)
            trace.append(f"{variant.id}:met")
    facts["diagnosis"] = known(code, "diagnosis")
    flag_criteria: dict[str, Verdict] = {}
    fired = [rule for rule, test in pack.flag_tests if test(facts, flag_criteria) is MET]
    trace.extend(f"{rule.id}:met" for rule in fired)
    candidates = list(dict.fromkeys(r.code for r in decision.candidates)) if row is None else []
    missing = sorted(set(decision.missing)) if row is None else []
    review = _review_reasons(case, decision, used, fired, missing, candidates)
    if row is not None and code is not DiagnosisCode.INDETERMINATE:
        status = Status.DECIDED
    else:
        status = Status.NEEDS_INPUT if missing else Status.AMBIGUOUS
    sources = list(dict.fromkeys(s for rec in [*used, *fired] for s in rec.sources))
    return complete(
        DiagnosisResult,
        status=status,
        code=code,
        label=pack.label_of[code],
        candidates=candidates,
        stump_reason=row.stump_reason if row is not None and code is DiagnosisCode.STUMP else None,
        reasons=_reasons(decision.criteria, pack, row),
        sources=sources or list(pack.sources),
        trace=trace,
        knowledge={pack.pack_id: pack.version},
        missing=missing,
        needs_expert_review=bool(review),
        review_reasons=review,
        features=[r.detail for r in fired if r.feature],
        flags=[Flag(id=r.id, action=r.action, detail=r.detail, sources=r.sources) for r in fired],
    )


def _variant(
    row: DiagnosisRow, pack: DiagnosisPack, facts: DiagnosisFacts, done: dict[str, Result]
) -> Variant | None:
    for variant_id in row.variants:
        variant, node = pack.variant_nodes[variant_id]
        if node(facts, done)[0] is MET:
            return variant
    return None


def _reasons(
    criteria: dict[str, Result], pack: DiagnosisPack, row: DiagnosisRow | None
) -> list[Reason]:
    cited = pack.criterion_cited
    reasons = []
    for name, (verdict, seen, _, _) in criteria.items():
        label, sources, verification = cited[name]
        reasons.append(
            reason(
                label, verdict, name, sources, verification, detail="", evidence=evidence_of(seen)
            )
        )
    if row is not None:
        reasons.append(
            reason(
                row.label,
                Verdict.MET,
                row.id,
                row.sources,
                row.verification._value_,
                detail=f"decides {row.code.value}",
                evidence=[],
            )
        )
    return reasons


def _necrosis_read(decision: Decision[DiagnosisRow]) -> bool:
    """Whether any row or named criterion evaluated read the necrosis finding."""
    results = [r for _, r in decision.evaluated] + list(decision.criteria.values())
    return any(path == "findings.necrosis" for result in results for path, _ in result[1])


def _review_reasons(
    case: Case,
    decision: Decision[DiagnosisRow],
    used: list[Record],
    fired: list[FlagRule],
    missing: list[str],
    candidates: list[DiagnosisCode],
) -> list[ReviewReason]:
    notes = dict(decision.notes)
    review = [review_reason(code, detail) for code, detail in notes.items()]
    if missing:
        shown = ", ".join(c.value for c in candidates)
        review.append(
            review_reason("MISSING_DATA", f"missing {', '.join(missing)}; still possible: {shown}")
        )
    if case.findings.necrosis is Necrosis.UNCERTAIN_TYPE and _necrosis_read(decision):
        review.append(review_reason("NECROSIS_TYPE_UNCERTAIN", "necrosis of uncertain type"))
    review += [
        review_reason(
            "UNVERIFIED_RULE",
            f"depends on {record.id}, not verified against its primary source",
            record.id,
        )
        for record in used
        if record.verification is Verification.UNVERIFIED
    ]
    review += [
        review_reason(rule.action.upper(), rule.detail, rule.id) for rule in fired if rule.review
    ]
    return review

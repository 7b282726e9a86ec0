"""WHO 2020 diagnosis: walk the pack's ordered rows over the case's facts and explain the result."""

from __future__ import annotations

from sarcnav.diagnosis.facts import DiagnosisFacts
from sarcnav.knowledge.base import Record, Verification
from sarcnav.knowledge.diagnosis import DiagnosisPack, DiagnosisRow, FlagRule, Variant
from sarcnav.knowledge.packs import diagnosis_pack
from sarcnav.model.case import Case, Necrosis
from sarcnav.model.diagnosis import DiagnosisCode, DiagnosisResult
from sarcnav.model.results import Flag, Reason, ReviewReason, Status, Verdict
from sarcnav.rules import Fact, decide
from sarcnav.rules.evaluate import Evaluator, Outcome


def diagnose(case: Case, pack: DiagnosisPack | None = None) -> DiagnosisResult:
    """Diagnose one case under WHO 2020; indeterminate, with what is missing, when data lack."""
    pack = pack or diagnosis_pack()
    facts = DiagnosisFacts(case)
    decision = decide(pack.rows, facts, pack.criteria_by_id)
    row = decision.row
    trace = list(decision.trace)
    code = row.code if row else DiagnosisCode.INDETERMINATE
    used: list[Record] = []
    if row is not None:
        used.append(row)
        used.extend(pack.row_criteria[row.id])
        variant = _variant(row, pack, decision.evaluator)
        if variant is not None:
            code = variant.code
            used.append(variant)
            trace.append(f"{variant.id}:met")
    facts.extra["diagnosis"] = Fact(code, "diagnosis")
    flag_eval = Evaluator(facts, pack.criteria_by_id)
    fired = [rule for rule in pack.flags if flag_eval.evaluate(rule.when).verdict is Verdict.MET]
    trace.extend(f"{rule.id}:met" for rule in fired)
    candidates = list(dict.fromkeys(r.code for r in decision.candidates)) if row is None else []
    missing = sorted(decision.outcome.missing) if row is None else []
    outcomes = [*decision.row_outcomes.values(), *decision.evaluator.criterion_outcomes.values()]
    necrosis_read = any("findings.necrosis" in outcome.seen for outcome in outcomes)
    review = _review_reasons(
        case, decision.outcome, used, fired, missing, candidates, necrosis_read
    )
    if row is not None and code is not DiagnosisCode.INDETERMINATE:
        status = Status.DECIDED
    else:
        status = Status.NEEDS_INPUT if missing else Status.AMBIGUOUS
    sources = list(dict.fromkeys(s for rec in [*used, *fired] for s in rec.sources))
    return DiagnosisResult(
        status=status,
        code=code,
        label=pack.label_of[code],
        candidates=candidates,
        stump_reason=row.stump_reason if row is not None and code is DiagnosisCode.STUMP else None,
        reasons=_reasons(decision.evaluator, pack, row),
        sources=sources or list(pack.sources),
        trace=trace,
        knowledge={pack.pack_id: pack.version},
        missing=missing,
        needs_expert_review=bool(review),
        review_reasons=review,
        features=[r.detail for r in fired if r.feature],
        flags=[Flag(id=r.id, action=r.action, detail=r.detail, sources=r.sources) for r in fired],
    )


def _variant(row: DiagnosisRow, pack: DiagnosisPack, evaluator: Evaluator) -> Variant | None:
    for variant_id in row.variants:
        variant = pack.variants_by_id[variant_id]
        if evaluator.evaluate(variant.when).verdict is Verdict.MET:
            return variant
    return None


def _reasons(evaluator: Evaluator, pack: DiagnosisPack, row: DiagnosisRow | None) -> list[Reason]:
    records = pack.criterion_records
    reasons = [
        Reason(
            criterion=records[name].label,
            verdict=outcome.verdict,
            rule_id=name,
            detail="",
            evidence=outcome.evidence,
            sources=records[name].sources,
            verification=records[name].verification.value,
        )
        for name, outcome in evaluator.criterion_outcomes.items()
    ]
    if row is not None:
        reasons.append(
            Reason(
                criterion=row.label,
                verdict=Verdict.MET,
                rule_id=row.id,
                detail=f"decides {row.code.value}",
                evidence=[],
                sources=row.sources,
                verification=row.verification.value,
            )
        )
    return reasons


def _review_reasons(
    case: Case,
    outcome: Outcome,
    used: list[Record],
    fired: list[FlagRule],
    missing: list[str],
    candidates: list[DiagnosisCode],
    necrosis_read: bool,
) -> list[ReviewReason]:
    review = [ReviewReason(code=code, detail=detail) for code, detail in outcome.notes.items()]
    if missing:
        shown = ", ".join(c.value for c in candidates)
        review.append(
            ReviewReason(
                code="MISSING_DATA",
                detail=f"missing {', '.join(missing)}; still possible: {shown}",
            )
        )
    if case.findings.necrosis is Necrosis.UNCERTAIN_TYPE and necrosis_read:
        review.append(
            ReviewReason(code="NECROSIS_TYPE_UNCERTAIN", detail="necrosis of uncertain type")
        )
    review.extend(
        ReviewReason(
            code="UNVERIFIED_RULE",
            detail=f"depends on {record.id}, not verified against its primary source",
            rule_id=record.id,
        )
        for record in used
        if record.verification is Verification.UNVERIFIED
    )
    review.extend(
        ReviewReason(code=rule.action.upper(), detail=rule.detail, rule_id=rule.id)
        for rule in fired
        if rule.review
    )
    return review

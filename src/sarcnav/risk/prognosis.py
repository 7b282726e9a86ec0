"""Published prognosis after surgery for a uterine smooth-muscle tumour.

Uterine LMS: 5-year survival for the FIGO stage group (Kapp 2008, SEER), whole-cohort survival,
recurrence after complete resection of uterus-confined disease. STUMP and leiomyoma with bizarre
nuclei: published recurrence rates. Surveillance schedules are options with sources, not orders.
The stage and diagnosis are inputs (from the staging/diagnosis engines or given by the user).
"""

from __future__ import annotations

from functools import cache

from sarcnav.diagnosis import diagnose
from sarcnav.errors import InputError
from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.risk import PrognosisPack, RecurrenceFigure, SurvivalFigure
from sarcnav.model.case import Case
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.results import Evidence, Reason, ReviewReason, Status, Verdict
from sarcnav.model.risk import Estimate, Omitted, PrognosisResult, SurveillancePlan
from sarcnav.risk.estimates import to_estimate
from sarcnav.staging import stage
from sarcnav.staging.stages import parts

PACK = "risk_prognosis"
LMS = {
    DiagnosisCode.LEIOMYOSARCOMA_SPINDLE,
    DiagnosisCode.LEIOMYOSARCOMA_EPITHELIOID,
    DiagnosisCode.LEIOMYOSARCOMA_MYXOID,
}
GROUPS = ("I", "II", "III", "IV")


@cache
def prognosis_pack() -> PrognosisPack:
    return load_pack(PACK, PrognosisPack)


def stage_group(figo: str) -> str:
    """``"IIIC"`` → ``"III"``; raises InputError naming the stage when it is not a FIGO stage."""
    group = parts(figo.strip().upper())[0]
    if group not in GROUPS:
        raise InputError(f"stage: {figo!r} is not a FIGO stage (I-IV with optional A-C, 1-2)")
    return group


def _survival(rec: SurvivalFigure) -> Estimate:
    return to_estimate(
        id=rec.id,
        study=rec.study,
        what=rec.endpoint,
        population=rec.population,
        fig=rec.figure,
        sources=list(rec.sources),
        verification=rec.verification.value,
        stratum=f"FIGO stage {rec.stage_group}" if rec.stage_group else "all stages",
        note=rec.note,
    )


def _recurrence(rec: RecurrenceFigure) -> Estimate:
    return to_estimate(
        id=rec.id,
        study=rec.study,
        what="recurrence" + (f" — {rec.subgroup}" if rec.subgroup else ""),
        population=rec.population,
        fig=rec.figure,
        sources=list(rec.sources),
        verification=rec.verification.value,
        stratum=", ".join(f"stage {g}" for g in rec.stage_groups or []) or None,
        note=rec.note,
    )


def prognosis_for_case(case: Case, figo: str | None = None) -> PrognosisResult:
    """Prognosis for a case: its recorded diagnosis (else the diagnosis engine's) and ``figo``
    (else the staging engine's stage). Says in its reasons where each came from."""
    found: list[Reason] = []
    review: list[ReviewReason] = []
    code: DiagnosisCode | None = case.diagnosis_code
    if code is not None:
        found.append(_origin("diagnosis", code.value, "diagnosis_code", "recorded in the case"))
    else:
        diagnosed = diagnose(case)
        if diagnosed.code is not DiagnosisCode.INDETERMINATE:
            code = diagnosed.code
            found.append(_origin("diagnosis", code.value, "findings", "diagnosis engine"))
            if diagnosed.needs_expert_review:
                review.append(ReviewReason(code="DIAGNOSIS", detail="the diagnosis needs review"))
    if figo is not None:
        found.append(_origin("FIGO stage", figo, "--stage", "given by the user"))
    elif code is not None:
        staged = stage(case, code)
        if staged is not None and staged.figo is not None:
            figo = staged.figo
            found.append(_origin("FIGO stage", figo, "extent", f"staging engine ({staged.system})"))
            if staged.needs_expert_review:
                review.append(ReviewReason(code="STAGE", detail="the stage needs review"))
    result = prognosis(code, figo)
    result.reasons = found + result.reasons
    result.review_reasons = review + result.review_reasons
    result.needs_expert_review = bool(result.review_reasons)
    return result


def _group(code: DiagnosisCode, figo: str | None) -> str | None:
    """The stage group; only uLMS figures need one, so another diagnosis staged outside the
    sarcoma groups (carcinosarcoma: FIGO 2023 endometrial, e.g. ``IICm_p53abn``) gets none."""
    if not figo:
        return None
    try:
        return stage_group(figo)
    except InputError:
        if code in LMS:
            raise
        return None


def _origin(what: str, value: str, field: str, how: str) -> Reason:
    return Reason(
        criterion=f"{what} known",
        verdict=Verdict.MET,
        detail=f"{what} {value}: {how}",
        evidence=[Evidence(field=field, value=value)],
    )


def prognosis(
    code: DiagnosisCode | None, figo: str | None, pack: PrognosisPack | None = None
) -> PrognosisResult:
    """Published figures for ``code`` (and, for uLMS, the FIGO ``figo`` stage)."""
    pack = pack or prognosis_pack()
    result = PrognosisResult(
        status=Status.DECIDED,
        knowledge={pack.pack_id: pack.version},
        diagnosis_code=code.value if code else None,
        figo_stage=figo,
    )
    if code is None:
        result.status = Status.NEEDS_INPUT
        result.missing.append("diagnosis_code")
        result.reasons.append(
            Reason(criterion="diagnosis known", verdict=Verdict.UNKNOWN, detail="no diagnosis")
        )
        return result
    group = _group(code, figo)
    result.stage_group = group
    recurrence = [r for r in pack.recurrence if code in r.codes]
    if code in LMS:
        _lms(pack, result, group)
        recurrence = [r for r in recurrence if r.stage_groups is None or group in r.stage_groups]
    elif not recurrence:
        result.status = Status.OUT_OF_SCOPE
        result.reasons.append(
            Reason(
                criterion="published prognosis encoded for this diagnosis",
                verdict=Verdict.NOT_MET,
                detail=f"the pack holds figures for uterine LMS, STUMP and LBN, not {code.value}",
            )
        )
    result.recurrence = [_recurrence(r) for r in recurrence]
    result.trace.extend(r.id for r in recurrence)
    plans = [s for s in pack.surveillance if code in s.codes]
    result.surveillance_options = [
        SurveillancePlan(
            id=p.id,
            label=p.label,
            schedule=list(p.schedule),
            sources=list(p.sources),
            verification=p.verification.value,
        )
        for p in plans
    ]
    result.trace.extend(p.id for p in plans)
    if not plans:
        result.reasons.append(
            Reason(
                criterion="verified surveillance schedule",
                verdict=Verdict.UNKNOWN,
                detail=f"no verified follow-up schedule for {code.value} in the pack",
            )
        )
    reviewed: list[SurvivalFigure | RecurrenceFigure] = [*pack.survival, *recurrence]
    for rec in reviewed:
        if rec.review and rec.id in result.trace:
            result.review_reasons.append(
                ReviewReason(code="SOURCE_UNCONFIRMED", detail=rec.review, rule_id=rec.id)
            )
    result.needs_expert_review = bool(result.review_reasons)
    used = result.survival_by_stage + result.survival_cohorts + result.recurrence
    cited = [s for e in used for s in e.sources] + [s for p in plans for s in p.sources]
    result.sources = sorted(set(cited))
    return result


def _lms(pack: PrognosisPack, result: PrognosisResult, group: str | None) -> None:
    cohorts = [s for s in pack.survival if s.stage_group is None]
    result.survival_cohorts = [_survival(s) for s in cohorts]
    result.trace.extend(s.id for s in cohorts)
    if group is None:
        result.status = Status.NEEDS_INPUT
        result.missing.append("figo_stage")
        result.reasons.append(
            Reason(
                criterion="FIGO stage known",
                verdict=Verdict.UNKNOWN,
                detail="survival by stage needs the FIGO stage (staging engine or --stage)",
            )
        )
    else:
        rows = [s for s in pack.survival if s.stage_group == group]
        result.survival_by_stage = [_survival(s) for s in rows]
        result.trace.extend(s.id for s in rows)
        result.reasons.append(
            Reason(
                criterion=f"FIGO stage group {group}",
                verdict=Verdict.MET,
                detail=f"stage {result.figo_stage} falls in group {group}",
                evidence=[Evidence(field="figo_stage", value=result.figo_stage)],
                sources=sorted({x for s in rows for x in s.sources}),
            )
        )
    result.not_encoded = [
        Omitted(id=o.id, name=o.name, reason=o.reason, sources=list(o.sources))
        for o in pack.not_encoded
    ]
    for o in pack.not_encoded:
        result.reasons.append(
            Reason(
                criterion=o.name,
                verdict=Verdict.UNKNOWN,
                rule_id=o.id,
                detail="not evaluated: " + o.reason,
                sources=list(o.sources),
            )
        )

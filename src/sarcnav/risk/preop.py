"""Pre-operative risk of occult sarcoma for a presumed fibroid: prevalence by age, verified scores.

A score over incomplete inputs is still decided when the known items settle it: positive when the
points already reached meet the cut-off, negative when even every unknown item could not reach it;
otherwise it is indeterminate and names the inputs that would decide it.
"""

from __future__ import annotations

from functools import cache

from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.risk import Outcome, PreopPack, Prevalence, Score, When
from sarcnav.model.case import Case, MenopausalStatus
from sarcnav.model.results import Evidence, Reason, Status, Verdict
from sarcnav.model.risk import (
    Accuracy,
    Estimate,
    ItemResult,
    Message,
    Omitted,
    PreopFindings,
    PreopRiskResult,
    RiskHistory,
    ScoreResult,
)
from sarcnav.risk.estimates import to_estimate
from sarcnav.rules.evaluate import Fact, Facts, evaluate

PACK = "risk_preop"
OUTCOME_LABEL = {
    Outcome.UTERINE_SARCOMA: "uterine sarcoma",
    Outcome.LEIOMYOSARCOMA: "leiomyosarcoma",
    Outcome.UTERINE_CANCER_ANY: "uterine cancer (any histology)",
}


@cache
def preop_pack() -> PreopPack:
    return load_pack(PACK, PreopPack)


def preop_facts(case: Case) -> Facts:
    """The facts the score conditions read, each with the input path it came from."""
    pre = case.preop or PreopFindings()
    mri, hist = pre.mri, pre.history
    nlr, nlr_field = pre.nlr, "preop.nlr"
    if nlr is None and pre.derived_nlr() is not None:
        nlr, nlr_field = round(pre.derived_nlr() or 0.0, 4), "preop.neutrophils/lymphocytes"
    return {
        "age_years": Fact(case.patient.age_years, "patient.age_years"),
        "tumour_max_diameter_cm": Fact(pre.tumour_max_diameter_cm, "preop.tumour_max_diameter_cm"),
        "ldh_u_per_l": Fact(pre.ldh_u_per_l, "preop.ldh_u_per_l"),
        "nlr": Fact(nlr, nlr_field),
        "platelets_10e9_per_l": Fact(pre.platelets_10e9_per_l, "preop.platelets_10e9_per_l"),
        "mri_nodular_borders": Fact(mri and mri.nodular_borders, "preop.mri.nodular_borders"),
        "mri_haemorrhage": Fact(mri and mri.haemorrhage, "preop.mri.haemorrhage"),
        "mri_t2_dark_areas": Fact(mri and mri.t2_dark_areas, "preop.mri.t2_dark_areas"),
        "mri_central_unenhanced_area": Fact(
            mri and mri.central_unenhanced_area, "preop.mri.central_unenhanced_area"
        ),
        **{
            name: Fact(getattr(hist, name, None), f"preop.history.{name}")
            for name in RiskHistory.model_fields
        },
    }


def score(spec: Score, facts: Facts) -> ScoreResult:
    """Evaluate one additive score three-valuedly (see the module docstring)."""
    items: list[ItemResult] = []
    missing: list[str] = []
    reached = open_points = 0
    for item in spec.items:
        out = evaluate(item.when, facts)
        fact = facts[next(iter(item.when.facts_read()))]
        got = item.points if out.verdict is Verdict.MET else 0
        reached += got
        if out.verdict is Verdict.UNKNOWN:
            open_points += item.points
            missing.append(fact.field)
        items.append(
            ItemResult(
                id=item.id,
                label=item.label,
                verdict=out.verdict,
                points=got,
                value=fact.value,
                field=fact.field,
            )
        )
    if reached >= spec.cutoff:
        verdict = Verdict.MET
    elif reached + open_points < spec.cutoff:
        verdict = Verdict.NOT_MET
    else:
        verdict = Verdict.UNKNOWN
    return ScoreResult(
        id=spec.id,
        name=spec.name,
        purpose=spec.purpose,
        verdict=verdict,
        points=reached if not missing else None,
        points_min=reached,
        points_max=reached + open_points,
        max_points=spec.max_points(),
        cutoff=spec.cutoff,
        items=items,
        missing=missing,
        performance=[Accuracy(**p.model_dump()) for p in spec.performance],
        caveat=spec.caveat,
        sources=list(spec.sources),
    )


def _estimate(rec: Prevalence) -> Estimate:
    return to_estimate(
        id=rec.id,
        study=rec.study,
        what=OUTCOME_LABEL[rec.outcome],
        population=rec.population,
        fig=rec.figure,
        sources=list(rec.sources),
        verification=rec.verification.value,
        stratum=rec.stratum(),
        note=rec.note,
    )


def assess_preop(case: Case, pack: PreopPack | None = None) -> PreopRiskResult:
    """Prevalence for the patient's age, every verified score, and the guideline messages."""
    pack = pack or preop_pack()
    result = PreopRiskResult(status=Status.DECIDED, knowledge={pack.pack_id: pack.version})
    result.age_years = case.patient.age_years
    facts = preop_facts(case)
    _age_strata(pack, result)
    result.overall = [_estimate(r) for r in pack.prevalence if not r.stratified()]
    _scores(pack, facts, result)
    _risk_factors(pack, facts, result)
    if case.patient.menopausal_status is None:
        result.missing.append("patient.menopausal_status")
    result.messages = _messages(pack, case, result.suspicious)
    result.trace.extend(m.id for m in result.messages)
    result.not_encoded = [
        Omitted(id=o.id, name=o.name, reason=o.reason, sources=list(o.sources))
        for o in pack.not_encoded
    ]
    if result.age_years is None or result.suspicious is Verdict.UNKNOWN:
        result.status = Status.NEEDS_INPUT
    cited = [s for e in result.age_stratified + result.overall for s in e.sources]
    cited += [s for sc in result.scores for s in sc.sources]
    cited += [s for m in result.messages + result.risk_factors for s in m.sources]
    result.sources = sorted(set(cited))
    return result


def _age_strata(pack: PreopPack, result: PreopRiskResult) -> None:
    """The published strata containing the age, and a reason for each study with none."""
    age = result.age_years
    if age is None:
        result.missing.append("patient.age_years")
        return
    stratified = [r for r in pack.prevalence if r.stratified()]
    for rec in stratified:
        if rec.contains(age):
            result.age_stratified.append(_estimate(rec))
            result.trace.append(rec.id)
            result.reasons.append(
                Reason(
                    criterion=f"{rec.study}: {rec.stratum()}",
                    verdict=Verdict.MET,
                    rule_id=rec.id,
                    detail=f"age {age} is in this published stratum",
                    evidence=[Evidence(field="patient.age_years", value=age)],
                    sources=list(rec.sources),
                    verification=rec.verification.value,
                )
            )
    studies = sorted({r.study for r in stratified} - {e.study for e in result.age_stratified})
    for study in studies:
        result.reasons.append(
            Reason(
                criterion=f"age stratum in {study}",
                verdict=Verdict.NOT_MET,
                detail=f"no published stratum of {study} covers age {age}",
                evidence=[Evidence(field="patient.age_years", value=age)],
                sources=sorted({s for r in stratified if r.study == study for s in r.sources}),
            )
        )


def _scores(pack: PreopPack, facts: Facts, result: PreopRiskResult) -> None:
    """Every verified score, and whether together they make the mass suspicious."""
    for spec in pack.scores:
        res = score(spec, facts)
        result.scores.append(res)
        result.trace.append(spec.id)
        result.trace.extend(i.id for i in res.items if i.verdict is Verdict.MET)
        result.missing.extend(f for f in res.missing if f not in result.missing)
        shown = "?" if res.points is None else str(res.points)
        result.reasons.append(
            Reason(
                criterion=f"{spec.name}: positive (≥{spec.cutoff} of {spec.max_points()} points)",
                verdict=res.verdict,
                rule_id=spec.id,
                detail=f"points {shown} (reachable {res.points_min}–{res.points_max})",
                evidence=[Evidence(field=i.field, value=i.value) for i in res.items],
                sources=list(spec.sources),
                verification=spec.verification.value,
            )
        )
    verdicts = [s.verdict for s in result.scores]
    if Verdict.MET in verdicts:
        result.suspicious = Verdict.MET
    elif verdicts and all(v is Verdict.NOT_MET for v in verdicts):
        result.suspicious = Verdict.NOT_MET


def _risk_factors(pack: PreopPack, facts: Facts, result: PreopRiskResult) -> None:
    for factor in pack.risk_factors:
        if evaluate(factor.when, facts).verdict is not Verdict.MET:
            continue
        result.trace.append(factor.id)
        result.risk_factors.append(
            Message(
                id=factor.id,
                text=f"{factor.label}: {factor.statement}",
                sources=list(factor.sources),
                verification=factor.verification.value,
                note=factor.note,
            )
        )


def _messages(pack: PreopPack, case: Case, suspicious: Verdict) -> list[Message]:
    status = case.patient.menopausal_status
    applies = {
        When.ALWAYS: True,
        When.SUSPICIOUS: suspicious is Verdict.MET,
        When.INDETERMINATE: suspicious is Verdict.UNKNOWN,
        When.PERI_OR_POSTMENOPAUSAL: status in (MenopausalStatus.PERI, MenopausalStatus.POST),
    }
    return [
        Message(
            id=g.id,
            text=g.text,
            sources=list(g.sources),
            verification=g.verification.value,
            note=g.note,
        )
        for g in pack.guidance
        if applies[g.when]
    ]

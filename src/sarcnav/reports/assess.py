"""Assess a read report: diagnosis and stage from the engines, conflicts, missing ICCR elements."""

from __future__ import annotations

from functools import cache
from typing import Any

from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.reports import IccrElement, IccrPack
from sarcnav.model.case import Case
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.report import Conflict, ReportReading, ReportResult
from sarcnav.model.results import Evidence, Reason, ReviewReason, Status, Verdict
from sarcnav.model.staging import StageResult
from sarcnav.reports.conventions import default_morphology
from sarcnav.reports.extract import read_report
from sarcnav.reports.patterns import versions
from sarcnav.services import assess


@cache
def iccr_pack() -> IccrPack:
    return load_pack("reports_iccr_mesenchymal", IccrPack)


def assess_report(text: str, name: str = "report") -> ReportResult:
    """Read ``text`` and assess it (pure: no I/O beyond the packaged data)."""
    reading = read_report(text)
    pack = iccr_pack()
    knowledge = {**versions(), pack.pack_id: pack.version}
    if not reading.uterine:
        return ReportResult(status=Status.OUT_OF_SCOPE, reading=reading, knowledge=knowledge)
    stated = reading.stated_diagnosis
    convention = default_morphology(reading, text)
    case = Case(
        id=name,
        specimen=reading.specimen,
        findings=convention[0] if convention else reading.findings,
        extent=reading.extent,
        diagnosis_code=stated.code.value
        if stated and stated.code and not stated.uncertain
        else None,
    )
    assessment = assess(case)
    diagnosis = assessment.diagnosis
    if convention:
        diagnosis = diagnosis.model_copy(
            update={
                "reasons": [convention[1], *diagnosis.reasons],
                "trace": [convention[1].rule_id or "", *diagnosis.trace],
            }
        )
    code = _code_for_dataset(diagnosis.code, stated.code if stated else None)
    reasons, missing, scope_note = _elements(pack, reading, code)
    review = [
        ReviewReason(
            code="iccr_element_list_unverified",
            detail="the ICCR element list used for the synoptic report and missing_required is "
            "UNVERIFIED (not checked against the ICCR guide)",
            rule_id=pack.pack_id,
        )
    ]
    if scope_note:
        review.append(ReviewReason(code="iccr_other_data_set", detail=scope_note))
    knowledge.update(diagnosis.knowledge)
    if assessment.stage:
        knowledge.update(assessment.stage.knowledge)
    return ReportResult(
        status=Status.NEEDS_INPUT if missing else Status.DECIDED,
        reading=reading,
        diagnosis=diagnosis,
        stage=assessment.stage,
        missing_required=missing,
        conflicts=_conflicts(reading, diagnosis.code, assessment.stage),
        reasons=reasons,
        sources=list(pack.sources),
        trace=[e.pattern_id for e in reading.extractions if e.used],
        knowledge=knowledge,
        missing=missing,
        needs_expert_review=True,
        review_reasons=review,
    )


def _code_for_dataset(
    computed: DiagnosisCode, stated: DiagnosisCode | None
) -> DiagnosisCode | None:
    if computed is not DiagnosisCode.INDETERMINATE:
        return computed
    return stated


def filled(reading: ReportReading, path: str) -> Any:
    """The value at a reading path (``specimen.x``, ``findings.x``, ``extent.x``, ``report.x``)."""
    head, _, name = path.partition(".")
    value = getattr(reading if head == "report" else getattr(reading, head), name)
    return None if value in (None, [], {}) else value


def _elements(
    pack: IccrPack, reading: ReportReading, code: DiagnosisCode | None
) -> tuple[list[Reason], list[str], str]:
    scope = next((s for s in pack.out_of_scope if code in s.codes), None)
    scope_note = f"{code} is reported with the {scope.data_set}, not this data set" if scope else ""
    reasons: list[Reason] = []
    missing: list[str] = []
    for element in applicable(pack, code):
        values = {f: filled(reading, f) for f in element.fields}
        present = {f: v for f, v in values.items() if v is not None}
        if not element.fields:
            verdict, detail = Verdict.UNKNOWN, "not read by this tool"
        elif present:
            verdict, detail = Verdict.MET, "reported"
        else:
            verdict, detail = Verdict.UNKNOWN, "not found in the report"
            if element.required and not scope:
                missing.append(element.label)
        reasons.append(
            Reason(
                criterion=f"{element.label} ({'required' if element.required else 'recommended'})",
                verdict=verdict,
                rule_id=element.id,
                detail=detail,
                evidence=_evidence(reading, element, present),
                sources=list(element.sources),
                verification=element.verification.value,
            )
        )
    return reasons, missing, scope_note


def applicable(pack: IccrPack, code: DiagnosisCode | None) -> list[IccrElement]:
    return [e for e in pack.elements if not e.applies_to or code in e.applies_to]


def _evidence(
    reading: ReportReading, element: IccrElement, present: dict[str, Any]
) -> list[Evidence]:
    out: list[Evidence] = []
    for field in present:
        spans = [e for e in reading.extractions if e.used and e.field.startswith(field)]
        if spans:
            out.extend(
                Evidence(field=e.field, value=e.value, text=e.text, start=e.start, end=e.end)
                for e in spans[:3]
            )
        else:
            value = present[field]
            shown = value.model_dump(mode="json") if hasattr(value, "model_dump") else value
            out.append(Evidence(field=field, value=shown if not isinstance(shown, list) else None))
    return out


def _conflicts(
    reading: ReportReading, computed: DiagnosisCode, stage: StageResult | None
) -> list[Conflict]:
    conflicts: list[Conflict] = []
    stated = reading.stated_diagnosis
    decided = computed is not DiagnosisCode.INDETERMINATE
    if stated and stated.code and decided and stated.code is not computed:
        conflicts.append(
            Conflict(
                kind="diagnosis",
                stated=stated.code.value,
                computed=computed.value,
                detail=f"the report states {stated.code.value!r}; its findings give "
                f"{computed.value!r}",
                evidence_start=stated.start,
                evidence_end=stated.end,
            )
        )
    for said in (s for s in reading.stated_stages if s.system == "figo"):
        conflict = _stage_conflict(said.value, stage)
        if conflict:
            conflicts.append(
                Conflict(
                    kind="stage",
                    stated=said.value,
                    computed=(stage.figo or "/".join(stage.figo_candidates) or "none")
                    if stage
                    else "not staged",
                    detail=conflict,
                    evidence_start=said.start,
                    evidence_end=said.end,
                )
            )
    return conflicts


def _stage_conflict(stated: str, stage: StageResult | None) -> str:
    """Why a stated FIGO stage is not supported by the computed one ('' when it is)."""
    if stage is None:
        return f"the report states FIGO {stated}, but its findings give no stageable diagnosis"
    computed = stage.figo
    if computed == stated:
        return ""
    if computed and stated.startswith(computed):
        return f"the findings support FIGO {computed} but not the substage {stated} (data missing)"
    if computed and computed.startswith(stated):
        return ""
    if computed is None and any(
        c.startswith(stated) or stated.startswith(c) for c in stage.figo_candidates
    ):
        return ""
    given = computed or (
        " or ".join(stage.figo_candidates) if stage.figo_candidates else "no stage"
    )
    return f"the report states FIGO {stated}; its findings give {given}"

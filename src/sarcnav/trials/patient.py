"""What the matcher knows about the patient, read from a case and the trial-specific facts.

Every value may be ``None`` (unknown); the matcher then says ``unknown`` and names the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sarcnav.diagnosis import diagnose
from sarcnav.model.case import Case, IHCResult, Marker, MenopausalStatus, Procedure, Stain
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.therapy_record import TherapyLine
from sarcnav.model.trial import MatchInput, PatientFacts
from sarcnav.staging import stage
from sarcnav.trials.vocabulary import Vocabulary

_HYSTERECTOMIES = {
    Procedure.TOTAL_HYSTERECTOMY,
    Procedure.RADICAL_HYSTERECTOMY,
    Procedure.SUPRACERVICAL_HYSTERECTOMY,
}
_NEOADJUVANT_OR_ADJUVANT = ("adjuvant", "neoadjuvant")


@dataclass
class Patient:
    """The patient as trials see her; ``None`` is unknown."""

    diagnosis_code: str | None
    diagnosis_source: str
    concept: str | None
    age: int | None
    sex: str | None
    menopausal: str | None
    settings: dict[str, bool | None]
    stage: str | None
    stage_candidates: list[str]
    lines: list[TherapyLine]
    treatments_complete: bool
    receptors: dict[str, Stain | None]
    facts: PatientFacts
    today: date
    brain_metastases: bool | None = None


def patient_from(match_input: MatchInput, vocab: Vocabulary, today: date) -> Patient:
    """Read a case (and its trial facts) into the matcher's view of the patient."""
    case = match_input.case
    facts = match_input.facts
    code, source = diagnosis_of(case)
    figo, candidates = _stage(case, code)
    settings = _settings(case)
    menopausal = case.patient.menopausal_status
    complete = (
        facts.treatments_complete
        if facts.treatments_complete is not None
        else bool(case.treatments)
    )
    distant = case.extent.distant_sites
    brain = facts.brain_metastases
    if brain is None and distant:
        brain = True if any("brain" in s.lower() for s in distant) else None
    return Patient(
        diagnosis_code=code,
        diagnosis_source=source,
        concept=vocab.by_code.get(code) if code else None,
        age=case.patient.age_years,
        sex=case.patient.sex.lower() if case.patient.sex else None,
        menopausal=_menopause_word(menopausal),
        settings=settings,
        stage=figo,
        stage_candidates=candidates,
        lines=list(case.treatments),
        treatments_complete=complete,
        receptors={m.value: case.findings.ihc.get(m) for m in (Marker.ER, Marker.PR)},
        facts=facts,
        today=today,
        brain_metastases=brain,
    )


def _menopause_word(status: MenopausalStatus | None) -> str | None:
    return None if status is None else status.value.removesuffix("menopausal")


def _settings(case: Case) -> dict[str, bool | None]:
    ext = case.extent
    recurrent = case.outcome.recurrence if case.outcome else None
    if ext.distant_sites:
        metastatic: bool | None = True
    elif ext.distant_sites == [] or ext.confined_to_uterus is True:
        metastatic = False
    else:
        metastatic = None
    if ext.confined_to_uterus is True and recurrent is not True:
        localized: bool | None = True
    elif metastatic or ext.confined_to_uterus is False or recurrent:
        localized = False
    else:
        localized = None
    advanced = True if (metastatic or recurrent) else (False if localized else None)
    hysterectomy = case.specimen.procedure in _HYSTERECTOMIES
    margin = case.findings.margin
    if localized and hysterectomy and margin is not None and margin.value == "negative":
        resected: bool | None = True
    elif metastatic or recurrent or (margin is not None and margin.value == "positive"):
        resected = False
    else:
        resected = None
    newly = False if (recurrent or case.treatments) else None
    return {
        "metastatic": metastatic,
        "recurrent": recurrent,
        "localized": localized,
        "advanced": advanced,
        "locally_advanced": False if localized else None,
        "unresectable": False if resected else None,
        "resected": resected,
        "newly_diagnosed": newly,
    }


def diagnosis_of(case: Case) -> tuple[str | None, str]:
    """The recorded diagnosis code, else the diagnosis engine's when it decides one."""
    if case.diagnosis_code:
        return case.diagnosis_code, "case.diagnosis_code"
    result = diagnose(case)
    if result.code is DiagnosisCode.INDETERMINATE:
        return None, "diagnosis engine (indeterminate)"
    return result.code.value, "diagnosis engine"


def _stage(case: Case, code: str | None) -> tuple[str | None, list[str]]:
    """The FIGO stage from the staging engine, and the candidates when it cannot settle one."""
    if code is None:
        return None, []
    result = stage(case, code)
    if result is None:
        return None, []
    return result.figo, list(result.figo_candidates)


def systemic_lines(patient: Patient, *, advanced_only: bool) -> int:
    """Lines with at least one agent; optionally leaving out (neo)adjuvant lines."""
    count = 0
    for line in patient.lines:
        if not line.agents:
            continue
        setting = (line.setting or "").lower()
        if advanced_only and any(word in setting for word in _NEOADJUVANT_OR_ADJUVANT):
            continue
        count += 1
    return count


def receptor_positive(stain: Stain | None) -> bool | None:
    if stain is None:
        return None
    if stain.result is IHCResult.POSITIVE:
        return True
    if stain.result is IHCResult.NEGATIVE:
        return False
    return None

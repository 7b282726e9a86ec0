"""Assess a case: WHO 2020 diagnosis, then the stage under the system that diagnosis calls for."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.diagnosis import diagnose
from sarcnav.model.build import complete
from sarcnav.model.case import Case
from sarcnav.model.diagnosis import DiagnosisCode, DiagnosisResult
from sarcnav.model.staging import StageResult
from sarcnav.staging import stage


class Assessment(BaseModel):
    """Diagnosis and stage of one case (``stage`` is None where staging does not apply)."""

    model_config = ConfigDict(extra="forbid")

    case_id: str
    synthetic: bool
    diagnosis: DiagnosisResult
    stage: StageResult | None
    staged_as: str | None = Field(
        default=None, description="the diagnosis code the stage was computed for"
    )
    conflicts: list[str] = Field(default_factory=list)


def assess(case: Case, *, system: str | None = None, alternatives: bool = False) -> Assessment:
    """Diagnose, then stage with the computed code (or the case's stated code when undecided)."""
    diagnosis = diagnose(case)
    computed = diagnosis.code if diagnosis.code is not DiagnosisCode.INDETERMINATE else None
    stated = DiagnosisCode(case.diagnosis_code) if case.diagnosis_code else None
    conflicts = []
    if computed and stated and computed is not stated:
        conflicts.append(
            f"stated diagnosis {stated.value} differs from the computed {computed.value}"
        )
    code = computed or stated
    staged = stage(case, code, system=system, alternatives=alternatives) if code else None
    return complete(
        Assessment,
        case_id=case.id,
        synthetic=case.synthetic,
        diagnosis=diagnosis,
        stage=staged,
        staged_as=code.value if staged and code else None,
        conflicts=conflicts,
    )

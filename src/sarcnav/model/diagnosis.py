"""Diagnosis vocabulary (a public contract) and the diagnosis result."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from sarcnav.model.results import EngineResult, Flag


class DiagnosisCode(StrEnum):
    LEIOMYOMA = "leiomyoma"
    LEIOMYOMA_MITOTICALLY_ACTIVE = "leiomyoma_mitotically_active"
    LEIOMYOMA_CELLULAR = "leiomyoma_cellular"
    LEIOMYOMA_BIZARRE_NUCLEI = "leiomyoma_bizarre_nuclei"
    LEIOMYOMA_FH_DEFICIENT = "leiomyoma_fh_deficient"
    LEIOMYOMA_MYXOID = "leiomyoma_myxoid"
    LEIOMYOMA_EPITHELIOID = "leiomyoma_epithelioid"
    STUMP = "stump"
    LEIOMYOSARCOMA_SPINDLE = "leiomyosarcoma_spindle"
    LEIOMYOSARCOMA_EPITHELIOID = "leiomyosarcoma_epithelioid"
    LEIOMYOSARCOMA_MYXOID = "leiomyosarcoma_myxoid"
    ENDOMETRIAL_STROMAL_NODULE = "endometrial_stromal_nodule"
    LOW_GRADE_ESS = "low_grade_ess"
    HIGH_GRADE_ESS = "high_grade_ess"
    UNDIFFERENTIATED_UTERINE_SARCOMA = "undifferentiated_uterine_sarcoma"
    ADENOSARCOMA = "adenosarcoma"
    CARCINOSARCOMA = "carcinosarcoma"
    INDETERMINATE = "indeterminate"


class DiagnosisResult(EngineResult):
    """WHO 2020 diagnosis with the criteria behind it."""

    code: DiagnosisCode
    label: str
    candidates: list[DiagnosisCode] = Field(default_factory=list)
    stump_reason: str | None = None
    features: list[str] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)

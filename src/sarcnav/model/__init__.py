"""Typed domain objects: the case and every engine's result."""

from sarcnav.model.case import (
    Case,
    Extent,
    Findings,
    MitoticCount,
    Nodes,
    Patient,
    Specimen,
    Stain,
)
from sarcnav.model.diagnosis import DiagnosisCode, DiagnosisResult
from sarcnav.model.results import (
    EngineResult,
    Evidence,
    Flag,
    Reason,
    ReviewReason,
    Status,
    Verdict,
)
from sarcnav.model.staging import TNM, StageResult
from sarcnav.model.therapy_record import TherapyContext, TherapyLine

__all__ = [
    "TNM",
    "Case",
    "DiagnosisCode",
    "DiagnosisResult",
    "EngineResult",
    "Evidence",
    "Extent",
    "Findings",
    "Flag",
    "MitoticCount",
    "Nodes",
    "Patient",
    "Reason",
    "ReviewReason",
    "Specimen",
    "StageResult",
    "Stain",
    "Status",
    "TherapyContext",
    "TherapyLine",
    "Verdict",
]

"""What the report reader returns: values with their evidence, and the assessed report.

Every extracted value keeps the field path it fills, the characters it came from (``start``/``end``
are offsets into the text as read), the id of the pattern that found it, and the context modifiers
(negated, uncertain, historical, other specimen) with their trigger spans.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.model.case import Extent, Findings, Specimen
from sarcnav.model.diagnosis import DiagnosisCode, DiagnosisResult
from sarcnav.model.results import EngineResult
from sarcnav.model.staging import StageResult


class Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModifierCategory(StrEnum):
    NEGATED = "negated"
    UNCERTAIN = "uncertain"
    HISTORICAL = "historical"
    OTHER_SPECIMEN = "other_specimen"


class Modifier(Frozen):
    """A context trigger that changes what a mention asserts."""

    category: ModifierCategory
    trigger: str
    start: int
    end: int


class Extraction(Frozen):
    """One value found in the text, where it came from, and whether it was used."""

    field: str
    value: Any
    text: str
    start: int
    end: int
    pattern_id: str
    modifiers: list[Modifier] = Field(default_factory=list)
    used: bool = True
    note: str = ""


class StatedDiagnosis(Frozen):
    """The pathologist's own diagnosis line, mapped to the design vocabulary where possible."""

    text: str
    start: int
    end: int
    code: DiagnosisCode | None = None
    pattern_id: str | None = None
    uncertain: bool = False


class StatedStage(Frozen):
    """A stage the report states (``system`` is ``figo`` or ``tnm``)."""

    system: str
    value: str
    text: str
    start: int
    end: int
    edition: str | None = None


class NodeStation(Frozen):
    """Lymph nodes of one station as reported.

    ``station`` is ``pelvic``, ``para_aortic`` or ``unspecified``.
    """

    station: str
    label: str
    positive: int | None = None
    examined: int | None = None
    involvement: str | None = None
    start: int
    end: int


class Problem(Frozen):
    """A per-file warning or error with a stable code."""

    code: str
    message: str


class ReportReading(BaseModel):
    """Everything read from one report, before any engine runs."""

    model_config = ConfigDict(extra="forbid")

    specimen: Specimen = Field(default_factory=Specimen)
    findings: Findings = Field(default_factory=Findings)
    extent: Extent = Field(default_factory=Extent)
    stated_diagnosis: StatedDiagnosis | None = None
    stated_stages: list[StatedStage] = Field(default_factory=list)
    depth_of_invasion_mm: float | None = None
    myometrial_thickness_mm: float | None = None
    node_stations: list[NodeStation] = Field(default_factory=list)
    extractions: list[Extraction] = Field(default_factory=list)
    warnings: list[Problem] = Field(default_factory=list)
    uterine: bool = True


class Conflict(Frozen):
    """Discordance between what the report states and what the engines compute from its findings."""

    kind: str
    stated: str
    computed: str
    detail: str
    evidence_start: int | None = None
    evidence_end: int | None = None


class ReportResult(EngineResult):
    """A read report with the diagnosis, stage, missing ICCR elements and conflicts."""

    reading: ReportReading
    diagnosis: DiagnosisResult | None = None
    stage: StageResult | None = None
    missing_required: list[str] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)

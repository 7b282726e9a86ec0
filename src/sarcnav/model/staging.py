"""The staging result."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.model.results import EngineResult


class TNM(BaseModel):
    model_config = ConfigDict(extra="forbid")

    t: str | None = None
    n: str | None = None
    m: str | None = None
    group: str | None = None


class StageResult(EngineResult):
    """Stage under one system (FIGO) plus AJCC 8 TNM; the most specific stage that is certain."""

    system: str
    figo: str | None = None
    figo_candidates: list[str] = Field(default_factory=list)
    molecular_annotation: str | None = None
    ajcc: TNM = Field(default_factory=TNM)
    ajcc_system: str | None = None
    alternatives: dict[str, StageResult] = Field(default_factory=dict)

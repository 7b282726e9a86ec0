"""Pre-operative findings (the inputs of the verified risk tools) and the risk/prognosis results.

Every input is optional: ``None`` means *not known*, never *normal*. Units are in the field names.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sarcnav.model.results import EngineResult, Verdict

Positive = Annotated[float, Field(gt=0)]


class Strict(BaseModel):
    """Input base (as in ``model.case``, which imports this module): unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class MriFeatures(Strict):
    """Qualitative MRI features of the dominant uterine mass (Lakhman 2017)."""

    nodular_borders: bool | None = None
    haemorrhage: bool | None = None
    t2_dark_areas: bool | None = None
    central_unenhanced_area: bool | None = None


class RiskHistory(Strict):
    """Recorded history that the literature links to uterine sarcoma (context, not score inputs)."""

    prior_pelvic_radiation: bool | None = None
    tamoxifen_years: Annotated[float, Field(ge=0)] | None = Field(
        default=None, description="years of tamoxifen use; 0 = never"
    )
    germline_tp53: bool | None = Field(default=None, description="Li-Fraumeni syndrome")
    hereditary_retinoblastoma: bool | None = Field(default=None, description="germline RB1")
    germline_fh: bool | None = Field(default=None, description="HLRCC")


class PreopFindings(Strict):
    """Findings before surgery for a presumed fibroid."""

    tumour_max_diameter_cm: Annotated[float, Field(gt=0, le=100)] | None = Field(
        default=None, description="largest diameter of the largest uterine mass on imaging, cm"
    )
    ldh_u_per_l: Positive | None = Field(default=None, description="serum LDH, U/L")
    neutrophils_10e9_per_l: Positive | None = None
    lymphocytes_10e9_per_l: Positive | None = None
    nlr: Positive | None = Field(
        default=None,
        description="neutrophil-to-lymphocyte ratio; derived from the counts if absent",
    )
    platelets_10e9_per_l: Positive | None = None
    mri: MriFeatures | None = None
    history: RiskHistory | None = None

    @model_validator(mode="after")
    def _nlr_agrees(self) -> PreopFindings:
        derived = self.derived_nlr()
        if self.nlr is not None and derived is not None and abs(self.nlr - derived) > 0.05:
            raise ValueError(
                f"nlr {self.nlr:g} disagrees with neutrophils/lymphocytes = {derived:.2f}"
            )
        return self

    def derived_nlr(self) -> float | None:
        if self.neutrophils_10e9_per_l is None or self.lymphocytes_10e9_per_l is None:
            return None
        return self.neutrophils_10e9_per_l / self.lymphocytes_10e9_per_l


class Interval(BaseModel):
    """A 95 % interval for a proportion, and where it came from."""

    model_config = ConfigDict(extra="forbid")

    low: float
    high: float
    method: str = Field(description="'published' or 'Clopper-Pearson exact, from published counts'")


class Estimate(BaseModel):
    """A published rate as printed, with the proportion it means and its uncertainty."""

    model_config = ConfigDict(extra="forbid")

    id: str
    study: str
    what: str
    population: str
    stratum: str | None = None
    published: str
    proportion: float | None = None
    proportion_range: tuple[float, float] | None = None
    interval: Interval | None = None
    uncertainty: str
    sources: list[str]
    verification: str
    note: str = ""


class ItemResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    label: str
    verdict: Verdict
    points: int
    value: object = None
    field: str


class Accuracy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    population: str
    sensitivity: float
    specificity: float
    sensitivity_ci95: tuple[float, float] | None = None
    specificity_ci95: tuple[float, float] | None = None


class ScoreResult(BaseModel):
    """A score computed over what is known: points if complete, else the reachable range."""

    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    purpose: str
    verdict: Verdict = Field(description="met = positive (≥ cut-off), unknown = cannot tell yet")
    points: int | None
    points_min: int
    points_max: int
    max_points: int
    cutoff: int
    items: list[ItemResult]
    missing: list[str]
    performance: list[Accuracy]
    caveat: str
    sources: list[str]


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    sources: list[str]
    verification: str
    note: str = ""


class Omitted(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    reason: str
    sources: list[str]


class PreopRiskResult(EngineResult):
    """Occult-sarcoma risk before surgery for a presumed fibroid."""

    risk_factors: list[Message] = Field(default_factory=list)
    age_years: int | None = None
    age_stratified: list[Estimate] = Field(default_factory=list)
    overall: list[Estimate] = Field(default_factory=list)
    scores: list[ScoreResult] = Field(default_factory=list)
    suspicious: Verdict = Verdict.UNKNOWN
    messages: list[Message] = Field(default_factory=list)
    not_encoded: list[Omitted] = Field(default_factory=list)


class SurveillancePlan(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    label: str
    schedule: list[str]
    sources: list[str]
    verification: str


class PrognosisResult(EngineResult):
    """Published survival and recurrence figures for a resected uterine smooth-muscle tumour."""

    diagnosis_code: str | None = None
    figo_stage: str | None = None
    stage_group: str | None = None
    survival_by_stage: list[Estimate] = Field(default_factory=list)
    survival_cohorts: list[Estimate] = Field(default_factory=list)
    recurrence: list[Estimate] = Field(default_factory=list)
    surveillance_options: list[SurveillancePlan] = Field(default_factory=list)
    not_encoded: list[Omitted] = Field(default_factory=list)

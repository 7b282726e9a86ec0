"""A registry trial as sarcnav keeps it, its parsed eligibility criteria, and match results.

A trial is read from a ClinicalTrials.gov API v2 study record; its eligibility text is split and
parsed **once**, at import, into :class:`Criterion` objects, each holding zero or more machine
checks. A criterion without checks is kept with its text and is reported ``unknown`` at matching.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.model.case import Case
from sarcnav.model.results import EngineResult, Evidence, Verdict


class Section(StrEnum):
    """Whether a criterion admits (inclusion) or bars (exclusion) a patient."""

    INCLUSION = "inclusion"
    EXCLUSION = "exclusion"


class Category(StrEnum):
    """What a criterion is about. Categories after ``OTHER`` are recognised but not assessable."""

    HISTOLOGY = "histology"
    SETTING = "setting"
    STAGE = "stage"
    PRIOR_THERAPY = "prior_therapy"
    PRIOR_LINES = "prior_lines"
    PERFORMANCE_STATUS = "performance_status"
    AGE = "age"
    SEX = "sex"
    MENOPAUSAL = "menopausal"
    BIOMARKER = "biomarker"
    MEASURABLE_DISEASE = "measurable_disease"
    BRAIN_METASTASES = "brain_metastases"
    OTHER_MALIGNANCY = "other_malignancy"
    ORGAN_FUNCTION = "organ_function"
    WASHOUT = "washout"
    PREGNANCY = "pregnancy"
    CONSENT = "consent"
    LIFE_EXPECTANCY = "life_expectancy"
    OTHER = "other"


class Check(BaseModel):
    """One machine-checkable statement found in a criterion's text.

    ``negated`` turns the statement round ("no prior trabectedin"). Which fields are used depends
    on ``category``: ``terms`` (concept, setting, drug or class ids, or stage groups; any one
    suffices),
    ``excluded`` (histology ids carved out, "excluding GIST"), ``minimum`` / ``maximum`` (age in
    years, performance score, number of prior lines, biomarker percent), ``scale`` (performance
    scale), ``value`` (menopausal status, biomarker result).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    category: Category
    terms: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    scale: str | None = None
    value: str | None = None
    negated: bool = False
    evidence: str = ""


class Criterion(BaseModel):
    """One eligibility item: its text, section, category and the checks parsed from it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    section: Section
    text: str
    category: Category
    checks: tuple[Check, ...] = ()
    truncated: bool = False
    source: str = "text"


class Trial(BaseModel):
    """A study with the fields matching needs, and its criteria parsed at import."""

    model_config = ConfigDict(extra="forbid")

    nct_id: str = Field(pattern=r"^NCT\d{8}$")
    title: str | None = None
    status: str | None = None
    phases: list[str] = Field(default_factory=list)
    study_type: str | None = None
    conditions: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    interventions: list[str] = Field(default_factory=list)
    sex: str | None = None
    minimum_age_years: float | None = None
    maximum_age_years: float | None = None
    healthy_volunteers: bool | None = None
    countries: list[str] = Field(default_factory=list)
    sites: list[tuple[float, float]] = Field(
        default_factory=list, description="site coordinates (latitude, longitude) when given"
    )
    last_update: str | None = None
    eligibility_text: str | None = None
    eligibility_complete: bool | None = None
    targets: list[str] = Field(default_factory=list, description="histology concepts studied")
    criteria: list[Criterion] = Field(default_factory=list)
    provenance: dict[str, Any] | None = None


class TrialVerdict(StrEnum):
    ELIGIBLE = "eligible"
    POSSIBLY_ELIGIBLE = "possibly_eligible"
    EXCLUDED = "excluded"


class PatientFacts(BaseModel):
    """Facts trials ask about that a :class:`Case` does not hold. ``None`` means unknown."""

    model_config = ConfigDict(extra="forbid")

    ecog: int | None = Field(default=None, ge=0, le=5)
    karnofsky: int | None = Field(default=None, ge=0, le=100)
    measurable_disease: bool | None = None
    brain_metastases: bool | None = None
    other_malignancy: bool | None = None
    treatments_complete: bool | None = Field(
        default=None,
        description="true: case.treatments lists every prior systemic therapy (default: true "
        "when at least one line is recorded, unknown when none is)",
    )


class MatchInput(BaseModel):
    """A case plus the trial-specific facts; the file ``sarcnav trials match`` also accepts."""

    model_config = ConfigDict(extra="forbid")

    case: Case
    facts: PatientFacts = Field(default_factory=PatientFacts)


class CriterionResult(BaseModel):
    """A criterion's verdict for one patient: met / not_met / unknown, and why."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    kind: Section
    category: Category
    verdict: Verdict
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    needs_expert_review: bool = False


class TrialMatch(BaseModel):
    """One trial against one patient (``status`` is the trial's recruitment status)."""

    model_config = ConfigDict(extra="forbid")

    nct_id: str
    title: str | None
    status: str | None
    phases: list[str]
    verdict: TrialVerdict
    score: float
    summary: str
    criteria: list[CriterionResult]
    needs_expert_review: bool = False
    sources: list[str] = Field(default_factory=list)


class MatchResult(EngineResult):
    """Every trial evaluated for one patient, best first."""

    matches: list[TrialMatch] = Field(default_factory=list)
    candidates: int = 0
    not_evaluated: int = 0

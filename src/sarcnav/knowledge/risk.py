"""Schemas of the risk packs: published rates exactly as printed, pre-operative scores, guidance.

A :class:`Figure` keeps a published number in the unit it was published in ("1 in 352", "2.94 per
1,000", "0.52 %"), with its published 95 % CI or its published counts, so tests can compare the data
file with the paper and the engine can show the figure as printed. Code converts, never invents.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sarcnav.knowledge.base import Pack, Record
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.rules.conditions import Condition

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")]


class Unit(StrEnum):
    PERCENT = "percent"
    PER_1000 = "per_1000"
    PER_10000 = "per_10000"
    ONE_IN = "one_in"
    YEARS = "years"
    MONTHS = "months"


PROPORTION_UNITS = {Unit.PERCENT: 100.0, Unit.PER_1000: 1000.0, Unit.PER_10000: 10000.0}


class Figure(BaseModel):
    """One published number (or range) with its uncertainty as published."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: Unit
    value: float | None = None
    range: tuple[float, float] | None = None
    bound: Literal["upper"] | None = Field(
        default=None, description="'upper': the paper gives only an upper bound (e.g. '<1 in 500')"
    )
    ci95: tuple[float, float] | None = Field(
        default=None, description="published 95 % CI, same unit"
    )
    events: Annotated[int, Field(ge=0)] | None = None
    total: Annotated[int, Field(gt=0)] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Figure:
        if (self.events is None) != (self.total is None):
            raise ValueError("events and total go together")
        if self.value is not None and self.range is not None:
            raise ValueError("a figure has a value or a range, not both")
        if self.value is None and self.range is None and self.events is None:
            raise ValueError("a figure needs a value, a range or published counts")
        if self.events is not None and self.total is not None and self.events > self.total:
            raise ValueError("events exceed total")
        for pair in (self.range, self.ci95):
            if pair is not None and pair[0] > pair[1]:
                raise ValueError("an interval is written low, high")
        return self

    def proportion(self) -> float | None:
        """Point estimate as a proportion: the published value, else events/total."""
        if self.value is not None:
            return self.as_proportion(self.value)
        if self.events is not None and self.total is not None and self.range is None:
            return self.events / self.total
        return None

    def as_proportion(self, number: float) -> float | None:
        """A number in this figure's unit as a proportion (None for time units)."""
        if self.unit is Unit.ONE_IN:
            return 1.0 / number
        scale = PROPORTION_UNITS.get(self.unit)
        return None if scale is None else number / scale

    def text(self) -> str:
        """The figure as printed, e.g. '1 in 352', '27 per 10,000 (95% CI 22-32)', '<1 in 500'."""
        if self.value is not None:
            shown = _fmt(self.unit, self.value)
        elif self.range is not None:
            shown = _range(self)
        else:
            return f"{self.events}/{self.total:,}"
        if self.bound == "upper":
            shown = "<" + shown
        if self.ci95 is not None:
            shown += f" (95% CI {_num(self.ci95[0])}–{_num(self.ci95[1])})"
        if self.events is not None and self.total is not None:
            shown += f" [{self.events}/{self.total:,}]"
        return shown


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:g}"


def _fmt(unit: Unit, x: float) -> str:
    return {
        Unit.PERCENT: f"{_num(x)} %",
        Unit.PER_1000: f"{_num(x)} per 1,000",
        Unit.PER_10000: f"{_num(x)} per 10,000",
        Unit.ONE_IN: f"1 in {_num(x)}",
        Unit.YEARS: f"{_num(x)} years",
        Unit.MONTHS: f"{_num(x)} months",
    }[unit]


def _range(fig: Figure) -> str:
    assert fig.range is not None
    low, high = fig.range
    if fig.unit is Unit.ONE_IN:
        return f"1 in {_num(low)} – 1 in {_num(high)}"
    return f"{_num(low)}–{_fmt(fig.unit, high)}"


class Outcome(StrEnum):
    UTERINE_SARCOMA = "uterine_sarcoma"
    LEIOMYOSARCOMA = "leiomyosarcoma"
    UTERINE_CANCER_ANY = "uterine_cancer_any"


class Prevalence(Record):
    """Prevalence of a malignancy found at surgery for presumed fibroids (by age or overall)."""

    study: str
    outcome: Outcome
    population: str
    figure: Figure
    age_min: int | None = Field(default=None, description="inclusive, years")
    age_max: int | None = Field(default=None, description="inclusive, years")

    def stratified(self) -> bool:
        return self.age_min is not None or self.age_max is not None

    def stratum(self) -> str:
        if not self.stratified():
            return "all ages"
        if self.age_min is None:
            return f"age ≤{self.age_max}"
        if self.age_max is None:
            return f"age ≥{self.age_min}"
        return f"age {self.age_min}–{self.age_max}"

    def contains(self, age: int) -> bool:
        low = self.age_min if self.age_min is not None else -1
        high = self.age_max if self.age_max is not None else 10**6
        return low <= age <= high


class Performance(BaseModel):
    """Published accuracy of a score at its cut-off, in the population it was built or tested in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    population: str
    sensitivity: float = Field(ge=0, le=1)
    specificity: float = Field(ge=0, le=1)
    sensitivity_ci95: tuple[float, float] | None = None
    specificity_ci95: tuple[float, float] | None = None


class ScoreItem(BaseModel):
    """One variable of a score: the points it adds when its condition is met."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    label: str
    when: Condition
    points: int = Field(ge=0)


class Score(Record):
    """An additive pre-operative score with verified points and cut-off; positive at ≥ cutoff."""

    name: str
    outcome: Outcome
    purpose: str
    items: list[ScoreItem] = Field(min_length=1)
    cutoff: int = Field(ge=1)
    performance: list[Performance] = Field(min_length=1)
    caveat: str = ""

    @model_validator(mode="after")
    def _cutoff_reachable(self) -> Score:
        if self.cutoff > self.max_points():
            raise ValueError(
                f"{self.id}: cut-off {self.cutoff} above the maximum {self.max_points()}"
            )
        ids = [i.id for i in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError(f"{self.id}: duplicate item ids")
        return self

    def max_points(self) -> int:
        return sum(i.points for i in self.items)


class When(StrEnum):
    """When a guidance message applies."""

    ALWAYS = "always"
    SUSPICIOUS = "suspicious"
    INDETERMINATE = "indeterminate"
    PERI_OR_POSTMENOPAUSAL = "peri_or_postmenopausal"


class Guidance(Record):
    """A guideline message for the clinician (counselling, morcellation, referral)."""

    when: When
    text: str


class NotEncoded(Record):
    """A published tool deliberately left out, and why (results name it)."""

    name: str
    reason: str


class RiskFactor(Record):
    """A recorded risk factor, shown with its cited statement; it changes no estimate."""

    label: str
    when: Condition
    statement: str


class PreopPack(Pack):
    prevalence: list[Prevalence]
    scores: list[Score]
    guidance: list[Guidance]
    risk_factors: list[RiskFactor] = Field(default_factory=list)
    not_encoded: list[NotEncoded] = Field(default_factory=list)


class SurvivalFigure(Record):
    """Published survival of uterine LMS, by FIGO stage group or for a whole cohort."""

    study: str
    population: str
    endpoint: str
    stage_group: Literal["I", "II", "III", "IV"] | None = None
    figure: Figure
    review: str | None = None


class RecurrenceFigure(Record):
    """Published recurrence rate for a diagnosis (optionally a subgroup of it)."""

    codes: list[DiagnosisCode] = Field(min_length=1)
    stage_groups: list[Literal["I", "II", "III", "IV"]] | None = Field(
        default=None, description="stage groups it applies to (None: any)"
    )
    study: str
    population: str
    subgroup: str | None = None
    figure: Figure
    review: str | None = None


class SurveillanceOption(Record):
    """A published follow-up schedule, offered as an option with its source."""

    codes: list[DiagnosisCode] = Field(min_length=1)
    label: str
    schedule: list[str] = Field(min_length=1)


class PrognosisPack(Pack):
    survival: list[SurvivalFigure]
    recurrence: list[RecurrenceFigure]
    surveillance: list[SurveillanceOption]
    not_encoded: list[NotEncoded] = Field(default_factory=list)

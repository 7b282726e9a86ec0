"""Lines of therapy as recorded on a case, and the context the therapy engines need."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Year = Annotated[int, Field(ge=1950, le=2100)]


class TherapyLine(BaseModel):
    """One line of treatment: agents as lower-case generic names.

    ``dose_mg_m2`` is the dose per cycle by agent (mg/m²), when recorded; ``start_year`` and
    ``end_year`` hold years when only the year is known (``start`` / ``end`` are full dates).
    """

    model_config = ConfigDict(extra="forbid")

    line: int = Field(ge=0)
    setting: str | None = None
    regimen: str | None = None
    agents: list[str] = Field(default_factory=list)
    cycles: int | None = Field(default=None, ge=0)
    start: date | None = None
    end: date | None = None
    response: str | None = None
    current: bool = False
    start_year: Year | None = None
    end_year: Year | None = None
    dose_mg_m2: dict[str, Annotated[float, Field(gt=0)]] = Field(default_factory=dict)


class Setting(StrEnum):
    """Where the patient is in the course of disease, for the options engine."""

    ADJUVANT = "adjuvant"
    FIRST_LINE_ADVANCED = "first_line_advanced"
    LATER_LINE = "later_line"


class ReceptorStatus(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


class TherapyContext(BaseModel):
    """What the options and dose engines need beyond the lines of therapy. ``None`` = unknown.

    ``prior_anthracycline_mg_m2`` is doxorubicin-equivalent dose received *outside* the recorded
    lines (e.g. at another centre). ``contraindications`` holds generic names or class names
    (e.g. ``"anthracycline"``). ``as_of`` is the date regulatory status is judged at.
    """

    model_config = ConfigDict(extra="forbid")

    setting: Setting | None = None
    er: ReceptorStatus | None = None
    pr: ReceptorStatus | None = None
    biomarkers: dict[str, str] = Field(default_factory=dict)
    prior_anthracycline_mg_m2: Annotated[float, Field(ge=0)] | None = None
    prior_chest_irradiation: bool | None = None
    prior_pelvic_irradiation: bool | None = None
    contraindications: list[str] = Field(default_factory=list)
    as_of: date | None = None

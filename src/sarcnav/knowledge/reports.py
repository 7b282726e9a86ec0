"""Schema of the ICCR synoptic pack: the data set's elements and which report fields fill them."""

from __future__ import annotations

from pydantic import Field

from sarcnav.knowledge.base import Pack, Record
from sarcnav.model.diagnosis import DiagnosisCode


class IccrElement(Record):
    """One element of the data set; ``fields`` are reading paths, any of which fills it."""

    label: str
    required: bool
    fields: list[str] = Field(default_factory=list)
    applies_to: list[DiagnosisCode] = Field(
        default_factory=list, description="diagnoses the element applies to (empty: all)"
    )


class ScopeRule(Record):
    """A diagnosis reported with another data set (``data_set`` names it)."""

    codes: list[DiagnosisCode]
    data_set: str


class IccrPack(Pack):
    data_set: str
    elements: list[IccrElement]
    out_of_scope: list[ScopeRule] = Field(default_factory=list)

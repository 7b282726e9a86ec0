"""Schema of the WHO 2020 diagnosis pack: named criteria, ordered rows, flags."""

from __future__ import annotations

from pydantic import Field

from sarcnav.knowledge.base import Pack, Record
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.rules.conditions import Condition


class Criterion(Record):
    """A named, cited test (e.g. diffuse moderate-to-severe atypia)."""

    label: str
    when: Condition


class DiagnosisRow(Record):
    """If ``when`` is met (and no earlier row is met or unknown), the diagnosis is ``code``."""

    label: str
    when: Condition
    code: DiagnosisCode
    stump_reason: str | None = None
    variants: list[str] = Field(default_factory=list)


class Variant(Record):
    """A named variant that refines a decided row when its condition is met."""

    label: str
    when: Condition
    code: DiagnosisCode


class FlagRule(Record):
    """A flag raised whenever ``when`` is met, whatever the diagnosis."""

    when: Condition
    action: str
    detail: str
    review: bool = False
    feature: bool = False


class CodeLabel(Record):
    code: DiagnosisCode
    label: str


class DiagnosisPack(Pack):
    labels: list[CodeLabel]
    criteria: list[Criterion]
    rows: list[DiagnosisRow]
    variants: list[Variant] = Field(default_factory=list)
    flags: list[FlagRule] = Field(default_factory=list)

    def criteria_by_id(self) -> dict[str, Condition]:
        return {c.id: c.when for c in self.criteria}

"""Schemas of the therapy packs: catalogue, regulatory timeline, anthracycline dose, options."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sarcnav.knowledge.base import Pack, Record, Verification
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.therapy_record import Setting
from sarcnav.rules.conditions import Condition

Generic = Annotated[str, Field(pattern=r"^[a-z][a-z \-]*$")]
PartialDate = Annotated[str, Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


class Drug(Record):
    """One agent: its generic name, the other names people use for it, and its class."""

    generic: Generic
    classes: Annotated[list[str], Field(min_length=1)]
    class_verification: Verification = Verification.VERIFIED
    role: Literal["anticancer", "supportive"] = "anticancer"
    brands: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    misspellings: list[str] = Field(default_factory=list)
    spanish: list[str] = Field(default_factory=list)
    unverified_names: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unverified_are_names(self) -> Drug:
        stray = set(self.unverified_names) - set(self.brands) - set(self.aliases)
        if stray:
            raise ValueError(f"unverified_names not among brands/aliases: {sorted(stray)}")
        return self

    def names(self) -> list[tuple[str, str]]:
        """Every (name, kind) this drug answers to, the generic first."""
        kinds = ("brand", "alias", "misspelling", "spanish")
        lists = (self.brands, self.aliases, self.misspellings, self.spanish)
        return [(self.generic, "generic")] + [
            (name, kind) for kind, names in zip(kinds, lists, strict=True) for name in names
        ]


class Regimen(Record):
    """A named combination (or single agent) with its component agents and usual schedule."""

    label: str
    agents: Annotated[list[Generic], Field(min_length=1)]
    supportive: list[Generic] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    unverified_names: list[str] = Field(default_factory=list)
    schedule: str = ""


class Reading(BaseModel):
    """One meaning of an ambiguous term, chosen when one of its cue words is in the same line."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    regimen: str | None = None
    drug_class: str | None = None
    cues: list[str]


class AmbiguousTerm(Record):
    """An abbreviation with several meanings (e.g. "AI")."""

    text: str
    readings: Annotated[list[Reading], Field(min_length=2)]


class ClassTerm(Record):
    """Words naming a class without naming the agent (e.g. "aromatase inhibitor")."""

    drug_class: str
    label: str
    names: Annotated[list[str], Field(min_length=1)]


class CataloguePack(Pack):
    drugs: list[Drug]
    regimens: list[Regimen]
    ambiguous: list[AmbiguousTerm] = Field(default_factory=list)
    class_terms: list[ClassTerm] = Field(default_factory=list)


EventKind = Literal[
    "approval",
    "accelerated_approval",
    "conditional_authorisation",
    "restriction",
    "withdrawal",
    "access_closed",
]


class RegulatoryEvent(Record):
    """An approval, restriction or withdrawal, dated as precisely as the source allows."""

    drug: Generic
    date: PartialDate
    agency: str
    kind: EventKind
    event: str
    with_agents: list[Generic] = Field(default_factory=list)


class RegulatoryPack(Pack):
    events: list[RegulatoryEvent]


class DoseThreshold(Record):
    """A cumulative doxorubicin-equivalent dose (mg/m²) at which the label says something."""

    mg_m2: Annotated[float, Field(gt=0)]
    kind: Literal["risk", "monitoring", "dexrazoxane", "cap", "cap_with_modifier"]
    label: str


class Equivalence(Record):
    """Doxorubicin-equivalent factor of an anthracycline (only what the reference verifies)."""

    drug: Generic
    factor: Annotated[float, Field(gt=0)]


class CardiotoxicModifier(Record):
    """Prior therapy that lowers the older labels' cap (a context flag or recorded agents)."""

    label: str
    context_flag: str | None = None
    agents: list[Generic] = Field(default_factory=list)


class DosePack(Pack):
    thresholds: list[DoseThreshold]
    equivalences: list[Equivalence]
    modifiers: list[CardiotoxicModifier]
    usual_cycle_doses: list[UsualCycleDose]


class UsualCycleDose(Record):
    """A per-cycle doxorubicin dose from a studied schedule, used to say how many cycles remain."""

    mg_m2: Annotated[float, Field(gt=0)]
    regimen: str


class HistotypeGroup(Record):
    label: str
    codes: list[DiagnosisCode]


class TherapyOption(Record):
    """One option the reference lists for a histotype group and setting."""

    label: str
    groups: Annotated[list[str], Field(min_length=1)]
    settings: Annotated[list[Setting], Field(min_length=1)]
    agents: list[Generic] = Field(default_factory=list)
    match: Literal["all", "any"] = "all"
    regimen: str | None = None
    position: str
    evidence_level: str
    evidence: str
    requires: Condition | None = None
    requires_label: str = ""
    avoid: str | None = None
    always: bool = False


class OptionNote(Record):
    """A cited note shown on some options when ``when`` is met (or ``if_unknown`` when it
    cannot be told). Facts: ``er``, ``pr``, ``prior_anthracycline``, ``prior_pelvic_irradiation``
    and ``biomarker.<name>`` (from the case's ``therapy.biomarkers``)."""

    options: Annotated[list[str], Field(min_length=1)]
    when: Condition
    text: str
    if_unknown: str | None = None


class OptionsPack(Pack):
    disclaimer: str
    groups: list[HistotypeGroup]
    options: list[TherapyOption]
    notes: list[OptionNote] = Field(default_factory=list)


DosePack.model_rebuild()

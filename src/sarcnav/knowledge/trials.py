"""Schema of the trial-matching vocabulary pack: histology concepts, drugs, settings, scales."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import Field, model_validator

from sarcnav.knowledge.base import Pack, Record


class Named(Record):
    """A vocabulary record: its id is ``<kind>.<name>``; code and references use the name."""

    @property
    def name(self) -> str:
        return self.id.split(".", 1)[1]


class Concept(Named):
    """A histology or disease concept with the words trials use for it.

    ``parents`` are definite (a uterine leiomyosarcoma *is* a leiomyosarcoma); ``loose_parents``
    are edges trials disagree on (carcinosarcoma as an endometrial carcinoma): a criterion that
    names a loose parent is ``unknown`` for the patient, never met.
    """

    label: str
    terms: list[str] = Field(default_factory=list)
    parents: list[str] = Field(default_factory=list)
    loose_parents: list[str] = Field(default_factory=list)
    diagnosis_codes: list[str] = Field(default_factory=list)


class DrugClass(Named):
    label: str
    terms: list[str] = Field(min_length=1)


class Drug(Named):
    """A drug by lower-case generic name (the record id), its other names and classes."""

    terms: list[str] = Field(default_factory=list)
    classes: list[str] = Field(default_factory=list)


class Setting(Named):
    """A disease setting (metastatic, resected...) and its words."""

    label: str
    terms: list[str] = Field(min_length=1)


class Scale(Named):
    """A performance-status scale; ``same_as`` names a scale with identical grades."""

    label: str
    terms: list[str] = Field(min_length=1)
    same_as: str | None = None


class TrialsPack(Pack):
    concepts: list[Concept]
    drug_classes: list[DrugClass]
    drugs: list[Drug]
    settings: list[Setting]
    scales: list[Scale]

    @model_validator(mode="after")
    def _references_resolve(self) -> TrialsPack:
        kinds: dict[str, Sequence[Named]] = {
            "hist": self.concepts,
            "class": self.drug_classes,
            "drug": self.drugs,
            "setting": self.settings,
            "scale": self.scales,
        }
        for kind, records in kinds.items():
            bad = [r.id for r in records if not r.id.startswith(f"{kind}.")]
            if bad:
                raise ValueError(f"ids must start with '{kind}.': {bad}")
        names = [r.name for records in kinds.values() for r in records]
        if len(names) != len(set(names)):
            raise ValueError("a name is used by two records")
        concepts = {c.name for c in self.concepts}
        for c in self.concepts:
            bad = [p for p in (*c.parents, *c.loose_parents) if p not in concepts]
            if bad:
                raise ValueError(f"concept {c.id}: unknown parents {bad}")
        classes = {c.name for c in self.drug_classes}
        for d in self.drugs:
            bad = [k for k in d.classes if k not in classes]
            if bad:
                raise ValueError(f"drug {d.id}: unknown classes {bad}")
        scales = {s.name for s in self.scales}
        for s in self.scales:
            if s.same_as is not None and s.same_as not in scales:
                raise ValueError(f"scale {s.id}: unknown same_as {s.same_as}")
        return self

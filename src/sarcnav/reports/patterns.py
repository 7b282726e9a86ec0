"""The reader's patterns, vocabulary and context termsets: data with ids, validated on load."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from sarcnav.knowledge.base import Record
from sarcnav.model.case import Morphology
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.report import ModifierCategory

DATA = Path(str(resources.files("sarcnav.reports") / "data"))


class PatternError(Exception):
    """A pattern file is malformed (names the file and the rule)."""


class Rule(BaseModel):
    """One pattern: which field it fills and how the match becomes a value."""

    model_config = ConfigDict(extra="forbid")

    id: str
    field: str
    kind: Literal["assert", "value", "parse"]
    pattern: str
    value: Any = None
    negated_value: Any = None
    uncertain_value: Any = None
    values: list[tuple[str, Any]] = Field(default_factory=list)
    parser: str | None = None
    rank: int = 9
    case_sensitive: bool = False
    # words (lower case) of which every match contains one: the pattern is not run on a text
    # that has none of them (a fast substring check instead of a regex scan)
    requires: list[str] = Field(default_factory=list)
    # a 'value' rule whose negated mention says nothing ('a high-grade ESS ... is excluded')
    drop_negated: bool = False
    # a mention on a clinical-history line says nothing ('Clinical: endometrial biopsy "MMMT"')
    skip_clinical: bool = False
    # a mention on a part line about another organ says nothing of the uterine tumour
    # ('B. Liver: 2 cm deposit; resection margin clear')
    skip_other_organ: bool = False
    note: str = ""
    # a rule that reads a clinical convention (not only a wording) cites it
    sources: list[str] = Field(default_factory=list)
    as_of: date | None = None

    @model_validator(mode="after")
    def _kind_needs(self) -> Rule:
        if bool(self.sources) != (self.as_of is not None):
            raise ValueError("'sources' and 'as_of' go together")
        if self.kind == "parse" and not self.parser:
            raise ValueError("kind 'parse' needs a parser")
        if self.kind == "value" and not self.values:
            raise ValueError("kind 'value' needs values")
        if any(word != word.lower() or not word for word in self.requires):
            raise ValueError("'requires' words must be non-empty and lower case")
        return self

    def compiled(self) -> re.Pattern[str]:
        flags = re.MULTILINE | (0 if self.case_sensitive else re.IGNORECASE)
        return re.compile(self.pattern, flags)


class PatternFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str
    rules: list[Rule]


class DiagnosisTerm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    code: DiagnosisCode
    pattern: str


class NodeDeposit(Record):
    """A node deposit larger than ``above_mm`` is of this kind (the largest matching row wins)."""

    involvement: Literal["macrometastasis", "micrometastasis", "itc"]
    above_mm: float


class MorphologyDefault(Record):
    """A stated diagnosis term that, with no morphology named in the report, implies one."""

    terms: list[str]
    morphology: Morphology
    # a qualifier next to the term, on its line, that names a variant (the default does not apply)
    variant: str


class Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str
    diagnosis_headers: str
    diagnosis_terms: list[DiagnosisTerm]
    uterine_terms: str
    other_organ_terms: str
    # a checklist's column headers ('Not identified   Present') → the short answer used when the
    # header's own words do not fit in the row
    checklist_answers: dict[str, str] = Field(default_factory=dict)
    # words whose swapped-neighbour-letter misspellings ('wihtout', 'spindel') are read as the word
    spelling_words: list[str] = Field(default_factory=list)
    # the kind of a nodal metastasis from its stated size ('largest deposit 8 mm')
    node_deposits: list[NodeDeposit] = Field(default_factory=list)
    # a morphology the report leaves unnamed that a plain diagnosis term implies (round 11)
    morphology_defaults: list[MorphologyDefault] = Field(default_factory=list)


class Termset(BaseModel):
    model_config = ConfigDict(extra="forbid")

    preceding: list[str]
    following: list[str]
    pseudo: list[str] = Field(default_factory=list)


class ContextFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str
    termination: list[str]
    categories: dict[ModifierCategory, Termset]


def _load(name: str, schema: type[Any]) -> Any:
    path = DATA / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return schema.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise PatternError(f"{name}: {exc}") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise PatternError(f"{name}: {where}: {err['msg']}") from exc


@cache
def pattern_file() -> PatternFile:
    """The rules, checked: unique ids and regexes that compile."""
    patterns: PatternFile = _load("patterns.yaml", PatternFile)
    ids = [r.id for r in patterns.rules]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise PatternError(f"patterns.yaml: duplicate rule ids {dupes}")
    for rule in patterns.rules:
        try:
            rule.compiled()
        except re.error as exc:
            raise PatternError(f"patterns.yaml: rule {rule.id}: bad regex ({exc})") from exc
    return patterns


@cache
def compiled_rules() -> list[tuple[Rule, re.Pattern[str]]]:
    return [(rule, rule.compiled()) for rule in pattern_file().rules]


@cache
def vocabulary() -> Vocabulary:
    vocab: Vocabulary = _load("vocabulary.yaml", Vocabulary)
    return vocab


@cache
def context_file() -> ContextFile:
    ctx: ContextFile = _load("context.yaml", ContextFile)
    return ctx


def versions() -> dict[str, str]:
    """Versions of the reader's data files, for the result's ``knowledge`` map."""
    return {
        "reports_patterns": pattern_file().version,
        "reports_vocabulary": vocabulary().version,
        "reports_context": context_file().version,
    }

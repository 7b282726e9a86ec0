"""Schemas of the enquiry packs: the centre's policy and the cue lexicon.

The policy (``enquiry_policy``) is the file a centre edits: who it is, how to reach it, which route
applies when, the reply templates per route and language, the sign-off, and the urgent signs that
put ``urgent_care`` first. The lexicon (``enquiry_lexicon``) holds the cue phrases the triage reads.
Patterns are regular expressions matched case-insensitively on accent-folded text, so they are
written in lower case without accents.
"""

from __future__ import annotations

import re
import string
import unicodedata
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sarcnav.knowledge.base import Pack, Record
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.rules.conditions import Condition

Route = Literal[
    "appointment",
    "international_services",
    "nearby_centers",
    "trial_search",
    "no_individual_advice",
    "care_team",
    "support_resources",
    "specialist_answer",
    "acknowledge",
    "urgent_care",
]
Intent = Literal[
    "second_opinion",
    "clinical_trials",
    "treatment_question",
    "diagnosis_question",
    "symptom_question",
    "hereditary_risk",
    "biomarker_testing",
    "drug_information",
    "research_participation",
    "emotional_support",
    "survivor_story",
    "gratitude",
    "general_information",
]
Relation = Literal["self", "spouse", "child", "parent", "sibling", "family", "friend", "unknown"]
Lang = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
Patterns = Annotated[list[str], Field(min_length=1)]


def _check_regex(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(
                f"pattern {pattern!r} is not a valid regular expression: {exc}"
            ) from exc
    return patterns


def _check_patterns(patterns: list[str]) -> list[str]:
    for pattern in _check_regex(patterns):
        letters = re.sub(r"\\.", "", pattern)
        if letters != letters.lower():
            raise ValueError(f"pattern {pattern!r} must be lower case (text is folded first)")
        accented = [
            c for c in letters if len(base := unicodedata.normalize("NFD", c)[0]) == 1 and base != c
        ]
        if accented:
            raise ValueError(f"pattern {pattern!r} must be written without accents: {accented}")
    return patterns


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Centre(Strict):
    """Who the centre is and how people reach it (every value may appear in a draft)."""

    name: str
    example: bool = Field(description="true for the shipped fictional example centre")
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    phones: dict[str, str]
    links: dict[str, str]


class Temperature(Strict):
    """A temperature reading at or above a threshold the sign's source states, in both units.

    ``body_range_celsius`` only tells the units apart (a bare 38.9 is Celsius, a bare 101.3
    Fahrenheit); a number outside it, in either unit, is not read as a body temperature.
    """

    celsius: float
    fahrenheit: float
    body_range_celsius: tuple[float, float]
    febrile_words: list[str] = Field(
        default_factory=list,
        description=(
            "words that describe a fever without naming it (chills, shivering): a bare number "
            "near one is a reading only with decimals or in the Fahrenheit range, so an age "
            "('she is 39') is not"
        ),
    )

    decimals_alone: bool = Field(
        default=False,
        description=(
            "whether a bare number with decimals inside the body range ('now 38.6', '101.8') is "
            "a reading with no context word (the sign's requirement must still be met)"
        ),
    )

    _febrile = field_validator("febrile_words")(_check_patterns)

    @model_validator(mode="after")
    def _same_threshold(self) -> Temperature:
        if abs(self.celsius * 9 / 5 + 32 - self.fahrenheit) > 0.05:
            raise ValueError(f"{self.celsius} °C and {self.fahrenheit} °F are not the same")
        low, high = self.body_range_celsius
        if not low < self.celsius < high:
            raise ValueError("the threshold must lie inside body_range_celsius")
        return self


class UrgentSign(Record):
    """A sign that makes a message an emergency (``urgent_care`` first); must cite a source.

    With ``temperature``, ``patterns`` are the words that make a nearby bare number a temperature
    (a number with a degree sign or unit needs none), and the sign fires on a reading at or above
    the threshold. ``requires`` and ``requires_drug_classes`` are alternatives: one of the
    patterns, or a drug of one of those therapy-catalogue classes (any name the catalogue knows,
    misspellings included), must also occur.

    ``near`` and ``not_near`` are read in the sentence of each match (policy 1.5.0): with
    ``near``, a symptom concept counts only beside a severity, quantity or time cue ("bleeding"
    with "every hour"); a ``not_near`` cue (past, resolved or hypothetical: "two years ago",
    "turned out to be", "side effect of") drops the match. A ``not_after`` cue in the sentence
    right after the match (policy 1.6.0: "It's been fine since.", "I'm in a good place now.") drops
    it too: a resolution stated next. With ``not_below``, a fever word whose sentence gives only
    readings below the threshold of the named temperature sign does not count (policy 1.6.0).
    """

    label: str
    patterns: Patterns
    requires: list[str] = Field(
        default_factory=list,
        description="patterns of which one must also occur (e.g. chemotherapy for fever)",
    )
    requires_drug_classes: list[str] = Field(
        default_factory=list,
        description="therapy-catalogue drug classes; a drug of one satisfies the requirement",
    )
    near: list[str] = Field(
        default_factory=list,
        description="patterns of which one must occur in the same sentence as the match",
    )
    not_near: list[str] = Field(
        default_factory=list,
        description="patterns that drop a match in the same sentence (past, resolved)",
    )
    not_after: list[str] = Field(
        default_factory=list,
        description="patterns that drop a match when they stand in the next sentence (resolved)",
    )
    not_below: str | None = Field(
        default=None,
        description=(
            "id of a sign with a temperature threshold: a match is dropped when its sentence "
            "states readings and all are below that threshold ('a fever of 37.6')"
        ),
    )
    temperature: Temperature | None = None
    intent: Intent | None = Field(
        default=None,
        description="the intent a message showing this sign has (a symptom, or distress)",
    )

    _patterns = field_validator("patterns", "requires", "near", "not_near", "not_after")(
        _check_patterns
    )


class RouteRule(Record):
    """``route`` applies whenever ``when`` is met over the triage facts."""

    route: Route
    when: Condition


class Template(Record):
    """One reply paragraph for a route, per language; ``{placeholders}`` come from the centre."""

    route: Route | Literal["greeting", "greeting_named", "fallback", "signoff"]
    text: dict[Lang, str]

    @field_validator("text")
    @classmethod
    def _english(cls, text: dict[str, str]) -> dict[str, str]:
        if "en" not in text:
            raise ValueError("every template needs an English ('en') text")
        return text


class EnquiryPolicy(Pack):
    """A centre's enquiry policy: identity, urgent signs, routing table, templates."""

    centre: Centre
    urgent_signs: Annotated[list[UrgentSign], Field(min_length=1)]
    routes: Annotated[list[RouteRule], Field(min_length=1)]
    templates: Annotated[list[Template], Field(min_length=1)]

    @model_validator(mode="after")
    def _consistent(self) -> EnquiryPolicy:
        if self.routes[0].route != "urgent_care":
            raise ValueError(
                "routes: the first rule must be the urgent_care rule (urgent care first)"
            )
        templated = {t.route for t in self.templates}
        needed = {r.route for r in self.routes} | {
            "greeting",
            "greeting_named",
            "fallback",
            "signoff",
        }
        thresholds = {s.id for s in self.urgent_signs if s.temperature is not None}
        for sign in self.urgent_signs:
            if sign.not_below is not None and sign.not_below not in thresholds:
                raise ValueError(
                    f"urgent_signs.{sign.id}.not_below: {sign.not_below!r} is not a sign with a "
                    "temperature threshold"
                )
        missing = sorted(needed - templated)
        if missing:
            raise ValueError(f"templates: no template for {missing}")
        known = (
            {"centre_name", "name"}
            | {f"phone_{k}" for k in self.centre.phones}
            | {f"link_{k}" for k in self.centre.links}
        )
        for template in self.templates:
            for lang, text in template.text.items():
                used = {f for _, f, _, _ in string.Formatter().parse(text) if f}
                unknown = sorted(used - known)
                if unknown:
                    raise ValueError(
                        f"templates.{template.id}.text.{lang}: unknown placeholder(s) {unknown}; "
                        f"known: {sorted(known)}"
                    )
        return self

    def template(self, key: str) -> Template:
        return next(t for t in self.templates if t.route == key)


class Cue(Record):
    """Phrases that signal one label of one kind (an intent, a relation, high urgency...)."""

    kind: Literal["intent", "relation", "urgency", "travel", "spam", "clinical", "language"]
    label: str
    patterns: Patterns
    at_least: int = Field(
        default=1,
        ge=1,
        description="distinct words matched that the cue needs to count (language cues)",
    )
    weak: bool = Field(
        default=False, description="counts only when no strong cue of its kind occurs"
    )
    unless: list[str] = Field(
        default_factory=list,
        description="a match is dropped where one of these matches at its start",
    )
    languages: list[Lang] = Field(
        default_factory=list,
        description="the row counts only in messages read as one of these languages (all if empty)",
    )

    _patterns = field_validator("patterns", "unless")(_check_patterns)

    @model_validator(mode="after")
    def _label(self) -> Cue:
        allowed: dict[str, tuple[str, ...]] = {
            "intent": Intent.__args__,  # type: ignore[attr-defined]
            "relation": Relation.__args__,  # type: ignore[attr-defined]
            "urgency": ("high",),
            "travel": ("cannot_travel",),
            "spam": ("spam",),
            "clinical": ("clinical",),
            "language": ("hi",),
        }
        if self.label not in allowed[self.kind]:
            raise ValueError(f"label {self.label!r} is not one of {list(allowed[self.kind])}")
        return self


class Place(Record):
    """Names that place a writer in a country (cities, regions, the country, its health system)."""

    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    patterns: Patterns
    phone_prefix: str | None = Field(default=None, pattern=r"^\+\d{1,3}$")
    weak: bool = Field(default=False, description="a bare country name, outweighed by any city")
    case_sensitive: bool = Field(
        default=False,
        description='patterns match the text as written, not folded ("Fargo ND", not "chemo tx")',
    )

    _patterns = field_validator("patterns")(_check_regex)

    @model_validator(mode="after")
    def _folded(self) -> Place:
        if not self.case_sensitive:
            _check_patterns(self.patterns)
        return self


class Term(Record):
    """A disease name or body site as writers spell it; ``codes`` are design diagnosis codes."""

    kind: Literal["diagnosis", "site"]
    label: str
    codes: list[DiagnosisCode] = Field(default_factory=list)
    patterns: Patterns

    _patterns = field_validator("patterns")(_check_patterns)


class EnquiryLexicon(Pack):
    """Cue phrases for triage: intents, relation, urgency, travel, spam; places; terms."""

    cues: list[Cue]
    places: list[Place]
    terms: list[Term]

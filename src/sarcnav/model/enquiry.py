"""Typed enquiry triage: the message in, the triage with its evidence and draft out."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.model.results import EngineResult

Urgency = Literal["emergency", "high", "routine"]
Location = Literal["us", "international", "unknown"]


class Enquiry(BaseModel):
    """One message from a patient or family (any text; HTML is treated as inert text)."""

    model_config = ConfigDict(extra="ignore")

    text: str
    id: str | None = None


class Span(BaseModel):
    """A piece of the analysed text, with the row that matched it."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int
    end: int
    rule_id: str


class Mention(BaseModel):
    """An entity the writer mentioned (never a diagnosis made by sarcnav)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["diagnosis", "stage", "site", "date", "drug"]
    value: str
    text: str
    start: int
    end: int
    codes: list[str] = Field(default_factory=list)
    rule_id: str | None = None


class ModelEvidence(BaseModel):
    """Why the statistical intent model voted for a label: probability and top weighted words."""

    model_config = ConfigDict(extra="forbid")

    probability: float
    features: list[tuple[str, float]]


class LabelExplanation(BaseModel):
    """Why one label was chosen: the cue spans, and/or the model's evidence."""

    model_config = ConfigDict(extra="forbid")

    label: str
    cues: list[Span] = Field(default_factory=list)
    model: ModelEvidence | None = None
    detail: str = ""


class Explanations(BaseModel):
    """Evidence behind every field of the triage."""

    model_config = ConfigDict(extra="forbid")

    language: dict[str, float] = Field(default_factory=dict)
    intents: list[LabelExplanation] = Field(default_factory=list)
    relation: LabelExplanation | None = None
    location: LabelExplanation | None = None
    urgency: LabelExplanation | None = None
    cannot_travel: list[Span] = Field(default_factory=list)
    spam: list[Span] = Field(default_factory=list)
    routes: list[LabelExplanation] = Field(default_factory=list)


class EnquiryResult(EngineResult):
    """Triage of one message; ``draft`` is for a person to approve and is never sent by sarcnav."""

    id: str | None = None
    language: str
    intents: list[str]
    relation: str
    location: Location
    urgency: Urgency
    routes: list[str]
    entities: list[Mention]
    draft: str
    draft_language: str
    spam: bool = False
    truncated: bool = False
    explanations: Explanations

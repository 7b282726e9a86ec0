"""The parsed treatment history: lines of therapy with the words behind every field."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.model.therapy_record import TherapyLine


class Mention(BaseModel):
    """A catalogue name found in the text: the words as written, where, and what they resolve to."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int
    end: int
    kind: str
    target: str
    matched_name: str
    score: float = 100.0
    verified: bool = True


class UnknownTerm(BaseModel):
    """A drug-like word the catalogue does not know (listed, never dropped)."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int
    end: int
    why: str


class OtherTreatment(BaseModel):
    """Radiotherapy or surgery mentioned in the history (not a line of systemic therapy)."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    text: str
    start: int
    end: int
    chest: bool = False


class ParsedLine(TherapyLine):
    """A line of therapy read from text, with its evidence."""

    regimen_id: str | None = None
    supportive: list[str] = Field(default_factory=list)
    classes: list[str] = Field(default_factory=list)
    text: str = ""
    span: tuple[int, int] = (0, 0)
    evidence: list[Mention] = Field(default_factory=list)
    unknown: list[UnknownTerm] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    def record(self) -> TherapyLine:
        """The plain :class:`TherapyLine` (as stored on a case)."""
        return TherapyLine.model_validate(self.model_dump(include=set(TherapyLine.model_fields)))


class TreatmentHistory(BaseModel):
    """Every line found, in order, plus what could not be placed."""

    model_config = ConfigDict(extra="forbid")

    lines: list[ParsedLine] = Field(default_factory=list)
    unknown: list[UnknownTerm] = Field(default_factory=list)
    other_treatments: list[OtherTreatment] = Field(default_factory=list)
    needs_review: bool = False
    review_reasons: list[str] = Field(default_factory=list)
    knowledge: dict[str, str] = Field(default_factory=dict)

    def therapy_lines(self) -> list[TherapyLine]:
        """The lines as plain :class:`TherapyLine` records."""
        return [line.record() for line in self.lines]

    def agents(self) -> list[str]:
        """Every agent received, in order of first mention."""
        seen: list[str] = []
        for line in self.lines:
            seen.extend(a for a in line.agents if a not in seen)
        return seen

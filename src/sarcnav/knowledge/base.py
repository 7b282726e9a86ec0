"""Schemas shared by every knowledge pack: the pack header and the cited record."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class Verification(StrEnum):
    """How far the reference checked a fact (see shared/reference)."""

    VERIFIED = "VERIFIED"
    PARTIAL = "PARTIAL"
    UNVERIFIED = "UNVERIFIED"


class Record(BaseModel):
    """A clinical fact: stable id, the sources it cites, the day it was last checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")]
    sources: Annotated[list[str], Field(min_length=1)]
    as_of: date
    verification: Verification = Verification.VERIFIED
    note: str = ""


class Pack(BaseModel):
    """A versioned knowledge file. Subclasses add their typed record lists."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    pack_id: str
    version: str
    title: str
    as_of: date
    sources: Annotated[list[str], Field(min_length=1)]
    reviewed_on: date | None = None

    def records(self) -> list[Record]:
        """Every cited record the pack holds (for whole-data checks)."""
        found: list[Record] = []
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, list):
                found.extend(v for v in value if isinstance(v, Record))
        return found


class Citation(BaseModel):
    """One bibliography entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")]
    citation: str
    doi: str | None = None
    url: str | None = None
    pmid: str | None = None


class Bibliography(BaseModel):
    """A bibliography file: where its citations were compiled from, and the citations."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    entries: list[Citation]

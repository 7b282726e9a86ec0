"""Condition trees as they are written in knowledge files.

A node is exactly one of:

- ``all: [...]``, ``any: [...]``, ``not: {...}``, ``at_least: n`` with ``of: [...]``;
- ``criterion: id`` (a named criterion of the same pack);
- a fact test: ``fact: name`` with one of ``eq``, ``in``, ``gt``, ``ge``, ``lt``, ``le``;
- a mitotic test: ``mitoses: {ge|gt|lt: {per_10_hpf: x, per_mm2: y}}``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

COMPARATORS = ("eq", "in_", "gt", "ge", "lt", "le")
KINDS = {
    "fact": "fact",
    "criterion": "criterion",
    "all": "all",
    "any": "any",
    "not": "not_",
    "at_least": "at_least",
    "mitoses": "mitoses",
}


class Threshold(BaseModel):
    """A mitotic threshold per 10 HPF and, where a source gives one, per mm²."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    per_10_hpf: float
    per_mm2: float | None = None


class MitoticTest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ge: Threshold | None = None
    gt: Threshold | None = None
    lt: Threshold | None = None

    @model_validator(mode="after")
    def _one(self) -> MitoticTest:
        if sum(x is not None for x in (self.ge, self.gt, self.lt)) != 1:
            raise ValueError("a mitotic test takes exactly one of ge, gt, lt")
        return self

    def op(self) -> tuple[str, Threshold]:
        for name in ("ge", "gt", "lt"):
            value = getattr(self, name)
            if value is not None:
                return name, value
        raise AssertionError("validated to have one comparator")


class Condition(BaseModel):
    """One node of a condition tree (see the module docstring)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")
    at_least: int | None = Field(default=None, ge=1)
    of: list[Condition] | None = None
    criterion: str | None = None
    fact: str | None = None
    eq: Any = None
    in_: list[Any] | None = Field(default=None, alias="in")
    gt: float | None = None
    ge: float | None = None
    lt: float | None = None
    le: float | None = None
    mitoses: MitoticTest | None = None

    _kind: str = PrivateAttr(default="")

    @property
    def kind(self) -> str:
        """The node type: fact, criterion, all, any, not, at_least or mitoses."""
        return self._kind

    @model_validator(mode="after")
    def _shape(self) -> Condition:
        kinds = [kind for kind, name in KINDS.items() if getattr(self, name) is not None]
        if len(kinds) != 1:
            raise ValueError(
                "a condition is exactly one of all/any/not/at_least/criterion/fact/mitoses"
            )
        self._kind = kinds[0]
        if (self.at_least is None) != (self.of is None):
            raise ValueError("at_least and of go together")
        comparators = [c for c in COMPARATORS if getattr(self, c) is not None]
        if self.fact is not None and len(comparators) != 1:
            raise ValueError(f"fact {self.fact!r} needs exactly one of eq/in/gt/ge/lt/le")
        if self.fact is None and comparators:
            raise ValueError("eq/in/gt/ge/lt/le belong to a fact test")
        return self

    def facts_read(self) -> set[str]:
        """Names of the facts this tree reads (``mitoses`` for a mitotic test)."""
        if self.fact is not None:
            return {self.fact}
        if self.mitoses is not None:
            return {"mitoses"}
        found: set[str] = set()
        for child in self.children():
            found |= child.facts_read()
        return found

    def criteria_named(self) -> set[str]:
        """Ids of the named criteria this tree refers to."""
        found = {self.criterion} if self.criterion else set()
        for child in self.children():
            found |= child.criteria_named()
        return found

    def children(self) -> list[Condition]:
        return [*(self.all or []), *(self.any or []), *(self.of or [])] + (
            [self.not_] if self.not_ is not None else []
        )

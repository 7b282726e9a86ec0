"""Schema of the WHO 2020 diagnosis pack: named criteria, ordered rows, flags."""

from __future__ import annotations

from functools import cached_property

from pydantic import Field

from sarcnav.knowledge.base import Pack, Record
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.rules.compiler import Node, Program, Test
from sarcnav.rules.conditions import Condition
from sarcnav.rules.tables import Table


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

    @cached_property
    def criteria_by_id(self) -> dict[str, Condition]:
        return {c.id: c.when for c in self.criteria}

    @cached_property
    def criterion_cited(self) -> dict[str, tuple[str, list[str], str]]:
        """Each criterion's label, sources and verification, as its reasons cite them."""
        return {c.id: (c.label, c.sources, c.verification.value) for c in self.criteria}

    @cached_property
    def label_of(self) -> dict[DiagnosisCode, str]:
        return {entry.code: entry.label for entry in self.labels}

    @cached_property
    def row_criteria(self) -> dict[str, list[Criterion]]:
        """Named criteria each row depends on, following criteria that name other criteria."""
        found: dict[str, list[Criterion]] = {}
        for row in self.rows:
            names: set[str] = set()
            todo = set(row.when.criteria_named())
            while todo:
                name = todo.pop()
                if name not in names:
                    names.add(name)
                    todo |= self.criteria_by_id[name].criteria_named()
            found[row.id] = [c for c in self.criteria if c.id in names]
        return found

    @cached_property
    def program(self) -> Program:
        """The pack's trees compiled once, sharing its named criteria."""
        return Program(self.criteria_by_id)

    @cached_property
    def table(self) -> Table[DiagnosisRow]:
        return Table(self.rows, self.program)

    @cached_property
    def variant_nodes(self) -> dict[str, tuple[Variant, Node]]:
        return {v.id: (v, self.program.compile(v.when, f"variant {v.id}")) for v in self.variants}

    @cached_property
    def flag_tests(self) -> list[tuple[FlagRule, Test]]:
        """Each flag's tree compiled to its verdict alone (a flag shows no evidence)."""
        program = Program(self.criteria_by_id, verdicts=True)
        return [(rule, program.test(rule.when, f"flag {rule.id}")) for rule in self.flags]

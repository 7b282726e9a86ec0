"""Schema of the staging pack: which system for which diagnosis, stage rows, TNM and groups."""

from __future__ import annotations

from functools import cached_property
from itertools import product

from pydantic import Field

from sarcnav.knowledge.base import Pack, Record
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.rules.compiler import Program
from sarcnav.rules.conditions import Condition
from sarcnav.rules.tables import Table


class SystemChoice(Record):
    """Diagnoses staged by a FIGO system, and the AJCC chapter (T, N, M tables) for them."""

    codes: list[DiagnosisCode]
    figo: list[str]
    ajcc: str
    ajcc_tables: dict[str, str]


class StageRow(Record):
    """Ordered from most to least advanced; the first met row gives the stage or category.

    ``stage: null`` marks a finding the system does not classify (the result needs an expert).
    """

    system: str
    stage: str | None
    label: str
    when: Condition


class GroupRow(Record):
    """AJCC stage group from T, N and M categories (``*`` matches any category)."""

    system: str
    group: str
    t: list[str]
    n: list[str]
    m: list[str]

    def fits(self, t: str, n: str, m: str) -> bool:
        return all(
            value in allowed or "*" in allowed
            for value, allowed in ((t, self.t), (n, self.n), (m, self.m))
        )


class MolecularRule(Record):
    """FIGO 2023 molecular modifier: replaces (``replace``) or annotates the anatomical stage.

    ``stages`` lists the anatomical stages it applies to (``*`` = any).
    """

    system: str
    molecular_class: str
    stages: list[str]
    replace: str | None = None


class StagingPack(Pack):
    systems: list[SystemChoice]
    rows: list[StageRow]
    groups: list[GroupRow] = Field(default_factory=list)
    molecular: list[MolecularRule] = Field(default_factory=list)
    system_labels: dict[str, str] = Field(default_factory=dict)

    @cached_property
    def choice_of(self) -> dict[str, SystemChoice]:
        """The first system choice that stages each diagnosis code."""
        found: dict[str, SystemChoice] = {}
        for choice in self.systems:
            for code in choice.codes:
                found.setdefault(code, choice)
        return found

    @cached_property
    def figo_cited(self) -> dict[str, tuple[str, list[str], str]]:
        """Each row as a FIGO result's reason cites it: criterion text, sources, verification."""
        return {r.id: (f"{r.stage or 'not classified'}: {r.label}", *_cited(r)) for r in self.rows}

    @cached_property
    def ajcc_cited(self) -> dict[str, tuple[str, list[str], str]]:
        """Each AJCC row and stage group as a result's reason cites it (as ``figo_cited``)."""
        rows = {r.id: (f"AJCC {r.stage}: {r.label}", *_cited(r)) for r in self.rows}
        return rows | {g.id: (f"AJCC stage group {g.group}", *_cited(g)) for g in self.groups}

    @cached_property
    def rows_by_system(self) -> dict[str, list[StageRow]]:
        found: dict[str, list[StageRow]] = {}
        for row in self.rows:
            found.setdefault(row.system, []).append(row)
        return found

    @cached_property
    def groups_by_system(self) -> dict[str, list[GroupRow]]:
        found: dict[str, list[GroupRow]] = {}
        for group in self.groups:
            found.setdefault(group.system, []).append(group)
        return found

    @cached_property
    def tables(self) -> dict[str, Table[StageRow]]:
        """Each system's rows as a decision table, compiled once."""
        program = Program({})
        return {system: Table(rows, program) for system, rows in self.rows_by_system.items()}

    @cached_property
    def group_index(self) -> dict[str, dict[tuple[str, str, str], list[GroupRow]]]:
        """Per system choice: the AJCC stage groups each (T, N, M) of its tables' stages fits."""
        index: dict[str, dict[tuple[str, str, str], list[GroupRow]]] = {}
        for choice in self.systems:
            t, n, m = (self._stages(choice.ajcc_tables[axis]) for axis in ("t", "n", "m"))
            groups = self.groups_by_system.get(choice.ajcc, [])
            index[choice.id] = {
                tnm: [g for g in groups if g.fits(*tnm)] for tnm in product(t, n, m)
            }
        return index

    def _stages(self, system: str) -> list[str]:
        return sorted({r.stage for r in self.rows_by_system.get(system, []) if r.stage})


def _cited(record: Record) -> tuple[list[str], str]:
    return record.sources, record.verification.value

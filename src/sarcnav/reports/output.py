"""The JSON form of a read report (the ``sarcnav report --json`` contract) and a terminal view."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from sarcnav.model.report import ReportResult


def to_json(result: ReportResult, synoptic: str | None = None) -> dict[str, Any]:
    """``findings``, ``diagnosis``, ``stage``, ``missing_required``, ``conflicts``, evidence."""
    r = result.reading
    data: dict[str, Any] = {
        "status": result.status.value,
        "specimen": r.specimen.model_dump(mode="json", exclude_none=True),
        "findings": r.findings.model_dump(mode="json", exclude_none=True),
        "extent": r.extent.model_dump(mode="json", exclude_none=True),
        "stated_diagnosis": r.stated_diagnosis.model_dump(mode="json")
        if r.stated_diagnosis
        else None,
        "stated_stages": [s.model_dump(mode="json") for s in r.stated_stages],
        "depth_of_invasion_mm": r.depth_of_invasion_mm,
        "myometrial_thickness_mm": r.myometrial_thickness_mm,
        "node_stations": [s.model_dump(mode="json") for s in r.node_stations],
        "diagnosis": result.diagnosis.model_dump(mode="json") if result.diagnosis else None,
        "stage": result.stage.model_dump(mode="json") if result.stage else None,
        "missing_required": result.missing_required,
        "conflicts": [c.model_dump(mode="json") for c in result.conflicts],
        "evidence": [e.model_dump(mode="json") for e in r.extractions],
        "warnings": [w.model_dump() for w in r.warnings],
        "needs_expert_review": result.needs_expert_review,
        "review_reasons": [x.model_dump() for x in result.review_reasons],
        "reasons": [x.model_dump(mode="json") for x in result.reasons],
        "sources": result.sources,
        "trace": result.trace,
        "knowledge": result.knowledge,
    }
    if synoptic is not None:
        data["synoptic"] = synoptic
    return data


def view(result: ReportResult) -> RenderableType:
    """Findings with the words they came from; diagnosis, stage, conflicts, missing, warnings."""
    table = Table(title="Findings read (used values)", show_lines=False)
    table.add_column("field")
    table.add_column("value")
    table.add_column("from the text", style="dim")
    table.add_column("context", style="yellow")
    for e in result.reading.extractions:
        if not e.used:
            continue
        mods = ", ".join(f"{m.category.value}: {m.trigger!r}" for m in e.modifiers)
        table.add_row(e.field, _short(e.value), _short(e.text), mods)
    parts: list[RenderableType] = [table]
    lines = Text()
    stated = result.reading.stated_diagnosis
    if stated:
        flag = " (uncertain)" if stated.uncertain else ""
        lines.append(f"Stated diagnosis: {stated.code or 'unmapped'}{flag} — {stated.text}\n")
    if result.diagnosis:
        lines.append(
            f"Computed diagnosis: {result.diagnosis.code.value} ({result.diagnosis.label})\n"
        )
    if result.stage:
        figo = result.stage.figo or f"undetermined {result.stage.figo_candidates}"
        lines.append(f"Computed stage: {result.stage.system} {figo}\n")
    for c in result.conflicts:
        lines.append(f"CONFLICT ({c.kind}): {c.detail}\n", style="bold red")
    if result.missing_required:
        lines.append("Missing required ICCR elements (list UNVERIFIED): ", style="yellow")
        lines.append(", ".join(result.missing_required) + "\n")
    for w in result.reading.warnings:
        lines.append(f"warning ({w.code}): {w.message}\n", style="yellow")
    parts.append(lines)
    return Group(*parts)


def _short(value: Any, width: int = 70) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"

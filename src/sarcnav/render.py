"""Readable terminal rendering of an assessment (the JSON form is the model itself)."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from sarcnav.model.results import EngineResult, Reason, Verdict
from sarcnav.services import Assessment

_MARK = {
    Verdict.MET: "[green]met    [/]",
    Verdict.NOT_MET: "[red]not met[/]",
    Verdict.UNKNOWN: "[yellow]unknown[/]",
}


def reasons_table(reasons: list[Reason]) -> Group:
    """One line per criterion: verdict, criterion, evidence, then rule id and sources (dimmed)."""
    lines = []
    for r in reasons:
        evidence = "; ".join(
            f"{e.field.rsplit('.', 1)[-1]}={e.value}"
            if e.value is not None
            else f"{e.field} missing"
            for e in r.evidence
        )
        line = Text.from_markup(f"{_MARK[r.verdict]} ")
        line.append(r.criterion, style="bold" if r.verdict is Verdict.MET else "")
        if evidence:
            line.append(f" — {evidence}")
        rule = r.rule_id or ""
        if r.verification and r.verification != "VERIFIED":
            rule += f" {r.verification}"
        line.append(f"  [{rule}; {', '.join(r.sources)}]", style="dim")
        lines.append(line)
    return Group(*lines)


def review_lines(result: EngineResult, shown: set[str] | None = None) -> list[str]:
    """Review reasons and missing fields; ``shown`` holds rule ids already printed as flags."""
    shown = shown or set()
    lines = [
        f"[yellow]review[/] {r.code}: {r.detail}"
        for r in result.review_reasons
        if r.rule_id is None or r.rule_id not in shown
    ]
    if result.missing:
        lines.append(f"[yellow]missing[/] {', '.join(result.missing)}")
    return lines


def render(assessment: Assessment, console: Console) -> None:
    d = assessment.diagnosis
    head = f"[bold]{d.label}[/] ({d.code.value}) — {d.status.value}"
    if d.candidates:
        head += f"\nstill possible: {', '.join(c.value for c in d.candidates)}"
    parts: list[RenderableType] = [head, reasons_table(d.reasons)]
    parts += [f"[cyan]flag[/] {f.action}: {f.detail}" for f in d.flags]
    parts += review_lines(d, {f.id for f in d.flags})
    parts.append(f"trace: {' → '.join(d.trace)}")
    synthetic = " (synthetic)" if assessment.synthetic else ""
    title = f"{assessment.case_id}{synthetic}: diagnosis (WHO 2020)"
    console.print(Panel(Group(*map(_renderable, parts)), title=title, title_align="left"))
    s = assessment.stage
    if s is None:
        console.print(
            Panel("staging does not apply to this diagnosis", title="stage", title_align="left")
        )
        return
    t = s.ajcc
    ajcc = f"T {t.t or '?'}  N {t.n or '?'}  M {t.m or '?'}  group {t.group or '?'}"
    stage_head = f"[bold]FIGO {s.figo or 'not determined'}[/] ({s.system}) — {s.status.value}"
    stage_head += f"\nAJCC 8: {ajcc}"
    if s.molecular_annotation:
        stage_head += f"\nmolecular: {s.molecular_annotation}"
    for name, alt in s.alternatives.items():
        stage_head += f"\nalso {name}: {alt.figo or 'not determined'}"
    decisive = [r for r in s.reasons if r.verdict is not Verdict.NOT_MET]
    parts = [stage_head, reasons_table(decisive), *review_lines(s)]
    parts.append(f"trace: {' → '.join(s.trace)}")
    console.print(Panel(Group(*map(_renderable, parts)), title="stage", title_align="left"))
    for conflict in assessment.conflicts:
        console.print(f"[red]conflict[/] {conflict}")


def _renderable(part: RenderableType) -> RenderableType:
    return Text.from_markup(part) if isinstance(part, str) else part

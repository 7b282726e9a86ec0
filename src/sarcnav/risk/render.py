"""Plain-terminal rendering of the risk results (the JSON form is the model dump)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sarcnav.knowledge.loader import bibliography
from sarcnav.model.risk import Estimate, Omitted, PreopRiskResult, PrognosisResult, ScoreResult

NOTICE = "Decision support for clinicians; published population figures, not a diagnosis."


def _cite(sources: list[str]) -> str:
    return escape(f"[{', '.join(sources)}]")


def _pct(p: float | None) -> str:
    return "—" if p is None else f"{p * 100:.3g}%"


def estimates_table(title: str, rows: list[Estimate]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for col in ("study", "what", "published", "as %", "uncertainty", "sources"):
        table.add_column(col, overflow="fold")
    for e in rows:
        shown = _pct(e.proportion)
        if e.proportion_range:
            shown = f"{_pct(e.proportion_range[0])}–{_pct(e.proportion_range[1])}"
        flag = "" if e.verification == "VERIFIED" else f" [yellow]{e.verification}[/]"
        what = e.what if e.stratum in (None, "all ages") else f"{e.what}, {e.stratum}"
        table.add_row(
            e.study,
            what,
            e.published + flag,
            shown,
            e.uncertainty,
            ", ".join(e.sources),
        )
    return table


def _score(console: Console, s: ScoreResult) -> None:
    verdict = {
        "met": "[bold red]POSITIVE[/]",
        "not_met": "negative",
        "unknown": "[yellow]INDETERMINATE[/]",
    }
    pts = "?" if s.points is None else str(s.points)
    console.print(
        f"[bold]{s.name}[/] — {verdict[s.verdict.value]}: {pts}/{s.max_points} points "
        f"(reachable {s.points_min}–{s.points_max}; positive at ≥{s.cutoff})  {_cite(s.sources)}",
        highlight=False,
    )
    for i in s.items:
        mark = {"met": "+", "not_met": "-", "unknown": "?"}[i.verdict.value]
        shown = "unknown" if i.value is None else repr(i.value)
        console.print(f"   {mark} {i.label}: {shown} → {i.points} ({i.field})", highlight=False)
    for p in s.performance:
        ci = ""
        if p.sensitivity_ci95 and p.specificity_ci95:
            ci = (
                f" (95% CI {p.sensitivity_ci95[0]:.2f}–{p.sensitivity_ci95[1]:.2f} / "
                f"{p.specificity_ci95[0]:.2f}–{p.specificity_ci95[1]:.2f})"
            )
        console.print(
            f"   sensitivity {p.sensitivity:.3f} / specificity {p.specificity:.3f}{ci} — "
            f"{p.label}: {p.population}",
            highlight=False,
        )
    if s.caveat:
        console.print(f"   [dim]{escape(s.caveat)}[/]", highlight=False)


def _omitted(console: Console, rows: list[Omitted]) -> None:
    if rows:
        console.print("[bold]Published tools not encoded[/]")
        for o in rows:
            console.print(f"  - {o.name}: {o.reason} {_cite(o.sources)}", highlight=False)


def _footer(console: Console, sources: list[str], missing: list[str]) -> None:
    if missing:
        console.print("[bold]Missing[/]: " + ", ".join(missing), highlight=False)
    bib = bibliography()
    console.print("[bold]Sources[/]")
    for s in sources:
        console.print(f"  {escape(f'[{s}]')} {escape(bib[s].citation)}", highlight=False)
    console.print(f"[dim]{NOTICE}[/]")


def render_preop(console: Console, r: PreopRiskResult) -> None:
    age = "unknown" if r.age_years is None else str(r.age_years)
    console.print(
        "[bold]Occult sarcoma risk before surgery for a presumed fibroid[/] — "
        f"status {r.status.value}, age {age}, suspicious: {r.suspicious.value}",
        highlight=False,
    )
    if r.age_stratified:
        console.print(estimates_table("Prevalence in the patient's age band", r.age_stratified))
    console.print(estimates_table("Prevalence, all ages (context)", r.overall))
    for s in r.scores:
        _score(console, s)
    if r.risk_factors:
        console.print("[bold]Recorded risk factors[/] (context; they change no figure above)")
        for m in r.risk_factors:
            flag = "" if m.verification == "VERIFIED" else f" [yellow]({m.verification})[/]"
            console.print(f"  - {escape(m.text)} {_cite(m.sources)}{flag}", highlight=False)
    console.print("[bold]Guideline messages[/]")
    for m in r.messages:
        flag = (
            ""
            if m.verification == "VERIFIED"
            else f" [yellow]({m.verification}: {escape(m.note)})[/]"
        )
        console.print(f"  - {escape(m.text)} {_cite(m.sources)}{flag}", highlight=False)
    _omitted(console, r.not_encoded)
    _footer(console, r.sources, r.missing)


def render_prognosis(console: Console, r: PrognosisResult) -> None:
    console.print(
        f"[bold]Published prognosis[/] — status {r.status.value}, "
        f"diagnosis {r.diagnosis_code or 'unknown'}, FIGO stage {r.figo_stage or 'unknown'}",
        highlight=False,
    )
    if r.survival_by_stage:
        console.print(estimates_table("Survival for the stage group", r.survival_by_stage))
    if r.survival_cohorts:
        console.print(
            estimates_table("Survival in published cohorts (all stages)", r.survival_cohorts)
        )
    if r.recurrence:
        console.print(estimates_table("Published recurrence rates", r.recurrence))
    for plan in r.surveillance_options:
        console.print(f"[bold]Surveillance option[/]: {plan.label} {_cite(plan.sources)}")
        for step in plan.schedule:
            console.print(f"   - {step}", highlight=False)
    omitted = {o.id for o in r.not_encoded}
    for reason in r.reasons:
        if reason.rule_id in omitted:
            continue
        console.print(
            f"  • {reason.criterion}: {reason.verdict.value} — {reason.detail}", highlight=False
        )
    for rr in r.review_reasons:
        console.print(f"  [yellow]review[/] {rr.rule_id}: {rr.detail}", highlight=False)
    _omitted(console, r.not_encoded)
    _footer(console, r.sources, r.missing)

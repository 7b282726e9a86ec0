"""Commands: ``sarcnav drug``, ``sarcnav therapy parse`` and ``sarcnav therapy options``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from sarcnav.cli import clean_errors, console, print_json
from sarcnav.errors import InputError, load_json_model
from sarcnav.model.case import Case
from sarcnav.therapy.catalogue import resolve_drug
from sarcnav.therapy.options import therapy_options
from sarcnav.therapy.parse import parse_history
from sarcnav.therapy.timeline import drug_report

therapy_app = typer.Typer(
    help="Treatment histories and therapy options (for clinicians; not recommendations).",
    no_args_is_help=True,
)
MARKS = {
    "not_yet_received": "[green]not yet received[/]",
    "received": "[cyan]received[/]",
    "excluded": "[red]excluded[/]",
    "needs_input": "[yellow]needs input[/]",
    "listed": "[green]listed[/]",
}


def _as_of(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"--as-of: not a date in YYYY-MM-DD form (got {value!r})") from exc


@clean_errors
def drug(
    name: str = typer.Argument(..., help="Generic, brand, abbreviation or misspelt name."),
    as_of: str | None = typer.Option(None, "--as-of", help="Judge regulatory status at this date."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """A drug's names, class, regimens and regulatory status as of a date."""
    when = _as_of(as_of)
    match = resolve_drug(name)
    if match is None:
        lines = parse_history(name).lines
        if len(lines) == 1 and len(lines[0].agents) > 1:
            raise InputError(
                f"NAME: {name!r} is a regimen ({lines[0].regimen}), not one drug; "
                f"ask for one of {', '.join(lines[0].agents)}"
            )
        raise InputError(f"NAME: no drug in the catalogue matches {name!r}")
    report = drug_report(match, when)
    if as_json:
        print_json(report.model_dump(mode="json"))
        return
    how = "" if match.exact else f" (read as a misspelling, similarity {match.score:g})"
    console.print(f"[bold]{report.generic}[/]{how}  class: {', '.join(report.classes)}")
    console.print(f"brands: {', '.join(report.brands) or '-'}", highlight=False)
    console.print(f"regimens: {'; '.join(report.regimens) or '-'}", highlight=False)
    console.print(f"status as of {report.as_of}: [bold]{report.regulatory_status}[/]")
    for event in report.events:
        console.print(
            f"  {event.date}  {event.agency}  {event.event}  [{event.happened}] "
            f"({', '.join(event.sources)})",
            highlight=False,
            markup=False,
        )
    for review in report.review_reasons:
        console.print(f"[yellow]review:[/] {review.detail}", highlight=False)


@therapy_app.command("parse")
@clean_errors
def parse(
    text: str = typer.Argument(..., help="Treatment history in free text ('-' reads stdin)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Read a free-text treatment history into ordered lines of therapy."""
    if text == "-":
        text = typer.get_text_stream("stdin").read()
    history = parse_history(text)
    if as_json:
        print_json(history.model_dump(mode="json"))
        return
    if not history.lines:
        console.print("no line of therapy found")
    for line in history.lines:
        extra = [
            f"x{line.cycles}" if line.cycles else "",
            line.response or "",
            "current" if line.current else "",
            str(line.start_year or line.start or ""),
        ]
        console.print(
            f"{line.line}. [bold]{line.regimen or '(agents not named)'}[/]  "
            f"{' '.join(e for e in extra if e)}",
            highlight=False,
        )
    for unknown in history.unknown:
        console.print(f"[yellow]unknown drug-like word:[/] {unknown.text}", highlight=False)
    for reason in history.review_reasons:
        console.print(f"[yellow]review:[/] {reason}", highlight=False)


@therapy_app.command("options")
@clean_errors
def options(
    case_file: Path = typer.Argument(..., help="Case JSON (see 'sarcnav schema')."),
    as_of: str | None = typer.Option(None, "--as-of", help="Judge withdrawals at this date."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Options the reference lists for this histotype and setting, each marked for this patient."""
    case = load_json_model(case_file, Case)
    stated = case.therapy.as_of if case.therapy else None
    when = stated if as_of is None and stated is not None else _as_of(as_of)
    result = therapy_options(case, when)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    console.print(f"[bold]{result.disclaimer}[/]", highlight=False)
    console.print(
        f"histotype: {result.histotype or '?'}  setting: {result.setting or '?'}  "
        f"status: {result.status.value}",
        highlight=False,
    )
    for entry in result.options:
        console.print(f"- {entry.label}: {MARKS[entry.mark]}", highlight=False)
        console.print(f"    {entry.position}; {entry.evidence_level}", highlight=False)
        partly = [f"partly received: {', '.join(entry.partly_received)}"] * bool(
            entry.partly_received
        )
        notes = entry.outcome + partly + entry.excluded_because + entry.missing + entry.warnings
        notes += entry.notes
        for text in notes:
            console.print(f"    {text}", highlight=False, markup=False)
    if result.dose is not None:
        console.print(
            f"cumulative doxorubicin-equivalent: {result.dose.total_mg_m2:g} mg/m²"
            + ("" if result.dose.complete else " (incomplete)"),
            highlight=False,
        )
    for name in result.missing:
        console.print(f"[yellow]missing:[/] {name}", highlight=False)
    for review in result.review_reasons:
        console.print(f"[yellow]review:[/] {review.detail}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("drug")(drug)
    app.add_typer(therapy_app, name="therapy")

"""``sarcnav trials``: import, sync, search, show and match registry trials."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from pydantic import ValidationError
from rich.markup import escape

from sarcnav.cli import clean_errors, console, err_console, print_json
from sarcnav.errors import InputError, describe, read_text
from sarcnav.model.case import Case
from sarcnav.model.therapy_record import TherapyLine
from sarcnav.model.trial import MatchInput, TrialVerdict
from sarcnav.trials.client import Query, RegistryClient, RegistryError
from sarcnav.trials.history import with_history
from sarcnav.trials.match import Filters
from sarcnav.trials.service import import_path, match_in_store, sync
from sarcnav.trials.store import TrialStore, default_url

trials_app = typer.Typer(help="Clinical trials: registry records, eligibility, matching.")
DB = typer.Option(None, "--db", help="SQLAlchemy URL (default: $SARCNAV_TRIALS_DB or data dir)")


def _stored(db: str | None) -> TrialStore:
    """The store a read command uses: it must exist and hold trials (a typo creates nothing)."""
    url = db or default_url()
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.is_file():
            raise InputError(
                f"no trial store at {path}: run `sarcnav trials import` or `sync` first"
            )
    store = TrialStore(url)
    if store.count() == 0:
        raise InputError(
            "the trial store holds no trials: run `sarcnav trials import` or `sync` first"
        )
    return store


_COLOURS = {"eligible": "green", "possibly_eligible": "yellow", "excluded": "red"}


@trials_app.command("import")
@clean_errors
def import_command(
    path: Path = typer.Argument(..., help="API v2 JSON / JSONL file, or a folder of them"),
    db: str | None = DB,
) -> None:
    """Import saved ClinicalTrials.gov API v2 records; criteria are parsed once, here."""
    store = TrialStore(db)
    report = import_path(store, path)
    for problem in report.problems:
        err_console.print(f"[yellow]skipped:[/] {problem}", highlight=False)
    console.print(f"imported {report.read} trials ({store.count()} in the store)", highlight=False)
    if report.problems and not report.read:
        raise typer.Exit(2)


@trials_app.command("sync")
@clean_errors
def sync_command(
    condition: str | None = typer.Option(None, "--condition", help="e.g. leiomyosarcoma"),
    term: str | None = typer.Option(None, "--term", help="free-text search term"),
    status: list[str] = typer.Option([], "--status", help="e.g. RECRUITING (repeatable)"),
    full: bool = typer.Option(False, "--full", help="ignore the last sync date"),
    max_studies: int | None = typer.Option(None, "--max", min=1),
    db: str | None = DB,
) -> None:
    """Fetch studies from ClinicalTrials.gov (only those updated since the last sync)."""
    if not condition and not term:
        raise InputError("--condition or --term: give at least one")
    store = TrialStore(db)
    client = RegistryClient()
    query = Query(condition, term, tuple(s.upper() for s in status))
    try:
        report = sync(store, client, query, full=full, max_studies=max_studies)
    except RegistryError as exc:
        raise InputError(f"sync failed: {exc}") from exc
    finally:
        client.close()
    for problem in report.problems:
        err_console.print(f"[yellow]skipped:[/] {problem}", highlight=False)
    since = f" updated since {report.since}" if report.since else ""
    console.print(
        f"fetched {report.fetched} studies{since}; stored {report.stored}; "
        f"latest update {report.latest or '-'}",
        highlight=False,
    )


@trials_app.command("search")
@clean_errors
def search_command(words: str, db: str | None = DB, limit: int = 20) -> None:
    """Full-text search of titles, conditions and eligibility text."""
    for nct, title, status in _stored(db).search(words, limit):
        console.print(f"{nct}  {status or '-'}  {title or '(no title)'}", markup=False)


@trials_app.command("show")
@clean_errors
def show_command(
    nct_id: str, as_json: bool = typer.Option(False, "--json"), db: str | None = DB
) -> None:
    """Show one stored trial with its parsed criteria."""
    trial = _stored(db).get(nct_id.upper())
    if trial is None:
        raise InputError(f"{nct_id}: not in the store (import or sync it first)")
    if as_json:
        print_json(trial.model_dump(mode="json", exclude_none=True))
        return
    title = escape(trial.title or "(no title)")
    console.print(f"[bold]{trial.nct_id}[/] {title} — {trial.status or '-'}", highlight=False)
    for c in trial.criteria:
        checks = ", ".join(k.category.value for k in c.checks) or "not machine-readable"
        console.print(f"  {c.id:7} {c.section.value:9} [{checks}] {c.text}", markup=False)


@trials_app.command("match")
@clean_errors
def match_command(
    case_file: Path = typer.Argument(..., help="a case JSON, or {'case': ..., 'facts': ...}"),
    as_json: bool = typer.Option(False, "--json"),
    status: list[str] = typer.Option([], "--status", help="keep only these statuses"),
    phase: list[str] = typer.Option([], "--phase", help="e.g. PHASE2 (repeatable)"),
    country: list[str] = typer.Option([], "--country", help="site country (repeatable)"),
    near: str | None = typer.Option(None, "--near", help="LAT,LON of the patient's location"),
    within_km: float | None = typer.Option(None, "--within-km", min=0),
    limit: int = typer.Option(20, "--limit", min=1),
    include_excluded: bool = typer.Option(False, "--all", help="also list excluded trials"),
    max_candidates: int = typer.Option(
        300, "--max-candidates", min=1, help="evaluate at most this many pre-selected trials"
    ),
    today: str | None = typer.Option(None, "--today", help="date for washout checks (ISO)"),
    history: str | None = typer.Option(
        None, "--history", help='treatment history as free text ("AIM x6, then gem/doc")'
    ),
    db: str | None = DB,
) -> None:
    """Match a patient against the stored trials, criterion by criterion."""
    match_input = read_match_input(case_file)
    if history is not None:
        match_input = with_history(match_input, history, _read_history)
    day = _day(today)
    filters = Filters(
        statuses=tuple(s.upper() for s in status),
        phases=tuple(p.upper() for p in phase),
        countries=tuple(country),
        near=_point(near) if within_km is not None or near is not None else None,
        within_km=_radius(near, within_km),
    )
    result = match_in_store(_stored(db), match_input, day, filters, max_candidates=max_candidates)
    shown = [
        m for m in result.matches if include_excluded or m.verdict is not TrialVerdict.EXCLUDED
    ][:limit]
    if as_json:
        print_json([m.model_dump(mode="json") for m in shown])
        return
    console.print(
        f"{len(result.matches)} trials evaluated ({result.not_evaluated} more not evaluated); "
        "decision support only — eligibility is decided by the trial team.",
        highlight=False,
    )
    for m in shown:
        colour = _COLOURS[m.verdict.value]
        console.print(
            f"\n[bold]{m.nct_id}[/] [{colour}]{m.verdict.value}[/] {m.status or '-'} "
            f"{','.join(m.phases)}  {escape(m.title or '(no title)')}",
            highlight=False,
        )
        review = " — needs expert review (rests on unverified knowledge)"
        summary = m.summary + (review if m.needs_expert_review else "")
        console.print(f"  {summary}", markup=False, highlight=False)
        for c in m.criteria:
            line = f"   {c.verdict.value:8} {c.kind.value[:3]} {c.text[:90]}"
            console.print(line, markup=False, highlight=False)
            console.print(f"            ↳ {c.reason}", markup=False, highlight=False)


def read_match_input(path: Path) -> MatchInput:
    """A case file, or a match-input file with ``case`` and ``facts``; errors name the field."""
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    try:
        if isinstance(data, dict) and "case" in data:
            return MatchInput.model_validate(data)
        return MatchInput(case=Case.model_validate(data))
    except ValidationError as exc:
        raise InputError(f"{path}: invalid case:\n{describe(exc)}") from exc


def _point(value: str | None) -> tuple[float, float]:
    try:
        lat, lon = (float(x) for x in (value or "").split(","))
    except ValueError as exc:
        raise InputError(f"--near: give LAT,LON in degrees (got {value!r})") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"--near: latitude or longitude out of range (got {value!r})")
    return lat, lon


def _radius(near: str | None, within_km: float | None) -> float | None:
    if (near is None) != (within_km is None):
        raise InputError("--near and --within-km go together")
    return within_km


def _read_history(text: str) -> list[TherapyLine]:
    """The therapy capability's reader of free-text histories."""
    from sarcnav.therapy import parse_history

    return parse_history(text).therapy_lines()


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"--today: not an ISO date (got {value!r})") from exc


def register(app: typer.Typer) -> None:
    app.add_typer(trials_app, name="trials")

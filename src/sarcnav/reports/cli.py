"""``sarcnav report FILE|DIR [--json] [--synoptic md|html]``: read pathology reports."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer
from rich.progress import Progress

from sarcnav.cli import clean_errors, console, err_console, print_json
from sarcnav.errors import InputError
from sarcnav.model.report import ReportResult
from sarcnav.reports.assess import assess_report
from sarcnav.reports.ingest import ReportFileError, read_text
from sarcnav.reports.output import to_json, view
from sarcnav.reports.synoptic import to_html, to_markdown


class SynopticFormat(StrEnum):
    MD = "md"
    HTML = "html"


def _synoptic(result: ReportResult, fmt: SynopticFormat | None) -> str | None:
    if fmt is None or result.diagnosis is None:
        return None
    return to_markdown(result) if fmt is SynopticFormat.MD else to_html(result)


def _read(path: Path) -> ReportResult:
    text, warnings = read_text(path)
    result = assess_report(text, name=path.stem)
    result.reading.warnings[:0] = warnings
    return result


@clean_errors
def report_cmd(
    path: Path = typer.Argument(..., help="a report (plain text) or a folder of reports"),
    as_json: bool = typer.Option(False, "--json", help="JSON (JSONL with 'file' for a folder)"),
    synoptic: SynopticFormat | None = typer.Option(
        None, "--synoptic", help="also write the ICCR synoptic report (md or html)"
    ),
) -> None:
    """Read free-text pathology reports: findings with evidence, diagnosis, stage, conflicts."""
    if path.is_dir():
        failed = _batch(path, as_json, synoptic)
        raise typer.Exit(2 if failed else 0)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    try:
        result = _read(path)
    except ReportFileError as exc:
        raise InputError(f"{path}: {exc}") from exc
    text = _synoptic(result, synoptic)
    if as_json:
        print_json(to_json(result, text))
    elif text is not None:
        typer.echo(text)
    else:
        console.print(view(result))


def _batch(folder: Path, as_json: bool, synoptic: SynopticFormat | None) -> int:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    if not files:
        raise InputError(f"{folder}: the folder holds no files")
    read = failed = warned = conflicted = 0
    with Progress(console=err_console, transient=True, disable=not err_console.is_terminal) as bar:
        task = bar.add_task("reading reports", total=len(files))
        for path in files:
            name = str(path)
            try:
                result = _read(path)
            except ReportFileError as exc:
                failed += 1
                _emit_error(name, exc.code, str(exc), as_json)
                bar.advance(task)
                continue
            except Exception as exc:  # one bad file never stops a batch
                failed += 1
                _emit_error(name, "internal_error", f"{exc.__class__.__name__}", as_json)
                bar.advance(task)
                continue
            read += 1
            warned += bool(result.reading.warnings)
            conflicted += bool(result.conflicts)
            text = _synoptic(result, synoptic)
            if as_json:
                typer.echo(json.dumps({"file": name, **to_json(result, text)}, ensure_ascii=False))
            elif text is not None:
                typer.echo(f"<!-- {name} -->\n{text}")
            else:
                _line(name, result)
            bar.advance(task)
    summary = (
        f"{len(files)} files: {read} read, {failed} failed, {warned} with warnings, "
        f"{conflicted} with conflicts"
    )
    err_console.print(summary, highlight=False)
    return failed


def _emit_error(name: str, code: str, message: str, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps({"file": name, "error": {"code": code, "message": message}}))
    err_console.print(f"[bold red]error:[/] {name}: {message}", highlight=False)


def _line(name: str, result: ReportResult) -> None:
    dx = result.diagnosis.code.value if result.diagnosis else result.status.value
    figo = (result.stage.figo or "?") if result.stage else "-"
    extra = f"  [red]{len(result.conflicts)} conflict(s)[/]" if result.conflicts else ""
    warn = f"  [yellow]{result.reading.warnings[0].message}[/]" if result.reading.warnings else ""
    console.print(f"{name}: {dx}  FIGO {figo}{extra}{warn}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("report")(report_cmd)

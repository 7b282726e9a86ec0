"""``sarcnav risk preop|prognosis CASE.json... [--json]``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from pydantic import BaseModel
from rich.console import Console

from sarcnav.cli import clean_errors, console, err_console, print_json
from sarcnav.errors import InputError, load_json_model
from sarcnav.model.case import Case
from sarcnav.risk.preop import assess_preop
from sarcnav.risk.prognosis import prognosis_for_case
from sarcnav.risk.render import render_preop, render_prognosis

risk_app = typer.Typer(help="Occult-sarcoma risk before surgery; published prognosis after it.")

CASES = typer.Argument(..., help="case file(s) (JSON); a bad file is reported and the rest go on")
AS_JSON = typer.Option(False, "--json", help="machine-readable output (one object per case)")


def _each_case(
    cases: list[Path],
    as_json: bool,
    compute: Callable[[Case], BaseModel],
    render: Callable[[Console, Any], None],
) -> None:
    """Run ``compute`` on every case file; a bad file is reported, the rest go on, exit 2 after."""
    failed = 0
    for path in cases:
        try:
            result = compute(load_json_model(path, Case))
        except InputError as exc:
            failed += 1
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
            continue
        if as_json:
            data = result.model_dump(mode="json")
            print_json({"file": str(path), **data} if len(cases) > 1 else data)
        else:
            render(console, result)
    if failed:
        raise typer.Exit(2)


@risk_app.command("preop")
@clean_errors
def preop(cases: list[Path] = CASES, as_json: bool = AS_JSON) -> None:
    """Occult sarcoma/LMS prevalence for the age, and every verified pre-operative score."""
    _each_case(cases, as_json, assess_preop, render_preop)


@risk_app.command("prognosis")
@clean_errors
def prognosis(
    cases: list[Path] = CASES,
    stage: str | None = typer.Option(
        None, "--stage", help="FIGO stage (e.g. IB); default: the staging engine's stage"
    ),
    as_json: bool = AS_JSON,
) -> None:
    """Published survival by FIGO stage (uLMS), recurrence (uLMS, STUMP, LBN), follow-up options."""
    _each_case(cases, as_json, lambda case: prognosis_for_case(case, stage), render_prognosis)


def register(app: typer.Typer) -> None:
    """Adds ``sarcnav risk`` and ``sarcnav survival``."""
    from sarcnav.survival.cli import register as register_survival

    app.add_typer(risk_app, name="risk")
    register_survival(app)

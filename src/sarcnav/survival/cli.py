"""``sarcnav survival synth|fit|km``: registry survival models (from export files for now)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from sarcnav.cli import clean_errors, console, print_json
from sarcnav.errors import InputError
from sarcnav.survival.cox import (
    Provenance,
    bootstrap_concordance,
    calibration,
    fit_cox,
    model_file,
    now,
)
from sarcnav.survival.design import EVENT, build_design
from sarcnav.survival.km import DEFAULT_AT, kaplan_meier
from sarcnav.survival.registry import read_registry, sha256, write_registry
from sarcnav.survival.synth import synthesize

survival_app = typer.Typer(
    help="Cox models and Kaplan-Meier curves from a registry export (CSV/JSONL).",
    no_args_is_help=True,
)
REGISTRY = typer.Argument(..., help="registry export (.csv or .jsonl; columns in docs/risk.md)")
AS_JSON = typer.Option(False, "--json", help="machine-readable output")


def _months(text: str) -> list[float]:
    try:
        return [float(x) for x in text.split(",") if x.strip()]
    except ValueError as exc:
        raise InputError(f"--at: {text!r} is not a comma-separated list of months") from exc


@survival_app.command("synth")
@clean_errors
def synth(
    out: Path = typer.Option(..., "--out", help="where to write (.csv or .jsonl)"),
    n: int = typer.Option(500, "--n", min=10, help="number of synthetic patients"),
    seed: int = typer.Option(1, "--seed"),
) -> None:
    """Write a SYNTHETIC registry (known simulation coefficients; not clinical data)."""
    write_registry(synthesize(n, seed), out)
    console.print(f"wrote {n} synthetic rows to {out}", highlight=False)


@survival_app.command("fit")
@clean_errors
def fit(
    registry: Path = REGISTRY,
    covariates: str = typer.Option(
        "age_years,stage_group,tumour_size_cm", "--covariates", help="comma-separated"
    ),
    out: Path = typer.Option(..., "--out", help="model file to write (JSON)"),
    plot: Path | None = typer.Option(None, "--plot", help="calibration plot (PNG)"),
    horizon: float = typer.Option(60.0, "--horizon", help="calibration horizon, months"),
    bootstrap: int = typer.Option(200, "--bootstrap", min=0, help="bootstrap resamples for C"),
    seed: int = typer.Option(1, "--seed"),
    as_json: bool = AS_JSON,
) -> None:
    """Fit a Cox model; report C (bootstrap interval) and 5-year calibration; save the model."""
    data = read_registry(registry)
    design = build_design(data, [c.strip() for c in covariates.split(",") if c.strip()])
    cph, fit_warnings = fit_cox(design)
    conc = bootstrap_concordance(design, cph, bootstrap, seed)
    calib = calibration(cph, design, horizon, plot)
    prov = Provenance(
        input_name=registry.name,
        input_sha256=sha256(registry),
        rows=len(data),
        rows_used=len(design.frame),
        rows_dropped_missing=design.dropped,
        events=int(design.frame[EVENT].sum()),
        synthetic=bool(data["synthetic"].all()),
        fitted_at=now(),
    )
    model = model_file(cph, design, conc, calib, prov, fit_warnings)
    out.write_text(model.model_dump_json(indent=2), encoding="utf-8")
    if as_json:
        print_json(
            model.model_dump(mode="json", exclude={"baseline_survival"}) | {"file": str(out)}
        )
        return
    table = Table(title=f"Cox model ({prov.rows_used} rows, {prov.events} events)")
    for col in ("term", "HR", "95% CI", "p"):
        table.add_column(col)
    for name, c in model.coefficients.items():
        table.add_row(
            name, f"{c.hazard_ratio:.3f}", f"{c.hr_ci95[0]:.3f}–{c.hr_ci95[1]:.3f}", f"{c.p:.3g}"
        )
    console.print(table)
    ci = conc.bootstrap_ci95
    shown = ""
    if ci is not None and conc.optimism_corrected is not None:
        shown = f" (bootstrap 95% {ci[0]:.3f}–{ci[1]:.3f}; "
        shown += f"optimism-corrected {conc.optimism_corrected:.3f})"
    console.print(f"concordance {conc.apparent:.3f}{shown}", highlight=False)
    console.print(
        f"calibration at {horizon:g} months: ICI {calib.ici:.3f}, E50 {calib.e50:.3f}",
        highlight=False,
    )
    for warning in model.warnings:
        console.print(f"[yellow]lifelines warning:[/] {escape(warning)}", highlight=False)
    if prov.synthetic:
        console.print("[yellow]SYNTHETIC data: not a clinical model.[/]")
    console.print(f"model saved to {out}" + (f"; plot {plot}" if plot else ""), highlight=False)


@survival_app.command("km")
@clean_errors
def km(
    registry: Path = REGISTRY,
    by: str | None = typer.Option(None, "--by", help="stage_group, figo_stage or diagnosis_code"),
    at: str = typer.Option(
        ",".join(f"{m:g}" for m in DEFAULT_AT), "--at", help="months for survival and at risk"
    ),
    plot: Path | None = typer.Option(None, "--plot", help="Kaplan-Meier plot (PNG)"),
    as_json: bool = AS_JSON,
) -> None:
    """Kaplan-Meier curves by a grouping, with numbers at risk."""
    result = kaplan_meier(read_registry(registry), by, _months(at), plot)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    months = _months(at)
    table = Table(title="Kaplan-Meier" + (f" by {by}" if by else "") + " — survival (at risk)")
    for col in ["group", "n", "events", "median (95% CI)", *[f"{m:g} mo" for m in months]]:
        table.add_column(col)
    for c in result.curves:
        med = "not reached" if c.median_months is None else f"{c.median_months:g}"
        lo, hi = (("NR" if x is None else f"{x:g}") for x in c.median_ci95)
        cells = [f"{p.survival:.2f} ({p.at_risk})" for p in c.at]
        table.add_row(c.group, str(c.n), str(c.events), f"{med} ({lo}–{hi})", *cells)
    console.print(table)
    if result.rows_dropped_missing:
        console.print(f"{result.rows_dropped_missing} rows dropped (grouping unknown)")
    if result.synthetic:
        console.print("[yellow]SYNTHETIC data.[/]")
    if plot:
        console.print(f"plot saved to {plot}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(survival_app, name="survival")

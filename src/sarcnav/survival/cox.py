"""Cox proportional-hazards models from registry data (lifelines), with honest validation.

- Concordance (Harrell's C) on the fitting data, a percentile bootstrap interval (refit on each
  resample, scored on that resample) and the optimism-corrected C (Harrell: apparent C minus the
  mean of C(resample model on resample) − C(resample model on the original data)).
- Calibration at a horizon (default 60 months) from lifelines' ``survival_probability_calibration``
  (predicted vs observed, with ICI and E50), drawn with matplotlib's Agg backend.
- The fitted model is saved as a JSON data file with its provenance (input hash, rows used and
  dropped, versions, time of fitting, whether the data were synthetic); :func:`predict_survival`
  reads it back without lifelines.
"""

from __future__ import annotations

import contextlib
import io
import math
import warnings
from datetime import UTC, datetime
from pathlib import Path

import lifelines
import numpy as np
import pandas as pd
from lifelines import CoxPHFitter
from lifelines.exceptions import ConvergenceError, ConvergenceWarning
from lifelines.utils import concordance_index
from pydantic import BaseModel, ConfigDict, Field

import sarcnav
from sarcnav.errors import InputError
from sarcnav.survival.design import EVENT, TIME, Covariate, Design, design_row


class Coefficient(BaseModel):
    model_config = ConfigDict(extra="forbid")

    coef: float
    se: float
    hazard_ratio: float
    hr_ci95: tuple[float, float]
    p: float


class Concordance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    apparent: float
    bootstrap_ci95: tuple[float, float] | None = None
    optimism_corrected: float | None = None
    n_bootstrap: int = 0
    seed: int | None = None


class Calibration(BaseModel):
    model_config = ConfigDict(extra="forbid")

    horizon_months: float
    ici: float
    e50: float
    plot: str | None = None


class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input_name: str
    input_sha256: str
    rows: int
    rows_used: int
    rows_dropped_missing: int
    events: int
    synthetic: bool
    fitted_at: datetime
    sarcnav_version: str = sarcnav.__version__
    lifelines_version: str = lifelines.__version__


class CoxModelFile(BaseModel):
    """A fitted Cox model as data: enough to predict, explain and trace it."""

    model_config = ConfigDict(extra="forbid")

    kind: str = "cox_ph"
    endpoint: str = "overall survival: time_months to death (event = 1) or last follow-up"
    covariates: list[Covariate]
    columns: list[str]
    means: dict[str, float]
    coefficients: dict[str, Coefficient]
    baseline_survival: list[tuple[float, float]] = Field(
        description="(month, S0) at the covariate means; S(t|x) = S0(t) ** exp((x - means)·coef)"
    )
    concordance: Concordance
    calibration: Calibration | None = None
    warnings: list[str] = Field(default_factory=list, description="lifelines convergence warnings")
    provenance: Provenance


def fit_cox(design: Design) -> tuple[CoxPHFitter, list[str]]:
    """Fit, returning lifelines' convergence warnings (e.g. near-separation) to report with the
    model; a fit that fails outright is an InputError naming the covariates, not a traceback."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConvergenceWarning)
            cph = CoxPHFitter().fit(design.frame, duration_col=TIME, event_col=EVENT)
        found = [" ".join(str(w.message).split()) for w in caught]
        return cph, [w for w in found if w]
    except ConvergenceError as exc:
        raise InputError(
            f"covariates: the Cox model did not converge with {design.columns} "
            "(too few events per covariate, or a covariate that separates the events)"
        ) from exc


def _c(cph: CoxPHFitter, frame: pd.DataFrame) -> float:
    risk = cph.predict_partial_hazard(frame)
    return float(concordance_index(frame[TIME], -np.asarray(risk), frame[EVENT]))


def bootstrap_concordance(design: Design, cph: CoxPHFitter, n: int, seed: int) -> Concordance:
    """Apparent C, a percentile bootstrap interval and Harrell's optimism-corrected C."""
    frame = design.frame
    apparent = _c(cph, frame)
    if n <= 0:
        return Concordance(apparent=apparent)
    rng = np.random.default_rng(seed)
    on_boot: list[float] = []
    optimism: list[float] = []
    for _ in range(n):
        sample = frame.iloc[rng.integers(0, len(frame), len(frame))].reset_index(drop=True)
        if sample[EVENT].sum() == 0 or (sample[design.columns].std() == 0).any():
            continue  # a resample with no events or a constant column cannot be fitted
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                model = CoxPHFitter().fit(sample, duration_col=TIME, event_col=EVENT)
        except ConvergenceError:
            continue
        c_boot = _c(model, sample)
        on_boot.append(c_boot)
        optimism.append(c_boot - _c(model, frame))
    if not on_boot:
        return Concordance(apparent=apparent, seed=seed)
    low, high = np.percentile(on_boot, [2.5, 97.5])
    return Concordance(
        apparent=apparent,
        bootstrap_ci95=(float(low), float(high)),
        optimism_corrected=apparent - float(np.mean(optimism)),
        n_bootstrap=len(on_boot),
        seed=seed,
    )


def calibration(cph: CoxPHFitter, design: Design, horizon: float, plot: Path | None) -> Calibration:
    """Predicted vs observed survival at ``horizon`` months (lifelines), optionally saved as PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from lifelines.calibration import survival_probability_calibration

    fig, ax = plt.subplots(figsize=(6, 6))
    # lifelines prints ICI/E50 to stdout and warns on log(0) at the extremes; keep stdout clean
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        _, ici, e50 = survival_probability_calibration(cph, design.frame, t0=horizon, ax=ax)
    ax.set_title(f"Calibration at {horizon:g} months (Cox model)")
    if plot is not None:
        fig.savefig(plot, dpi=120, bbox_inches="tight")
    plt.close(fig)
    return Calibration(
        horizon_months=horizon, ici=float(ici), e50=float(e50), plot=str(plot) if plot else None
    )


def model_file(
    cph: CoxPHFitter,
    design: Design,
    concordance: Concordance,
    calib: Calibration | None,
    provenance: Provenance,
    fit_warnings: list[str] | None = None,
) -> CoxModelFile:
    summary = cph.summary
    coefficients = {
        col: Coefficient(
            coef=float(summary.loc[col, "coef"]),
            se=float(summary.loc[col, "se(coef)"]),
            hazard_ratio=float(summary.loc[col, "exp(coef)"]),
            hr_ci95=(
                float(summary.loc[col, "exp(coef) lower 95%"]),
                float(summary.loc[col, "exp(coef) upper 95%"]),
            ),
            p=float(summary.loc[col, "p"]),
        )
        for col in design.columns
    }
    means = {col: float(design.frame[col].mean()) for col in design.columns}
    s0 = cph.baseline_survival_.iloc[:, 0]
    return CoxModelFile(
        covariates=design.covariates,
        columns=design.columns,
        means=means,
        coefficients=coefficients,
        baseline_survival=[(float(t), float(s)) for t, s in s0.items()],
        concordance=concordance,
        calibration=calib,
        warnings=fit_warnings or [],
        provenance=provenance,
    )


def predict_survival(model: CoxModelFile, values: dict[str, object], months: float) -> float:
    """S(months | values) from a saved model (step function: the last baseline time ≤ months)."""
    row = design_row(values, model.covariates)
    lin = sum(model.coefficients[c].coef * (row[c] - model.means[c]) for c in model.columns)
    s0 = 1.0
    for t, s in model.baseline_survival:
        if t > months:
            break
        s0 = s
    return float(s0 ** math.exp(lin))


def now() -> datetime:
    return datetime.now(UTC)

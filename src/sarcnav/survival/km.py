"""Kaplan-Meier curves by a grouping, with numbers at risk (lifelines), as data and a plot."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from lifelines import KaplanMeierFitter
from lifelines.utils import median_survival_times
from pydantic import BaseModel, ConfigDict

from sarcnav.errors import InputError
from sarcnav.survival.design import EVENT, TIME

GROUPINGS = ("stage_group", "diagnosis_code", "figo_stage")
DEFAULT_AT = (0.0, 12.0, 24.0, 36.0, 60.0)
"""Months at which survival and numbers at risk are shown unless asked otherwise."""


class Point(BaseModel):
    model_config = ConfigDict(extra="forbid")

    month: float
    survival: float
    ci95: tuple[float, float]
    at_risk: int


class Curve(BaseModel):
    model_config = ConfigDict(extra="forbid")

    group: str
    n: int
    events: int
    median_months: float | None  # None: not reached
    median_ci95: tuple[float | None, float | None]
    at: list[Point]
    steps: list[tuple[float, float]]  # (month, survival) at every event time


class KMResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    grouping: str | None
    rows_dropped_missing: int
    synthetic: bool
    curves: list[Curve]
    plot: str | None = None


def _finite(x: float) -> float | None:
    return None if pd.isna(x) or x == float("inf") else float(x)


def fit_curve(
    label: str, time: pd.Series, event: pd.Series, at: list[float]
) -> tuple[Curve, KaplanMeierFitter]:
    kmf = KaplanMeierFitter(label=label).fit(time, event)
    ci = kmf.confidence_interval_survival_function_
    med_ci = median_survival_times(kmf.confidence_interval_)
    points = []
    for month in at:
        s = float(kmf.survival_function_at_times(month).iloc[0])
        row = ci[ci.index <= month].iloc[-1]
        points.append(
            Point(
                month=month,
                survival=s,
                ci95=(float(row.iloc[0]), float(row.iloc[1])),
                at_risk=int((time >= month).sum()),
            )
        )
    sf = kmf.survival_function_.iloc[:, 0]
    event_times = sorted(set(time[event == 1]))
    curve = Curve(
        group=label,
        n=len(time),
        events=int(event.sum()),
        median_months=_finite(kmf.median_survival_time_),
        median_ci95=(_finite(med_ci.iloc[0, 0]), _finite(med_ci.iloc[0, 1])),
        at=points,
        steps=[(float(t), float(sf.loc[t])) for t in event_times],
    )
    return curve, kmf


def kaplan_meier(
    data: pd.DataFrame, by: str | None, at: list[float], plot: Path | None = None
) -> KMResult:
    """One curve per level of ``by`` (or one overall); numbers at risk at each month in ``at``."""
    if by is not None and by not in GROUPINGS:
        raise InputError(f"by: {by!r} is not a grouping; choose from {list(GROUPINGS)}")
    cols = [TIME, EVENT] + ([by] if by else [])
    used = data[cols].dropna()
    if used.empty:
        raise InputError(f"by: no rows with a known {by}" if by else "registry: no usable rows")
    fits: list[tuple[Curve, KaplanMeierFitter]] = []
    groups = sorted(used[by].astype(str).unique()) if by else ["all"]
    for level in groups:
        part = used if by is None else used[used[by].astype(str) == level]
        fits.append(fit_curve(level, part[TIME].astype(float), part[EVENT].astype(int), at))
    result = KMResult(
        grouping=by,
        rows_dropped_missing=len(data) - len(used),
        synthetic=bool(data["synthetic"].all()),
        curves=[c for c, _ in fits],
    )
    if plot is not None:
        title = "Kaplan-Meier" + (f" by {by}" if by else "")
        fitters = [k for _, k in fits]
        plot.write_bytes(plot_png(fitters, at, "months from primary surgery", title, ci=True))
        result.plot = str(plot)
    return result


def plot_png(
    fitters: list[KaplanMeierFitter], at: list[float], xlabel: str, title: str, ci: bool
) -> bytes:
    """The curves with numbers at risk under them, as PNG bytes (the CLI and the app share it)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from lifelines.plotting import add_at_risk_counts

    fig, ax = plt.subplots(figsize=(8, 6))
    for kmf in fitters:
        kmf.plot_survival_function(ax=ax, ci_show=ci)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("survival probability")
    ax.set_title(title)
    ax.set_xticks(at)
    ax.set_ylim(0, 1.02)
    add_at_risk_counts(*fitters, ax=ax, rows_to_show=["At risk"])
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()

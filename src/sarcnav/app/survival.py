"""Kaplan-Meier curves from the registry (lifelines), by FIGO stage group or by histotype.

Overall survival: time from the start of the first recorded line of treatment to the last
follow-up, event = died. The case model records no date of diagnosis or surgery, so cases without
a treatment start date or a follow-up date are left out (and counted).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sarcnav.model import Case
from sarcnav.staging.stages import parts

if TYPE_CHECKING:  # pandas and lifelines load on first use: they are slow to import
    from sarcnav.survival.km import Curve

MONTH_DAYS = 365.25 / 12
_XLABEL = "months from the start of the first recorded treatment"
GROUPINGS = {"stage": "FIGO stage group", "histotype": "histotype (assessed diagnosis)"}


@dataclass
class SurvivalView:
    grouping: str
    used: int
    left_out: int
    curves: list[Curve]
    plot_png: str  # data: URI


def _row(case: Case, diagnosis: str | None, stage: str | None) -> dict[str, object] | None:
    starts = [t.start for t in case.treatments if t.start is not None]
    outcome = case.outcome
    if not starts or outcome is None or outcome.last_follow_up is None or not outcome.vital_status:
        return None
    origin: date = min(starts)
    months = (outcome.last_follow_up - origin).days / MONTH_DAYS
    if months <= 0:
        return None
    return {
        "time": months,
        "event": int(outcome.vital_status == "dead"),
        "stage": parts(stage)[0] if stage else None,
        "histotype": diagnosis,
    }


def survival(rows: list[tuple[Case, str | None, str | None]], grouping: str) -> SurvivalView | None:
    """Curves by ``grouping`` ("stage" or "histotype"); None when no case can be used."""
    import pandas as pd

    from sarcnav.survival.km import DEFAULT_AT, fit_curve, plot_png

    table = [r for r in (_row(*row) for row in rows) if r is not None]
    frame = pd.DataFrame(table, columns=["time", "event", "stage", "histotype"])
    used = frame.dropna(subset=[grouping])
    if used.empty:
        return None
    curves, fits = [], []
    for level in sorted(used[grouping].astype(str).unique()):
        part = used[used[grouping].astype(str) == level]
        curve, kmf = fit_curve(
            level, part["time"].astype(float), part["event"].astype(int), list(DEFAULT_AT)
        )
        curves.append(curve)
        fits.append(kmf)
    title = f"Kaplan-Meier overall survival by {GROUPINGS[grouping]}"
    png = plot_png(fits, list(DEFAULT_AT), _XLABEL, title, ci=False)
    uri = "data:image/png;base64," + base64.b64encode(png).decode()
    return SurvivalView(grouping, len(used), len(rows) - len(used), curves, uri)

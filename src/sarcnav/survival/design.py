"""Covariates → design matrix: numeric columns as they are, categorical ones as indicator columns.

Indicator columns are named ``column[level]``; the first level (sorted) is the reference. Rows with
an unknown value in any chosen covariate, time or event are dropped (complete cases) and counted.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from pydantic import BaseModel, ConfigDict

from sarcnav.errors import InputError

NUMERIC = ("age_years", "tumour_size_cm", "mitoses_per_10_hpf")
CATEGORICAL = ("stage_group", "diagnosis_code")
TIME, EVENT = "time_months", "event"


class Covariate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    kind: str  # "numeric" | "categorical"
    levels: list[str] = []
    reference: str | None = None


@dataclass
class Design:
    frame: pd.DataFrame  # design columns + time + event, complete cases only
    covariates: list[Covariate]
    columns: list[str]
    dropped: int


def build_design(data: pd.DataFrame, covariates: list[str]) -> Design:
    """The design matrix for ``covariates`` (see the module docstring)."""
    unknown = [c for c in covariates if c not in NUMERIC + CATEGORICAL]
    if unknown:
        raise InputError(
            f"covariates: unknown {unknown}; choose from {list(NUMERIC + CATEGORICAL)}"
        )
    if not covariates:
        raise InputError("covariates: choose at least one")
    used = data[[*covariates, TIME, EVENT]].dropna()
    dropped = len(data) - len(used)
    out = pd.DataFrame({TIME: used[TIME].astype(float), EVENT: used[EVENT].astype(int)})
    specs: list[Covariate] = []
    columns: list[str] = []
    for name in covariates:
        if name in NUMERIC:
            out[name] = used[name].astype(float)
            columns.append(name)
            specs.append(Covariate(name=name, kind="numeric"))
            continue
        levels = sorted(str(v) for v in used[name].unique())
        if len(levels) < 2:
            raise InputError(f"covariates: {name} has a single level {levels}; nothing to compare")
        for level in levels[1:]:
            col = f"{name}[{level}]"
            out[col] = (used[name].astype(str) == level).astype(float)
            columns.append(col)
        specs.append(Covariate(name=name, kind="categorical", levels=levels, reference=levels[0]))
    if out[EVENT].sum() == 0:
        raise InputError("event: no events among the complete cases; a Cox model cannot be fitted")
    return Design(frame=out, covariates=specs, columns=columns, dropped=dropped)


def design_row(values: dict[str, object], covariates: list[Covariate]) -> dict[str, float]:
    """One patient's design values, for prediction from a saved model."""
    row: dict[str, float] = {}
    for cov in covariates:
        value = values.get(cov.name)
        if value is None:
            raise InputError(f"{cov.name}: needed by the model, unknown for this patient")
        if cov.kind == "numeric":
            row[cov.name] = float(value)  # type: ignore[arg-type]
        else:
            if str(value) not in cov.levels:
                raise InputError(f"{cov.name}: {value!r} is not one of the model's {cov.levels}")
            for level in cov.levels[1:]:
                row[f"{cov.name}[{level}]"] = float(str(value) == level)
    return row

"""A synthetic registry with known proportional-hazards coefficients (for tests and demos only).

Survival times are exponential with hazard ``base_hazard * exp(x·beta)``; censoring is uniform
administrative follow-up. The default coefficients are arbitrary simulation settings, **not
clinical estimates**, and every row is marked ``synthetic``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sarcnav.survival.registry import STAGE_GROUPS

# Arbitrary simulation settings (log hazard ratios), chosen only so a fit has something to find.
SIMULATION_BETA: dict[str, float] = {
    "age_years": 0.03,
    "tumour_size_cm": 0.08,
    "stage_group[II]": 0.5,
    "stage_group[III]": 1.0,
    "stage_group[IV]": 1.5,
}
STAGE_MIX = (0.55, 0.15, 0.15, 0.15)


def synthesize(
    n: int,
    seed: int,
    beta: dict[str, float] | None = None,
    base_hazard: float = 0.0005,
    follow_up_months: tuple[float, float] = (24.0, 120.0),
) -> pd.DataFrame:
    """``n`` synthetic patients; ``beta`` keys are design columns as in :data:`SIMULATION_BETA`."""
    beta = dict(SIMULATION_BETA if beta is None else beta)
    rng = np.random.default_rng(seed)
    age = rng.uniform(30, 80, n).round(0)
    size = rng.gamma(4.0, 2.5, n).clip(0.5, 40).round(1)
    stage = rng.choice(STAGE_GROUPS, size=n, p=STAGE_MIX)
    substage = {"I": ("A", "B"), "II": ("A", "B"), "III": ("A", "B", "C"), "IV": ("A", "B")}
    figo = [s + rng.choice(substage[s]) for s in stage]
    lin = beta.get("age_years", 0.0) * age + beta.get("tumour_size_cm", 0.0) * size
    for g in STAGE_GROUPS[1:]:
        lin = lin + beta.get(f"stage_group[{g}]", 0.0) * (stage == g)
    event_time = rng.exponential(1.0 / (base_hazard * np.exp(lin)))
    censor = rng.uniform(*follow_up_months, n)
    time = np.minimum(event_time, censor).clip(0.1).round(2)
    return pd.DataFrame(
        {
            "patient_id": [f"SYN-{i:05d}" for i in range(1, n + 1)],
            "synthetic": True,
            "diagnosis_code": "leiomyosarcoma_spindle",
            "age_years": age,
            "figo_stage": figo,
            "tumour_size_cm": size,
            "mitoses_per_10_hpf": rng.poisson(15, n).astype(float),
            "time_months": time,
            "event": (event_time <= censor).astype(int),
            "stage_group": stage,
        }
    )

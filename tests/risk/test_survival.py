"""Survival models: KM against a hand computation, Cox recovering simulated coefficients, files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from lifelines import CoxPHFitter
from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401
from sarcnav.cli import app
from sarcnav.errors import InputError
from sarcnav.survival.cox import (
    CoxModelFile,
    Provenance,
    bootstrap_concordance,
    fit_cox,
    model_file,
    now,
    predict_survival,
)
from sarcnav.survival.design import build_design
from sarcnav.survival.km import kaplan_meier
from sarcnav.survival.registry import read_registry, write_registry
from sarcnav.survival.synth import SIMULATION_BETA, synthesize


def test_kaplan_meier_matches_a_hand_computation() -> None:
    # times 1,2,2+,3,4+,5 (+ = censored). By hand (Kaplan-Meier product-limit):
    #   t=1: 6 at risk, 1 death -> S = 5/6
    #   t=2: 5 at risk, 1 death (the censored 2 still at risk) -> S = 5/6 * 4/5 = 2/3
    #   t=3: 3 at risk, 1 death -> S = 2/3 * 2/3 = 4/9
    #   t=5: 1 at risk, 1 death -> S = 0 ; median = first t with S <= 0.5 = 3
    data = pd.DataFrame(
        {"time_months": [1, 2, 2, 3, 4, 5], "event": [1, 1, 0, 1, 0, 1], "synthetic": True}
    )
    (curve,) = kaplan_meier(data, None, [0, 2, 3, 4, 5]).curves
    assert [t for t, _ in curve.steps] == [1, 2, 3, 5]
    assert [s for _, s in curve.steps] == pytest.approx([5 / 6, 2 / 3, 4 / 9, 0.0])
    assert [p.survival for p in curve.at] == pytest.approx([1, 2 / 3, 4 / 9, 4 / 9, 0])
    assert [p.at_risk for p in curve.at] == [6, 5, 3, 2, 1]
    assert (curve.n, curve.events, curve.median_months) == (6, 4, 3.0)


def test_kaplan_meier_by_group_and_plot(tmp_path: Path) -> None:
    data = pd.DataFrame(
        {
            "time_months": [1, 2, 3, 4, 5, 6],
            "event": [1, 0, 1, 1, 1, 0],
            "stage_group": ["I", "I", "I", "II", "II", None],
            "synthetic": True,
        }
    )
    res = kaplan_meier(data, "stage_group", [0, 3], tmp_path / "km.png")
    assert [c.group for c in res.curves] == ["I", "II"]
    assert res.rows_dropped_missing == 1
    assert [c.at[1].at_risk for c in res.curves] == [1, 2]
    assert (tmp_path / "km.png").stat().st_size > 1000
    assert res.curves[1].median_months == 4.0  # group II: S(4) = 1/2, the first S <= 0.5
    with pytest.raises(InputError, match="by"):
        kaplan_meier(data, "colour", [0])


COVARIATES = ["age_years", "stage_group", "tumour_size_cm"]


@pytest.fixture(scope="module")
def big() -> pd.DataFrame:
    return synthesize(4000, seed=11)


def test_cox_recovers_the_simulated_coefficients(big: pd.DataFrame) -> None:
    """Tolerance: each estimate within 4 standard errors of the truth (two-sided p ≈ 6e-5 per term
    for an unbiased estimator, so a fixed seed passing is not luck), and the standard errors are
    small relative to the effects, so the check has power to detect a wrong sign or scale."""
    design = build_design(big, COVARIATES)
    cph, found = fit_cox(design)
    assert found == []
    summary = cph.summary
    for term, truth in SIMULATION_BETA.items():
        est, se = summary.loc[term, "coef"], summary.loc[term, "se(coef)"]
        assert abs(est - truth) < 4 * se, (term, est, truth, se)
        assert se < abs(truth) / 4, (term, se)


def test_saved_model_predicts_like_lifelines(big: pd.DataFrame, tmp_path: Path) -> None:
    design = build_design(big.iloc[:800], COVARIATES)
    cph, _ = fit_cox(design)
    prov = Provenance(
        input_name="x.csv",
        input_sha256="0" * 64,
        rows=800,
        rows_used=len(design.frame),
        rows_dropped_missing=design.dropped,
        events=int(design.frame["event"].sum()),
        synthetic=True,
        fitted_at=now(),
    )
    conc = bootstrap_concordance(design, cph, 0, 1)
    path = tmp_path / "m.json"
    path.write_text(model_file(cph, design, conc, None, prov).model_dump_json())
    model = CoxModelFile.model_validate_json(path.read_text())
    # an event time near 60 months: between event times lifelines interpolates the cumulative
    # hazard linearly, while the saved model keeps Breslow's step function
    t = float(cph.baseline_survival_.index[cph.baseline_survival_.index <= 60][-1])
    for i in (0, 5, 17):
        patient = big.iloc[i]
        values = {c: patient[c] for c in COVARIATES}
        x = design.frame.iloc[[i]] if i < len(design.frame) else None
        assert x is not None
        expected = float(cph.predict_survival_function(x, times=[t]).iloc[0, 0])
        assert predict_survival(model, values, t) == pytest.approx(expected, rel=1e-9)
    with pytest.raises(InputError, match="stage_group"):
        predict_survival(model, {"age_years": 50, "tumour_size_cm": 5, "stage_group": "V"}, 60)


def test_bootstrap_interval_and_optimism(big: pd.DataFrame) -> None:
    design = build_design(big.iloc[:300], COVARIATES)
    conc = bootstrap_concordance(design, fit_cox(design)[0], 20, seed=3)
    assert conc.bootstrap_ci95 is not None and conc.optimism_corrected is not None
    assert conc.bootstrap_ci95[0] < conc.apparent < conc.bootstrap_ci95[1]
    assert conc.optimism_corrected <= conc.apparent + 0.01
    assert conc.n_bootstrap == 20
    again = bootstrap_concordance(design, fit_cox(design)[0], 20, seed=3)
    assert again == conc  # seeded: reproducible


def test_lifelines_partial_hazard_is_centred(big: pd.DataFrame) -> None:
    """The saved formula S0 ** exp((x - mean)·b) relies on lifelines centring covariates."""
    design = build_design(big.iloc[:500], ["age_years"])
    cph, _ = fit_cox(design)
    x = design.frame.iloc[[0]]
    b = cph.params_["age_years"]
    centred = np.exp(b * (x["age_years"].iloc[0] - design.frame["age_years"].mean()))
    assert float(cph.predict_partial_hazard(x).iloc[0]) == pytest.approx(centred, rel=1e-9)
    assert isinstance(cph, CoxPHFitter)


def test_design_drops_and_counts_unknowns() -> None:
    data = synthesize(50, seed=2)
    data.loc[[0, 1], "tumour_size_cm"] = None
    design = build_design(data, ["tumour_size_cm", "stage_group"])
    assert design.dropped == 2 and len(design.frame) == 48
    assert design.columns == [
        "tumour_size_cm",
        "stage_group[II]",
        "stage_group[III]",
        "stage_group[IV]",
    ]
    with pytest.raises(InputError, match="covariates"):
        build_design(data, ["shoe_size"])


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_registry_round_trip(tmp_path: Path, suffix: str) -> None:
    data = synthesize(30, seed=5)
    path = tmp_path / f"reg{suffix}"
    write_registry(data, path)
    back = read_registry(path)
    assert list(back["patient_id"]) == list(data["patient_id"])
    assert back["time_months"].tolist() == pytest.approx(data["time_months"].tolist())
    assert back["stage_group"].tolist() == data["stage_group"].tolist()
    assert back["synthetic"].all()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("P1,true,,50,IB,5,3,0,1", "line 3: time_months"),
        ("P1,true,,50,IB,5,3,12,2", "line 3: event"),
        ("P1,true,,abc,IB,5,3,12,1", "line 3: age_years"),
        ("P1,true,,50,V,5,3,12,1", "line 3: figo_stage"),
        ("P0,true,,50,IB,5,3,12,1", "duplicate patient_id"),
    ],
)
def test_registry_errors_name_line_and_column(tmp_path: Path, row: str, message: str) -> None:
    header = "patient_id,synthetic,diagnosis_code,age_years,figo_stage,tumour_size_cm,"
    header += "mitoses_per_10_hpf,time_months,event"
    path = tmp_path / "r.csv"
    path.write_text(f"{header}\nP0,true,,40,IA,3,2,10,0\n{row}\n")
    with pytest.raises(InputError, match=message):
        read_registry(path)


def test_registry_rejects_unknown_columns_and_formats(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(
        json.dumps(
            {"patient_id": "a", "synthetic": True, "time_months": 3, "event": 1, "name": "Jane"}
        )
        + "\n"
    )
    with pytest.raises(InputError, match="name: unknown column"):
        read_registry(path)
    with pytest.raises(InputError, match=r"\.csv or \.jsonl"):
        read_registry(tmp_path / "r.xlsx")


def test_cli_synth_fit_km(tmp_path: Path) -> None:
    runner = CliRunner()
    reg, model, plot, km = (tmp_path / n for n in ("reg.csv", "m.json", "cal.png", "km.png"))
    assert runner.invoke(app, ["survival", "synth", "--out", str(reg), "--n", "300"]).exit_code == 0
    out = runner.invoke(
        app,
        [
            "survival",
            "fit",
            str(reg),
            "--out",
            str(model),
            "--plot",
            str(plot),
            "--bootstrap",
            "10",
            "--json",
        ],
    )
    assert out.exit_code == 0, out.output
    shown = json.loads(out.stdout)
    saved = json.loads(model.read_text())
    assert shown["provenance"]["synthetic"] is True and saved["provenance"]["rows_used"] == 300
    assert len(saved["provenance"]["input_sha256"]) == 64
    assert saved["concordance"]["n_bootstrap"] == 10
    assert saved["calibration"]["horizon_months"] == 60 and plot.stat().st_size > 1000
    out = runner.invoke(
        app, ["survival", "km", str(reg), "--by", "stage_group", "--plot", str(km), "--json"]
    )
    assert out.exit_code == 0, out.output
    assert [c["group"] for c in json.loads(out.stdout)["curves"]] == ["I", "II", "III", "IV"]
    bad = runner.invoke(
        app, ["survival", "fit", str(reg), "--out", str(model), "--covariates", "x"]
    )
    assert bad.exit_code == 2 and "covariates" in bad.stderr


def test_separation_is_reported_with_the_model() -> None:
    data = synthesize(60, seed=4)
    data["event"] = (data["stage_group"] == "IV").astype(int)  # stage IV separates the events
    _, found = fit_cox(build_design(data, ["stage_group"]))
    assert any("separation" in w for w in found)


def test_km_with_no_known_group_is_an_input_error() -> None:
    data = synthesize(20, seed=4)
    data["stage_group"] = None
    with pytest.raises(InputError, match="no rows"):
        kaplan_meier(data, "stage_group", [0])

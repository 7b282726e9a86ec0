"""The pre-operative engine on golden cases, age bands at their edges, and its uncertainty rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from scipy.stats import beta

from sarcnav.model.case import Case
from sarcnav.risk.preop import assess_preop

GOLDEN = yaml.safe_load((Path(__file__).parents[1] / "cases/risk/preop.yaml").read_text())


@pytest.mark.parametrize("golden", GOLDEN, ids=[g["id"] for g in GOLDEN])
def test_golden(golden: dict[str, Any]) -> None:
    res = assess_preop(Case.model_validate(golden["case"]))
    assert res.status.value == golden["status"]
    assert res.suspicious.value == golden["suspicious"]
    assert [e.id for e in res.age_stratified] == golden["age_stratified"]
    assert [m.id for m in res.messages] == golden["messages"]
    assert set(golden.get("missing_includes", [])) <= set(res.missing)
    assert res.sources and res.reasons and res.trace
    assert res.knowledge == {"risk_preop": "1.0.0"}


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (29, ["prev-brohl2015-under30"]),
        (30, ["prev-wang2020-30to39"]),
        (39, ["prev-wang2020-30to39"]),
        (40, ["prev-wang2020-40to49"]),
        (69, ["prev-wang2020-60to69"]),
        (70, ["prev-wang2020-70plus"]),
        (74, ["prev-wang2020-70plus"]),
        (75, ["prev-brohl2015-75to79", "prev-wang2020-70plus"]),
        (79, ["prev-brohl2015-75to79", "prev-wang2020-70plus"]),
        (80, ["prev-wang2020-70plus"]),
    ],
)
def test_age_band_edges(age: int, expected: list[str]) -> None:
    res = assess_preop(Case.model_validate({"patient": {"age_years": age}}))
    assert sorted(e.id for e in res.age_stratified) == expected


def test_a_study_without_a_band_for_the_age_says_so() -> None:
    res = assess_preop(Case.model_validate({"patient": {"age_years": 52}}))
    gaps = [r for r in res.reasons if r.criterion.startswith("age stratum")]
    assert [r.verdict.value for r in gaps] == ["not_met"]
    assert "Brohl" in gaps[0].criterion
    chosen = [r for r in res.reasons if r.rule_id == "prev-wang2020-50to59"]
    assert chosen and chosen[0].verdict.value == "met" and chosen[0].evidence[0].value == 52


def test_interval_is_published_or_exact_from_counts_never_invented() -> None:
    res = assess_preop(Case.model_validate({"patient": {"age_years": 45}}))
    by_id = {e.id: e for e in res.overall + res.age_stratified}
    wright = by_id["prev-wright2014-cancer"].interval
    assert wright is not None and wright.method == "published"
    assert (wright.low, wright.high) == pytest.approx((0.0022, 0.0032))
    cohort = by_id["prev-brohl2015-cohort-sarcoma"].interval
    assert cohort is not None and cohort.method.startswith("Clopper-Pearson")
    # exact interval via the beta-quantile formula, computed independently
    assert cohort.low == pytest.approx(beta.ppf(0.025, 6, 2075 - 6 + 1), rel=1e-6)
    assert cohort.high == pytest.approx(beta.ppf(0.975, 6 + 1, 2075 - 6), rel=1e-6)
    assert by_id["prev-wang2020-40to49"].interval is None
    assert by_id["prev-wang2020-40to49"].uncertainty == "no CI or counts published"
    young = assess_preop(Case.model_validate({"patient": {"age_years": 25}})).age_stratified[0]
    assert (young.proportion, young.proportion_range) == (None, (0.0, 1 / 500))
    assert young.uncertainty == "upper bound only"
    fda = by_id["prev-fda-update-lms"]
    assert fda.proportion is None
    assert fda.proportion_range == pytest.approx((1 / 1100, 1 / 495))


def test_results_name_the_tools_left_out() -> None:
    res = assess_preop(Case.model_validate({"patient": {"age_years": 45}}))
    assert "PRESS (Nagai 2014)" in [o.name for o in res.not_encoded]

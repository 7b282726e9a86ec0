"""Prognosis: every published value reproduced from the data file, stage groups, scope, CLI.

Expected values: shared/reference/therapy-risk-prognosis.md 5 and 7.2 (Kapp 2008 via [S56],
Iasonos 2013, RCN, Vienna, SARC 005, GOG-0277) and pathology-and-staging.md 1.4-1.5 (STUMP, LBN).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from scipy.stats import beta
from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401
from sarcnav.cli import app
from sarcnav.errors import InputError
from sarcnav.model.case import Case
from sarcnav.model.diagnosis import DiagnosisCode as D
from sarcnav.risk.prognosis import prognosis, prognosis_for_case, prognosis_pack, stage_group

# id: (stage group, unit, value)
SURVIVAL = {
    "surv-kapp2008-stage-i": ("I", "percent", 76),
    "surv-kapp2008-stage-ii": ("II", "percent", 60),
    "surv-kapp2008-stage-iii": ("III", "percent", 45),
    "surv-kapp2008-stage-iv": ("IV", "percent", 29),
    "surv-iasonos2013-os5": (None, "percent", 46),
    "surv-iasonos2013-median": (None, "years", 4.5),
    "surv-rcn-os5": (None, "percent", 50),
    "surv-rcn-dfs5": (None, "percent", 34),
    "surv-vienna-os5": (None, "percent", 41.2),
}
# id: (value or range, events, total)
RECURRENCE = {
    "rec-lms-uterus-confined": ((50, 70), None, None),
    "rec-lms-gog0277-observation": (None, 8, 18),
    "rec-stump-review-range": ((0, 36), None, None),
    "rec-stump-review-mean": (13, None, None),
    "rec-stump-meta-none": (5.9, None, None),
    "rec-stump-meta-mi": (0, None, None),
    "rec-stump-meta-atypia": (18.7, None, None),
    "rec-stump-meta-tcn": (17.2, None, None),
    "rec-stump-meta-two-plus": (32, None, None),
    "rec-stump-ip2009": (None, 2, 16),
    "rec-stump-liu2024": (5.9, 2, 34),
    "rec-lbn-strict": (1.9, None, None),
    "rec-lbn-overall": (5.5, None, None),
    "rec-lbn-mixed": (7.7, None, None),
}


def test_survival_values_as_published() -> None:
    got = {
        s.id: (s.stage_group, s.figure.unit.value, s.figure.value)
        for s in prognosis_pack().survival
    }
    assert got == SURVIVAL


def test_recurrence_values_as_published() -> None:
    got = {}
    for r in prognosis_pack().recurrence:
        assert r.figure.unit.value == "percent"
        value = r.figure.range if r.figure.range is not None else r.figure.value
        got[r.id] = (value, r.figure.events, r.figure.total)
    assert got == RECURRENCE


def test_kapp_rows_are_partial_and_ask_for_review() -> None:
    for s in prognosis_pack().survival:
        if s.id.startswith("surv-kapp"):
            assert s.verification == "PARTIAL" and s.review


@pytest.mark.parametrize(
    ("figo", "group"),
    [
        ("I", "I"),
        ("IA", "I"),
        ("IB", "I"),
        ("IIB", "II"),
        ("IIIC", "III"),
        ("IIIC1", "III"),
        ("IVA", "IV"),
        ("ivb", "IV"),
    ],
)
def test_stage_group(figo: str, group: str) -> None:
    assert stage_group(figo) == group


@pytest.mark.parametrize("bad", ["V", "IE", "stage 2", ""])
def test_bad_stage_names_the_field(bad: str) -> None:
    with pytest.raises(InputError, match="stage"):
        stage_group(bad or "x")


@pytest.mark.parametrize(
    ("figo", "survival", "recurrence"),
    [
        (
            "IA",
            ["surv-kapp2008-stage-i"],
            ["rec-lms-uterus-confined", "rec-lms-gog0277-observation"],
        ),
        ("IIA", ["surv-kapp2008-stage-ii"], []),
        ("IIIB", ["surv-kapp2008-stage-iii"], []),
        ("IVB", ["surv-kapp2008-stage-iv"], []),
    ],
)
def test_lms_by_stage(figo: str, survival: list[str], recurrence: list[str]) -> None:
    res = prognosis(D.LEIOMYOSARCOMA_EPITHELIOID, figo)
    assert res.status.value == "decided"
    assert [e.id for e in res.survival_by_stage] == survival
    assert [e.id for e in res.recurrence] == recurrence
    assert len(res.survival_cohorts) == 5
    assert res.needs_expert_review  # Kapp's survival type is unconfirmed
    assert [o.id for o in res.not_encoded] == ["omit-mskcc-nomogram"]
    assert {p.id for p in res.surveillance_options} == {
        "follow-ago-uterine-sarcoma",
        "follow-ago-lms-sites",
    }


def test_lms_without_stage_needs_input_but_gives_cohorts() -> None:
    res = prognosis(D.LEIOMYOSARCOMA_SPINDLE, None)
    assert res.status.value == "needs_input"
    assert res.missing == ["figo_stage"]
    assert res.survival_by_stage == [] and len(res.survival_cohorts) == 5


def test_gog_interval_is_exact_from_counts() -> None:
    res = prognosis(D.LEIOMYOSARCOMA_SPINDLE, "IB")
    gog = next(e for e in res.recurrence if e.id == "rec-lms-gog0277-observation")
    assert gog.proportion == pytest.approx(8 / 18)
    assert gog.interval is not None
    assert gog.interval.low == pytest.approx(beta.ppf(0.025, 8, 11), rel=1e-6)
    assert gog.interval.high == pytest.approx(beta.ppf(0.975, 9, 10), rel=1e-6)


def test_stump_and_lbn() -> None:
    stump = prognosis(D.STUMP, None)
    assert stump.status.value == "decided"
    assert len(stump.recurrence) == 9 and stump.surveillance_options == []
    assert any(r.criterion == "verified surveillance schedule" for r in stump.reasons)
    lbn = prognosis(D.LEIOMYOMA_BIZARRE_NUCLEI, None)
    assert [e.id for e in lbn.recurrence] == ["rec-lbn-strict", "rec-lbn-overall", "rec-lbn-mixed"]


@pytest.mark.parametrize("code", [D.LOW_GRADE_ESS, D.LEIOMYOMA, D.CARCINOSARCOMA])
def test_other_diagnoses_are_out_of_scope(code: D) -> None:
    assert prognosis(code, "IA").status.value == "out_of_scope"


def test_carcinosarcoma_with_an_endometrial_stage_is_out_of_scope() -> None:
    res = prognosis(D.CARCINOSARCOMA, "IICm_p53abn")  # FIGO 2023 endometrial, not a sarcoma stage
    assert (res.status.value, res.stage_group, res.figo_stage) == (
        "out_of_scope",
        None,
        "IICm_p53abn",
    )


def test_no_diagnosis_needs_input() -> None:
    res = prognosis(None, None)
    assert (res.status.value, res.missing) == ("needs_input", ["diagnosis_code"])


def test_case_uses_the_staging_engine_or_the_given_stage() -> None:
    case = Case.model_validate(
        {
            "synthetic": True,
            "diagnosis_code": "leiomyosarcoma_spindle",
            "findings": {"max_dimension_cm": 9.5},
            "extent": {"confined_to_uterus": True},
        }
    )
    staged = prognosis_for_case(case)
    assert staged.figo_stage == "IB"
    assert "staging engine" in staged.reasons[1].detail
    given = prognosis_for_case(case, "IIIA")
    assert [e.id for e in given.survival_by_stage] == ["surv-kapp2008-stage-iii"]


EXAMPLES = Path(__file__).parents[2] / "src/sarcnav/examples/cases"


def test_cli_json() -> None:
    out = CliRunner().invoke(
        app, ["risk", "prognosis", str(EXAMPLES / "01-lms-spindle-ib.json"), "--json"]
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert (data["diagnosis_code"], data["figo_stage"]) == ("leiomyosarcoma_spindle", "IB")
    assert data["survival_by_stage"][0]["published"] == "76 %"


def test_cli_bad_stage_exit_2() -> None:
    out = CliRunner().invoke(
        app, ["risk", "prognosis", str(EXAMPLES / "01-lms-spindle-ib.json"), "--stage", "V"]
    )
    assert out.exit_code == 2 and "stage" in out.stderr


GOLDEN = yaml.safe_load((Path(__file__).parents[1] / "cases/risk/prognosis.yaml").read_text())


@pytest.mark.parametrize("golden", GOLDEN, ids=[g["id"] for g in GOLDEN])
def test_golden_examples(golden: dict[str, Any]) -> None:
    case = Case.model_validate_json((EXAMPLES / golden["file"]).read_text())
    res = prognosis_for_case(case)
    assert res.status.value == golden["status"]
    assert (res.diagnosis_code, res.figo_stage) == (golden["diagnosis"], golden["figo"])
    assert [e.id for e in res.survival_by_stage] == golden["survival_by_stage"]
    assert [e.id for e in res.recurrence] == golden["recurrence"]
    assert [p.id for p in res.surveillance_options] == golden["surveillance"]
    assert res.reasons and res.knowledge == {"risk_prognosis": "1.0.0"}

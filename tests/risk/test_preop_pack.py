"""Every published value of the pre-operative pack, reproduced exactly from the data file.

Expected values are copied from shared/reference/therapy-risk-prognosis.md, tables 6.1-6.3 (and, for
the Lakhman confidence intervals, from the author manuscript PMC5459669).
"""

from __future__ import annotations

import pytest

from sarcnav.knowledge.registry import PACKS
from sarcnav.knowledge.risk import Figure, Unit
from sarcnav.risk.preop import preop_pack

# id: (unit, value or range, age_min, age_max)  — reference table 6.1 / 6.2
PREVALENCE = {
    "prev-fda2014-sarcoma": ("one_in", 352, None, None),
    "prev-fda2014-lms": ("one_in", 498, None, None),
    "prev-fda-update-sarcoma": ("one_in", (225, 580), None, None),
    "prev-fda-update-lms": ("one_in", (495, 1100), None, None),
    "prev-pritts2015-lms": ("per_1000", 0.51, None, None),
    "prev-pritts2015-lms-prospective": ("per_1000", 0.12, None, None),
    "prev-brohl2015-sarcoma": ("per_1000", 2.94, None, None),
    "prev-brohl2015-lms": ("per_1000", 1.78, None, None),
    "prev-brohl2015-cohort-sarcoma": ("per_1000", None, None, None),
    "prev-wright2014-cancer": ("per_10000", 27, None, None),
    "prev-hindman2023-lms": ("one_in", 770, None, None),
    "prev-wang2020-lms-overall": ("one_in", 345, None, None),
    "prev-wang2020-lms-occult": ("one_in", 1429, None, None),
    "prev-brohl2015-under30": ("one_in", 500, None, 29),
    "prev-brohl2015-75to79": ("per_1000", 10.1, 75, 79),
    "prev-wang2020-30to39": ("percent", 0.21, 30, 39),
    "prev-wang2020-40to49": ("percent", 0.13, 40, 49),
    "prev-wang2020-50to59": ("percent", 0.52, 50, 59),
    "prev-wang2020-60to69": ("percent", 2.12, 60, 69),
    "prev-wang2020-70plus": ("percent", 6.67, 70, None),
}


def test_every_prevalence_row_is_in_the_reference_table() -> None:
    assert {r.id for r in preop_pack().prevalence} == set(PREVALENCE)


@pytest.mark.parametrize("rec_id", sorted(PREVALENCE))
def test_prevalence_value_as_published(rec_id: str) -> None:
    rec = next(r for r in preop_pack().prevalence if r.id == rec_id)
    unit, value, age_min, age_max = PREVALENCE[rec_id]
    assert rec.figure.unit == Unit(unit)
    if isinstance(value, tuple):
        assert rec.figure.range == value
    else:
        assert rec.figure.value == value
    assert (rec.age_min, rec.age_max) == (age_min, age_max)


def test_published_extras() -> None:
    by_id = {r.id: r for r in preop_pack().prevalence}
    assert by_id["prev-wright2014-cancer"].figure.ci95 == (22, 32)
    cohort = by_id["prev-brohl2015-cohort-sarcoma"].figure
    assert (cohort.events, cohort.total) == (6, 2075)
    assert by_id["prev-brohl2015-under30"].figure.bound == "upper"
    assert by_id["prev-brohl2015-under30"].figure.text() == "<1 in 500"
    # V2 rows are marked PARTIAL, V rows VERIFIED
    assert by_id["prev-fda2014-sarcoma"].verification == "PARTIAL"
    assert by_id["prev-pritts2015-lms"].verification == "VERIFIED"


# score id: ({item id: (fact, threshold, points)}, cut-off, [(sens, spec, sens CI, spec CI)])
SCORES = {
    "score-zhang2020": (
        {
            "zhang2020-size": ("tumour_max_diameter_cm", 7, 2),
            "zhang2020-ldh": ("ldh_u_per_l", 193, 2),
            "zhang2020-age": ("age_years", 40, 1),
            "zhang2020-nlr": ("nlr", 2.8, 1),
            "zhang2020-plt": ("platelets_10e9_per_l", 298, 1),
        },
        4,
        [(0.800, 0.778, None, None)],
    ),
    "score-lakhman2017": (
        {
            "lakhman2017-nodular": ("mri_nodular_borders", True, 1),
            "lakhman2017-haemorrhage": ("mri_haemorrhage", True, 1),
            "lakhman2017-t2dark": ("mri_t2_dark_areas", True, 1),
            "lakhman2017-central": ("mri_central_unenhanced_area", True, 1),
        },
        3,
        [
            (1.00, 0.95, (0.82, 1.00), (0.77, 1.00)),
            (0.95, 1.00, (0.74, 1.00), (0.85, 1.00)),
        ],
    ),
}


@pytest.mark.parametrize("score_id", sorted(SCORES))
def test_score_points_cutoffs_and_accuracy_as_published(score_id: str) -> None:
    spec = next(s for s in preop_pack().scores if s.id == score_id)
    items, cutoff, perf = SCORES[score_id]
    assert spec.cutoff == cutoff
    got = {}
    for item in spec.items:
        (fact,) = item.when.facts_read()
        threshold = item.when.ge if item.when.ge is not None else item.when.eq
        got[item.id] = (fact, threshold, item.points)
    assert got == items
    assert [
        (p.sensitivity, p.specificity, p.sensitivity_ci95, p.specificity_ci95)
        for p in spec.performance
    ] == perf


def test_only_verified_scores_are_encoded() -> None:
    assert {s.id for s in preop_pack().scores} == set(SCORES)
    assert all(s.verification == "VERIFIED" for s in preop_pack().scores)
    omitted = {o.id for o in preop_pack().not_encoded}
    assert omitted == {
        "omit-press",
        "omit-rpress",
        "omit-plms",
        "omit-hindman-flowchart",
        "omit-mri-ldh-algorithm",
    }


def test_risk_packs_are_registered() -> None:
    assert "risk_preop" in PACKS


@pytest.mark.parametrize(
    ("figure", "text", "proportion"),
    [
        (Figure(unit=Unit.ONE_IN, value=352), "1 in 352", 1 / 352),
        (Figure(unit=Unit.PER_1000, value=2.94), "2.94 per 1,000", 0.00294),
        (Figure(unit=Unit.PERCENT, value=6.67), "6.67 %", 0.0667),
        (
            Figure(unit=Unit.PER_10000, value=27, ci95=(22, 32)),
            "27 per 10,000 (95% CI 22–32)",
            0.0027,
        ),
        (Figure(unit=Unit.PERCENT, events=8, total=18), "8/18", 8 / 18),
        (Figure(unit=Unit.YEARS, value=4.5), "4.5 years", None),
    ],
)
def test_figure_text_and_proportion(figure: Figure, text: str, proportion: float | None) -> None:
    assert figure.text() == text
    assert figure.proportion() == proportion


@pytest.mark.parametrize(
    "bad",
    [
        {"unit": "percent"},
        {"unit": "percent", "value": 1, "range": [1, 2]},
        {"unit": "percent", "events": 3},
        {"unit": "percent", "events": 5, "total": 4},
        {"unit": "percent", "range": [3, 2]},
    ],
)
def test_malformed_figures_are_rejected(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Figure.model_validate(bad)

"""Score arithmetic at every cut-off: paired cases just inside and just outside, and unknowns."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sarcnav.model.case import Case
from sarcnav.model.results import Verdict
from sarcnav.risk.preop import preop_facts, preop_pack, score


def _score(score_id: str, age: int | None = None, **preop: Any):  # type: ignore[no-untyped-def]
    case = Case.model_validate({"synthetic": True, "patient": {"age_years": age}, "preop": preop})
    spec = next(s for s in preop_pack().scores if s.id == score_id)
    return score(spec, preop_facts(case))


ZHANG_ALL_LOW = {
    "tumour_max_diameter_cm": 3.0,
    "ldh_u_per_l": 150.0,
    "nlr": 1.5,
    "platelets_10e9_per_l": 200.0,
}


@pytest.mark.parametrize(
    ("field", "inside", "outside", "points"),
    [
        ("tumour_max_diameter_cm", 7.0, 6.99, 2),
        ("ldh_u_per_l", 193.0, 192.9, 2),
        ("nlr", 2.8, 2.79, 1),
        ("platelets_10e9_per_l", 298.0, 297.9, 1),
    ],
)
def test_zhang_item_thresholds(field: str, inside: float, outside: float, points: int) -> None:
    hi = _score("score-zhang2020", 39, **{**ZHANG_ALL_LOW, field: inside})
    lo = _score("score-zhang2020", 39, **{**ZHANG_ALL_LOW, field: outside})
    assert (hi.points, lo.points) == (points, 0)


def test_zhang_age_threshold() -> None:
    assert _score("score-zhang2020", 40, **ZHANG_ALL_LOW).points == 1
    assert _score("score-zhang2020", 39, **ZHANG_ALL_LOW).points == 0


def test_zhang_cutoff_pair() -> None:
    # size 2 + LDH 2 = 4 -> positive; size 2 + age 1 = 3 -> negative
    inside = _score(
        "score-zhang2020",
        39,
        **{**ZHANG_ALL_LOW, "tumour_max_diameter_cm": 7.0, "ldh_u_per_l": 193.0},
    )
    outside = _score("score-zhang2020", 40, **{**ZHANG_ALL_LOW, "tumour_max_diameter_cm": 7.0})
    assert (inside.points, inside.verdict) == (4, Verdict.MET)
    assert (outside.points, outside.verdict) == (3, Verdict.NOT_MET)


def test_nlr_is_derived_from_counts() -> None:
    res = _score(
        "score-zhang2020",
        39,
        **{
            **ZHANG_ALL_LOW,
            "nlr": None,
            "neutrophils_10e9_per_l": 5.6,
            "lymphocytes_10e9_per_l": 2.0,
        },
    )
    item = next(i for i in res.items if i.id == "zhang2020-nlr")
    assert (item.value, item.points, item.field) == (2.8, 1, "preop.neutrophils/lymphocytes")


def test_nlr_that_contradicts_the_counts_is_rejected() -> None:
    with pytest.raises(ValueError, match="nlr"):
        Case.model_validate(
            {"preop": {"nlr": 5, "neutrophils_10e9_per_l": 4, "lymphocytes_10e9_per_l": 2}}
        )


def _mri(n_true: int, n_unknown: int = 0) -> dict[str, bool | None]:
    keys = ["nodular_borders", "haemorrhage", "t2_dark_areas", "central_unenhanced_area"]
    values: list[bool | None] = [True] * n_true + [None] * n_unknown
    values += [False] * (4 - len(values))
    return dict(zip(keys, values, strict=True))


def test_lakhman_cutoff_pair() -> None:
    assert _score("score-lakhman2017", mri=_mri(3)).verdict is Verdict.MET
    assert _score("score-lakhman2017", mri=_mri(2)).verdict is Verdict.NOT_MET


@pytest.mark.parametrize(
    ("n_true", "n_unknown", "verdict", "points_range"),
    [
        (3, 1, Verdict.MET, (3, 4)),  # already at the cut-off
        (1, 1, Verdict.NOT_MET, (1, 2)),  # cannot reach 3
        (2, 1, Verdict.UNKNOWN, (2, 3)),  # the unknown item decides
        (0, 4, Verdict.UNKNOWN, (0, 4)),
    ],
)
def test_unknown_items_decide_only_when_they_could(
    n_true: int, n_unknown: int, verdict: Verdict, points_range: tuple[int, int]
) -> None:
    res = _score("score-lakhman2017", mri=_mri(n_true, n_unknown))
    assert res.verdict is verdict
    assert (res.points_min, res.points_max) == points_range
    assert len(res.missing) == n_unknown
    assert res.points is None if n_unknown else res.points == n_true


def test_no_mri_at_all_is_unknown_not_negative() -> None:
    res = _score("score-lakhman2017")
    assert res.verdict is Verdict.UNKNOWN
    assert res.missing == [
        "preop.mri.nodular_borders",
        "preop.mri.haemorrhage",
        "preop.mri.t2_dark_areas",
        "preop.mri.central_unenhanced_area",
    ]


maybe_bool = st.one_of(st.none(), st.booleans())


@given(
    st.lists(maybe_bool, min_size=4, max_size=4), st.lists(st.booleans(), min_size=4, max_size=4)
)
def test_a_decided_verdict_survives_any_completion(
    partial: list[bool | None], fill: list[bool]
) -> None:
    keys = ["nodular_borders", "haemorrhage", "t2_dark_areas", "central_unenhanced_area"]
    part = _score("score-lakhman2017", mri=dict(zip(keys, partial, strict=True)))
    done = [f if p is None else p for p, f in zip(partial, fill, strict=True)]
    full = _score("score-lakhman2017", mri=dict(zip(keys, done, strict=True)))
    assert full.points is not None
    assert part.points_min <= full.points <= part.points_max
    if part.verdict is not Verdict.UNKNOWN:
        assert full.verdict is part.verdict

"""Cumulative doxorubicin dose at every label threshold (reference section 4.1; synthetic lines)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sarcnav.model.results import Status
from sarcnav.model.therapy_record import TherapyContext, TherapyLine
from sarcnav.therapy.dose import cumulative_anthracycline


def dox(dose: float, cycles: int, line: int = 1, agents: list[str] | None = None) -> TherapyLine:
    names = agents or ["doxorubicin"]
    return TherapyLine(line=line, agents=names, cycles=cycles, dose_mg_m2={names[0]: dose})


NO_RT = TherapyContext(prior_chest_irradiation=False)
RT = TherapyContext(prior_chest_irradiation=True)


def reached(total: float, ctx: TherapyContext) -> dict[str, bool | None]:
    result = cumulative_anthracycline([dox(total, 1)], ctx)
    assert result.total_mg_m2 == total
    return {t.id: t.reached for t in result.thresholds}


@pytest.mark.parametrize(
    ("threshold_id", "value"),
    [("dox-risk-300", 300), ("dox-monitor-300", 300), ("dox-dexrazoxane-300", 300),
     ("dox-risk-400", 400), ("dox-risk-450", 450), ("dox-risk-500", 500), ("dox-cap-550", 550)],
)  # fmt: skip
def test_each_threshold_just_inside_and_outside(threshold_id: str, value: float) -> None:
    assert reached(value, NO_RT)[threshold_id] is True
    assert reached(value - 1, NO_RT)[threshold_id] is False


def test_lms04_schedule_is_360() -> None:
    result = cumulative_anthracycline([dox(60, 6, agents=["doxorubicin", "trabectedin"])], NO_RT)
    assert result.total_mg_m2 == 360 and result.status is Status.DECIDED


@pytest.mark.parametrize(
    ("total", "ctx", "cap", "cap_reached"),
    [(549, NO_RT, 550, False), (550, NO_RT, 550, True), (399, RT, 400, False),
     (400, RT, 400, True), (399, TherapyContext(), None, False),
     (450, TherapyContext(), None, None), (550, TherapyContext(), None, True)],
)  # fmt: skip
def test_cap_depends_on_cardiac_irradiation(
    total: float, ctx: TherapyContext, cap: float | None, cap_reached: bool | None
) -> None:
    result = cumulative_anthracycline([dox(total, 1)], ctx)
    assert result.applicable_cap_mg_m2 == cap
    assert result.cap_reached is cap_reached
    if ctx.prior_chest_irradiation is None:
        assert "therapy.prior_chest_irradiation" in result.missing


def test_cyclophosphamide_lowers_the_cap() -> None:
    lines = [TherapyLine(line=1, agents=["cyclophosphamide"]), dox(75, 6, line=2)]
    result = cumulative_anthracycline(lines, TherapyContext(prior_chest_irradiation=False))
    assert result.applicable_cap_mg_m2 == 400 and result.cap_reached is True


def test_prior_dose_from_context_adds() -> None:
    ctx = TherapyContext(prior_anthracycline_mg_m2=300, prior_chest_irradiation=False)
    result = cumulative_anthracycline([dox(75, 3)], ctx)
    assert result.total_mg_m2 == 525 and result.complete
    assert any(w.startswith("within one 75 mg/m² cycle of 550") for w in result.warnings)


def test_warning_within_one_cycle() -> None:
    warnings = cumulative_anthracycline([dox(250, 1)], NO_RT).warnings
    assert any("within one 75 mg/m² cycle of 300 mg/m² (50 left)" in w for w in warnings)
    assert not cumulative_anthracycline([dox(200, 1)], NO_RT).warnings


def test_missing_dose_is_not_guessed() -> None:
    lines = [TherapyLine(line=1, agents=["doxorubicin"], cycles=6), dox(75, 2, line=2)]
    result = cumulative_anthracycline(lines, NO_RT)
    assert result.status is Status.NEEDS_INPUT and not result.complete
    assert result.total_mg_m2 == 150
    assert "treatments[0].dose_mg_m2.doxorubicin" in result.missing
    assert {t.id: t.reached for t in result.thresholds}["dox-risk-300"] is None


def test_unverified_anthracycline_is_flagged_not_converted() -> None:
    lines = [dox(90, 6, agents=["epirubicin"]), dox(75, 2, line=2)]
    result = cumulative_anthracycline(lines, NO_RT)
    assert result.total_mg_m2 == 150 and not result.complete
    assert result.needs_expert_review
    assert result.review_reasons[0].code == "NOT_CONVERTED"
    assert result.contributions[0].doxorubicin_equivalent_mg_m2 is None


def test_no_anthracycline_is_zero_and_decided() -> None:
    result = cumulative_anthracycline([TherapyLine(line=1, agents=["pazopanib"])], NO_RT)
    assert result.total_mg_m2 == 0 and result.cap_reached is False


@given(st.lists(st.tuples(st.integers(1, 90), st.integers(0, 8)), max_size=5))
def test_total_is_sum_of_dose_times_cycles(doses: list[tuple[int, int]]) -> None:
    lines = [dox(d, c, line=i + 1) for i, (d, c) in enumerate(doses)]
    result = cumulative_anthracycline(lines, NO_RT)
    assert result.total_mg_m2 == sum(d * c for d, c in doses)
    assert result.cap_reached is (result.total_mg_m2 >= 550)

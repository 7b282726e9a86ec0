"""Every golden diagnosis case: code, status, deciding row, flags, review reasons, missing data."""

from __future__ import annotations

import pytest
from tests.golden import Golden, load

from sarcnav.diagnosis import diagnose
from sarcnav.knowledge.packs import diagnosis_pack
from sarcnav.model import Case

GOLDEN = load("diagnosis")


@pytest.mark.parametrize("golden", GOLDEN, ids=str)
def test_golden_diagnosis(golden: Golden) -> None:
    result = diagnose(Case.model_validate(golden.case))
    want = golden.expect
    assert result.code.value == want["code"], golden
    assert result.status.value == want.get("status", "decided")
    if "row" in want:
        assert f"{want['row']}:met" in result.trace
    if "variant" in want:
        assert f"{want['variant']}:met" in result.trace
    if "stump_reason" in want:
        assert result.stump_reason == want["stump_reason"]
    if "flags" in want:
        assert {f.id for f in result.flags} == set(want["flags"])
    for code in want.get("review", []):
        assert code in {r.code for r in result.review_reasons}, result.review_reasons
    for code in want.get("no_review", []):
        assert code not in {r.code for r in result.review_reasons}, result.review_reasons
    if "missing" in want:
        assert set(want["missing"]) <= set(result.missing)
    if "candidates" in want:
        assert [c.value for c in result.candidates] == want["candidates"]
    assert result.reasons and result.sources
    assert result.knowledge == {"diagnosis_who2020": diagnosis_pack().version}


def test_every_row_and_variant_has_a_golden_case() -> None:
    pack = diagnosis_pack()
    covered = {g.expect.get("row") for g in GOLDEN} | {g.expect.get("variant") for g in GOLDEN}
    missing = {r.id for r in pack.rows} | {v.id for v in pack.variants}
    assert missing - covered == set()


def test_every_flag_has_a_golden_case() -> None:
    covered = {f for g in GOLDEN for f in g.expect.get("flags", [])}
    assert {f.id for f in diagnosis_pack().flags} - covered == set()


def test_decided_results_carry_no_candidates_and_indeterminate_ones_do() -> None:
    for golden in GOLDEN:
        result = diagnose(Case.model_validate(golden.case))
        if result.status.value == "needs_input":
            assert result.candidates and result.missing and result.needs_expert_review
        if result.status.value == "decided":
            assert not result.candidates and not result.missing

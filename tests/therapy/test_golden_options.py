"""Golden option cases as data (tests/cases/therapy/options.yaml); a failure names the case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sarcnav.model.case import Case
from sarcnav.therapy import therapy_options

CASES = yaml.safe_load(
    (Path(__file__).parent.parent / "cases" / "therapy" / "options.yaml").read_text("utf-8")
)["cases"]


@pytest.mark.parametrize("golden", CASES, ids=[c["id"] for c in CASES])
def test_golden_options(golden: dict[str, Any]) -> None:
    case = Case.model_validate({"synthetic": True, **golden["case"]})
    result = therapy_options(case, golden["as_of"])
    expect = golden["expect"]
    entries = {o.id: o for o in result.options}
    assert result.status.value == expect["status"], golden["id"]
    assert entries["opt-clinical-trial"].mark == "listed"
    for option_id, mark in expect.get("marks", {}).items():
        assert entries[option_id].mark == mark, f"{golden['id']}: {option_id}"
    for option_id, text in expect.get("excluded_because", {}).items():
        assert any(text in b for b in entries[option_id].excluded_because), option_id
    for option_id, outcome in expect.get("outcome", {}).items():
        assert entries[option_id].outcome == outcome, option_id
    if "dose_total" in expect:
        total = expect["dose_total"]
        assert result.dose is not None
        assert (result.dose.total_mg_m2 if result.dose.complete else None) == total
    if "needs_expert_review" in expect:
        assert result.needs_expert_review is expect["needs_expert_review"], golden["id"]
    assert set(result.trace) >= set(expect.get("marks", {})) - {"opt-clinical-trial"}

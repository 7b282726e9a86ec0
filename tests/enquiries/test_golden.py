"""Golden enquiry cases as data (tests/cases/enquiries/*.yaml): each pins part of the triage."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from sarcnav.enquiries import triage
from sarcnav.model.enquiry import Enquiry, EnquiryResult
from tests.enquiries.conftest import CASES


def _cases() -> list[Any]:
    found = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            found.append(pytest.param(case, id=f"{path.stem}:{case['id']}"))
    return found


def check(result: EnquiryResult, expect: dict[str, Any]) -> list[str]:
    """Every way ``result`` differs from ``expect`` (empty when it matches)."""
    problems = []
    kinds = {(m.kind, m.value) for m in result.entities}
    codes = [r.code for r in result.review_reasons]
    for key, want in expect.items():
        if key.endswith("_include"):
            field = key.removesuffix("_include")
            have = {
                "intents": result.intents,
                "routes": result.routes,
                "review_codes": codes,
                "entities": kinds,
            }[field]
            items = [(w["kind"], w["value"]) for w in want] if field == "entities" else want
            missing = [w for w in items if w not in have]
            ok = not missing
        elif key == "not_routes":
            ok = not set(want) & set(result.routes)
        elif key == "not_intents":
            ok = not set(want) & set(result.intents)
        elif key == "routes_first":
            ok = bool(result.routes) and result.routes[0] == want
        elif key == "draft_contains":
            ok = all(w in result.draft for w in want)
        else:
            ok = getattr(result, key) == want
        if not ok:
            problems.append(f"{key}: expected {want!r}")
    return problems


@pytest.mark.parametrize("case", _cases())
def test_golden_case(case: dict[str, Any]) -> None:
    result = triage(Enquiry(text=case["text"]))
    problems = check(result, case["expect"])
    shown = result.model_dump(include={"intents", "routes", "relation", "location", "urgency"})
    assert not problems, f"{case['id']}: {problems}; got {shown}"


def test_check_reports_every_kind_of_mismatch() -> None:
    result = triage(Enquiry(text="Thank you so much for your kindness."))
    wrong = {
        "intents": ["second_opinion"],
        "routes_include": ["urgent_care"],
        "not_routes": ["acknowledge"],
        "not_intents": ["gratitude"],
        "routes_first": "appointment",
        "draft_contains": ["Estimada"],
        "entities_include": [{"kind": "stage", "value": "IV"}],
    }
    assert len(check(result, wrong)) == len(wrong)

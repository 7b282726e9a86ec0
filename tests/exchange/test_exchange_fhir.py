"""FHIR Bundle after mCODE: valid resources, read back loss-free, resources (not only the
residual extension) are what import reads, and bad bundles give clear errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sarcnav.errors import InputError
from sarcnav.exchange import bundle_to_case, case_to_bundle
from sarcnav.exchange.fhir import MCODE
from sarcnav.model import Case

FULL = Case.model_validate_json(
    (Path(__file__).parents[1] / "fixtures" / "exchange" / "full_case.json").read_text()
)


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_full_case_round_trips() -> None:
    assert bundle_to_case(case_to_bundle(FULL, "IIA")) == FULL


def test_bundle_is_shaped_after_mcode() -> None:
    bundle = case_to_bundle(FULL, "IIA")
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 1 and kinds.count("Condition") == 1
    assert kinds.count("MedicationStatement") == 2 and "Procedure" in kinds
    profiles = {p for e in bundle["entry"] for p in e["resource"]["meta"]["profile"]}
    assert {MCODE + "mcode-primary-cancer-condition", MCODE + "mcode-tumor-marker-test"} <= profiles
    stage = next(o for o in _resources(bundle, "Observation") if o["id"] == "stage")
    assert stage["code"]["coding"][0] == {"system": "http://loinc.org", "code": "21902-2"}
    assert stage["valueCodeableConcept"]["text"] == "IIA"
    assert bundle["meta"]["tag"][0]["code"] == "HTEST"  # synthetic data marked as test data
    assert _resources(bundle, "Patient")[0]["deceasedBoolean"] is False


def test_import_reads_the_resources() -> None:
    bundle = case_to_bundle(FULL)
    edited = copy.deepcopy(bundle)
    for obs in _resources(edited, "Observation"):
        if obs["code"]["text"] == "ER":
            obs["valueCodeableConcept"]["coding"][0]["code"] = "positive"
    _resources(edited, "Patient")[0]["extension"][0]["valueInteger"] = 61
    _resources(edited, "MedicationStatement")[0]["medicationCodeableConcept"]["coding"].pop()
    case = bundle_to_case(edited)
    assert case.findings.ihc["ER"].result == "positive"
    assert case.patient.age_years == 61
    assert case.treatments[0].agents == ["gemcitabine"]


@settings(max_examples=30, deadline=None)
@given(
    age=st.none() | st.integers(0, 120),
    sex=st.sampled_from(["female", "unknown", "intersex (as recorded)"]),
    synthetic=st.booleans(),
    agents=st.lists(st.sampled_from(["doxorubicin", "ifosfamide"]), max_size=2),
    vital=st.none() | st.sampled_from(["alive", "dead"]),
)
def test_any_case_round_trips(
    age: int | None, sex: str, synthetic: bool, agents: list[str], vital: str | None
) -> None:
    case = Case.model_validate(
        {
            "id": "prop",
            "synthetic": synthetic,
            "patient": {"age_years": age, "sex": sex},
            "treatments": [{"line": 1, "agents": agents, "current": True}] if agents else [],
            "outcome": {"vital_status": vital} if vital else None,
        }
    )
    assert bundle_to_case(case_to_bundle(case)) == case


@pytest.mark.parametrize(
    "data, message",
    [
        ({"resourceType": "Patient"}, "bundle: not a valid FHIR Bundle"),
        ([], "bundle: not a valid FHIR Bundle"),
        ({"resourceType": "Bundle", "type": "collection"}, "expected one Condition"),
    ],
)
def test_bad_bundles_are_named(data: Any, message: str) -> None:
    with pytest.raises(InputError, match=message):
        bundle_to_case(data)


def test_invalid_case_inside_a_bundle_names_the_field() -> None:
    bundle = case_to_bundle(FULL)
    _resources(bundle, "Patient")[0]["extension"][0]["valueInteger"] = 300
    with pytest.raises(InputError, match=r"patient\.age_years"):
        bundle_to_case(bundle)
    condition = _resources(bundle, "Condition")[0]
    condition["extension"][0]["valueString"] = "{oops"
    with pytest.raises(InputError, match=r"Condition: extension .* is not JSON"):
        bundle_to_case(json.loads(json.dumps(bundle)))

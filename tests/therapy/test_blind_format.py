"""The blind therapy sets are well formed; gold agents are catalogue generic names (no parsing)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.therapy.fixtures_data import FIXTURES, load_fixture

DATA = FIXTURES.parents[2] / "src" / "sarcnav" / "knowledge" / "data"
CATALOGUE = DATA / "therapy_catalogue.yaml"
SUPPORTIVE = {"mesna", "dexrazoxane", "dexamethasone"}
BLIND = [f"blind{n}.yaml" for n in range(2, 13)]


def generic_names() -> set[str]:
    drugs = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))["drugs"]
    return {drug["generic"] for drug in drugs}


@pytest.mark.parametrize("name", BLIND)
def test_blind_sets_are_synthetic_and_follow_the_gold_conventions(name: str) -> None:
    data: dict[str, Any] = load_fixture(name)
    assert data["synthetic"] is True
    cases = data["cases"]
    assert len(cases) >= 50
    assert len({case["id"] for case in cases}) == len(cases)
    agents_allowed = generic_names() - SUPPORTIVE
    for case in cases:
        assert set(case) <= {"id", "text", "lines", "unknown"}, case["id"]
        assert case["text"].strip(), case["id"]
        for line in case["lines"]:
            assert set(line) <= {"agents", "cycles", "current"}, case["id"]
            assert set(line["agents"]) <= agents_allowed, case["id"]
            assert line.get("current", True) is True, case["id"]
        if any(not line["agents"] for line in case["lines"]):
            assert case.get("unknown"), case["id"]


def texts(name: str) -> set[str]:
    return {case["text"].lower() for case in load_fixture(name)["cases"]}


@pytest.mark.parametrize("index", range(3, len(BLIND)))
def test_each_later_blind_set_is_new_text(index: int) -> None:
    earlier = set().union(*(texts(name) for name in BLIND[:index]))
    assert not texts(BLIND[index]) & earlier

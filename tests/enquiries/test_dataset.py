"""The labelled sets: large enough, synthetic, valid, disjoint; gold routes follow the policy."""

from __future__ import annotations

from collections import Counter

import pytest

from sarcnav.enquiries import train
from sarcnav.enquiries.policy import default_policy
from sarcnav.enquiries.routing import INTENTS, facts, route
from sarcnav.enquiries.text import word_count
from tests.enquiries.conftest import FIXTURES, labelled

SETS = [*train.SETS, "blind10.jsonl", "blind11.jsonl"]
"""Every labelled set: the trainers' (blind8 and blind9 retired in round 11), and blind10 and
blind11, which measure round 11 and are never trained on."""
RELATIONS = {"self", "spouse", "child", "parent", "sibling", "family", "friend", "unknown"}


@pytest.mark.parametrize(
    ("name", "minimum"),
    [
        ("dev.jsonl", 200),
        ("heldout.jsonl", 60),
        ("fresh.jsonl", 60),
        ("blind2.jsonl", 80),
        ("blind3.jsonl", 150),
        ("blind4.jsonl", 90),
        ("blind5.jsonl", 110),
        ("blind7.jsonl", 200),
        ("urgent_blind3.jsonl", 60),
        ("urgent_blind4.jsonl", 40),
        ("train10.jsonl", 400),
        ("train10b.jsonl", 400),
        ("blind8.jsonl", 200),
        ("blind9.jsonl", 200),
        ("train11.jsonl", 400),
        ("blind10.jsonl", 200),
        ("blind11.jsonl", 200),
    ],
)
def test_sets_are_large_varied_and_valid(name: str, minimum: int) -> None:
    rows = labelled(name)
    assert len(rows) >= minimum
    assert len({r["id"] for r in rows}) == len(rows)
    languages = Counter(r["language"] for r in rows)
    assert languages["es"] >= 10 and len(languages) >= 5
    assert any(r["spam"] for r in rows) and any(r["urgency"] == "emergency" for r in rows)
    assert any(r["location"] == "international" for r in rows)
    lengths = [word_count(r["text"]) for r in rows]
    assert max(lengths) > 35 and min(lengths) < 5
    for r in rows:
        assert set(r["intents"]) <= set(INTENTS), r["id"]
        assert r["relation"] in RELATIONS and r["location"] in {"us", "international", "unknown"}
        assert r["urgency"] in {"emergency", "high", "routine"}


def test_the_sets_share_no_message() -> None:
    sets = [{r["text"].lower() for r in labelled(n)} for n in SETS]
    for i, first in enumerate(sets):
        for second in sets[i + 1 :]:
            assert not first & second


def test_the_fixtures_say_they_are_synthetic() -> None:
    assert "synthetic" in (FIXTURES / "README.md").read_text(encoding="utf-8").lower()


@pytest.mark.parametrize("name", SETS)
def test_gold_routes_are_the_policy_applied_to_gold_labels(name: str) -> None:
    policy = default_policy()
    for r in labelled(name):
        if r["spam"]:
            assert r["routes"] == [], r["id"]
            continue
        known = facts(r["intents"], r["location"], r["urgency"], r["cannot_travel"])
        assert route(policy, known)[0] == r["routes"], r["id"]


@pytest.mark.parametrize("name", ["urgent_blind3.jsonl", "urgent_blind4.jsonl"])
def test_the_urgent_blind_sets_are_about_half_emergencies(name: str) -> None:
    rows = labelled(name)
    emergencies = sum(r["urgency"] == "emergency" for r in rows)
    assert 0.4 <= emergencies / len(rows) <= 0.6

"""Measured quality on the gold set: pinned floors so a regression fails (figures in docs)."""

from __future__ import annotations

from sarcnav.model.results import Verdict
from sarcnav.model.trial import Trial
from sarcnav.trials.measures import (
    build_input,
    gold_verdict,
    load_gold,
    load_profiles,
    measure,
)
from tests.trials.helpers import FIXTURES

GOLD = FIXTURES / "patients"


def test_profiles_are_synthetic_and_enough() -> None:
    today, profiles = load_profiles(GOLD / "profiles.yaml")
    assert len(profiles) >= 30
    assert len({p.id for p in profiles}) == len(profiles)
    for p in profiles:
        assert build_input(p.truth, today).case.synthetic


def test_gold_annotates_every_record(trials: dict[str, Trial]) -> None:
    _, gold = load_gold(GOLD / "gold_trials.yaml")
    assert set(gold) == set(trials)
    for nct, notes in gold.items():
        ids = {c.id for c in trials[nct].criteria}
        assert set(notes) <= ids, nct


def test_gold_language() -> None:
    _, profiles = load_profiles(GOLD / "profiles.yaml")
    groups, _ = load_gold(GOLD / "gold_trials.yaml")
    ulms = profiles[0].truth
    assert gold_verdict({"hist": {"admit": ["ulms"]}}, ulms, groups) is Verdict.MET
    assert gold_verdict({"hist": {"maybe": ["ulms"]}}, ulms, groups) is Verdict.UNKNOWN
    assert gold_verdict({"ecog_max": 0}, ulms, groups) is Verdict.NOT_MET
    assert gold_verdict({"received_any": ["anthracyclines"]}, ulms, groups) is Verdict.MET


def test_quality_floors(trials: dict[str, Trial]) -> None:
    today, profiles = load_profiles(GOLD / "profiles.yaml")
    m = measure(profiles, GOLD, list(trials.values()), today)
    assert m.pairs == len(profiles) * 33
    assert m.criterion_accuracy >= 0.93, m.errors[:20]
    assert m.precision >= 0.85
    assert m.recall >= 0.97

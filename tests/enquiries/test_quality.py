"""Regression floors on the labelled sets (the benchmark prints the full figures)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from sarcnav.enquiries import triage
from sarcnav.model.enquiry import Enquiry
from tests.enquiries.conftest import labelled


def micro_f1(rows: list[dict[str, Any]], got: list[list[str]]) -> float:
    tp = fp = fn = 0
    for row, intents in zip(rows, got, strict=True):
        gold, pred = set(row["intents"]), set(intents)
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    return 2 * tp / (2 * tp + fp + fn)


def test_dev_intent_micro_f1_stays_above_the_floor() -> None:
    rows = labelled("dev.jsonl")
    got = [triage(Enquiry(text=r["text"])).intents for r in rows]
    assert micro_f1(rows, got) >= 0.90


@pytest.mark.parametrize("name", ["dev.jsonl", "heldout.jsonl"])
def test_no_labelled_emergency_is_missed(name: str) -> None:
    for row in labelled(name):
        if row["urgency"] == "emergency":
            result = triage(Enquiry(text=row["text"]))
            assert result.routes[:1] == ["urgent_care"], row["id"]


def test_micro_f1_counts_errors() -> None:
    rows: list[dict[str, Any]] = [{"intents": ["gratitude"]}, {"intents": []}]
    assert micro_f1(rows, [["gratitude"], []]) == 1.0
    assert micro_f1(rows, [[], ["gratitude"]]) == 0.0


def test_public_names_are_exported() -> None:
    module = importlib.import_module("sarcnav.enquiries")
    for name in module.__all__:
        assert getattr(module, name) is not None
    assert {"triage", "load_policy", "DrugResolver", "IntentBackend"} <= set(module.__all__)

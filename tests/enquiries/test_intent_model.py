"""The shipped intent model: reproducible from dev, and equal to scikit-learn's own output."""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path

import pytest

from sarcnav.enquiries.intent_model import MODEL_PATH, load_model, shipped_model
from sarcnav.enquiries.text import clean, fold
from sarcnav.enquiries.train import train
from tests.enquiries.conftest import FIXTURES

DEV = FIXTURES / "dev.jsonl"


def test_the_artefact_was_trained_on_the_current_dev_set() -> None:
    provenance = shipped_model().provenance
    assert provenance["sha256"] == hashlib.sha256(DEV.read_bytes()).hexdigest(), (
        "dev.jsonl changed: retrain with python -m sarcnav.enquiries.train"
    )
    assert provenance["trained_on"] == "dev.jsonl" and "synthetic" in provenance["data"]


def test_retraining_reproduces_the_shipped_weights(tmp_path: Path) -> None:
    fresh = train(DEV)
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert fresh["vocabulary"] == shipped["vocabulary"]
    for got, want in zip(fresh["coef"], shipped["coef"], strict=True):
        assert max(abs(a - b) for a, b in zip(got, want, strict=True)) < 1e-3


@pytest.mark.parametrize(
    "text",
    [
        "Are there clinical trials for leiomyosarcoma?",
        "¿Es hereditario el sarcoma uterino? Mi madre lo tuvo.",
        "Thank you so much for everything",
        "unrelated words only zebra",
    ],
)
def test_inference_matches_scikit_learn(text: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from sarcnav.enquiries.intent_model import ngrams

    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    docs = [fold(clean(r["text"])[0]) for r in rows]
    vec = TfidfVectorizer(analyzer=ngrams, sublinear_tf=True, min_df=2, lowercase=False)
    x = vec.fit_transform(docs)
    y = [int("clinical_trials" in r["intents"]) for r in rows]
    sk = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear").fit(x, y)
    expected = sk.predict_proba(vec.transform([fold(text)]))[0][1]
    got = shipped_model().predict(fold(text))["clinical_trials"].probability
    assert math.isclose(got, expected, abs_tol=2e-3)


def test_votes_show_the_words_behind_them(tmp_path: Path) -> None:
    text = "are there clinical trials open for lms"
    trials = load_model().predict(fold(text))["clinical_trials"]
    assert trials.probability > 0.5 and trials.features
    assert all(piece.strip() in text and weight > 0 for piece, weight in trials.features)


def test_every_intent_has_a_threshold_chosen_by_cross_validation() -> None:
    from sarcnav.enquiries.train import GRID, NEVER

    model = shipped_model()
    assert set(model.thresholds) == set(model.labels)
    assert all(t in GRID or t == NEVER for t in model.thresholds.values())
    assert any(t < NEVER for t in model.thresholds.values())


def test_word_features_are_shown_without_their_prefix() -> None:
    votes = shipped_model().predict(fold("thank you so much for everything"))["gratitude"]
    assert votes.features and not any(f.startswith("w:") for f, _ in votes.features)

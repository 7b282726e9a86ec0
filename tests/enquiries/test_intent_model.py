"""The shipped intent model: reproducible from the labelled sets (blind5 to blind9, retired in
rounds 8 to 11, included; the next blind set is never read), equal to scikit-learn's own output,
and every intent it adds alone carries the words behind it."""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

import pytest

from sarcnav.enquiries import train
from sarcnav.enquiries.intent_model import MODEL_PATH, load_model, shipped_model
from sarcnav.enquiries.text import clean, fold
from sarcnav.enquiries.train import (
    GRID,
    LABELS,
    NEVER,
    SETS,
    C,
    _fit,
    _weights,
    digest,
    examples,
)
from sarcnav.enquiries.triage import triage
from sarcnav.model.enquiry import Enquiry

RETIRED = tuple(f"blind{n}.jsonl" for n in range(5, 10))


@pytest.fixture(scope="module")
def refit() -> tuple[Any, list[Any]]:
    items = examples()
    return _fit([fold(clean(e.text)[0]) for e in items], [e.intents for e in items])


def test_the_artefact_records_a_digest_of_its_training_files() -> None:
    provenance = shipped_model().provenance
    assert provenance["sha256"] == digest(), (
        "a labelled set or golden case changed: retrain with python -m sarcnav.enquiries.train"
    )
    assert "synthetic" in provenance["data"]


def test_the_retired_blind_set_is_trained_on_and_no_later_one() -> None:
    provenance = shipped_model().provenance
    assert all(name in SETS and name in provenance["trained_on"] for name in RETIRED)
    assert {e.group for e in examples()} == {*SETS, "golden"}


def test_retraining_reproduces_the_shipped_weights(refit: tuple[Any, list[Any]]) -> None:
    fresh = _weights(*refit)
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
def test_inference_matches_scikit_learn(text: str, refit: tuple[Any, list[Any]]) -> None:
    vectorizer, models = refit
    j = LABELS.index("clinical_trials")
    expected = models[j].predict_proba(vectorizer.transform([fold(text)]))[0][1]
    got = shipped_model().predict(fold(text))["clinical_trials"].probability
    assert math.isclose(got, expected, abs_tol=2e-3)
    assert C == models[j].C


def test_votes_show_the_words_behind_them() -> None:
    text = "are there clinical trials open for lms"
    model = load_model()
    trials = model.predict(fold(text))["clinical_trials"]
    assert trials.probability > 0.5 and trials.features
    assert all(piece.strip() in text and weight > 0 for piece, weight in trials.features)
    words = model.words(fold(text), "clinical_trials")
    assert words and all(text[w.start : w.end] == w.text and w.weight > 0 for w in words)


def test_every_intent_has_a_threshold_chosen_by_cross_validation() -> None:
    model = shipped_model()
    assert set(model.thresholds) == set(model.labels)
    assert all(t in GRID or t == NEVER for t in model.thresholds.values())
    assert any(t < NEVER for t in model.thresholds.values())
    assert model.fallback in GRID


# Written for these tests (synthetic): no cue row fires, the model's best guess is below its
# threshold for that intent but reaches the fallback.
FALLBACK_TEXT = "Quanto tempo dura di solito una seduta di infusione da voi?"


def test_a_message_without_any_intent_gets_the_models_most_likely_one() -> None:
    model = shipped_model()
    votes = model.predict(fold(FALLBACK_TEXT))
    best = max(votes, key=lambda label: votes[label].probability)
    assert model.fallback <= votes[best].probability < model.thresholds[best]
    result = triage(Enquiry(text=FALLBACK_TEXT))
    assert result.intents == [best] == ["general_information"]
    (explained,) = result.explanations.intents
    assert not explained.cues and "fallback" in explained.detail
    shown = explained.detail.split("words ", 1)[1].split(", ")
    assert shown and all(w in fold(FALLBACK_TEXT) for w in shown)
    assert result.routes == ["specialist_answer"]


# Off-topic small talk is not listed: with the fallback chosen in round 11 (0.45, leave one set
# out) "The weather was nice at the beach" gets general_information at 0.48 (a documented limit).
@pytest.mark.parametrize("text", ["asdfgh qwerty zxcvb uiop hjkl", "1234 5678 90 ---- ++++ ####"])
def test_no_fallback_below_its_probability(text: str) -> None:
    model = shipped_model()
    votes = model.predict(fold(text))
    assert max(v.probability for v in votes.values()) < model.fallback
    assert triage(Enquiry(text=text)).intents == []


@pytest.mark.parametrize("text", ["Hello there.", "ok", "Hi, quick question", ""])
def test_no_fallback_in_a_message_of_under_five_words(text: str) -> None:
    model = shipped_model()
    # no vote of the model alone (round 11: it votes gratitude on "quick question"), only fallback
    silent = dict.fromkeys(model.thresholds, NEVER)
    eager = dataclasses.replace(model, fallback=0.0, thresholds=silent)
    assert triage(Enquiry(text=text), model=eager).intents == []
    longer = triage(Enquiry(text=f"{text} the weather was nice at the beach"), model=eager)
    assert len(longer.intents) == 1 and "fallback" in longer.explanations.intents[0].detail


def test_the_fallback_never_overrides_a_found_intent() -> None:
    text = "Thank you so much for everything, combien de temps dure une séance ?"
    result = triage(Enquiry(text=text))
    assert "gratitude" in result.intents
    assert not any("fallback" in e.detail for e in result.explanations.intents)


def test_word_features_are_shown_without_their_prefix() -> None:
    votes = shipped_model().predict(fold("thank you so much for everything"))["gratitude"]
    assert votes.features and not any(f.startswith("w:") for f, _ in votes.features)


# Written for these tests (synthetic, not copied from any labelled set).
WORDINGS = [
    ("Is there any study recruiting women with uterine LMS that has come back?", "clinical_trials"),
    ("Are there any experimental protocols open for patients like my wife?", "clinical_trials"),
    (
        "Gibt es Studien für Leiomyosarkom, an denen meine Mutter teilnehmen kann?",
        "clinical_trials",
    ),
    ("Quisiera que otro especialista revise mi caso antes de la operación.", "second_opinion"),
    (
        "Would your doctors be willing to give a second look at my records from another hospital?",
        "second_opinion",
    ),
    ("Merci infiniment à toute l'équipe pour votre gentillesse.", "gratitude"),
    ("We are grateful to every nurse on the ward, you made a hard month bearable.", "gratitude"),
    ("Is uterine sarcoma something my daughters could inherit from me?", "hereditary_risk"),
    (
        "Ho tanta paura e non riesco a dormire da quando ho saputo della diagnosi.",
        "emotional_support",
    ),
]


@pytest.mark.parametrize(("text", "intent"), WORDINGS)
def test_new_wordings_find_their_intent_with_evidence(text: str, intent: str) -> None:
    result = triage(Enquiry(text=text))
    assert intent in result.intents
    explained = {e.label: e for e in result.explanations.intents}[intent]
    assert explained.cues or (explained.model is not None and explained.model.features)


@pytest.mark.parametrize("text", [text for text, _ in WORDINGS])
def test_an_intent_the_model_adds_alone_names_its_words(text: str) -> None:
    for explained in triage(Enquiry(text=text)).explanations.intents:
        if not explained.cues and "weak cue" not in explained.detail:
            assert explained.model is not None and explained.model.features
            assert "intent model p=" in explained.detail and "words " in explained.detail
            shown = explained.detail.split("words ", 1)[1].split(", ")
            assert shown and all(w.casefold() in fold(text) for w in shown)


def test_the_model_adds_an_intent_without_a_cue_row() -> None:
    text = "Quisiera que otro especialista revise mi caso antes de la operación."
    explained = {e.label: e for e in triage(Enquiry(text=text)).explanations.intents}
    second = explained["second_opinion"]
    assert not second.cues and second.model is not None
    assert second.model.probability >= shipped_model().thresholds["second_opinion"]
    assert "revise" in second.detail


def test_a_cue_dropped_by_its_exclusion_is_not_added_back_by_the_model() -> None:
    text = "Thanks for your time, I appreciate any help you can give with my mother's scans"
    assert (
        shipped_model().predict(fold(text))["gratitude"].probability
        >= (shipped_model().thresholds["gratitude"])
    )
    result = triage(Enquiry(text=text))
    assert "gratitude" not in result.intents


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        # (micro-F1, route precision) per candidate, strictest first: the better F1 wins when it
        # costs at most ROUTE_SLACK of route precision...
        ({0.95: (0.80, 0.910), 0.9: (0.82, 0.909)}, 0.9),
        # ...not when it costs more...
        ({0.95: (0.80, 0.910), 0.9: (0.82, 0.900)}, 0.95),
        # ...and on equal F1 (to three decimals) the stricter one stays.
        ({0.95: (0.8201, 0.910), 0.9: (0.8204, 0.915)}, 0.95),
    ],
)
def test_the_precision_of_the_models_own_votes_is_chosen_leave_one_set_out(
    monkeypatch: pytest.MonkeyPatch, scores: dict[float, tuple[float, float]], expected: float
) -> None:
    """choose_precision on stubbed leave-one-set-out figures (the real ones take minutes)."""
    monkeypatch.setattr(train, "choose_alone", lambda items, oos, precision: [precision])
    monkeypatch.setattr(train, "_model", lambda weights, chosen: chosen[0])
    monkeypatch.setattr(
        train,
        "evaluate",
        lambda items, models: {"ALL": (0.0, 0.0, *scores[models["g"]], 0.0)},
    )
    items = [train.Example("g", "text", frozenset(), None)]
    oos = train.OutOfSet([], [], {"g": {}})
    assert train.choose_precision(items, oos) == expected

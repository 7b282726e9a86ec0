"""The learned urgency backstop: reproducible, explained, and right on plain cases (synthetic)."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sarcnav.enquiries import triage
from sarcnav.enquiries.text import clean, fold
from sarcnav.enquiries.train_urgency import GRID, SETS, choose, digest, examples, weights
from sarcnav.enquiries.triage import MODEL_RULE
from sarcnav.enquiries.urgency_model import (
    URGENCY_MODEL_PATH,
    UrgencyModel,
    shipped_urgency_model,
)
from sarcnav.model.enquiry import Enquiry, EnquiryResult


def test_the_artefact_was_trained_on_the_current_data_with_the_retired_blind_set() -> None:
    provenance = shipped_urgency_model().provenance
    assert provenance["sha256"] == digest(), (
        "training data changed: retrain with python -m sarcnav.enquiries.train_urgency"
    )
    for retired in (f"blind{n}.jsonl" for n in range(5, 10)):
        assert retired in SETS and retired in provenance["trained_on"]
    assert "synthetic" in provenance["data"]


def test_retraining_reproduces_the_shipped_weights() -> None:
    fresh = weights(examples())
    shipped = json.loads(URGENCY_MODEL_PATH.read_text(encoding="utf-8"))
    assert fresh["vocabulary"] == shipped["vocabulary"]
    assert max(abs(a - b) for a, b in zip(fresh["coef"], shipped["coef"], strict=True)) < 1e-3
    assert shipped["threshold"] in GRID


@pytest.mark.parametrize("text", ["my mother is bleeding heavily", "gracias por todo", "zebra"])
def test_inference_matches_scikit_learn(text: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from sarcnav.enquiries.intent_model import ngrams
    from sarcnav.enquiries.train_urgency import C

    items = examples()
    docs = [fold(clean(e.text)[0]) for e in items]
    vec = TfidfVectorizer(analyzer=ngrams, sublinear_tf=True, min_df=2, lowercase=False)
    x = vec.fit_transform(docs)
    sk = LogisticRegression(C=C, class_weight="balanced", solver="liblinear")
    sk.fit(x, [int(e.emergency) for e in items])
    expected = sk.predict_proba(vec.transform([fold(text)]))[0][1]
    assert math.isclose(shipped_urgency_model().probability(fold(text)), expected, abs_tol=2e-3)


# Written for these tests in wordings of their own (synthetic, none copied from a labelled set).
EMERGENCIES = [
    "My wife has been bleeding so much tonight that she is white as a sheet.",
    "He can hardly breathe and his lips look blue, what do we do?",
    "Ella se desmayó en el baño hace un rato y no reacciona bien.",
    "Ma mère a une douleur terrible dans la poitrine depuis une heure.",
    "Meine Schwester sagt, sie will nicht mehr leben und hat Tabletten gesammelt.",
    "Minha mãe está com febre de 39 graus durante a quimioterapia.",
]
LOOK_ALIKES = [
    "Thank you for the kind letter about my mother's trial.",
    "Is there a clinical trial for leiomyosarcoma in Spain?",
    "¿Cuánto tarda en llegar el informe de patología?",
    "Quels sont vos horaires d'ouverture le samedi ?",
    "Ich hätte gern eine Zweitmeinung zu meinem Befund.",
    "Three years ago she bled a lot after surgery; now she is well. Any news on trials?",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_plain_emergencies_reach_the_threshold(text: str) -> None:
    model = shipped_urgency_model()
    assert model.probability(fold(text)) >= model.threshold
    result = triage(Enquiry(text=text))
    assert result.urgency == "emergency" and result.routes[0] == "urgent_care"


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_non_urgent(text: str) -> None:
    assert triage(Enquiry(text=text)).urgency != "emergency"


def _eager() -> UrgencyModel:
    """The shipped model with threshold 0: it raises wherever it has words to show."""
    return dataclasses.replace(shipped_urgency_model(), threshold=0.0)


def _model_raised(result: EnquiryResult) -> bool:
    return (
        result.urgency == "emergency"
        and result.explanations.urgency is not None
        and (result.explanations.urgency.model is not None)
    )


def test_a_model_raised_emergency_is_explained_and_routed_first() -> None:
    text = "my aunt keeps going grey and odd this evening, we are frightened"
    result = triage(Enquiry(text=text), urgency_model=_eager())
    assert _model_raised(result)
    (reason,) = [r for r in result.reasons if r.rule_id == MODEL_RULE]
    assert reason.criterion.startswith("possible emergency (learned model, p=")
    assert reason.evidence and all(text[e.start : e.end] == e.text for e in reason.evidence)
    assert result.routes[0] == "urgent_care" and MODEL_RULE in result.trace
    assert any(r.code == "EMERGENCY" for r in result.review_reasons)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_every_model_raised_emergency_carries_evidence_words(text: str) -> None:
    result = triage(Enquiry(text=text), urgency_model=_eager())
    reasons = [r for r in result.reasons if r.rule_id == MODEL_RULE]
    if _model_raised(result):
        assert len(reasons) == 1 and reasons[0].evidence
        assert all(e.text and e.text in result_text(text) for e in reasons[0].evidence)
        assert result.routes[0] == "urgent_care"
    else:
        assert not reasons


def result_text(text: str) -> str:
    return clean(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "No fever, no bleeding, just tired after chemo.",
        "She fainted last summer during her third cycle; is a port safer?",
    ],
)
def test_the_model_does_not_override_a_guard_of_the_rules(text: str) -> None:
    result = triage(Enquiry(text=text), urgency_model=_eager())
    assert result.urgency != "emergency"
    assert result.explanations.urgency is not None
    assert "held back" in result.explanations.urgency.detail


def test_rule_emergencies_keep_their_own_reasons() -> None:
    result = triage(Enquiry(text="She has chest pain right now"), urgency_model=_eager())
    assert result.urgency == "emergency"
    assert result.reasons[0].rule_id != MODEL_RULE
    assert not any(r.rule_id == MODEL_RULE for r in result.reasons)


@pytest.mark.parametrize(
    ("emergencies", "alarms", "expected"),
    [
        # Both caught up to 0.6, one look-alike flagged below 0.45: recall first, then the fewest
        # alarms, gives the highest threshold that still catches both.
        ([0.62, 0.7], [0.44], 0.6),
        # One emergency only caught at 0.3: catching it is worth the one alarm it brings.
        ([0.31, 0.9], [0.35], 0.3),
        # Three alarms at 0.3 are over the budget (5% of 38 look-alikes): the one emergency
        # caught within it sets the threshold, as high as it still catches it.
        ([0.31, 0.9], [0.32, 0.33, 0.34], 0.9),
        # The model catches nothing: the highest candidate, which adds no alarm.
        ([0.0, 0.0], [0.95], 0.9),
    ],
)
def test_threshold_is_recall_first_then_fewest_alarms(
    emergencies: list[float], alarms: list[float], expected: float
) -> None:
    probabilities = emergencies + alarms + [0.05] * (38 - len(alarms))
    gold = [True] * len(emergencies) + [False] * 38
    neutral = [False] * len(gold)
    assert choose(gold, neutral, neutral, probabilities) == expected

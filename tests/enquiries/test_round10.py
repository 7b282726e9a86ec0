"""Round 10: the intent model vetoes a cue row's intent it gives a very low probability, only in
the languages it learned from many messages and never so that a message is left without an intent.

Synthetic messages written for these tests (none taken from a labelled set). The veto values are
set here around the model's own probabilities, so the tests check the mechanism whatever the
shipped value is.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from sarcnav.enquiries import train, triage
from sarcnav.enquiries.intent_model import IntentModel, shipped_model
from sarcnav.enquiries.text import clean, fold
from sarcnav.model.enquiry import Enquiry, EnquiryResult


def _with_veto(veto: float, languages: frozenset[str] | None = None) -> IntentModel:
    model = shipped_model()
    return dataclasses.replace(
        model, veto=veto, veto_languages=model.veto_languages if languages is None else languages
    )


def _cue_intents(text: str, result: EnquiryResult) -> dict[str, float]:
    """Intent → model probability, for the intents a cue row named."""
    votes = shipped_model().predict(fold(clean(text)[0]))
    return {e.label: votes[e.label].probability for e in result.explanations.intents if e.cues}


def _triage(text: str, model: IntentModel) -> EnquiryResult:
    return triage(Enquiry(text=text), model=model)


TWO_CUES = [
    "My genetic test came back with a TP53 variant. Could that explain my sarcoma, and should my "
    "brother be tested?",
    "Does a second opinion visit cost extra without insurance, and do you need a referral letter?",
    "My daughter wants to know if she should be tested for a gene, and whether I need more chemo.",
]


@pytest.mark.parametrize("text", TWO_CUES)
def test_a_cue_rows_intent_below_the_veto_is_dropped_beside_another(text: str) -> None:
    plain = _triage(text, _with_veto(0.0))
    cued = _cue_intents(text, plain)
    assert len(cued) >= 2 and len(set(cued.values())) >= 2, cued
    low, high = min(cued, key=cued.__getitem__), max(cued, key=cued.__getitem__)
    assert cued[low] < shipped_model().thresholds[low]  # else the model names it on its own
    veto = (cued[low] + cued[high]) / 2
    vetoed = _triage(text, _with_veto(veto, frozenset({plain.language})))
    assert low in plain.intents and low not in vetoed.intents
    assert high in vetoed.intents
    assert set(vetoed.intents) < set(plain.intents)


@pytest.mark.parametrize(
    "text",
    [
        "Are there any clinical trials for uterine leiomyosarcoma near Denver?",
        "What are the side effects of trabectedin?",
        "Thank you all for looking after my mum so kindly.",
    ],
)
def test_the_veto_never_leaves_a_message_without_an_intent(text: str) -> None:
    plain = _triage(text, _with_veto(0.0))
    assert plain.intents
    assert _triage(text, _with_veto(1.0, frozenset({plain.language}))).intents == plain.intents


@pytest.mark.parametrize(
    "text",
    [
        "Czy są badania kliniczne dla mięsaka macicy? Jakie są skutki uboczne trabektedyny?",
        "我妈妈的子宫肉瘤复发了，有临床试验吗？化疗有什么副作用？",
    ],
)
def test_no_veto_in_a_language_the_model_learned_from_few_messages(text: str) -> None:
    plain = _triage(text, _with_veto(0.0))
    assert plain.intents
    # round 11: Polish and Chinese now have 50 training messages; the rule is checked with a
    # language list without them (the shipped list follows the counts, tested below)
    others = shipped_model().veto_languages - {plain.language}
    assert _triage(text, _with_veto(1.0, others)).intents == plain.intents


def test_the_veto_languages_are_those_of_many_training_messages() -> None:
    model = shipped_model()
    assert model.veto_languages == frozenset(train.veto_languages())
    assert {"en", "es"} <= model.veto_languages
    counts = Counter(row["language"] for _, row in train.labelled_rows())
    assert {lang for lang, n in counts.items() if n < train.VETO_MESSAGES}  # some stay out
    assert all(counts[lang] >= train.VETO_MESSAGES for lang in model.veto_languages)
    assert 0.0 <= model.veto in train.VETOES

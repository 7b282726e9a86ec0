"""Round 8 relation families: a mother or spouse named without "my" as the subject of a sentence,
and writers introducing themselves as the patient's spouse or neighbour (synthetic wordings written
for these tests, none copied from a labelled set)."""

from __future__ import annotations

import pytest

from sarcnav.enquiries import triage
from sarcnav.model.enquiry import Enquiry


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Mum's been very tired since the second cycle, is that expected?", "child"),
        ("Mom has her scan on Friday and we are all nervous.", "child"),
        ("Mamá tiene dolor de espalda desde la cirugía, ¿es normal?", "child"),
        ("Mutti hat morgen die nächste Infusion.", "child"),
        ("Wife's oncologist wants to switch her to pazopanib.", "spouse"),
        ("Husband here. Wife is on trabectedin and can barely eat.", "spouse"),
        ("Soy la esposa de Raúl, a él le diagnosticaron un sarcoma.", "spouse"),
        ("Je suis le mari de Claire, elle commence la chimio lundi.", "spouse"),
        ("I'm her neighbour, she asked me to write because her eyes are bad.", "friend"),
    ],
)
def test_relation_families(text: str, relation: str) -> None:
    result = triage(Enquiry(text=text))
    assert result.relation == relation
    assert result.explanations.relation.cues


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Her mum is in hospital again and I don't know how to help my daughter.", "parent"),
        ("His wife is doing better now, says my sister, but she is worn out.", "sibling"),
    ],
)
def test_a_mother_or_spouse_after_her_or_his_is_not_the_patients(text: str, relation: str) -> None:
    assert triage(Enquiry(text=text)).relation == relation


@pytest.mark.parametrize(
    "text",
    [
        "Docetaxel, dacarbazine, eribulin, pazopanib. All over. Next?",
        "Gemzar, taxotere, yondelis, votrient, halaven. What is left?",
        "she had dacarbazine, trabectedine and gemcitabine, what now",
    ],
)
def test_drug_names_do_not_decide_the_language(text: str) -> None:
    from sarcnav.enquiries.language import detect

    result = triage(Enquiry(text=text))
    assert result.language == "en"
    spans = [(s.start, s.end) for s in result.entities if s.kind == "drug"]
    assert spans and detect(text)[0] != "en"


@pytest.mark.parametrize(
    "text",
    [
        "We offer professional transcription services at competitive rates, free quote on request.",
        "Ofrecemos servicios de marketing para clínicas con precios competitivos y presupuesto "
        "sin compromiso.",
        "Wir bieten Übersetzungen zu wettbewerbsfähigen Preisen, kostenloses Angebot!",
    ],
)
def test_business_offers_are_spam(text: str) -> None:
    result = triage(Enquiry(text=text))
    assert result.spam and result.intents == [] and result.routes == []


def test_a_question_about_prices_is_not_spam() -> None:
    text = "My mother wants to know the prices of a consultation, are they competitive with others?"
    assert not triage(Enquiry(text=text)).spam

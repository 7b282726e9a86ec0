"""Drafts: composed from the policy only, in the writer's language, never advice or a diagnosis."""

from __future__ import annotations

import re

import pytest

from sarcnav.enquiries import triage
from sarcnav.enquiries.drafting import compose, signer
from sarcnav.enquiries.policy import default_policy
from sarcnav.model.enquiry import Enquiry

# Phrases that would recommend a treatment or state a diagnosis (en, es).
FORBIDDEN = [
    r"\byou should (take|start|have|get)\b",
    r"\bwe recommend\b",
    r"\bthe best (treatment|chemo)",
    r"\byou have (cancer|sarcoma|leiomyosarcoma)",
    r"\byour diagnosis is\b",
    r"\bit is (benign|malignant|cancer)\b",
    r"\ble recomendamos\b",
    r"\bdebe (tomar|empezar|operarse)\b",
    r"\busted tiene (cancer|cáncer|sarcoma)",
]


def all_template_texts() -> list[tuple[str, str, str]]:
    return [(t.id, lang, text) for t in default_policy().templates for lang, text in t.text.items()]


@pytest.mark.parametrize(("template_id", "lang", "text"), all_template_texts())
def test_no_template_recommends_a_treatment_or_diagnoses(
    template_id: str, lang: str, text: str
) -> None:
    for pattern in FORBIDDEN:
        assert not re.search(pattern, text, re.IGNORECASE), (template_id, lang, pattern)


def test_forbidden_phrases_are_caught() -> None:
    assert any(re.search(p, "We recommend doxorubicin", re.IGNORECASE) for p in FORBIDDEN)


def test_draft_follows_the_routes_in_order_with_greeting_and_signoff() -> None:
    policy = default_policy()
    draft = compose(policy, ["urgent_care", "trial_search"], "en", "Ana")
    parts = draft.split("\n\n")
    assert parts[0] == "Dear Ana,"
    assert "911" in parts[1] and "988" in parts[1]
    assert "https://example.org/clinical-trials" in parts[2]
    assert parts[-1].endswith("Example Uterine Sarcoma Center")


def test_no_routes_gives_the_fallback_paragraph() -> None:
    draft = compose(default_policy(), [], "es", None)
    assert draft.startswith("Hola:") and "¿Podría contarnos un poco más" in draft


def test_emergency_draft_puts_urgent_care_first_in_spanish() -> None:
    result = triage(
        Enquiry(text="Tengo dolor de pecho y me falta el aire. ¿Es normal con la quimio?")
    )
    assert result.routes[0] == "urgent_care"
    assert result.draft_language == "es"
    assert result.draft.split("\n\n")[1].startswith("Lo que describe puede necesitar atención")


def test_draft_never_quotes_the_message() -> None:
    secret = "Zanzibar-42 regimen"
    result = triage(Enquiry(text=f"Should I take the {secret}? My oncologist suggested it."))
    assert secret not in result.draft
    assert "no_individual_advice" in result.routes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is LMS hereditary? Thank you, Hannah", "Hannah"),
        ("Please help.\n\nKind regards,\nSiobhan O'Neill", "Siobhan O'Neill"),
        ("¿Es hereditario? Saludos, Lucía", "Lucía"),
        ("Hi, this is Anika from Johannesburg.", "Anika"),
        ("Question about trials -- Pat", "Pat"),
        ("Is LMS hereditary? Thanks!", None),
        ("Thank you, the family", None),
        ("My mom has LMS. Thanks, 1234", None),
    ],
)
def test_signer(text: str, name: str | None) -> None:
    assert signer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Thank you all so much, eight years cancer free today!",
        "¿Qué quimioterapia es la mejor para el leiomiosarcoma?",
        "Is leiomyosarcoma hereditary? My mother had it.",
        "she is so weak and pale since the morning and the pads are full again",
    ],
)
def test_every_draft_ends_with_the_emergency_line(text: str) -> None:
    """Triage can miss an emergency in unseen wording, so every draft names the emergency number."""
    emergency = default_policy().centre.phones["emergency"]
    draft = triage(Enquiry(text=text)).draft
    tail = draft[-400:]
    assert f" {emergency} " in tail, draft

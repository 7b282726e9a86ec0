"""Round 9: a patient who cannot travel, in several languages, gets the nearby-centres route
(synthetic wordings written for these tests, none copied from a labelled set)."""

from __future__ import annotations

import pytest

from sarcnav.enquiries import triage
from sarcnav.model.enquiry import Enquiry


@pytest.mark.parametrize(
    "text",
    [
        "My aunt is too frail for an eight hour flight. Is there a sarcoma doctor in Oregon?",
        "Dad is bedridden since the last cycle, so who could see him around Tulsa?",
        "Long car rides are out of the question for her now. Any specialist in Maine?",
        "We can't afford the airfare to Texas. Do you know a sarcoma team in Ohio?",
        "Mi madre ya no puede viajar. ¿Hay algún especialista en Mendoza?",
        "Ma sœur ne peut plus se déplacer. Connaissez-vous une équipe à Lille ?",
        "Meine Mutter kann nicht mehr reisen. Gibt es ein Sarkomzentrum in Bremen?",
        "Mio padre non può più viaggiare, c'è un centro a Bari?",
        "Minha irmã não consegue mais viajar. Há algum especialista em Fortaleza?",
        "Babcia nie da rady przyjechać. Czy jest specjalista w Gdańsku?",
    ],
)
def test_cannot_travel_families_route_to_nearby_centres(text: str) -> None:
    result = triage(Enquiry(text=text))
    assert "nearby_centers" in result.routes
    assert result.explanations.cannot_travel


@pytest.mark.parametrize(
    "text",
    [
        "We can travel anywhere for a second opinion, just tell us the date.",
        "She flew in from Denver last week for her scan, thank you all.",
        "Is the trip to your clinic covered by insurance?",
    ],
)
def test_travel_words_alone_do_not_mean_cannot_travel(text: str) -> None:
    assert "nearby_centers" not in triage(Enquiry(text=text)).routes


@pytest.mark.parametrize(
    "text",
    [
        "I would be grateful for your board's view on a 52-year-old with recurrent LMS.",
        "We would appreciate a pathology consultation; how do we ship the blocks?",
        "Le agradecería que revisaran el informe de mi hermana.",
    ],
)
def test_polite_request_formulas_are_not_thanks(text: str) -> None:
    result = triage(Enquiry(text=text))
    assert "gratitude" not in result.intents
    assert "acknowledge" not in result.routes


@pytest.mark.parametrize(
    "text",
    [
        "So grateful to the nurses on the ward, you made a hard week bearable.",
        "We appreciate everything your team did for Mum.",
    ],
)
def test_thanks_still_count(text: str) -> None:
    assert "gratitude" in triage(Enquiry(text=text)).intents


@pytest.mark.parametrize(
    "text",
    [
        "Dad's temperature is 38.9 after chemo, is it okay to wait until morning?",
        "Please kindly advise us on the process to send my sister's slides from Accra.",
    ],
)
def test_waiting_and_paperwork_questions_are_not_treatment_questions(text: str) -> None:
    assert "treatment_question" not in triage(Enquiry(text=text)).intents


def test_a_treatment_choice_still_is() -> None:
    text = "Is it safe to skip the last cycle of chemo, or should she take it?"
    assert "treatment_question" in triage(Enquiry(text=text)).intents

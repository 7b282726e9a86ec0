"""Round-5 phrasing families (fixed from blind4's misses), each in new wordings and languages, with
near-miss guards. Synthetic one-line histories."""

from __future__ import annotations

import pytest

from sarcnav.therapy import parse_history


def _agents(text: str) -> list[list[str]]:
    return [line.agents for line in parse_history(text).lines]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # only talked about, planned, due to start: no line
        (
            "AIM x5. The oncologist discussed trabectedin at the last visit",
            [["doxorubicin", "ifosfamide"]],
        ),
        ("Gemcitabine/docetaxel x4; Dr Osei mentioned pazopanib", [["gemcitabine", "docetaxel"]]),
        ("Eribulin x3, scheduled to start dacarbazine next week", [["eribulin"]]),
        ("doxorubicin x6, will start pazopanib after the scan", [["doxorubicin"]]),
        ("Trabectedina 6 ciclos. Quieren darle eribulina", [["trabectedin"]]),
        ("Doxorrubicina x6; aguarda liberação do pazopanibe", [["doxorubicin"]]),
        ("Le médecin a parlé de trabectédine", []),
        ("Systemic therapy: nil; referred for consideration of chemotherapy", []),
        # a plan written as a label, or a drug kept for a later progression
        ("Doxorubicin x6. Next step: pazopanib", [["doxorubicin"]]),
        ("Nächster Schritt: Eribulin", []),
        ("Plan: eribulin if progression", []),
        ("Gemcitabin/Docetaxel x4, Trabectedin bei Progress", [["gemcitabine", "docetaxel"]]),
        ("Dacarbazine x4; ifosfamide in case of relapse", [["dacarbazine"]]),
        # refused (several words before the drug), said no, denied, omitted
        ("Ha rifiutato la proposta di eribulina; pazopanib dal 2022", [["pazopanib"]]),
        ("She was offered eribulin but said no", []),
        ("Le propusieron pazopanib pero dijo que no", []),
        ("Pazopanib was denied by the insurer; she takes eribulin", [["eribulin"]]),
        ("carboplatin alone (paclitaxel omitted because of allergy)", [["carboplatin"]]),
        # "chemotherapy: none" and a Portuguese or Italian "not" make no line
        ("Chemotherapy: none. Letrozole since 2021", [["letrozole"]]),
        ("Quimioterapia: ninguna", []),
        ("Não recebeu quimioterapia. Letrozol desde 2020", [["letrozole"]]),
        # guards: the negation is about the result, or a plan was carried out
        ("Chemotherapy: no response to doxorubicin x4", [["doxorubicin"]]),
        ("she did not respond to doxorubicin x4", [["doxorubicin"]]),
        ("sin respuesta a eribulina, luego pazopanib", [["eribulin"], ["pazopanib"]]),
        ("never tolerated doxorubicin well, 3 cycles", [["doxorubicin"]]),
        ("Doxorubicin x6 as planned, then trabectedin", [["doxorubicin"], ["trabectedin"]]),
        ("Pazopanib since 2022, well tolerated, no progression", [["pazopanib"]]),
        ("She discussed side effects, then received eribulin x4", [["eribulin"]]),
        ("Chemo no longer working", [[]]),
        ("she did not get eribulin", []),
    ],
)
def test_talked_about_planned_refused_and_none(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # nouns of German and other languages, weekdays, co-medications are no line
        ("Eribulin x4, anschließend Beobachtung", [["eribulin"]]),
        ("Trabectedin 2021. 2022 Lungenmetastasen, Operation", [["trabectedin"]]),
        ("Dacarbazine x5, then review on Monday", [["dacarbazine"]]),
        ("Pazopanib; she also uses Nexium and Tylenol", [["pazopanib"]]),
        # guards: an unknown brand with a treatment cue still makes a line of its own
        ("AIM x6, then Keytruda", [["doxorubicin", "ifosfamide"], []]),
        ("doxorubicin x4, then Opdivo x4", [["doxorubicin"], []]),
        ("eribulin 2020, Tecentriq 4 cycles", [["eribulin"], []]),
    ],
)
def test_capitalised_words_need_a_treatment_cue(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


def test_a_word_after_an_opening_question_mark_is_sentence_initial() -> None:
    assert parse_history("¿Ustedes ofrecen ensayos?").unknown == []
    assert [u.text for u in parse_history("Pazopanib; she also uses Nexium").unknown] == ["Nexium"]

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


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # words before "after": the drugs right after it came first, what follows them next
        (
            "Her BRCA result came back, and after the dacarbazine x4 she was given olaparib",
            [["dacarbazine"], ["olaparib"]],
        ),
        (
            "Tras el AIM le dieron pazopanib y después eribulina",
            [["doxorubicin", "ifosfamide"], ["pazopanib"], ["eribulin"]],
        ),
        # a trial before "after (failure of) ...": its own line, after the drugs, before "then"
        (
            "In a trial of ABC-123 for 8 months after failure of second-line trabectedin; "
            "then dacarbazine",
            [["trabectedin"], [], ["dacarbazine"]],
        ),
        ("Enrolled in study ABC-123 for a year after progressing on eribulin", [["eribulin"], []]),
        # a drug after "after" that the line just read holds is a remark on it
        (
            "Eribulin x4, then pazopanib after progression on eribulin",
            [["eribulin"], ["pazopanib"]],
        ),
        # guard: a new drug after "after" is still a line of its own
        (
            "Doxorubicin x6. Then pazopanib after progression on eribulin",
            [["doxorubicin"], ["eribulin"], ["pazopanib"]],
        ),
    ],
)
def test_after_with_words_before_it(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "3rd line: eribulin; 1st line: AIM x6; 2nd line: gem/doc",
            [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"], ["eribulin"]],
        ),
        ("Zweitlinie Trabectedin, Erstlinie Doxorubicin", [["doxorubicin"], ["trabectedin"]]),
        ("2L: pazopanib; 1L: doxorubicin", [["doxorubicin"], ["pazopanib"]]),
        ("Seconda linea eribulina; prima linea doxorubicina", [["doxorubicin"], ["eribulin"]]),
        ("2ª línea: DTIC x 4; 1ª línea: gemcitabina", [["gemcitabine"], ["dacarbazine"]]),
        # guards: lines in order stay, a count of lines is no heading
        ("1re ligne : doxorubicine ; 2e ligne : trabectédine", [["doxorubicin"], ["trabectedin"]]),
        ("she had doxorubicin x6, then two lines of trials", [["doxorubicin"]]),
    ],
)
def test_ordinal_headings_order_the_lines(text: str, agents: list[list[str]]) -> None:
    assert _agents(text) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Doxifos x6 then Gemtax", [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"]]),
        ("gemdoce 4 ciclos", [["gemcitabine", "docetaxel"]]),
        ("docgem x3", [["gemcitabine", "docetaxel"]]),
        # guards: no catalogue combination, or an ordinary word
        ("gemtrab x3", []),
        ("Gemma came with her daughter", []),
    ],
)
def test_two_names_glued_into_one_word_read_as_their_combination(
    text: str, agents: list[list[str]]
) -> None:
    assert _agents(text) == agents


def test_a_glued_name_asks_for_review() -> None:
    history = parse_history("GEMDOC x6")
    assert [m.kind for m in history.lines[0].evidence] == ["joined"]
    assert any("GEMDOC" in r and "one word" in r for r in history.review_reasons)

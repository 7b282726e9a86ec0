"""History parsing against hand-written synthetic histories with gold lines."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sarcnav.therapy import parse_history
from sarcnav.therapy.catalogue import catalogue
from sarcnav.therapy.sequence import chronological
from tests.therapy.fixtures_data import HELD_OUT, HISTORIES, LIMITS, ROUND3

GOLD = HISTORIES + HELD_OUT + LIMITS + ROUND3


def test_at_least_forty_histories() -> None:
    assert len(HISTORIES) >= 40


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c["limit"]))
        if "limit" in c
        else c
        for c in GOLD
    ],
    ids=[c["id"] for c in GOLD],
)
def test_gold_lines(case: dict[str, Any]) -> None:
    history = parse_history(case["text"])
    got = [sorted(line.agents) for line in history.lines]
    assert got == [sorted(g["agents"]) for g in case["lines"]], case["id"]
    for gold, line in zip(case["lines"], history.lines, strict=True):
        for key, value in gold.items():
            if key != "agents":
                shown = getattr(line, key)
                assert (str(shown) if key in ("start", "end") else shown) == (
                    str(value) if key in ("start", "end") else value
                ), f"{case['id']} line {line.line} {key}"
        assert line.current is gold.get("current", False), f"{case['id']} line {line.line}"
    found = {u.text for u in history.unknown}
    assert set(case.get("unknown", [])) <= found, case["id"]


def test_evidence_spans_point_at_the_words() -> None:
    text = "chemo MIA, halaven with DTIC, Votrient and now on Yondelis"
    history = parse_history(text)
    for line in history.lines:
        assert line.evidence
        for mention in line.evidence:
            assert text[mention.start : mention.end] == mention.text
    assert [m.matched_name for m in history.lines[0].evidence] == ["MIA"]
    assert history.needs_review  # MIA is not a verified label


def test_unverified_and_fuzzy_names_ask_for_review() -> None:
    assert not parse_history("doxorubicin x6 then trabectedin").needs_review
    reasons = parse_history("Gmzar x2").review_reasons
    assert any("Gmzar" in r and "gemcitabine" in r for r in reasons)


def test_ambiguous_ai_without_cue_is_not_guessed() -> None:
    history = parse_history("AI")
    assert history.lines[0].agents == [] and history.needs_review
    assert any("ambiguous" in r for r in history.review_reasons)


def test_radiation_and_surgery_are_other_treatments() -> None:
    history = parse_history("AIM x6, then chest radiation, then surgery")
    assert len(history.lines) == 1
    kinds = [(o.kind, o.chest) for o in history.other_treatments]
    assert kinds == [("radiotherapy", True), ("surgery", False)]


def test_record_is_a_plain_therapy_line() -> None:
    line = parse_history("Adriamycin 60 mg/m2 x6 in 2019").therapy_lines()[0]
    assert line.agents == ["doxorubicin"] and line.cycles == 6 and line.start_year == 2019
    assert line.dose_mg_m2 == {"doxorubicin": 60.0}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_to_numbered_catalogue_lines(text: str) -> None:
    history = parse_history(text)
    generics = set(catalogue().drugs)
    assert [line.line for line in history.lines] == list(range(1, len(history.lines) + 1))
    for line in history.lines:
        assert set(line.agents) <= generics
        for mention in line.evidence:
            assert text[mention.start : mention.end] == mention.text


def test_negated_drug_is_not_a_line() -> None:
    history = parse_history(
        "Halaven x4. Lartruvo was never offered. No Yondelis either. Now on Femara."
    )
    assert [line.agents for line in history.lines] == [["eribulin"], ["letrozole"]]
    assert sum("negated" in r for r in history.review_reasons) == 2


def test_after_puts_the_earlier_drug_first() -> None:
    history = parse_history("ifosfamide after progression on doxorubicin")
    assert [line.agents for line in history.lines] == [["doxorubicin"], ["ifosfamide"]]
    assert history.lines[0].response == "progressed"


@pytest.mark.parametrize(
    "text",
    [
        "I'm worried about my mom. She had a hysterectomy in 2019 and it was leiomyosarcoma.",
        "We saw Dr. Gemma Taxter at Mayo Clinic in March, then a second opinion at MD Anderson.",
        "She is on hospice now. Thank you for everything.",
        "The tax bill was huge, and my doc said to rest",
        "",
    ],
)
def test_texts_without_therapy_give_no_lines(text: str) -> None:
    history = parse_history(text)
    assert history.lines == [] and history.unknown == []


@pytest.mark.parametrize(
    ("text", "agents"),
    [("Doxy x6", [["doxorubicin"]]), ("gem x4 then trabe", [["gemcitabine"], ["trabectedin"]]),
     ("she's a gem", []), ("my doc says hi", []), ("dox", [])],
)  # fmt: skip
def test_short_aliases_need_context(text: str, agents: list[list[str]]) -> None:
    assert [line.agents for line in parse_history(text).lines] == agents


@given(st.lists(st.sampled_from(["start", "mark", "next", "now", "ordinal"]), max_size=8))
def test_lines_without_before_keep_text_order(leads: list[str]) -> None:
    """Only a plain mark read just after current therapy moves ("Now on X. Had Y.": Y, X)."""
    items = list(enumerate(leads))
    moved = any(a == "now" and b == "mark" for a, b in itertools.pairwise(leads))
    assert (chronological(items) == list(range(len(leads)))) is not moved


@given(st.integers(min_value=1, max_value=6))
def test_plain_sentences_after_current_therapy_came_before_it(n: int) -> None:
    items = [(0, "now"), *((k, "mark") for k in range(1, n + 1))]
    assert chronological(items) == [*range(1, n + 1), 0]


@given(st.integers(min_value=1, max_value=8))
def test_a_chain_of_before_that_reverses(n: int) -> None:
    items = [(i, "now" if i == 0 else "before") for i in range(n)]
    assert chronological(items) == list(reversed(range(n)))


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "doxorubicin, ifosfamide x6, then pazopanib",
            [["doxorubicin", "ifosfamide"], ["pazopanib"]],
        ),
        ("doxorubicin, ifosfamide", [["doxorubicin"], ["ifosfamide"]]),
        ("doxorubicin, gemcitabine x4", [["doxorubicin"], ["gemcitabine"]]),
        ("doxorubicin (2015), ifosfamide x6", [["doxorubicin"], ["ifosfamide"]]),
    ],
)
def test_comma_joins_only_a_catalogue_combination_said_to_go_together(
    text: str, agents: list[list[str]]
) -> None:
    assert [line.agents for line in parse_history(text).lines] == agents


def test_hyphenated_study_code_is_listed_whole() -> None:
    history = parse_history("AIM x6, then XYZ-20871 on a trial")
    assert [u.text for u in history.unknown] == ["XYZ-20871"]
    assert [line.agents for line in history.lines] == [["doxorubicin", "ifosfamide"], []]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "AIM x6, also took Zofran for nausea, then trabectedin",
            [["doxorubicin", "ifosfamide"], ["trabectedin"]],
        ),
        (
            "AIM x6, with Neulasta shots for her white counts, then eribulin",
            [["doxorubicin", "ifosfamide"], ["eribulin"]],
        ),
        (
            "AIM x6, then a trial of ABC-123, then trabectedin",
            [["doxorubicin", "ifosfamide"], [], ["trabectedin"]],
        ),
        (
            "Doxorubicin x6 (2019), doxorubicin again in 2021, then Yondelis",
            [["doxorubicin"], ["doxorubicin"], ["trabectedin"]],
        ),
        ("Doxorubicin x6, the doxorubicin caused nausea", [["doxorubicin"]]),
        (
            "AIM x6; she was going to start trabectedin but chose eribulin",
            [["doxorubicin", "ifosfamide"], ["eribulin"]],
        ),
        (
            "Doxorrubicina x6. Se le ofreció pazopanib pero lo rechazó. Luego eribulina.",
            [["doxorubicin"], ["eribulin"]],
        ),
        (
            "Doxorubicin 6 Zyklen; Pazopanib wurde nicht gegeben; aktuell Eribulin",
            [["doxorubicin"], ["eribulin"]],
        ),
        ("Her current treatment is letrozole; she had no chemotherapy before.", [["letrozole"]]),
        ("6x AIM, then 4x gem/doc", [["doxorubicin", "ifosfamide"], ["gemcitabine", "docetaxel"]]),
        ("She was offered trabectedin, which she declined; then eribulin", [["eribulin"]]),
        ("Doxorrubicina x6; le ofrecieron pazopanib, que rechazó", [["doxorubicin"]]),
        (
            "Most recent first: eribulin; trabectedin; AIM",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["eribulin"]],
        ),
        ("Trabectedin is being considered", []),
    ],
)
def test_round3_rules(text: str, agents: list[list[str]]) -> None:
    assert [line.agents for line in parse_history(text).lines] == agents


def test_every_line_dated_is_ordered_by_date() -> None:
    history = parse_history(
        "2023: eribulin (current). 2021: trabectedin. Before that, 2019: AIM x6."
    )
    assert [line.start_year for line in history.lines] == [2019, 2021, 2023]
    assert [line.current for line in history.lines] == [False, False, True]


def test_since_a_year_is_not_current_when_a_later_line_follows() -> None:
    lines = parse_history("Letrozole since 2020, progressed; then megestrol").lines
    assert [line.current for line in lines] == [False, False]
    assert parse_history("Letrozole since 2020").lines[0].current


def test_unknown_brands_with_cycles_make_a_line_of_their_own() -> None:
    history = parse_history("Ha ricevuto Keytruda e Lenvima per 6 cicli, poi Yondelis")
    assert [line.agents for line in history.lines] == [[], ["trabectedin"]]
    assert [u.text for u in history.lines[0].unknown] == ["Keytruda", "Lenvima"]


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        # spaced dash or slash before a year or after a cycle count separates lines
        ("2017 EPIRUBICIN X 4 - 2019 TRABECTEDIN", [["epirubicin"], ["trabectedin"]]),
        (
            "Gem-Doc x 5 / Halaven x3 / Votrient",
            [["gemcitabine", "docetaxel"], ["eribulin"], ["pazopanib"]],
        ),
        ("gemcitabine 1000 / docetaxel 75 x 3", [["gemcitabine", "docetaxel"]]),
        ("dacarbazine 2016 - 2018", [["dacarbazine"]]),
        # "days 1 and 8" does not split a combination
        ("gemcitabina días 1 y 8 + docetaxel día 8, 5 ciclos", [["gemcitabine", "docetaxel"]]),
        # "Prior:" list with years, current line without one
        (
            "Now on eribulin. Prior treatments: trabectedin 2022, doxorubicin 2020 x6",
            [["doxorubicin"], ["trabectedin"], ["eribulin"]],
        ),
        # a drug given alone after a combination that held it is a new line
        (
            "carboplatin + paclitaxel x6, relapse in 2022 treated with paclitaxel alone",
            [["carboplatin", "paclitaxel"], ["paclitaxel"]],
        ),
        (
            "Gemcitabina y docetaxel, luego gemcitabina sola",
            [["gemcitabine", "docetaxel"], ["gemcitabine"]],
        ),
        (
            "AIM x4, then doxorubicin because the ifosfamide caused confusion",
            [["doxorubicin", "ifosfamide"], ["doxorubicin"]],
        ),
        # a drug named again after "because" is a remark on its line
        (
            "Eribulin for 5 months, then dacarbazine because the eribulin caused neuropathy",
            [["eribulin"], ["dacarbazine"]],
        ),
        (
            "Eribulina, luego dacarbazina porque la eribulina no funcionó",
            [["eribulin"], ["dacarbazine"]],
        ),
        # "switched to X; currently on X" is one line
        (
            "Femara 2 years, switched to Aromasin; still taking exemestane now",
            [["letrozole"], ["exemestane"]],
        ),
        ("letrozole then exemestane, currently on exemestane", [["letrozole"], ["exemestane"]]),
        # declined, avoided, "as the next step"
        ("Ifosfamide was avoided; she got doxorubicin x6", [["doxorubicin"]]),
        ("Dacarbazin wurde abgelehnt, danach Eribulin", [["eribulin"]]),
        ("Trabectedin x5. The team raised eribulin as a possible option", [["trabectedin"]]),
        ("Pazopanib; Halaven como siguiente paso", [["pazopanib"]]),
        ("Was considered for gem/tax after the scan", []),
        # "first chemo was" goes first
        (
            "On Votrient since 2023; before that Yondelis. The first treatment was AIM.",
            [["doxorubicin", "ifosfamide"], ["trabectedin"], ["pazopanib"]],
        ),
        (
            "Eribulina actualmente. La primera quimio fue doxorrubicina",
            [["doxorubicin"], ["eribulin"]],
        ),
        # "previously" in Italian and French, and a year after "and"
        ("Pazopanib dal 2021, precedentemente trabectedina", [["trabectedin"], ["pazopanib"]]),
        ("Éribuline actuellement, précédemment trabectédine", [["trabectedin"], ["eribulin"]]),
        ("Doxorubicina nel 2018 e 2020 gemcitabina", [["doxorubicin"], ["gemcitabine"]]),
        (
            "received dacarbazine in 2017 and in 2019 trabectedin",
            [["dacarbazine"], ["trabectedin"]],
        ),
        # "After X she had Y" and "after X: Y"
        (
            "After AIM she had MK7684 in a study, then Halaven",
            [["doxorubicin", "ifosfamide"], [], ["eribulin"]],
        ),
        ("after doxorubicin x6: pazopanib", [["doxorubicin"], ["pazopanib"]]),
        ("Nach Gemcitabin/Docetaxel: Trabectedin", [["gemcitabine", "docetaxel"], ["trabectedin"]]),
        ("Eribulina após pazopanibe", [["pazopanib"], ["eribulin"]]),
        # current therapy goes after every line read so far
        (
            "Eribulin third line after gem/tax; now on pazopanib",
            [["gemcitabine", "docetaxel"], ["eribulin"], ["pazopanib"]],
        ),
        # unnamed chemotherapy named after a comma; a drug only said to be approved
        ("The month she began chemo, the team chose dacarbazine x5", [["dacarbazine"]]),
        ("Yondelis fue aprobado ese año, pero recibió eribulina", [["eribulin"]]),
        ("She had chemo, then pazopanib", [[], ["pazopanib"]]),
        # a name with its modifier after it
        ("now on doxorubicin liposomal", [["liposomal doxorubicin"]]),
        # "gem tax" written with a space, with a treatment cue
        (
            "they gave her gem tax x4 and then Votrient",
            [["gemcitabine", "docetaxel"], ["pazopanib"]],
        ),
        # a bulleted "Observation" is not an unknown drug; "LFTs" is not a drug
        ("- Trabectedin x6\n- Observation\n- Eribulin", [["trabectedin"], ["eribulin"]]),
        (
            "pazopanib 800 mg, reduced to 400 for raised LFTs, then eribulin",
            [["pazopanib"], ["eribulin"]],
        ),
    ],
)
def test_round4_rules(text: str, agents: list[list[str]]) -> None:
    assert [line.agents for line in parse_history(text).lines] == agents


def test_switched_then_currently_on_the_same_drug_marks_it_current() -> None:
    lines = parse_history("Arimidex, then switched to exemestane; currently on exemestane").lines
    assert [line.current for line in lines] == [False, True]

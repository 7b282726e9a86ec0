"""Ordinary words of every supported language are never read as drugs; clipped names are."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sarcnav.therapy import find_drugs, parse_history
from sarcnav.therapy.catalogue import PREFIX_MIN_LENGTH, catalogue
from sarcnav.therapy.ordinary import LANGUAGES, is_ordinary, ordinary_words
from tests.therapy.fixtures_data import HELD_OUT, HISTORIES, LIMITS, ROUND3

WORDS = sorted(ordinary_words())
GOLD = HISTORIES + HELD_OUT + LIMITS + ROUND3


def test_every_language_has_a_stop_list() -> None:
    assert set(LANGUAGES) == {"en", "es", "fr", "it", "pt", "de"}
    for word in ("the", "pero", "avec", "quindi", "também", "aber", "progresión", "mesi"):
        assert is_ordinary(word), word
    for word in ("Gmzar", "pazo", "Votreint"):
        assert not is_ordinary(word), word


def test_no_ordinary_word_is_a_drug_even_with_cycles() -> None:
    drugs = {text: parse_history(text).agents() for w in WORDS for text in (w, f"{w} x6")}
    assert {text: agents for text, agents in drugs.items() if agents} == {}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(GOLD), st.sampled_from(WORDS), st.integers(min_value=0))
@example(GOLD[0], "doce", 0)  # "chemo doce MIA": found by CI, "doce" is Spanish for twelve
def test_an_inserted_ordinary_word_is_never_read_as_a_drug(
    case: dict[str, Any], word: str, where: int
) -> None:
    text = case["text"]
    spaces = [i for i, c in enumerate(text) if c == " "] or [len(text)]
    at = spaces[where % len(spaces)]
    changed = f"{text[:at]} {word}{text[at:]}"
    inserted = range(at + 1, at + 1 + len(word))
    assert not [m for m in find_drugs(changed) if m.start in inserted or m.end - 1 in inserted]


def _clippable() -> list[tuple[str, str]]:
    """(name, generic) of anticancer drugs whose every clipped prefix of 5+ letters is unique
    (a supportive drug alone makes no line)."""
    cat = catalogue()
    names = cat.full_names
    return [
        (name, generic)
        for key, (name, generic, kind) in names.items()
        if all(
            len({g for k, (_, g, _) in names.items() if k.startswith(key[:n])}) == 1
            for n in range(PREFIX_MIN_LENGTH + 1, len(key))
        )
        and kind != "brand"
        and len(key) > PREFIX_MIN_LENGTH + 1
        and cat.drugs[generic].role != "supportive"
    ]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_clippable()), st.integers(min_value=PREFIX_MIN_LENGTH + 1))
def test_a_clipped_unique_name_reads_as_its_drug(named: tuple[str, str], cut: int) -> None:
    name, generic = named
    clipped = name[: min(cut, len(name) - 1)]
    if is_ordinary(clipped) or catalogue().lookup(clipped) is not None:
        return
    line = parse_history(f"{clipped} x6").lines[0]
    assert line.agents == [generic]
    assert line.evidence[0].kind == "prefix"


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("4L pazo (ongoing)", [["pazopanib"]]),
        ("eribu x4, then dacarb", [["eribulin"], ["dacarbazine"]]),
        ("taxo x4", []),  # Taxol or Taxotere: ambiguous, not guessed
        ("pazo", []),  # four letters need context, as the short aliases do
        ("temo que sí, doce meses", []),
        ("Ellen had Adriamycin x6", [["doxorubicin"]]),  # a given name, not a clipped Ellence
        ("Votrie x6", [["pazopanib"]]),  # six letters of a brand
        ("Votri x6", []),  # five are not enough for a brand
    ],
)
def test_clipped_names(text: str, agents: list[list[str]]) -> None:
    assert [line.agents for line in parse_history(text).lines] == agents


def test_clipped_name_asks_for_review() -> None:
    reasons = parse_history("AIM x6 then pazo").review_reasons
    assert any('"pazo" read as pazopanib (clipped name "pazopanib")' in r for r in reasons)


def test_spanish_progression_is_not_progestin() -> None:
    lines = parse_history("gemcitabina x4; progresión en 2020; inicia trabectedina").lines
    assert [line.agents for line in lines] == [["gemcitabine"], ["trabectedin"]]
    assert lines[0].response == "progressed"

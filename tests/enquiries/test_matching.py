"""Sentence windows of urgent signs: ``not_near`` and the next sentence's ``not_after``."""

from __future__ import annotations

from datetime import date

import pytest

from sarcnav.enquiries.matching import _urgent_matchers, next_sentence
from sarcnav.enquiries.policy import default_policy
from sarcnav.enquiries.text import fold
from sarcnav.knowledge.enquiries import UrgentSign


@pytest.mark.parametrize(
    ("text", "right", "expected"),
    [
        ("Fever. Fine since. Next", 5, "Fine since"),
        ("Fever! Fine since", 5, "Fine since"),
        ("Fever", 5, ""),
        ("Fever; all good. later", 5, "all good"),
    ],
)
def test_next_sentence(text: str, right: int, expected: str) -> None:
    left, stop = next_sentence(text, right)
    assert text[left:stop] == expected


def _sign(**fields: list[str]) -> UrgentSign:
    return UrgentSign(
        id="t-sign",
        label="test",
        sources=["enq-medlineplus-emergencies"],
        as_of=date(2026, 11, 26),
        patterns=["faint\\w*"],
        **fields,
    )


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("She fainted. She is fine since.", False),  # resolution in the next sentence
        ("She fainted. Doctor said fine since the op. Help", True),  # not the resolution cue
        ("She is fine since. She fainted now.", True),  # the cue stands before, not after
        ("She fainted. Now the scan. She is fine since.", True),  # only the very next sentence
        ("She fainted", True),
    ],
)
def test_not_after_reads_only_the_next_sentence(text: str, fires: bool) -> None:
    compiled = _urgent_matchers(
        default_policy().model_copy(
            update={"urgent_signs": [_sign(not_after=["fine since\\b(?! the)"])]}
        )
    )[0]
    assert bool(compiled.find(fold(text), text, negatable=True)) is fires


def test_shipped_signs_read_resolutions_in_the_next_sentence() -> None:
    """Every sign with a past/resolved guard also reads a resolution stated next (policy 1.6.0)."""
    signs = default_policy().urgent_signs
    guarded = [s.id for s in signs if s.not_near]
    assert guarded
    assert all(s.not_after for s in signs if s.not_near), guarded

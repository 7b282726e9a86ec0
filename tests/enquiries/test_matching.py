"""Sentence windows of urgent signs (``not_after``) and non-capturing compiled patterns."""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sarcnav.enquiries import triage
from sarcnav.enquiries.matching import _urgent_matchers, next_sentence
from sarcnav.enquiries.policy import default_policy, lexicon
from sarcnav.enquiries.text import fold, non_capturing
from sarcnav.knowledge.enquiries import UrgentSign
from sarcnav.model.enquiry import Enquiry
from tests.enquiries.conftest import CASES


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


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(a|b)c", "(?:a|b)c"),
        ("[(]x(y)", "[(]x(?:y)"),  # a bracket in a class is a character
        ("\\(lit(g)", "\\(lit(?:g)"),  # an escaped bracket is a character
        ("(?:a)(?!b)(?<=c)", "(?:a)(?!b)(?<=c)"),  # groups that already do not capture
        ("[\\]](z)", "[\\]](?:z)"),
    ],
)
def test_non_capturing(pattern: str, expected: str) -> None:
    assert non_capturing(pattern) == expected


def test_non_capturing_keeps_every_shipped_match() -> None:
    """Shipped patterns match the same spans without capturing groups, and capture none."""
    policy = default_policy()
    rows = [s.patterns for s in policy.urgent_signs] + [c.patterns for c in lexicon().cues]
    texts = [fold(c["text"]) for c in _golden_texts()]
    for patterns in rows:
        for pattern in patterns:
            fast = re.compile(non_capturing(pattern))
            slow = re.compile(pattern)
            assert fast.groups == 0
            for text in texts:
                assert [m.span() for m in fast.finditer(text)] == [
                    m.span() for m in slow.finditer(text)
                ], pattern


def _golden_texts() -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for path in sorted(CASES.glob("urgent_round*.yaml")):
        found += yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    return found


_EMERGENCIES = [c["text"] for c in _golden_texts() if c["expect"].get("urgency") == "emergency"]
_NEUTRAL = [
    "Thank you.",
    "She has been on treatment since March.",
    "We live in Ohio.",
    "Her scan last month was fine since the surgery.",
    "Sorry for the long message.",
    "Gracias.",
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_EMERGENCIES), st.sampled_from(_NEUTRAL))
def test_a_neutral_sentence_after_an_emergency_keeps_it(text: str, after: str) -> None:
    """Only a resolution cue in the next sentence drops a sign, not any sentence that follows."""
    first = text.rstrip()
    joined = first + ("" if first[-1] in ".!?。" else ".") + " " + after
    assert triage(Enquiry(text=joined)).urgency == "emergency"

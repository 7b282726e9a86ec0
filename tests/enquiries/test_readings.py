"""Temperature readings and the fever-threshold sign: units, boundaries, context and negation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sarcnav.enquiries import triage
from sarcnav.enquiries.matching import drugs_of_classes
from sarcnav.enquiries.policy import default_policy
from sarcnav.enquiries.readings import readings
from sarcnav.enquiries.text import fold
from sarcnav.knowledge.enquiries import Temperature, UrgentSign
from sarcnav.knowledge.loader import KnowledgeError
from sarcnav.model.enquiry import Enquiry
from sarcnav.therapy.catalogue import catalogue

SIGN = next(s for s in default_policy().urgent_signs if s.temperature is not None)
THRESHOLD = SIGN.temperature
assert THRESHOLD is not None
CONTEXT = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in SIGN.patterns) + ")")


def read(text: str) -> list[tuple[float, str]]:
    assert THRESHOLD is not None
    return [(r.value, r.unit) for r in readings(fold(text), CONTEXT, THRESHOLD)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("temp 38.9 tonight", [(38.9, "C")]),
        ("38,7 de temperatura", [(38.7, "C")]),
        ("it is 101.5 F", [(101.5, "F")]),
        ("39.2C and chills", [(39.2, "C")]),
        ("100.9°F since noon", [(100.9, "F")]),
        ("38.5 °C", [(38.5, "C")]),
        ("103 degrees", [(103.0, "F")]),
        ("38,5 Grad", [(38.5, "C")]),
        ("the thermometer says 38.6", [(38.6, "C")]),
        ("38.4 on the thermometer", [(38.4, "C")]),
        ("fever of 101", [(101.0, "F")]),
        ("my 39 year old sister has a fever", []),  # an age, not a reading
        ("she is 39 and on chemo", []),  # a bare number with no temperature word near it
        ("no fever, she is 39", []),  # the only context word is negated
        ("temp 250", []),  # neither a Celsius nor a Fahrenheit body temperature
        ("temperature logged on 12/10", []),
        ("temp checked in 2015", []),
        ("temp 38 kg", []),
        ("tiene 38,9 y escalofrios", [(38.9, "C")]),  # a decimal beside a febrile word
        ("102 and shaking", [(102.0, "F")]),  # the Fahrenheit range beside a febrile word
        ("she is 39 and has chills", []),  # a whole Celsius-range number there is an age
        ("102 without chills", []),  # the febrile word is negated
        ("now 38.6 and confused", [(38.6, "C")]),  # decimals alone (policy 1.5.0)
        ("101.8 tonight", [(101.8, "F")]),
        ("she weighs 44.5 kg", []),
        ("tumour 12.5 cm", []),
    ],
)
def test_readings(text: str, expected: list[tuple[float, str]]) -> None:
    assert read(text) == expected


def test_decimals_alone_is_the_policy_s_choice() -> None:
    """Without ``decimals_alone`` a bare decimal with no word near it is no reading."""
    assert THRESHOLD is not None
    strict = THRESHOLD.model_copy(update={"decimals_alone": False})
    assert readings(fold("now 38.6"), CONTEXT, strict) == []
    assert [r.value for r in readings(fold("now 38.6"), CONTEXT, THRESHOLD)] == [38.6]


def test_the_threshold_is_the_cited_one_in_both_units() -> None:
    assert THRESHOLD is not None
    assert (THRESHOLD.celsius, THRESHOLD.fahrenheit) == (38.0, 100.4)
    assert SIGN.sources == ["enq-cdc-fever-chemo"]


@pytest.mark.parametrize(
    ("reading", "urgency"),
    [
        ("37.9", "routine"),
        ("38.0", "emergency"),
        ("38", "emergency"),
        ("100.3 F", "routine"),
        ("100.4 F", "emergency"),
        ("99.1°F", "routine"),
        ("40.1 °C", "emergency"),
    ],
)
def test_boundaries_at_the_threshold(reading: str, urgency: str) -> None:
    result = triage(Enquiry(text=f"Temp {reading} tonight, day 9 after my doxorubicin."))
    assert result.urgency == urgency


@given(st.integers(min_value=300, max_value=449))
def test_a_celsius_reading_is_urgent_exactly_at_or_above_38(tenths: int) -> None:
    value = tenths / 10
    result = triage(Enquiry(text=f"temp {value:.1f}, on gemcitabine"))
    assert (result.urgency == "emergency") == (value >= 38.0)


@given(st.integers(min_value=870, max_value=1120))
def test_a_fahrenheit_reading_is_urgent_exactly_at_or_above_100_4(tenths: int) -> None:
    value = tenths / 10
    result = triage(Enquiry(text=f"temp {value:.1f}F, on gemcitabine"))
    assert (result.urgency == "emergency") == (value >= 100.4)


def test_a_reading_without_chemotherapy_is_not_this_sign() -> None:
    result = triage(Enquiry(text="Temp 38.6 after my hysterectomy last week, is that normal?"))
    assert "enq-urgent-fever-reading-chemo" not in result.trace


def test_the_reason_quotes_the_reading_and_cites_the_cdc() -> None:
    result = triage(Enquiry(text="temp 38.9 and shivering, had gemcitibine yesterday"))
    reason = next(r for r in result.reasons if r.rule_id == "enq-urgent-fever-reading-chemo")
    assert [e.text for e in reason.evidence] == ["38.9", "gemcitibine"]
    assert (reason.evidence[1].field, reason.evidence[1].value) == ("drug", "gemcitabine")
    assert reason.sources == ["enq-cdc-fever-chemo"] and reason.verification == "PARTIAL"
    assert result.routes[0] == "urgent_care"


def test_drug_classes_cover_cytotoxic_drugs_only() -> None:
    generics = drugs_of_classes(SIGN)
    assert {"gemcitabine", "doxorubicin", "trabectedin", "eribulin", "docetaxel"} <= generics
    assert not {"pazopanib", "letrozole", "mesna", "dexamethasone"} & generics
    classes = {c for d in catalogue().drugs.values() for c in d.classes}
    for sign in default_policy().urgent_signs:
        assert set(sign.requires_drug_classes) <= classes, sign.id


def test_an_unknown_drug_class_is_a_clear_knowledge_error() -> None:
    bad = SIGN.model_copy(update={"requires_drug_classes": ["cytotoxic magic"]})
    with pytest.raises(KnowledgeError, match="cytotoxic magic"):
        drugs_of_classes(bad)


def test_a_threshold_must_be_the_same_in_both_units() -> None:
    with pytest.raises(ValueError, match="not the same"):
        Temperature(celsius=38.0, fahrenheit=101.0, body_range_celsius=(30.0, 45.0))
    with pytest.raises(ValueError, match="inside body_range_celsius"):
        Temperature(celsius=38.0, fahrenheit=100.4, body_range_celsius=(39.0, 45.0))
    assert UrgentSign.model_fields["temperature"].default is None


def test_a_chemotherapy_word_is_quoted_as_the_requirement() -> None:
    result = triage(Enquiry(text="I have a fever and I am on chemo since May"))
    reason = next(r for r in result.reasons if r.rule_id == "enq-urgent-fever-chemo")
    assert [(e.field, e.text) for e in reason.evidence] == [("text", "fever"), ("text", "chemo")]

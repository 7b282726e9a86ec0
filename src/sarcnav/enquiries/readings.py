"""Body-temperature readings in free text: "temp 38.9", "38,7 °C", "101.5 F", "103 degrees".

A number is a reading when it carries a unit (a degree sign, a degree word, or a C/F letter right
after it) or when one of the sign's context words ("temp", "fever", "thermometer" ...) lies within
:data:`WINDOW` characters of it, not negated ("no fever" gives no context). Ages, weights, doses
and durations ("39 years", "38 kg") are not readings. A bare number takes the unit its size allows:
inside the sign's ``body_range_celsius`` it is Celsius, inside that range converted to Fahrenheit
it is Fahrenheit, anywhere else it is not a body temperature. The threshold comes from the policy.

Words that describe a fever without naming it (the threshold's ``febrile_words``: chills,
shivering, "termómetro" is already a context word) also make a bare number a reading, but only a
number with decimals ("38,9") or in the Fahrenheit range ("102"): a whole number in the Celsius
range next to them is more often an age ("she is 39 and has chills"). With the threshold's
``decimals_alone`` (policy 1.5.0), a bare number with decimals in the body range ("now 38.6",
"101.8") is a reading even with no word near it: ages, weights and doses seldom have decimals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sarcnav.enquiries.text import negated, word_start_regex
from sarcnav.knowledge.enquiries import Temperature

WINDOW = 25
"""Characters either side of a bare number searched for a context word."""

_NOT_TEMPERATURE = (
    r"years?|yrs?|yo|y/o|anos|ans|jahre|anni|kg|kilos?|lbs?|pounds|mg|ml|cm|mm|%|min|minutes"
    r"|hours?|h|days?|weeks?|months?|cycles?|mmhg|bpm"
)
_NUMBER = re.compile(
    r"(?<![\w.,/:])(\d{2,3}(?:[.,]\d{1,2})?)(?![\d/:]|[.,]\d)"
    rf"(?!\s?(?:{_NOT_TEMPERATURE})\b)"
    r"(?:\s?[°º](?:\s?([cf])\b)?"
    r"|\s?(?:degrees?|deg|grados?|grad|gradi|graus)\b(?:\s?([cf])(?:ahrenheit|elsius)?\b)?"
    r"|\s?([cf])\b)?"
)


@dataclass(frozen=True)
class Reading:
    """One temperature reading: where it is, its value and its unit ("C" or "F")."""

    start: int
    end: int
    value: float
    unit: str

    def at_or_above(self, threshold: Temperature) -> bool:
        limit = threshold.celsius if self.unit == "C" else threshold.fahrenheit
        return self.value >= limit


def _to_fahrenheit(celsius: float) -> float:
    return celsius * 9 / 5 + 32


def _unit_by_size(value: float, low: float, high: float) -> str | None:
    if low <= value <= high:
        return "C"
    if _to_fahrenheit(low) <= value <= _to_fahrenheit(high):
        return "F"
    return None


@cache
def _febrile(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return word_start_regex(list(words)) if words else None


def _near(folded: str, pattern: re.Pattern[str] | None, start: int, end: int) -> bool:
    """Whether ``pattern`` matches, not negated, within :data:`WINDOW` of ``start:end``."""
    if pattern is None:
        return False
    left = max(0, start - WINDOW)
    window = folded[left : end + WINDOW]
    return any(not negated(folded, left + c.start()) for c in pattern.finditer(window))


def readings(folded: str, context: re.Pattern[str], threshold: Temperature) -> list[Reading]:
    """Every body-temperature reading in ``folded`` text (values in range, unit known)."""
    low, high = threshold.body_range_celsius
    febrile = _febrile(tuple(threshold.febrile_words))
    out = []
    for match in _NUMBER.finditer(folded):
        number = match.group(1)
        value = float(number.replace(",", "."))
        letter = match.group(2) or match.group(3) or match.group(4)
        has_unit = match.end() > match.start() + len(number)
        unit = letter.upper() if letter else _unit_by_size(value, low, high)
        if unit is None or _unit_by_size(value, low, high) != unit:
            continue
        if not has_unit and not _near(folded, context, match.start(), match.end()):
            decimal_or_f = unit == "F" or not number.isdigit()
            alone = threshold.decimals_alone and not number.isdigit()
            if not (alone or (decimal_or_f and _near(folded, febrile, match.start(), match.end()))):
                continue
        out.append(Reading(match.start(), match.end(), value, unit))
    return out

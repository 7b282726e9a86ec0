"""Masking e-mail addresses, phone numbers and names for logs and exports.

Names found: the signature, self-introductions ("my name is ..."), titles ("Dr. Patel") and a name
right after a relative ("my wife Laura"). Every string of an output is masked with the names found
in its message, and the e-mail addresses and phone numbers found in it (so the centre's own
numbers in a draft stay readable). The message text itself is masked with the generic patterns.
"""

from __future__ import annotations

import re
from typing import Any

from sarcnav.enquiries.drafting import signer

EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE = re.compile(
    r"(?<![\w])(?:\+\s?\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d[\d\s.\-]{5,16}\d(?![\w])"
)
_TITLED = re.compile(r"\b(?:Dr|Dra|Doctor|Mr|Mrs|Ms|Sr|Sra|Prof)\.?\s+([A-Z][\w'\-]+)")
_AFTER_RELATIVE = re.compile(
    r"\b(?i:my|mi|ma|mon|meine|mia|minha|mijn)\s+(?i:wife|husband|mother|mom|mum|sister|daughter|"
    r"friend|aunt|niece|esposa|madre|mama|mamá|hermana|hija|amiga|tia|tía)\s+([A-Z][\w'\-]+)"
)


def names_in(text: str) -> set[str]:
    """Personal names the message reveals (signature, introduction, titles, relatives)."""
    found = {m.group(1) for m in _TITLED.finditer(text)} | {
        m.group(1) for m in _AFTER_RELATIVE.finditer(text)
    }
    signed = signer(text)
    if signed:
        found.add(signed)
        found.update(w for w in signed.split() if len(w) > 2)
    return found


def personal_data(text: str) -> dict[str, str]:
    """Every e-mail, phone number and name in ``text``, with the placeholder that replaces it."""
    found = {m.group(): "[EMAIL]" for m in EMAIL.finditer(text)}
    found |= {m.group(): "[PHONE]" for m in PHONE.finditer(text) if _phone(m) == "[PHONE]"}
    found |= {name: "[NAME]" for name in names_in(text)}
    return found


def mask_text(text: str, names: set[str]) -> str:
    """``text`` with every e-mail and phone pattern and the given names masked."""
    text = EMAIL.sub("[EMAIL]", text)
    text = PHONE.sub(_phone, text)
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "[NAME]", text)
    return text


def mask_data(data: Any, found: dict[str, str], keep_patterns: frozenset[str]) -> Any:
    """Every string inside ``data`` masked: the generic patterns and the names in ``found``;
    under the keys in ``keep_patterns`` (e.g. the draft, which holds the centre's own numbers),
    only the exact values of ``found``."""
    if isinstance(data, str):
        names = {v for v, kind in found.items() if kind == "[NAME]"}
        return mask_text(data, names)
    if isinstance(data, list):
        return [mask_data(x, found, keep_patterns) for x in data]
    if isinstance(data, dict):
        return {
            k: _exact(v, found)
            if k in keep_patterns and isinstance(v, str)
            else mask_data(v, found, keep_patterns)
            for k, v in data.items()
        }
    return data


def _exact(text: str, found: dict[str, str]) -> str:
    for value in sorted(found, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", found[value], text)
    return text


def _phone(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group())
    return "[PHONE]" if digits >= 7 else match.group()

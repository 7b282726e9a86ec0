"""Masking e-mail addresses, phone numbers and names for logs and exports.

Names found: the signature, self-introductions ("my name is ..."), titles ("Dr. Patel") and a name
right after a relative ("my wife Laura"). Every string of an output is masked with the names found
in its message plus the generic e-mail and phone patterns.
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
    r"\b(?:my|mi|ma|mon|meine|mia|minha|mijn)\s+(?:wife|husband|mother|mom|mum|sister|daughter|friend|"
    r"aunt|niece|esposa|madre|mama|hermana|hija|amiga|tia)\s+([A-Z][\w'\-]+)"
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


def mask_text(text: str, names: set[str]) -> str:
    text = EMAIL.sub("[EMAIL]", text)
    text = PHONE.sub(_phone, text)
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "[NAME]", text)
    return text


def mask_data(data: Any, names: set[str]) -> Any:
    """Every string inside ``data`` (dicts, lists) masked."""
    if isinstance(data, str):
        return mask_text(data, names)
    if isinstance(data, list):
        return [mask_data(x, names) for x in data]
    if isinstance(data, dict):
        return {k: mask_data(v, names) for k, v in data.items()}
    return data


def _phone(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group())
    return "[PHONE]" if digits >= 7 else match.group()

"""Entities the writer mentions: diagnoses, stages, sites, dates, and drugs through a seam.

Drugs are resolved by a :data:`DrugResolver` (a name → generic name, or ``None``). The therapy
catalogue provides ``sarcnav.therapy.resolve_drug``; :func:`catalogue_resolver` plugs it in when
that module exists, otherwise drug mentions are left out and the result says so.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from sarcnav.enquiries.matching import Matchers
from sarcnav.knowledge.enquiries import Term
from sarcnav.model.enquiry import Mention

DrugResolver = Callable[[str], str | None]

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_STAGE = re.compile(
    r"\b(?:figo\s+)?(?:stage|stadium|estadio|estagio|stade|stadio)\s+"
    r"(iv|iii|ii|i|[1-4])([abc]?[12]?)\b"
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}"
    rf"|(?:\d{{1,2}}\s+(?:de\s+)?)?(?:{_MONTHS})\.?\s+(?:de\s+|of\s+)?(?:19|20)\d{{2}}"
    r"|(?:in|en|since|desde|depuis|seit)\s+(?:19|20)\d{2})\b"
)
_WORD = re.compile(r"[a-z][a-z\-]{3,}")
MAX_DRUG_LOOKUPS = 400


@cache
def catalogue_resolver() -> DrugResolver | None:
    """``sarcnav.therapy.resolve_drug`` adapted to name → generic, or ``None`` if absent."""
    try:
        module = importlib.import_module("sarcnav.therapy")
    except ImportError:
        return None
    resolve: Callable[[str], Any] | None = getattr(module, "resolve_drug", None)
    if resolve is None:
        return None

    def adapted(name: str) -> str | None:
        found = resolve(name)
        if found is None or isinstance(found, str):
            return found
        generic = getattr(found, "generic", None) or getattr(found, "name", None)
        return str(generic) if generic else None

    return adapted


def extract(folded: str, text: str, m: Matchers, drugs: DrugResolver | None) -> list[Mention]:
    """Every mention, in text order; longer diagnosis terms win over the shorter ones they cover."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for compiled in m.terms:
        term = compiled.row
        assert isinstance(term, Term)
        for span in compiled.find(folded, text):
            if term.kind == "diagnosis" and any(s <= span.start < e for s, e in taken):
                continue
            if term.kind == "diagnosis":
                taken.append((span.start, span.end))
            found.append(
                Mention(
                    kind=term.kind,
                    value=term.label,
                    text=span.text,
                    start=span.start,
                    end=span.end,
                    codes=[str(c) for c in term.codes],
                    rule_id=term.id,
                )
            )
    for match in _STAGE.finditer(folded):
        number, suffix = match.groups()
        stage = _ROMAN.get(number, number.upper()) + suffix.upper()
        found.append(_mention("stage", stage, text, match))
    for match in _DATE.finditer(folded):
        found.append(_mention("date", text[match.start() : match.end()], text, match))
    if drugs is not None:
        found.extend(_drugs(folded, text, drugs))
    return sorted(found, key=lambda x: (x.start, x.kind))


def _drugs(folded: str, text: str, resolve: DrugResolver) -> list[Mention]:
    seen: dict[str, str | None] = {}
    out = []
    for match in _WORD.finditer(folded):
        word = match.group()
        if word not in seen:
            if len(seen) >= MAX_DRUG_LOOKUPS:
                break
            seen[word] = resolve(word)
        generic = seen[word]
        if generic:
            out.append(_mention("drug", generic.lower(), text, match))
    return out


def _mention(kind: str, value: str, text: str, match: re.Match[str]) -> Mention:
    start, end = match.span()
    return Mention.model_validate(
        {"kind": kind, "value": value, "text": text[start:end], "start": start, "end": end}
    )

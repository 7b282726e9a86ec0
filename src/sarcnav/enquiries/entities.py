"""Entities the writer mentions: diagnoses, stages, sites, dates, and drugs through a seam.

Drugs come from a :data:`DrugFinder` (text → spans with generic names). The default,
:func:`catalogue_finder`, is the therapy catalogue's ``find_drugs`` (generic and brand names,
aliases, misspellings, Spanish names); :func:`from_resolver` makes a finder of any name → generic
function.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sarcnav.enquiries.matching import Matchers
from sarcnav.knowledge.enquiries import Term
from sarcnav.model.enquiry import Mention
from sarcnav.therapy import find_drugs
from sarcnav.therapy.catalogue import catalogue

DrugSpan = tuple[int, int, str]
"""start, end, generic name"""
DrugFinder = Callable[[str], list[DrugSpan]]
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
_WORD = re.compile(r"[^\W\d_][\w\-]{3,}")
MAX_DRUG_LOOKUPS = 400


def catalogue_finder(text: str) -> list[DrugSpan]:
    """Drugs the therapy catalogue finds in ``text`` (regimens and drug classes left out)."""
    drugs = catalogue().drugs
    return [(m.start, m.end, m.target) for m in find_drugs(text) if m.target in drugs]


def from_resolver(resolve: DrugResolver) -> DrugFinder:
    """A finder that asks ``resolve`` about each word of four letters or more."""

    def finder(text: str) -> list[DrugSpan]:
        seen: dict[str, str | None] = {}
        out = []
        for match in _WORD.finditer(text):
            word = match.group()
            if word.lower() not in seen:
                if len(seen) >= MAX_DRUG_LOOKUPS:
                    break
                seen[word.lower()] = resolve(word)
            generic = seen[word.lower()]
            if generic:
                out.append((match.start(), match.end(), generic))
        return out

    return finder


def extract(folded: str, text: str, m: Matchers, drugs: DrugFinder) -> list[Mention]:
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
    for start, end, generic in drugs(text):
        found.append(
            Mention(kind="drug", value=generic.lower(), text=text[start:end], start=start, end=end)
        )
    return sorted(found, key=lambda x: (x.start, x.kind))


def _mention(kind: str, value: str, text: str, match: re.Match[str]) -> Mention:
    start, end = match.span()
    return Mention.model_validate(
        {"kind": kind, "value": value, "text": text[start:end], "start": start, "end": end}
    )

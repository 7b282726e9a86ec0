"""Compiled cue patterns: find every cue, place, term and urgent sign in folded text, with spans.

Each knowledge row compiles to one regular expression (its patterns joined, anchored at a word
boundary). A simple negation check drops urgent-sign matches such as "no chest pain".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sarcnav.knowledge.enquiries import Cue, EnquiryLexicon, EnquiryPolicy, Place, Term, UrgentSign
from sarcnav.model.enquiry import Span

_NEGATION = re.compile(
    r"\b(no|not|never|without|sin|nunca|pas de|kein|keine|nessun)\W+(\w+\W+){0,2}$"
)


def _compile(patterns: list[str], whole_word: bool = False) -> re.Pattern[str]:
    end = r"\b" if whole_word else ""
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + end, re.MULTILINE)


@dataclass(frozen=True)
class Compiled:
    """A knowledge row and its compiled pattern (plus an optional exclusion or companion)."""

    row: Cue | Place | Term | UrgentSign
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None

    def find(self, folded: str, original: str, negatable: bool = False) -> list[Span]:
        """Spans of the row's matches (text quoted from ``original``)."""
        if self.requires is not None and not self.requires.search(folded):
            return []
        spans = []
        for match in self.regex.finditer(folded):
            start, end = match.span()
            if end == start:
                continue
            if self.unless is not None and self.unless.match(folded, start):
                continue
            if negatable and _NEGATION.search(folded[max(0, start - 30) : start]):
                continue
            spans.append(Span(text=original[start:end], start=start, end=end, rule_id=self.row.id))
        return spans


@dataclass(frozen=True)
class Matchers:
    cues: list[Compiled]
    places: list[Compiled]
    terms: list[Compiled]
    urgent: list[Compiled]


def _lexicon_matchers(
    lexicon: EnquiryLexicon,
) -> tuple[list[Compiled], list[Compiled], list[Compiled]]:
    cues = [
        Compiled(c, _compile(c.patterns), _compile(c.unless) if c.unless else None)
        for c in lexicon.cues
    ]
    places = [Compiled(p, _compile(p.patterns, whole_word=True)) for p in lexicon.places]
    terms = [Compiled(t, _compile(t.patterns)) for t in lexicon.terms]
    return cues, places, terms


def _urgent_matchers(policy: EnquiryPolicy) -> list[Compiled]:
    return [
        Compiled(s, _compile(s.patterns), requires=_compile(s.requires) if s.requires else None)
        for s in policy.urgent_signs
    ]


_CACHE: dict[tuple[int, int], tuple[EnquiryLexicon, EnquiryPolicy, Matchers]] = {}


def matchers(lexicon: EnquiryLexicon, policy: EnquiryPolicy) -> Matchers:
    """Compiled patterns of both packs (compiled once per pair of pack objects)."""
    key = (id(lexicon), id(policy))
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not lexicon or hit[1] is not policy:
        cues, places, terms = _lexicon_matchers(lexicon)
        hit = (lexicon, policy, Matchers(cues, places, terms, _urgent_matchers(policy)))
        _CACHE[key] = hit
    return hit[2]

"""Compiled cue patterns: find every cue, place, term and urgent sign in folded text, with spans.

Each knowledge row compiles to one regular expression (its patterns joined, anchored at a word
boundary). A simple negation check drops urgent-sign matches such as "no chest pain". An urgent
sign with a temperature threshold matches readings at or above it (see ``readings``); a sign's
requirement is met by one of its ``requires`` patterns or by a drug of its catalogue classes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sarcnav.enquiries.readings import readings
from sarcnav.enquiries.text import negated, word_start_regex
from sarcnav.knowledge.enquiries import Cue, EnquiryLexicon, EnquiryPolicy, Place, Term, UrgentSign
from sarcnav.knowledge.loader import KnowledgeError
from sarcnav.model.enquiry import Span
from sarcnav.therapy.catalogue import catalogue

_compile = word_start_regex
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_ESCAPE = re.compile(r"\\.")


def _non_latin_only(row: Cue | Place | Term | UrgentSign) -> bool:
    """Whether every pattern of ``row`` is written in another script than Latin (Cyrillic,
    Arabic, Chinese...), with no Latin letter: such a row cannot match Latin-only text."""
    patterns = [_ESCAPE.sub("", p) for p in row.patterns]
    return all(_NON_LATIN.search(p) and not re.search(r"[a-z]", p) for p in patterns)


def applicable(rows: list[Compiled], folded: str) -> list[Compiled]:
    """The rows that can match ``folded`` (rows of other scripts are skipped on Latin text)."""
    if _NON_LATIN.search(folded):
        return rows
    return [c for c in rows if not c.non_latin_only]


@dataclass(frozen=True)
class Compiled:
    """A knowledge row and its compiled pattern (plus an optional exclusion or companion)."""

    row: Cue | Place | Term | UrgentSign
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    requires: re.Pattern[str] | None = None
    requires_drugs: frozenset[str] = frozenset()
    non_latin_only: bool = False

    def find(
        self,
        folded: str,
        original: str,
        negatable: bool = False,
        drugs: frozenset[str] = frozenset(),
    ) -> list[Span]:
        """Spans of the row's matches (text quoted from ``original``).

        ``drugs`` are the generic names of the drugs the message names (for ``requires_drugs``).
        """
        if not self.required(folded, drugs):
            return []
        found = [m.span() for m in self.regex.finditer(folded)]
        threshold = self.row.temperature if isinstance(self.row, UrgentSign) else None
        if threshold is not None:
            found = [
                (r.start, r.end)
                for r in readings(folded, self.regex, threshold)
                if r.at_or_above(threshold)
            ]
        spans = []
        for start, end in found:
            if end == start:
                continue
            if self.unless is not None and self.unless.match(folded, start):
                continue
            if negatable and negated(folded, start):
                continue
            spans.append(Span(text=original[start:end], start=start, end=end, rule_id=self.row.id))
        return spans

    def requirement(
        self, folded: str, drug_spans: list[tuple[int, int, str]]
    ) -> tuple[int, int, str] | None:
        """Where the companion requirement is met: (start, end, field), or None."""
        if self.requires is not None:
            match = self.requires.search(folded)
            if match:
                return match.start(), match.end(), "text"
        for start, end, generic in drug_spans:
            if generic.lower() in self.requires_drugs:
                return start, end, f"drug:{generic.lower()}"
        return None

    def required(self, folded: str, drugs: frozenset[str]) -> bool:
        """Whether the row's companion requirement (if any) is met."""
        if self.requires is None and not self.requires_drugs:
            return True
        if self.requires is not None and self.requires.search(folded):
            return True
        return bool(self.requires_drugs & drugs)


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
        Compiled(
            c,
            _compile(c.patterns),
            _compile(c.unless) if c.unless else None,
            non_latin_only=_non_latin_only(c),
        )
        for c in lexicon.cues
    ]
    places = [
        Compiled(p, _compile(p.patterns, whole_word=True), non_latin_only=_non_latin_only(p))
        for p in lexicon.places
    ]
    terms = [Compiled(t, _compile(t.patterns)) for t in lexicon.terms]
    return cues, places, terms


def _urgent_matchers(policy: EnquiryPolicy) -> list[Compiled]:
    return [
        Compiled(
            s,
            _compile(s.patterns),
            requires=_compile(s.requires) if s.requires else None,
            requires_drugs=drugs_of_classes(s),
        )
        for s in policy.urgent_signs
    ]


def drugs_of_classes(sign: UrgentSign) -> frozenset[str]:
    """Generic names of the catalogue drugs in the sign's ``requires_drug_classes``."""
    if not sign.requires_drug_classes:
        return frozenset()
    drugs = catalogue().drugs
    known = {c for d in drugs.values() for c in d.classes}
    unknown = sorted(set(sign.requires_drug_classes) - known)
    if unknown:
        raise KnowledgeError(
            f"urgent sign {sign.id}: requires_drug_classes {unknown} are not classes of the "
            "therapy catalogue"
        )
    wanted = set(sign.requires_drug_classes)
    return frozenset(g for g, d in drugs.items() if wanted & set(d.classes))


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

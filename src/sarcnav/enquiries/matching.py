"""Compiled cue patterns: find every cue, place, term and urgent sign in folded text, with spans.

Each knowledge row compiles to one regular expression (its patterns joined, anchored at a word
boundary). A simple negation check drops urgent-sign matches such as "no chest pain". An urgent
sign with a temperature threshold matches readings at or above it (see ``readings``); a sign's
requirement is met by one of its ``requires`` patterns or by a drug of its catalogue classes.
A sign with ``near`` cues counts only where one stands in the match's sentence; a ``not_near``
cue (past, resolved, hypothetical) in that sentence drops the match, and a ``requires`` word in
such a sentence ("finished chemo back in 2021") does not meet the requirement. A ``not_after``
cue in the next sentence ("It's been fine since.") drops the match as well, and a sign with
``not_below`` does not count in a sentence whose readings are all below the named threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sarcnav.enquiries.readings import readings
from sarcnav.enquiries.text import negated, word_start_regex
from sarcnav.knowledge.enquiries import (
    Cue,
    EnquiryLexicon,
    EnquiryPolicy,
    Place,
    Temperature,
    Term,
    UrgentSign,
)
from sarcnav.knowledge.loader import KnowledgeError
from sarcnav.model.enquiry import Span
from sarcnav.therapy.catalogue import catalogue

_compile = word_start_regex
_NON_LATIN = re.compile(r"[^\x00-\u024f]")
_ESCAPE = re.compile(r"\\.")
_SENTENCE_END = re.compile(r"[.!?;\n]+(?:\s|$)|[。！？]")


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
    near: re.Pattern[str] | None = None
    not_near: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    below: tuple[re.Pattern[str], Temperature] | None = None

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
            if not self._sentence_allows(folded, start, end):
                continue
            if self.below is not None and self._below_threshold(folded, start, end):
                continue
            spans.append(Span(text=original[start:end], start=start, end=end, rule_id=self.row.id))
        return spans

    def _sentence_allows(self, folded: str, start: int, end: int) -> bool:
        """Whether the sentence of ``start:end`` has a ``near`` cue (if any) and no ``not_near``,
        and the next sentence no ``not_after`` cue."""
        if self.near is None and self.not_near is None and self.not_after is None:
            return True
        left, right = sentence(folded, start, end)
        if self.near is not None and not self.near.search(folded, left, right):
            return False
        if self.not_near is not None and self.not_near.search(folded, left, right):
            return False
        if self.not_after is not None and right < len(folded):
            return not self.not_after.search(folded, *next_sentence(folded, right))
        return True

    def _below_threshold(self, folded: str, start: int, end: int) -> bool:
        """Whether the sentence of ``start:end`` states readings, all below the threshold."""
        assert self.below is not None
        context, threshold = self.below
        left, right = sentence(folded, start, end)
        found = readings(folded[left:right], context, threshold)
        return bool(found) and not any(r.at_or_above(threshold) for r in found)

    def _current(self, folded: str, start: int, end: int) -> bool:
        """Whether the sentence of ``start:end`` has no ``not_near`` cue (past, resolved)."""
        if self.not_near is None:
            return True
        return not self.not_near.search(folded, *sentence(folded, start, end))

    def _requires_match(self, folded: str) -> re.Match[str] | None:
        """The first ``requires`` match in a sentence without a ``not_near`` cue."""
        if self.requires is None:
            return None
        return next(
            (m for m in self.requires.finditer(folded) if self._current(folded, *m.span())), None
        )

    def requirement(
        self, folded: str, drug_spans: list[tuple[int, int, str]]
    ) -> tuple[int, int, str] | None:
        """Where the companion requirement is met: (start, end, field), or None."""
        match = self._requires_match(folded)
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
        if self._requires_match(folded):
            return True
        return bool(self.requires_drugs & drugs)


def sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around ``start:end`` (ends: . ! ? ; or a line break)."""
    left = 0
    for stop in _SENTENCE_END.finditer(folded, 0, start):
        left = stop.end()
    after = _SENTENCE_END.search(folded, end)
    return left, after.start() if after else len(folded)


def next_sentence(folded: str, right: int) -> tuple[int, int]:
    """Bounds of the sentence after the one that ends at ``right``."""
    stop = _SENTENCE_END.match(folded, right)
    left = stop.end() if stop else right
    after = _SENTENCE_END.search(folded, left)
    return left, after.start() if after else len(folded)


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
    thresholds = {
        s.id: (_compile(s.patterns), s.temperature)
        for s in policy.urgent_signs
        if s.temperature is not None
    }
    return [
        Compiled(
            s,
            _compile(s.patterns),
            requires=_compile(s.requires) if s.requires else None,
            requires_drugs=drugs_of_classes(s),
            near=_compile(s.near) if s.near else None,
            not_near=_compile(s.not_near) if s.not_near else None,
            not_after=_compile(s.not_after) if s.not_after else None,
            below=thresholds[s.not_below] if s.not_below else None,
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

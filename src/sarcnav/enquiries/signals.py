"""Who writes, from where, how urgent, spam or not, travel: each decided from cue spans.

- relation: the first strong relation cue in the text decides ("my mother ..." → child), except
  that a wider-family cue ("my aunt") gives way to a closer relative named too, and a cue inside a
  longer one does not count ("my mother's sister": the writer is family); weak first-person cues
  count only when there is no strong one; none (or spam) → ``unknown``. A writer who introduces
  herself as a professional ("I'm her gynecologist", "cher confrère") is nobody's relative: her
  first-person cues do not make ``self`` (``unknown``), a relative she names still counts. Cue
  rows with ``languages`` count only in messages read as one of them ("me", "im", "je" are
  first-person words in English or French, not in Vietnamese, German or Dutch).
- location: places and phone numbers (strong), then a bare country name (weak); the centre's own
  country is ``us`` (domestic). Spelling ("tumour", "mum") is no evidence: British spelling is
  written in many countries, the centre's own included (round 11). Places
  marked ``case_sensitive`` match the text as written ("Fargo ND"). Spam → ``unknown``: a sales
  message's phone number says nothing about a patient.
- urgency: an urgent sign of the policy → ``emergency``; a time-pressure cue → ``high``. Signs
  that need chemotherapy are also met by a named drug of their catalogue classes (``drugs``).
- spam: never with an urgent sign. A strong spam cue with no clinical word, or distinct sales
  cues (strong or weak: links, "discount", "check it out"): two, or three beside a clinical word
  ("CBD oil that cures cancer naturally, check it out at www...").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from sarcnav.enquiries.matching import Matchers, applicable
from sarcnav.knowledge.enquiries import Cue, Place
from sarcnav.model.enquiry import LabelExplanation, Span

_PHONE_INTL = re.compile(r"(?<![\w+])\+\s?(\d{1,3})(?=[\s.\-(]?\d)")
_PHONE_NANP = re.compile(r"(?<![\w+])(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}\b")
MIN_SALES_CUES = 2
"""Distinct spam cues (strong or weak) that make spam; one more when a clinical word occurs."""


@dataclass
class Signals:
    """Everything read from the cues of one message."""

    cue_spans: dict[tuple[str, str], list[Span]]
    weak_spans: dict[tuple[str, str], list[Span]]
    relation: LabelExplanation
    location: LabelExplanation
    urgency: LabelExplanation
    spam: list[Span]
    cannot_travel: list[Span]

    def intent_cues(self, weak: bool = False) -> dict[str, list[Span]]:
        """Spans per intent of the strong cue rows (or of the weak ones)."""
        found = self.weak_spans if weak else self.cue_spans
        return {label: s for (kind, label), s in found.items() if kind == "intent" and s}


def read_signals(
    folded: str,
    text: str,
    m: Matchers,
    home_country: str,
    drugs: frozenset[str] = frozenset(),
    language: str = "",
) -> Signals:
    """The cues of one message; ``language`` selects the rows limited to some languages."""
    spans: dict[tuple[str, str], list[Span]] = defaultdict(list)
    weak: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for compiled in applicable(m.cues, folded):
        cue = compiled.row
        assert isinstance(cue, Cue)
        if cue.languages and language not in cue.languages:
            continue
        (weak if cue.weak else spans)[(cue.kind, cue.label)].extend(compiled.find(folded, text))
    urgent = [s for c in m.urgent for s in c.find(folded, text, negatable=True, drugs=drugs)]
    spam = _spam(
        spans[("spam", "spam")],
        weak[("spam", "spam")],
        bool(spans[("clinical", "clinical")]),
        urgent,
    )
    return Signals(
        cue_spans=dict(spans),
        weak_spans=dict(weak),
        relation=LabelExplanation(label="unknown", detail="spam")
        if spam
        else _relation(spans, weak),
        location=LabelExplanation(label="unknown", detail="spam")
        if spam
        else _location(folded, text, m, home_country),
        urgency=_urgency(urgent, spans[("urgency", "high")]),
        spam=spam,
        cannot_travel=spans[("travel", "cannot_travel")],
    )


def _spam(strong: list[Span], weak: list[Span], clinical: bool, urgent: list[Span]) -> list[Span]:
    """The spam cues when they make spam (see the module docstring), else none."""
    if urgent:
        return []
    if strong and not clinical:
        return strong
    cues: list[Span] = []
    end = -1
    for span in sorted(strong + weak, key=lambda s: s.start):
        if span.start > end:  # touching cues (one link, one phrase) count once
            cues.append(span)
        end = max(end, span.end)
    return cues if len(cues) >= MIN_SALES_CUES + clinical else []


def _relation(
    spans: dict[tuple[str, str], list[Span]], weak: dict[tuple[str, str], list[Span]]
) -> LabelExplanation:
    professional = spans.get(("relation", "unknown"), [])
    found = [
        (s, label)
        for (kind, label), cues in spans.items()
        if kind == "relation" and label != "unknown" and not (professional and label == "self")
        for s in cues
    ]
    strong = sorted(_outermost(found), key=lambda pair: (pair[1] == "family", pair[0].start))
    if strong:
        first, label = strong[0]
        return LabelExplanation(label=label, cues=[first], detail="first relation cue in the text")
    if professional:
        return LabelExplanation(
            label="unknown",
            cues=professional[:1],
            detail="the writer is a professional writing about a patient",
        )
    if weak.get(("relation", "self")):
        return LabelExplanation(
            label="self",
            cues=weak[("relation", "self")][:3],
            detail="only first-person cues (weak)",
        )
    return LabelExplanation(label="unknown", detail="no cue about who writes")


def _outermost(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The cues not inside a longer one ("my husband's" inside "my husband's mother")."""
    kept = []
    reach, reach_start = -1, -1  # the furthest end so far, and where that span starts
    for span, label in sorted(found, key=lambda pair: (pair[0].start, pair[0].start - pair[0].end)):
        if not (span.end < reach or (span.end == reach and reach_start < span.start)):
            kept.append((span, label))
        if span.end > reach:
            reach, reach_start = span.end, span.start
    return kept


def _location(folded: str, text: str, m: Matchers, home: str) -> LabelExplanation:
    strong: list[tuple[Span, str]] = []
    weak: list[tuple[Span, str]] = []
    prefixes: dict[str, str] = {}
    for compiled in applicable(m.places, folded):
        place = compiled.row
        assert isinstance(place, Place)
        if place.phone_prefix:
            prefixes.setdefault(place.phone_prefix, place.country)
        for span in compiled.find(text if place.case_sensitive else folded, text):
            (weak if place.weak else strong).append((span, place.country))
    for match in _PHONE_INTL.finditer(folded):
        digits = match.group(1)
        for size in (3, 2, 1):
            country = prefixes.get("+" + digits[:size])
            if country:
                span = Span(
                    text=text[match.start() : match.end()],
                    start=match.start(),
                    end=match.end(),
                    rule_id=f"phone-prefix+{digits[:size]}",
                )
                strong.append((span, country))
                break
    for match in _PHONE_NANP.finditer(folded):
        span = Span(
            text=text[match.start() : match.end()],
            start=match.start(),
            end=match.end(),
            rule_id="phone-format-nanp",
        )
        strong.append((span, "US"))
    for evidence, kind in ((strong, "place or phone"), (weak, "country name")):
        if evidence:
            evidence.sort(key=lambda pair: pair[0].start)
            span, country = evidence[0]
            label = "us" if country == home else "international"
            return LabelExplanation(
                label=label,
                cues=[s for s, _ in evidence][:5],
                detail=f"first {kind} mentioned is in {country} (centre country {home})",
            )
    return LabelExplanation(label="unknown", detail="no place or phone number")


def _urgency(urgent: list[Span], high: list[Span]) -> LabelExplanation:
    if urgent:
        return LabelExplanation(label="emergency", cues=urgent, detail="urgent sign of the policy")
    if high:
        return LabelExplanation(label="high", cues=high, detail="time pressure or distress cue")
    return LabelExplanation(label="routine", detail="no urgent sign or time-pressure cue")

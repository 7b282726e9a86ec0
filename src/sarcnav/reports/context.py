"""Context of each mention (negated, uncertain, historical, other specimen) with negspacy's NegEx.

A blank spaCy English pipeline (no model download) splits the text into sentences and lines; one
NegEx component per category, each with its own termset from ``data/context.yaml``, flags the
mention spans. The trigger that fired is recovered from the component's own matcher so every
modifier carries its trigger span.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import spacy
from negspacy.negation import Negex
from spacy.language import Language
from spacy.tokens import Doc, Span

from sarcnav.model.report import Modifier, ModifierCategory
from sarcnav.reports.patterns import context_file

SPAN_KEY = "mentions"
_BREAKS = {".", "!", "?", ";"}


@Language.component("sarcnav_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Sentence starts after end punctuation and after every line break (templates lack full stops)."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        prev = doc[i - 1]
        token.is_sent_start = prev.text in _BREAKS or "\n" in prev.text or "\n" in prev.whitespace_
    return doc


@cache
def pipeline() -> Language:
    """The blank English pipeline with one NegEx component per modifier category."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sarcnav_line_breaks")
    ctx = context_file()
    for category, terms in ctx.categories.items():
        nlp.add_pipe(
            "negex",
            name=f"ctx_{category.value}",
            config={
                "neg_termset": {
                    "pseudo_negations": terms.pseudo,
                    "preceding_negations": terms.preceding,
                    "following_negations": terms.following,
                    "termination": ctx.termination,
                },
                "extension_name": f"ctx_{category.value}",
                "span_keys": [SPAN_KEY],
            },
        )
    return nlp


def modifiers(text: str, spans: Sequence[tuple[int, int]]) -> list[list[Modifier]]:
    """For each character span (a mention), the modifiers that apply to it, in category order."""
    nlp = pipeline()
    doc = nlp.make_doc(text)
    group: list[Span] = []
    index: list[int] = []
    for i, (start, end) in enumerate(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            group.append(span)
            index.append(i)
    doc.spans[SPAN_KEY] = group
    for _, component in nlp.pipeline:
        doc = component(doc)
    found: list[list[Modifier]] = [[] for _ in spans]
    for _name, component in nlp.pipeline:
        if not isinstance(component, Negex):
            continue
        category = ModifierCategory(component.extension_name.removeprefix("ctx_"))
        flagged = [
            (k, s) for k, s in enumerate(doc.spans[SPAN_KEY]) if s._.get(component.extension_name)
        ]
        if not flagged:
            continue
        preceding, following, terminating = component.process_negations(doc)
        bounds = component.termination_boundaries(doc, terminating)
        for k, span in flagged:
            trigger = _trigger(span, bounds, preceding, following)
            if trigger is not None:
                t = doc[trigger[0] : trigger[1]]
                found[index[k]].append(
                    Modifier(category=category, trigger=t.text, start=t.start_char, end=t.end_char)
                )
    return found


def _trigger(
    span: Span,
    bounds: list[tuple[int, int]],
    preceding: list[tuple[int, int, int]],
    following: list[tuple[int, int, int]],
) -> tuple[int, int] | None:
    """The trigger NegEx used for ``span``: the nearest preceding one, else the nearest following."""
    for lo, hi in bounds:
        if not (lo <= span.start < hi):
            continue
        before = [(s, e) for _, s, e in preceding if lo <= s < hi and s < span.start]
        if before:
            return max(before)
        after = [(s, e) for _, s, e in following if lo <= s < hi and e > span.end]
        if after:
            return min(after)
    return None

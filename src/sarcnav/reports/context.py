"""Context of each mention (negated, uncertain, historical, other specimen) with negspacy's NegEx.

A blank spaCy English pipeline (no model download) splits the text into sentences and lines; one
NegEx component per category, each with its own termset from ``data/context.yaml``, flags the
mention spans. The trigger that fired is recovered from the component's own matcher so every
modifier carries its trigger span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

import spacy
from negspacy.negation import Negex
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from sarcnav.model.report import Modifier, ModifierCategory
from sarcnav.reports.patterns import context_file

_BREAKS = {".", "!", "?", ";"}
# A plain punctuation tokenizer (triggers and text go through the same one): several times faster
# than spaCy's English rules, which a report's context does not need.
_PREFIX = re.compile(r"""^[\[\({"'.,;:|/+<>=*•–—-]""")
_SUFFIX = re.compile(r"""[\]\)}"'.,;:|/+%*–—-]$""")
_INFIX = re.compile(r"""[/,:;|()=]|(?<=\w)[-–](?=\w)|(?<=\w)\.(?=[A-Za-z])""")


@Language.component("sarcnav_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Sentence starts after end punctuation and after line breaks (templates lack full stops)."""
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
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        prefix_search=_PREFIX.search,
        suffix_search=_SUFFIX.search,
        infix_finditer=_INFIX.finditer,
    )
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
            },
        )
    return nlp


def modifiers(text: str, spans: Sequence[tuple[int, int]]) -> list[list[Modifier]]:
    """For each character span (a mention), the modifiers that apply to it, in category order.

    Triggers, pseudo-triggers and scope boundaries come from each NegEx component
    (``process_negations``, ``termination_boundaries``); a mention is modified when a preceding
    trigger lies before it, or a following trigger after it, within one boundary — negspacy's own
    rule, applied here per boundary with a bisect instead of negspacy's span-by-boundary scan.
    """
    nlp = pipeline()
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        if not isinstance(component, Negex):
            doc = component(doc)
    tokens: dict[tuple[int, int], tuple[int, int] | None] = {}
    for start, end in spans:
        if (start, end) not in tokens:
            span = doc.char_span(start, end, alignment_mode="expand")
            tokens[(start, end)] = (
                (span.start, span.end) if span is not None and len(span) else None
            )
    found: dict[tuple[int, int], list[Modifier]] = {key: [] for key in tokens}
    for _, component in nlp.pipeline:
        if not isinstance(component, Negex):
            continue
        category = ModifierCategory(component.extension_name.removeprefix("ctx_"))
        preceding, following, terminating = component.process_negations(doc)
        if not preceding and not following:
            continue
        bounds = component.termination_boundaries(doc, terminating)
        starts = [lo for lo, _ in bounds]
        for key, tok in tokens.items():
            if tok is None:
                continue
            first = bounds[bisect_right(starts, tok[0]) - 1]
            last = bounds[bisect_right(starts, tok[1] - 1) - 1]
            trigger = _trigger(tok, first, last, preceding, following)
            if trigger is not None:
                t = doc[trigger[0] : trigger[1]]
                found[key].append(
                    Modifier(category=category, trigger=t.text, start=t.start_char, end=t.end_char)
                )
    return [list(found[(start, end)]) for start, end in spans]


def _trigger(
    tok: tuple[int, int],
    first: tuple[int, int],
    last: tuple[int, int],
    preceding: list[tuple[int, int, int]],
    following: list[tuple[int, int, int]],
) -> tuple[int, int] | None:
    """The trigger for a mention: the nearest preceding one in the boundary it starts in, else
    the nearest following one in the boundary it ends in.

    A mention wrapped over a line break ('no coagulative tumour cell / necrosis') belongs to the
    boundary it starts in for a preceding trigger; one that spans a termination ('Leiomyosarcoma
    (myxoid type) is not favoured') reaches a following trigger after its end (round 9; negspacy
    itself reads only the boundary a mention starts in).
    """
    lo, hi = first
    if not lo <= tok[0] < hi:
        return None
    before = [(s, e) for _, s, e in preceding if lo <= s < hi and s < tok[0]]
    if before:
        return max(before)
    lo, hi = last
    after = [(s, e) for _, s, e in following if lo <= s < hi and e > tok[1]]
    return min(after) if after else None

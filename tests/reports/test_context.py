"""The context fast path agrees with negspacy's own NegEx component, and reading never crashes."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from negspacy.negation import Negex

from sarcnav.reports.context import modifiers, pipeline
from sarcnav.reports.extract import read_report

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reports"
MENTION = re.compile(r"necrosis|invasion|LVI|leiomyo\w+|atypia|ovary|serosa|omentum|desmin", re.I)


def test_fast_path_matches_negspacy_component() -> None:
    nlp = pipeline()
    for path in sorted(FIXTURES.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = [m.span() for m in MENTION.finditer(text)]
        fast = modifiers(text, spans)
        doc = nlp.make_doc(text)
        doc = nlp.get_pipe("sarcnav_line_breaks")(doc)
        group = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
        doc.spans["sc"] = group
        for name, component in nlp.pipeline:
            if isinstance(component, Negex):
                component.span_keys = {"sc"}
                component(doc)
                ext = component.extension_name
                category = ext.removeprefix("ctx_")
                theirs = [bool(span._.get(ext)) for span in doc.spans["sc"]]
                ours = [any(m.category.value == category for m in mods) for mods in fast]
                assert ours == theirs, f"{path.name}: {name}"
                component.span_keys = set()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_reading_any_text_never_crashes_and_spans_are_valid(text: str) -> None:
    reading = read_report("uterus " + text)
    for e in reading.extractions:
        assert ("uterus " + text)[e.start : e.end] == e.text

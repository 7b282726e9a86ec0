"""Splitting eligibility text: headings, bullets, numbering, nesting, lead-ins, legacy text."""

from __future__ import annotations

import pytest

from sarcnav.model.trial import Section
from sarcnav.trials.eligibility import looks_cut, split_criteria

INC, EXC = Section.INCLUSION, Section.EXCLUSION

CASES = [
    (
        "bullets and headings",
        "Inclusion Criteria:\n\n* Age 18\n* ECOG 0-1\n\nExclusion Criteria:\n\n* Prior trabectedin",
        [(INC, "Age 18"), (INC, "ECOG 0-1"), (EXC, "Prior trabectedin")],
    ),
    (
        "numbering",
        "Inclusion Criteria:\n1. First item.\n2) Second item.\nExclusion Criteria:\n1. Third",
        [(INC, "First item."), (INC, "Second item."), (EXC, "Third")],
    ),
    (
        "indented sub-items fold into their parent",
        "Inclusion Criteria:\n1. Sarcoma of these types:\n"
        "   * Leiomyosarcoma\n   * Liposarcoma\n2. ECOG 0",
        [(INC, "Sarcoma of these types: Leiomyosarcoma; Liposarcoma"), (INC, "ECOG 0")],
    ),
    (
        "a lead-in ending with a colon owns the short items after it",
        "* No metastasis beyond the abdomen, including:\n* Lung metastasis\n* Liver metastasis",
        [(INC, "No metastasis beyond the abdomen, including: Lung metastasis; Liver metastasis")],
    ),
    (
        "indented continuation text joins the item",
        "Inclusion Criteria:\n3. Progression after one regimen.\n\n   Note: hormones allowed.",
        [(INC, "Progression after one regimen. Note: hormones allowed.")],
    ),
    (
        "legacy headed paragraphs split at their labels",
        "DISEASE CHARACTERISTICS: Uterine sarcoma PATIENT CHARACTERISTICS: Age: Any age "
        "Performance status: WHO 0-2",
        [(INC, "Uterine sarcoma"), (INC, "Age: Any age"), (INC, "Performance status: WHO 0-2")],
    ),
    (
        "a capitalised sub-heading written as a bullet is not a criterion",
        "Inclusion Criteria:\n* REGISTRATION ELIGIBILITY CRITERIA:\n* Measurable disease",
        [(INC, "Measurable disease")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_split(name: str, text: str, expected: list[tuple[Section, str]]) -> None:
    assert split_criteria(text) == expected


def test_empty_text_has_no_items() -> None:
    assert split_criteria("") == []


@pytest.mark.parametrize(
    ("text", "cut"),
    [("must have had an anthracycline (unless", True), ("ECOG 0 (or 1)", False), ("x [a", True)],
)
def test_cut_items_are_recognised(text: str, cut: bool) -> None:
    assert looks_cut(text) is cut


def test_real_records_split_into_sections(trials) -> None:  # type: ignore[no-untyped-def]
    keynote = trials["NCT03517449"]
    sections = [c.section for c in keynote.criteria if c.source == "text"]
    assert sections.count(EXC) == 1 and sections.count(INC) == 7
    legacy = trials["NCT00002459"]
    assert any(c.text == "Performance status: WHO 0-2" for c in legacy.criteria)

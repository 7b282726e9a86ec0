"""Reading one criterion: category and checks, table-driven from real registry wording."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sarcnav.model.trial import Category, Section
from sarcnav.trials.criteria import parse_criterion

INC, EXC = Section.INCLUSION, Section.EXCLUSION

# (text, section, category of the first check, expected attributes of that check)
CASES: list[tuple[str, Section, Category, dict[str, Any]]] = [
    ("ECOG 0 or 1", INC, Category.PERFORMANCE_STATUS, {"minimum": 0, "maximum": 1}),
    (
        "Eastern Cooperative Oncology Group (ECOG) Performance Status ≤ 2",
        INC,
        Category.PERFORMANCE_STATUS,
        {"maximum": 2, "scale": "ecog"},
    ),
    (
        "Performance status of 0-2 on the Eastern Cooperative Oncology Group (ECOG) scale",
        INC,
        Category.PERFORMANCE_STATUS,
        {"maximum": 2},
    ),
    (
        "Patients must have a Zubrod performance status of 0, 1, or 2.",
        INC,
        Category.PERFORMANCE_STATUS,
        {"maximum": 2, "scale": "zubrod"},
    ),
    (
        "Karnofsky performance status ≥ 70",
        INC,
        Category.PERFORMANCE_STATUS,
        {"minimum": 70, "scale": "karnofsky"},
    ),
    ("Age ≥ 18 years and ≤ 75 years", INC, Category.AGE, {"minimum": 18, "maximum": 75}),
    ("18 years of age or older", INC, Category.AGE, {"minimum": 18}),
    ("Age = 18 years or legal age of consent", INC, Category.AGE, {"value": "ambiguous"}),
    ("Patients must be postmenopausal.", INC, Category.MENOPAUSAL, {"value": "post"}),
    ("Pre-menopausal women", EXC, Category.MENOPAUSAL, {"value": "pre"}),
    (
        "Tumors must express ER positivity (ER expression >10% by immunohistochemistry).",
        INC,
        Category.BIOMARKER,
        {"terms": ("ER",), "minimum": 10},
    ),
    ("Evidence of ER and/or PR positivity", INC, Category.BIOMARKER, {"terms": ("ER", "PR")}),
    ("Measurable disease per RECIST 1.1", INC, Category.MEASURABLE_DISEASE, {"negated": False}),
    (
        "All patients must have no measurable disease.",
        INC,
        Category.MEASURABLE_DISEASE,
        {"negated": True},
    ),
    (
        "Measurable or evaluable disease with RECIST 1.1 criteria.",
        INC,
        Category.MEASURABLE_DISEASE,
        {"value": "or_evaluable"},
    ),
    (
        "No prior trabectedin",
        INC,
        Category.PRIOR_THERAPY,
        {"terms": ("trabectedin",), "negated": True},
    ),
    (
        "prior therapy with gemcitabine or docetaxel or doxorubicin",
        EXC,
        Category.PRIOR_THERAPY,
        {"terms": ("gemcitabine", "docetaxel", "doxorubicin"), "negated": False},
    ),
    (
        "Patients must have received at least one, but not more than three, systemic regimens",
        INC,
        Category.PRIOR_LINES,
        {"minimum": 1, "maximum": 3},
    ),
    ("No more than 3 prior lines of chemotherapy", INC, Category.PRIOR_LINES, {"maximum": 3}),
    (
        "No previous systemic therapy for metastatic disease",
        INC,
        Category.PRIOR_LINES,
        {"maximum": 0},
    ),
    ("At least 3 weeks since prior therapy", INC, Category.WASHOUT, {"minimum": 21}),
    (
        "patients with other invasive malignancies",
        EXC,
        Category.OTHER_MALIGNANCY,
        {"negated": False},
    ),
    ("History of central nervous system (CNS) metastases", EXC, Category.BRAIN_METASTASES, {}),
    (
        "high risk uterine LMS, FIGO stage I or II",
        INC,
        Category.HISTOLOGY,
        {"terms": ("uterine_leiomyosarcoma",)},
    ),
    (
        "soft tissue sarcoma, excluding gastrointestinal stromal tumors and Kaposi's sarcoma",
        INC,
        Category.HISTOLOGY,
        {"terms": ("soft_tissue_sarcoma",), "excluded": ("gist", "kaposi_sarcoma")},
    ),
    (
        "Soft tissue sarcoma of these types: leiomyosarcoma; liposarcoma",
        INC,
        Category.HISTOLOGY,
        {"terms": ("leiomyosarcoma", "liposarcoma")},
    ),
    (
        "Has carcinosarcoma (malignant mixed mullerian tumor)",
        EXC,
        Category.HISTOLOGY,
        {"terms": ("carcinosarcoma",)},
    ),
    (
        "Locally advanced unresectable or metastatic disease",
        INC,
        Category.SETTING,
        {"terms": ("locally_advanced", "unresectable", "metastatic")},
    ),
    ("Surgical stage I-IV disease", INC, Category.STAGE, {"terms": ("I", "II", "III", "IV")}),
    (
        "No limit to number of prior chemotherapies",
        INC,
        Category.OTHER,
        {"value": "no_requirement"},
    ),
]


@pytest.mark.parametrize(
    ("text", "section", "category", "attrs"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_reads(text: str, section: Section, category: Category, attrs: dict[str, Any]) -> None:
    criterion = parse_criterion(section, text, "x")
    assert criterion.checks, f"no check read from {text!r}"
    check = criterion.checks[0]
    assert check.category is category
    for name, value in attrs.items():
        assert getattr(check, name) == value, name


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ANC ≥ 1,500, hemoglobin ≥ 8.0, platelets ≥100,000", Category.ORGAN_FUNCTION),
        ("negative pregnancy test", Category.PREGNANCY),
        ("signed consent", Category.CONSENT),
        ("Life expectancy of 3 months or more", Category.LIFE_EXPECTANCY),
        ("Patients suitable to receive gemcitabine or trabectedin therapy.", Category.OTHER),
    ],
)
def test_recognised_but_not_assessable(text: str, category: Category) -> None:
    criterion = parse_criterion(INC, text, "x")
    assert criterion.category is category
    assert criterion.checks == ()


def test_pregnancy_wording_does_not_become_a_drug_rule() -> None:
    text = "Is not pregnant and uses contraception for 120 days (for those treated with lenvatinib)"
    assert parse_criterion(INC, text, "x").checks == ()


def test_with_or_without_is_not_a_negation() -> None:
    c = parse_criterion(INC, "Gemcitabine With or Without Olaratumab in Advanced Sarcoma", "x")
    setting = next(k for k in c.checks if k.category is Category.SETTING)
    assert not setting.negated


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from([INC, EXC]))
def test_any_text_is_kept_never_dropped(text: str, section: Section) -> None:
    criterion = parse_criterion(section, text, "x")
    assert criterion.text == text
    assert criterion.section is section

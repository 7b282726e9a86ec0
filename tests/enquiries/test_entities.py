"""Entities: diagnoses (with design codes), stages, sites, dates, and drugs through the seam."""

from __future__ import annotations

import pytest

from sarcnav.enquiries import from_resolver, triage
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.enquiry import Enquiry


def mentions(text: str, kind: str) -> list[str]:
    return [m.value for m in triage(Enquiry(text=text)).entities if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("stage 4 LMS", "IV"),
        ("Stage IIIC1 carcinosarcoma", "IIIC1"),
        ("FIGO stage IB", "IB"),
        ("estadio II", "II"),
        ("stage 3b", "IIIB"),
        ("stade IV", "IV"),
        ("backstage pass", None),
    ],
)
def test_stages_are_normalised(text: str, stage: str | None) -> None:
    found = mentions(text, "stage")
    assert found == ([stage] if stage else [])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "I have LMS",
            {"leiomyosarcoma_spindle", "leiomyosarcoma_epithelioid", "leiomyosarcoma_myxoid"},
        ),
        ("epithelioid leiomyosarcoma", {"leiomyosarcoma_epithelioid"}),
        ("low-grade ESS", {"low_grade_ess"}),
        ("sarcoma del estroma endometrial", {"low_grade_ess", "high_grade_ess"}),
        ("an MMMT of the uterus", {"carcinosarcoma"}),
        ("my STUMP", {"stump"}),
        ("big fibroids", {"leiomyoma"}),
    ],
)
def test_diagnosis_terms_map_to_design_codes(text: str, codes: set[str]) -> None:
    found = [m for m in triage(Enquiry(text=text)).entities if m.kind == "diagnosis"]
    assert len(found) == 1 and set(found[0].codes) == codes
    assert codes <= {c.value for c in DiagnosisCode}


def test_sites_and_dates() -> None:
    text = "Since March 2021 it spread to my lungs and liver; scan on 3/14/2024, surgery in 2019."
    assert mentions(text, "site") == ["lung", "liver"]
    assert mentions(text, "date") == ["March 2021", "3/14/2024", "in 2019"]


def test_drugs_come_from_the_therapy_catalogue_by_default() -> None:
    text = "I had Adriamycin, then gem/tax, and now Votrient. Me hablaron de la trabectedina."
    drugs = [(m.value, m.text) for m in triage(Enquiry(text=text)).entities if m.kind == "drug"]
    assert drugs == [
        ("doxorubicin", "Adriamycin"),
        ("gemcitabine", "gem"),
        ("docetaxel", "tax"),
        ("pazopanib", "Votrient"),
        ("trabectedin", "trabectedina"),
    ]


def test_regimens_and_words_are_not_drugs() -> None:
    text = "She had AIM chemo and radiation; is the treatment working?"
    assert [m for m in triage(Enquiry(text=text)).entities if m.kind == "drug"] == []


def test_any_name_resolver_plugs_into_the_seam() -> None:
    catalogue = {"zanzibarin": "zanzibarin", "zbn": "zanzibarin"}
    finder = from_resolver(lambda name: catalogue.get(name.lower()))
    result = triage(Enquiry(text="Is Zanzibarin safe?"), drugs=finder)
    assert [(m.value, m.text, m.start) for m in result.entities if m.kind == "drug"] == [
        ("zanzibarin", "Zanzibarin", 3)
    ]

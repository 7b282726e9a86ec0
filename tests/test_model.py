"""The case model: units, conversions and the validation that guards impossible input."""

from __future__ import annotations

import math

import pytest
from pydantic import BaseModel, ValidationError

from sarcnav.model import Case, Extent, MitoticCount, Nodes
from sarcnav.model.build import evidence, reason, review_reason
from sarcnav.model.results import Evidence, Reason, ReviewReason, Verdict


@pytest.mark.parametrize(
    ("diameter", "area_10_hpf", "equal_to_4_per_mm2"),
    # shared/reference/pathology-and-staging.md section 1.6 (computed table; FN / 40x objective).
    [
        (0.450, 1.59, 6.4),
        (0.500, 1.96, 7.9),
        (0.550, 2.38, 9.5),
        (0.600, 2.83, 11.3),
        (0.625, 3.07, 12.3),
    ],
)
def test_field_size_conversion_matches_the_reference_table(
    diameter: float, area_10_hpf: float, equal_to_4_per_mm2: float
) -> None:
    count = MitoticCount(value=equal_to_4_per_mm2, unit="per_10_hpf", field_diameter_mm=diameter)
    assert round(10 * math.pi * (diameter / 2) ** 2, 2) == area_10_hpf
    per_mm2 = count.per_mm2()
    assert per_mm2 is not None and per_mm2 == pytest.approx(4, abs=0.03)


def test_per_10_hpf_without_field_size_has_no_per_mm2() -> None:
    assert MitoticCount(value=12, unit="per_10_hpf").per_mm2() is None
    assert MitoticCount(value=3, unit="per_mm2").per_10_hpf() is None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"findings": {"max_dimension_cm": -1}}, "findings.max_dimension_cm"),
        ({"findings": {"max_dimension_cm": "large"}}, "findings.max_dimension_cm"),
        ({"findings": {"colour": "red"}}, "findings.colour"),
        (
            {"findings": {"myometrial_invasion_fraction": 1.2}},
            "findings.myometrial_invasion_fraction",
        ),
        ({"findings": {"mitoses": {"value": 3}}}, "findings.mitoses.unit"),
        ({"patient": {"age_years": 140}}, "patient.age_years"),
        ({"extent": {"confined_to_uterus": True, "distant_sites": ["lung"]}}, "extent"),
        (
            {"extent": {"pelvic_nodes": {"involvement": "negative", "positive": 2}}},
            "extent.pelvic_nodes",
        ),
        (
            {"extent": {"pelvic_nodes": {"involvement": "positive", "examined": 1, "positive": 2}}},
            "extent.pelvic_nodes",
        ),
        ({"diagnosis_code": "fibroid"}, "diagnosis_code"),
    ],
)
def test_bad_input_names_the_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        Case.model_validate(data)
    locs = {".".join(str(p) for p in e["loc"]) for e in err.value.errors()}
    assert field in locs


def test_confined_with_disease_beyond_lists_the_sites() -> None:
    with pytest.raises(ValidationError, match="distant_sites, pelvic_nodes"):
        Extent.model_validate(
            {
                "confined_to_uterus": True,
                "distant_sites": ["lung"],
                "pelvic_nodes": {"involvement": "itc"},
            }
        )


def test_negative_nodes_with_zero_positive_are_fine() -> None:
    assert Nodes(involvement="negative", examined=12, positive=0).positive == 0


def _same(made: BaseModel, built: BaseModel) -> None:
    assert type(made) is type(built) and made == built
    assert list(made.__dict__) == list(built.__dict__)
    assert made.model_fields_set == built.model_fields_set
    assert made.model_dump() == built.model_dump()


def test_trusted_results_equal_validated_ones() -> None:
    ev = evidence("findings.necrosis", "none")
    _same(ev, Evidence(field="findings.necrosis", value="none"))
    sources = ["path-s6"]
    full = reason("c", Verdict.MET, "r", sources, "VERIFIED", detail="", evidence=[ev])
    _same(
        full,
        Reason(
            criterion="c",
            verdict=Verdict.MET,
            rule_id="r",
            detail="",
            evidence=[ev],
            sources=sources,
            verification="VERIFIED",
        ),
    )
    assert full.sources is not sources
    short = reason("c", Verdict.UNKNOWN, "r", sources, "PARTIAL")
    _same(
        short,
        Reason(
            criterion="c",
            verdict=Verdict.UNKNOWN,
            rule_id="r",
            sources=sources,
            verification="PARTIAL",
        ),
    )
    _same(review_reason("A", "b"), ReviewReason(code="A", detail="b"))
    _same(review_reason("A", "b", "r"), ReviewReason(code="A", detail="b", rule_id="r"))

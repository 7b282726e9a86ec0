"""Properties that must hold for every input, not just the golden cases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sarcnav.diagnosis import diagnose
from sarcnav.model import Case, DiagnosisCode
from sarcnav.staging import stage
from sarcnav.staging.stages import parts

MALIGNANT = {
    DiagnosisCode.LEIOMYOSARCOMA_SPINDLE,
    DiagnosisCode.LEIOMYOSARCOMA_EPITHELIOID,
    DiagnosisCode.LEIOMYOSARCOMA_MYXOID,
}


def rank(code: DiagnosisCode) -> int:
    """0 benign, 1 STUMP, 2 malignant (indeterminate is handled by the callers)."""
    if code in MALIGNANT:
        return 2
    return 1 if code is DiagnosisCode.STUMP else 0


mitoses = st.one_of(
    st.builds(
        dict,
        value=st.floats(0, 40, allow_nan=False),
        unit=st.just("per_10_hpf"),
        field_diameter_mm=st.sampled_from([None, 0.45, 0.55, 0.62]),
    ),
    st.builds(dict, value=st.floats(0, 15, allow_nan=False), unit=st.just("per_mm2")),
)
smooth_muscle = st.fixed_dictionaries(
    {
        "lineage": st.just("smooth_muscle"),
        "morphology": st.sampled_from(["spindle", "epithelioid", "myxoid"]),
        "atypia_grade": st.sampled_from(["none", "mild", "moderate", "severe"]),
        "atypia_distribution": st.sampled_from(["focal", "multifocal", "diffuse"]),
        "bizarre_nuclei": st.booleans(),
        "necrosis": st.sampled_from(["none", "infarct_type", "uncertain_type"]),
        "border": st.sampled_from(["well_circumscribed", "infiltrative"]),
        "mitoses": mitoses,
    }
)


@settings(max_examples=400, deadline=None)
@given(smooth_muscle)
def test_adding_tumour_cell_necrosis_never_lowers_malignancy(findings: dict[str, object]) -> None:
    before = diagnose(Case.model_validate({"findings": findings}))
    after = diagnose(Case.model_validate({"findings": {**findings, "necrosis": "tumour_cell"}}))
    if DiagnosisCode.INDETERMINATE in (before.code, after.code):
        return
    assert rank(after.code) >= rank(before.code), (before.code, after.code)


@settings(max_examples=400, deadline=None)
@given(smooth_muscle, st.floats(0, 30, allow_nan=False))
def test_more_mitoses_never_lower_malignancy(findings: dict[str, object], extra: float) -> None:
    count = dict(findings["mitoses"])  # type: ignore[call-overload]
    more = {**count, "value": count["value"] + extra}
    before = diagnose(Case.model_validate({"findings": findings}))
    after = diagnose(Case.model_validate({"findings": {**findings, "mitoses": more}}))
    if DiagnosisCode.INDETERMINATE in (before.code, after.code):
        return
    assert rank(after.code) >= rank(before.code), (before.code, after.code)


@settings(max_examples=200, deadline=None)
@given(smooth_muscle, st.sampled_from(["atypia_grade", "mitoses", "necrosis", "morphology"]))
def test_a_missing_decisive_field_is_never_guessed(findings: dict[str, object], drop: str) -> None:
    result = diagnose(Case.model_validate({"findings": {**findings, drop: None}}))
    if result.code is DiagnosisCode.INDETERMINATE:
        assert result.missing or result.status.value == "ambiguous"
    else:
        assert not result.missing


def order(stage_name: str) -> tuple[int, str, str]:
    """Stage order down to the sub-stage digit (i/ii record node size, not spread)."""
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4}
    p = (*parts(stage_name), "", "")
    return roman[p[0]], p[1], p[2]


extents = st.fixed_dictionaries(
    {
        "adnexa": st.booleans(),
        "vagina": st.booleans(),
        "parametrium": st.booleans(),
        "serosa": st.booleans(),
        "cervical_stroma": st.booleans(),
        "other_pelvic_tissue": st.just(False),
        "pelvic_peritoneum": st.just(False),
        "abdominal_sites": st.lists(
            st.sampled_from(["omentum", "peritoneum", "mesentery"]), max_size=3
        ),
        "pelvic_nodes": st.builds(
            dict, involvement=st.sampled_from(["negative", "itc", "positive"])
        ),
        "para_aortic_nodes": st.builds(
            dict, involvement=st.sampled_from(["negative", "micrometastasis"])
        ),
        "bladder_mucosa": st.booleans(),
        "bowel_mucosa": st.booleans(),
        "distant_sites": st.lists(st.just("lung"), max_size=1),
    }
)
spread = st.sampled_from(
    [
        ("adnexa", True),
        ("vagina", True),
        ("serosa", True),
        ("abdominal_sites", ["omentum", "liver capsule"]),
        ("pelvic_nodes", {"involvement": "macrometastasis"}),
        ("para_aortic_nodes", {"involvement": "positive"}),
        ("bladder_mucosa", True),
        ("distant_sites", ["lung"]),
    ]
)
systems = st.sampled_from(
    [
        ("leiomyosarcoma_spindle", None),
        ("adenosarcoma", None),
        ("carcinosarcoma", "figo2009_endometrial"),
        ("carcinosarcoma", "figo2023_endometrial"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(extents, spread, systems, st.floats(0.1, 20), st.floats(0, 1))
def test_more_distant_spread_never_lowers_the_stage(extent, more, system, size, depth) -> None:  # type: ignore[no-untyped-def]
    code, figo = system
    findings = {"max_dimension_cm": size, "myometrial_invasion_fraction": depth}
    base = Case.model_validate({"findings": findings, "extent": extent})
    key, value = more
    if isinstance(value, list):
        value = sorted(set(extent[key]) | set(value))
    wider = Case.model_validate({"findings": findings, "extent": {**extent, key: value}})
    before, after = stage(base, code, system=figo), stage(wider, code, system=figo)
    assert before is not None and after is not None
    if before.figo is None or after.figo is None:
        return
    assert order(after.figo) >= order(before.figo), (before.figo, after.figo)

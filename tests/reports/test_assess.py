"""Assessment of a read report: conflicts, missing ICCR elements, synoptic output, scope."""

from __future__ import annotations

from sarcnav.model.results import Status
from sarcnav.reports.assess import assess_report
from sarcnav.reports.synoptic import to_html, to_markdown

LMS_IB = (
    "Synthetic. Total hysterectomy. Intramural tumour 7.5 cm. Fascicles of spindle cells with "
    "diffuse severe atypia, 16 mitoses per 10 HPF and tumour cell necrosis. The tumour is "
    "confined to the uterus.\nDiagnosis: {dx}, FIGO stage {stage}.\n"
)


def test_stated_stage_the_findings_do_not_support_is_a_conflict() -> None:
    result = assess_report(LMS_IB.format(dx="Leiomyosarcoma", stage="IA"))
    assert result.stage is not None and result.stage.figo == "IB"
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.stated, conflict.computed) == ("stage", "IA", "IB")


def test_agreeing_report_has_no_conflict() -> None:
    assert assess_report(LMS_IB.format(dx="Leiomyosarcoma", stage="IB")).conflicts == []


def test_stated_diagnosis_discordant_with_findings_is_a_conflict() -> None:
    result = assess_report(LMS_IB.format(dx="Leiomyoma with bizarre nuclei", stage="IB"))
    kinds = {c.kind: c for c in result.conflicts}
    assert kinds["diagnosis"].stated == "leiomyoma_bizarre_nuclei"
    assert kinds["diagnosis"].computed == "leiomyosarcoma_spindle"


def test_missing_required_elements_are_listed_and_explained() -> None:
    result = assess_report(LMS_IB.format(dx="Leiomyosarcoma", stage="IB"))
    assert result.status is Status.NEEDS_INPUT
    assert "Lymphovascular invasion" in result.missing_required
    assert "Margin status" in result.missing_required
    assert "Maximum tumour dimension" not in result.missing_required
    by_rule = {r.rule_id: r for r in result.reasons}
    size = by_rule["iccr-maximum-dimension"]
    assert size.verdict.value == "met" and size.evidence[0].text == "7.5 cm"
    assert size.verification == "UNVERIFIED" and size.sources == ["path-s48"]


def test_synoptic_says_the_element_list_is_unverified_and_escapes_html() -> None:
    result = assess_report(LMS_IB.format(dx="Leiomyosarcoma <b>x</b>", stage="IB"))
    md, html = to_markdown(result), to_html(result)
    for out in (md, html):
        assert "UNVERIFIED" in out
        assert "Lymphovascular invasion" in out
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_carcinosarcoma_is_out_of_the_mesenchymal_data_set() -> None:
    text = (
        "Synthetic. Total hysterectomy. Carcinosarcoma, 3 cm, confined to an endometrial polyp; "
        "no myometrial invasion. Cervical stroma: not involved. Confined to the uterus."
    )
    result = assess_report(text)
    assert result.diagnosis is not None and result.diagnosis.code.value == "carcinosarcoma"
    assert result.missing_required == []
    assert any(r.code == "iccr_other_data_set" for r in result.review_reasons)
    assert "Endometrial" in to_markdown(result)


def test_wrong_organ_is_out_of_scope() -> None:
    result = assess_report("Left breast core biopsy: invasive carcinoma of no special type.")
    assert result.status is Status.OUT_OF_SCOPE
    assert result.diagnosis is None and result.stage is None

"""Extraction of single statements: units, ranges, context (negation, uncertainty, history, other
specimens), stains, nodes and fusions. Each row: text, expected flat fields (a subset)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sarcnav.reports.extract import leaders_as_colons, read_report
from sarcnav.reports.fields import flatten

UTERUS = "Uterus. "

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "size-cm-dims",
        "Intramural mass measuring 9.5 x 7 x 6 cm.",
        {"findings.max_dimension_cm": 9.5},
    ),
    ("size-mm", "Maximum tumour dimension: 42 mm", {"findings.max_dimension_cm": 4.2}),
    (
        "size-not-distance",
        "The tumour is 4 mm from the serosa.",
        {"findings.max_dimension_cm": None},
    ),
    ("size-largest-wins", "Tumour 3 cm. A second tumour 6 cm.", {"findings.max_dimension_cm": 6.0}),
    ("mitoses-hpf", "12 mitoses per 10 HPF.", {"findings.mitoses": "12 per_10_hpf"}),
    ("mitoses-range", "Mitoses 5-9/10 HPF.", {"findings.mitoses": "9 per_10_hpf"}),
    ("mitoses-up-to", "up to 18 mitoses per 10 HPF", {"findings.mitoses": "18 per_10_hpf"}),
    ("mitoses-mm2", "Mitotic count 4.5 per mm2", {"findings.mitoses": "4.5 per_mm2"}),
    ("mitoses-less-than", "mitoses less than 1 per 10 hpf", {"findings.mitoses": "0 per_10_hpf"}),
    ("mitoses-none", "Mitoses are not identified.", {"findings.mitoses": "0 per_10_hpf"}),
    (
        "mitoses-field",
        "15 per 10 HPF (field diameter 0.55 mm)",
        {"findings.mitoses": "15 per_10_hpf", "findings.mitoses.field_diameter_mm": 0.55},
    ),
    ("tcn-present", "Tumour cell necrosis is present.", {"findings.necrosis": "tumour_cell"}),
    ("tcn-negated", "No tumour cell necrosis is identified.", {"findings.necrosis": "none"}),
    ("tcn-us", "Coagulative tumor cell necrosis: present", {"findings.necrosis": "tumour_cell"}),
    (
        "tcn-negated-infarct-present",
        "No tumour cell necrosis; infarct-type necrosis is present.",
        {"findings.necrosis": "infarct_type"},
    ),
    (
        "tcn-uncertain",
        "Tumour cell necrosis cannot be excluded.",
        {"findings.necrosis": "uncertain_type"},
    ),
    (
        "lvi-negated-synoptic",
        "Lymphovascular invasion: Not identified",
        {"findings.lymphovascular_invasion": False},
    ),
    ("lvi-negative-for", "Negative for LVI.", {"findings.lymphovascular_invasion": False}),
    (
        "lvi-suspicious",
        "Suspicious for lymphovascular invasion.",
        {"findings.lymphovascular_invasion": None},
    ),
    (
        "lvi-cannot-assess",
        "Lymphovascular invasion cannot be assessed.",
        {"findings.lymphovascular_invasion": None},
    ),
    (
        "atypia-diffuse",
        "diffuse moderate to severe nuclear atypia",
        {"findings.atypia_grade": "severe", "findings.atypia_distribution": "diffuse"},
    ),
    ("atypia-none", "Cytological atypia: none", {"findings.atypia_grade": "none"}),
    ("atypia-without", "without significant cytologic atypia", {"findings.atypia_grade": "none"}),
    ("history-dropped", "History of leiomyosarcoma.", {"findings.lineage": None}),
    (
        "other-specimen-dropped",
        "Comparison with the outside slides shows endometrial stromal sarcoma.",
        {"findings.lineage": None},
    ),
    ("margin-clear", "Margins: clear", {"findings.margin": "negative"}),
    (
        "margin-morcellated",
        "Margins cannot be assessed due to morcellation.",
        {"findings.margin": "cannot_assess", "specimen.integrity": "morcellated"},
    ),
    (
        "ihc-list",
        "Positive for desmin, h-caldesmon and SMA, and negative for CD10.",
        {
            "findings.ihc.desmin": "positive",
            "findings.ihc.h_caldesmon": "positive",
            "findings.ihc.SMA": "positive",
            "findings.ihc.CD10": "negative",
        },
    ),
    (
        "ihc-percent",
        "ER positive (60%), PR negative. Ki-67 30%.",
        {
            "findings.ihc.ER": "positive",
            "findings.ihc.ER.percent": 60.0,
            "findings.ihc.PR": "negative",
            "findings.ihc.Ki67.percent": 30.0,
        },
    ),
    (
        "ihc-fh-lost",
        "FH: lost. 2SC: positive.",
        {"findings.ihc.FH": "lost", "findings.ihc.2SC": "positive"},
    ),
    ("ihc-p53", "p53: wild-type pattern", {"findings.ihc.p53": "retained"}),
    ("ihc-plus", "ER+ PR-", {"findings.ihc.ER": "positive", "findings.ihc.PR": "negative"}),
    (
        "fusion-detected",
        "JAZF1-SUZ12 fusion detected by FISH.",
        {"findings.molecular.JAZF1::SUZ12": True},
    ),
    (
        "fusion-not-detected",
        "YWHAE-NUTM2 fusion not detected.",
        {"findings.molecular.YWHAE::NUTM2": False},
    ),
    (
        "fusion-itd",
        "BCOR internal tandem duplication identified.",
        {"findings.molecular.BCOR_ITD": True},
    ),
    (
        "nodes-stations",
        "Right pelvic lymph nodes 0/6; left pelvic lymph nodes 1/7 (micrometastasis). "
        "Para-aortic lymph nodes: 0/5.",
        {"extent.pelvic_nodes": "micrometastasis 1/13", "extent.para_aortic_nodes": "negative 0/5"},
    ),
    ("adnexa-involved", "The left ovary is involved by leiomyosarcoma.", {"extent.adnexa": True}),
    ("adnexa-free", "Both ovaries and fallopian tubes are unremarkable.", {"extent.adnexa": False}),
    ("serosa-not-breached", "Serosa not breached.", {"extent.serosa": False}),
    ("omentum-negative", "Omentum: negative for malignancy.", {"extent.abdominal_sites": []}),
    (
        "omentum-involved",
        "The omentum is involved by tumour.",
        {"extent.abdominal_sites": ["omentum"]},
    ),
    ("distant-none", "No distant metastases.", {"extent.distant_sites": []}),
    (
        "depth",
        "Depth of myometrial invasion: 3 mm of a 15 mm myometrial thickness.",
        {"findings.myometrial_invasion_fraction": 0.2, "report.depth_of_invasion_mm": 3.0},
    ),
    (
        "no-myometrial-invasion",
        "No myometrial invasion.",
        {"findings.myometrial_invasion_fraction": 0.0},
    ),
    ("figo-stated", "FIGO (2009) stage IB.", {"report.stated_figo": "IB"}),
    ("figo-2023-sub", "Stage: FIGO 2023 IIIC1ii.", {"report.stated_figo": "IIIC1ii"}),
    (
        "dx-stump-lms-uncertain",
        "DIAGNOSIS: STUMP. Leiomyosarcoma cannot be excluded.",
        {"report.stated_diagnosis": "stump"},
    ),
    (
        "dx-negated",
        "Diagnosis: Leiomyoma. No evidence of leiomyosarcoma.",
        {"report.stated_diagnosis": "leiomyoma"},
    ),
    (
        "dx-addendum-supersedes",
        "Diagnosis: leiomyoma, see addendum.\n\nFinal diagnosis: FH-deficient leiomyoma.",
        {"report.stated_diagnosis": "leiomyoma_fh_deficient"},
    ),
    (
        "procedure-history",
        "Previous myomectomy. Now total hysterectomy.",
        {"specimen.procedure": "total_hysterectomy"},
    ),
    ("procedure-bare", "Hysterectomy specimen.", {"specimen.procedure": "other"}),
    (
        "procedure-type-in-brackets",
        "Hysterectomy (total, abdominal) and BSO.",
        {"specimen.procedure": "total_hysterectomy"},
    ),
    (
        "dot-leader-table",
        "Size ........... 7.4 cm\nAtypia ......... none\nNecrosis ....... none\n"
        "Desmin ......... positive\nCD10 ........... negative",
        {
            "findings.max_dimension_cm": 7.4,
            "findings.atypia_grade": "none",
            "findings.necrosis": "none",
            "findings.ihc.desmin": "positive",
            "findings.ihc.CD10": "negative",
        },
    ),
    (
        "er-and-pr-spelled-out",
        "Oestrogen and progesterone receptors positive; desmin negative.",
        {"findings.ihc.ER": "positive", "findings.ihc.PR": "positive"},
    ),
    ("oestrogen-alone-is-not-er", "Oestrogen therapy for years.", {"findings.ihc.ER": None}),
    (
        "nodes-pair",
        "Pelvic and para-aortic lymph nodes: 0/15 and 0/4.",
        {"extent.pelvic_nodes": "negative 0/15", "extent.para_aortic_nodes": "negative 0/4"},
    ),
    (
        "nodes-pair-positive",
        "Pelvic and para-aortic lymph nodes: 2/15 and 0/4.",
        {"extent.pelvic_nodes": "positive 2/15", "extent.para_aortic_nodes": "negative 0/4"},
    ),
    ("nodes-not-submitted", "Lymph nodes: not submitted.", {"extent.pelvic_nodes": None}),
    (
        "nodes-none-found-is-not-negative",
        "Regional lymph nodes: no lymph nodes submitted or found.",
        {"extent.pelvic_nodes": None},
    ),
    (
        "nodes-status-without-counts",
        "Pelvic lymph nodes: negative. Para-aortic lymph nodes: no metastatic tumour.",
        {"extent.pelvic_nodes": "negative 0/None", "extent.para_aortic_nodes": "negative 0/None"},
    ),
    (
        "nodes-status-and-count",
        "Right pelvic lymph nodes: negative. Left pelvic lymph nodes: 1/7.",
        {"extent.pelvic_nodes": "positive 1/None"},
    ),
    (
        "nodes-status-micrometastasis",
        "Pelvic lymph nodes: micrometastasis.",
        {"extent.pelvic_nodes": "micrometastasis None/None"},
    ),
    (
        "nodes-count-wins-over-status",
        "Sentinel lymph nodes: negative (0/2).",
        {"extent.pelvic_nodes": "negative 0/2"},
    ),
    ("sarcoma-homologous", "The sarcoma is homologous.", {"findings.heterologous_elements": False}),
    ("low-grade-stroma", "Adenosarcoma with low-grade stroma.", {"findings.stromal_grade": "low"}),
    (
        "high-grade-sarcoma-is-no-stromal-grade",
        "A high-grade sarcoma replaces the endometrium.",
        {"findings.stromal_grade": None},
    ),
    (
        "rearrangements-absent",
        "No YWHAE, BCOR or JAZF1 rearrangement was detected by NGS.",
        {
            "findings.molecular.YWHAE::NUTM2": False,
            "findings.molecular.ZC3H7B::BCOR": False,
            "findings.molecular.JAZF1::SUZ12": None,
        },
    ),
    (
        "rearrangement-present-gene-alone-not-read",
        "YWHAE rearrangement detected by FISH, partner not tested.",
        {"findings.molecular.YWHAE::NUTM2": None},
    ),
    (
        "dx-largest-mitotically-active",
        "DIAGNOSIS: Leiomyomata, largest mitotically active (11/10 HPF).",
        {"report.stated_diagnosis": "leiomyoma_mitotically_active"},
    ),
    (
        "atypia-is-grade-and-distribution",
        "Nuclear atypia is severe and diffuse.",
        {"findings.atypia_grade": "severe", "findings.atypia_distribution": "diffuse"},
    ),
    ("limited-to-uterus", "Tumour limited to uterus.", {"extent.confined_to_uterus": True}),
    (
        "extrauterine-none",
        "Extra-uterine spread: none identified",
        {"extent.confined_to_uterus": True},
    ),
    ("no-abdominal-disease", "No abdominal disease.", {"extent.abdominal_sites": []}),
    (
        "abdominal-disease-names-no-site",
        "Abdominal disease is present.",
        {"extent.abdominal_sites": None},
    ),
    (
        "pm-not-determined-is-not-negative",
        "Distant metastasis (pM): not applicable - cannot be determined from the specimen.",
        {"extent.distant_sites": None},
    ),
]


@pytest.mark.parametrize(("case_id", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_statement(case_id: str, text: str, expected: dict[str, Any]) -> None:
    found = flatten(read_report(UTERUS + text))
    for key, value in expected.items():
        assert found.get(key) == value, f"{case_id}: {key} = {found.get(key)!r}, want {value!r}"


def test_every_value_carries_its_words_and_triggers() -> None:
    text = UTERUS + "No tumour cell necrosis. History of leiomyoma. Desmin positive."
    reading = read_report(text)
    assert reading.extractions
    for e in reading.extractions:
        assert text[e.start : e.end] == e.text
        for m in e.modifiers:
            assert text[m.start : m.end] == m.trigger
    necrosis = next(e for e in reading.extractions if e.pattern_id == "nec-tcn")
    assert [m.category.value for m in necrosis.modifiers] == ["negated"]
    assert necrosis.modifiers[0].trigger == "No"
    history = next(e for e in reading.extractions if e.text == "leiomyoma")
    assert not history.used and history.modifiers[0].trigger == "History of"


def test_dot_leaders_are_read_but_evidence_quotes_the_text_as_given() -> None:
    text = UTERUS + "Atypia ......... none\nMitoses ........ 3/10 HPF"
    reading = read_report(text)
    assert reading.findings.atypia_grade is not None
    for e in reading.extractions:
        assert text[e.start : e.end] == e.text
    assert any("...." in e.text for e in reading.extractions if e.used)


@given(st.text(alphabet="ab .:\t\n", max_size=80))
def test_leaders_become_colons_in_place(text: str) -> None:
    out = leaders_as_colons(text)
    assert len(out) == len(text) and "..." not in out
    assert all(o == t or t in ". \t" for o, t in zip(out, text, strict=True))


def test_confinement_contradicted_keeps_the_involved_site() -> None:
    reading = read_report(
        "Uterus. Tumour confined to the uterus. The left ovary is involved by tumour."
    )
    assert reading.extent.adnexa is True
    assert reading.extent.confined_to_uterus is None
    assert [w.code for w in reading.warnings] == ["confinement_contradicted"]


def test_wrong_organ_warns() -> None:
    reading = read_report("Breast, left, core biopsy: invasive ductal carcinoma, grade 2.")
    assert not reading.uterine
    assert reading.warnings[0].code == "not_uterine"
    assert "breast" in reading.warnings[0].message

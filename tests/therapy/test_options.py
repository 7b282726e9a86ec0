"""Options for each histotype and setting against the reference (sections 1-3; synthetic cases)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sarcnav.model.case import Case
from sarcnav.model.results import Status
from sarcnav.model.therapy_record import TherapyContext
from sarcnav.therapy.options import OptionsResult, options_pack, therapy_options

TODAY = date(2026, 11, 26)


def run(code: str | None, setting: str | None, as_of: date = TODAY, **kw: Any) -> OptionsResult:
    therapy = {"setting": setting, "prior_chest_irradiation": False, **kw.pop("therapy", {})}
    case = Case.model_validate(
        {"synthetic": True, "diagnosis_code": code, "therapy": therapy, **kw}
    )
    return therapy_options(case, as_of)


def marks(result: OptionsResult) -> dict[str, str]:
    return {o.id: o.mark for o in result.options}


# Expected options per (histotype, setting), from the reference's tables.
EXPECTED = [
    ("leiomyosarcoma_spindle", "first_line_advanced",
     {"opt-ulms-doxorubicin", "opt-ulms-dox-trab", "opt-ulms-gem-doc-first", "opt-ulms-aim",
      "opt-ulms-dox-dtic", "opt-ulms-dox-olaratumab", "opt-ulms-aromatase-inhibitor"}),
    ("leiomyosarcoma_epithelioid", "later_line",
     {"opt-ulms-trabectedin", "opt-ulms-pazopanib", "opt-ulms-eribulin", "opt-ulms-gem-doc-later",
      "opt-ulms-gem-dtic", "opt-ulms-dacarbazine", "opt-ulms-temozolomide", "opt-ulms-ifosfamide",
      "opt-ulms-olaparib-tmz", "opt-ulms-aromatase-inhibitor"}),
    ("leiomyosarcoma_myxoid", "adjuvant",
     {"opt-ulms-adj-chemo", "opt-ulms-adj-rt", "opt-ulms-adj-letrozole"}),
    ("low_grade_ess", "first_line_advanced",
     {"opt-lgess-aromatase-inhibitor", "opt-lgess-progestin", "opt-lgess-gnrh",
      "opt-lgess-tamoxifen", "opt-lgess-estrogen"}),
    ("low_grade_ess", "adjuvant",
     {"opt-lgess-adj-endocrine", "opt-lgess-tamoxifen", "opt-lgess-estrogen"}),
    ("high_grade_ess", "first_line_advanced",
     {"opt-hg-doxorubicin", "opt-hg-aim", "opt-hg-gem-doc"}),
    ("undifferentiated_uterine_sarcoma", "later_line", {"opt-hg-gem-doc", "opt-hg-pazopanib"}),
    ("high_grade_ess", "adjuvant", set()),
    ("adenosarcoma", "first_line_advanced", {"opt-adeno-doxorubicin"}),
    ("carcinosarcoma", "first_line_advanced", {"opt-cs-carbo-pacli", "opt-cs-ifo-pacli"}),
    ("carcinosarcoma", "adjuvant", {"opt-cs-adj-rt"}),
]  # fmt: skip


@pytest.mark.parametrize(("code", "setting", "expected"), EXPECTED)
def test_options_per_histotype_and_setting(code: str, setting: str, expected: set[str]) -> None:
    result = run(code, setting, therapy={"er": "positive"})
    assert result.status is Status.DECIDED
    assert set(marks(result)) == expected | {"opt-clinical-trial"}
    assert marks(result)["opt-clinical-trial"] == "listed"
    assert "not recommendations" in result.disclaimer
    assert result.sources and all(o.sources for o in result.options)


def test_unverified_options_ask_for_review() -> None:
    assert run("adenosarcoma", "first_line_advanced").needs_expert_review
    assert not run("carcinosarcoma", "adjuvant").needs_expert_review


def test_olaratumab_excluded_once_withdrawn_only() -> None:
    after = run("leiomyosarcoma_spindle", "first_line_advanced")
    entry = next(o for o in after.options if o.id == "opt-ulms-dox-olaratumab")
    assert entry.mark == "excluded" and "olaratumab withdrawn" in entry.excluded_because[0]
    before = run("leiomyosarcoma_spindle", "first_line_advanced", as_of=date(2017, 6, 1))
    assert marks(before)["opt-ulms-dox-olaratumab"] == "not_yet_received"
    during = run("leiomyosarcoma_spindle", "first_line_advanced", as_of=date(2019, 4, 15))
    entry = next(o for o in during.options if o.id == "opt-ulms-dox-olaratumab")
    assert entry.mark == "not_yet_received" and "uncertain" in entry.warnings[0]


def test_received_with_outcome_and_partly_received() -> None:
    lines = [
        {"line": 1, "agents": ["doxorubicin"], "cycles": 6, "dose_mg_m2": {"doxorubicin": 75},
         "response": "progressed"},
        {"line": 2, "agents": ["gemcitabine"], "response": "stable"},
    ]  # fmt: skip
    result = run("leiomyosarcoma_spindle", "later_line", treatments=lines)
    entries = {o.id: o for o in result.options}
    assert entries["opt-ulms-gem-dtic"].mark == "not_yet_received"
    assert entries["opt-ulms-gem-dtic"].partly_received == ["gemcitabine"]
    first = run("leiomyosarcoma_spindle", "first_line_advanced", treatments=lines)
    dox = next(o for o in first.options if o.id == "opt-ulms-doxorubicin")
    assert dox.mark == "received" and dox.outcome == ["line 1: progressed"]
    assert first.dose is not None and first.dose.total_mg_m2 == 450


def test_lifetime_dose_excludes_every_anthracycline_option() -> None:
    lines = [{"line": 1, "agents": ["doxorubicin"], "cycles": 8, "dose_mg_m2": {"doxorubicin": 75}}]
    result = run("leiomyosarcoma_spindle", "first_line_advanced", treatments=lines)
    for entry in result.options:
        if "doxorubicin" in entry.agents:
            assert entry.mark == "excluded", entry.id
            assert any("lifetime anthracycline dose reached" in b for b in entry.excluded_because)
    assert marks(result)["opt-ulms-gem-doc-first"] == "not_yet_received"


def test_chest_irradiation_unknown_leaves_cap_open() -> None:
    lines = [{"line": 1, "agents": ["doxorubicin"], "cycles": 6, "dose_mg_m2": {"doxorubicin": 75}}]
    result = run(
        "high_grade_ess", "first_line_advanced", treatments=lines,
        therapy={"prior_chest_irradiation": None},
    )  # fmt: skip
    entry = next(o for o in result.options if o.id == "opt-hg-doxorubicin")
    assert entry.mark == "received"
    assert any("undetermined" in w for w in entry.warnings)


def test_contraindication_by_class() -> None:
    result = run(
        "high_grade_ess", "first_line_advanced", therapy={"contraindications": ["anthracycline"]}
    )
    assert marks(result)["opt-hg-doxorubicin"] == "excluded"
    assert marks(result)["opt-hg-gem-doc"] == "not_yet_received"


@pytest.mark.parametrize(
    ("er", "pr", "mark"),
    [("positive", None, "not_yet_received"), (None, "positive", "not_yet_received"),
     ("negative", "negative", "excluded"), (None, None, "needs_input"),
     ("negative", None, "needs_input")],
)  # fmt: skip
def test_aromatase_inhibitor_needs_receptor_status(
    er: str | None, pr: str | None, mark: str
) -> None:
    result = run("leiomyosarcoma_spindle", "later_line", therapy={"er": er, "pr": pr})
    entry = next(o for o in result.options if o.id == "opt-ulms-aromatase-inhibitor")
    assert entry.mark == mark
    if mark == "needs_input":
        assert entry.missing


def test_receptor_status_read_from_ihc_findings() -> None:
    findings = {"ihc": {"ER": {"result": "negative"}, "PR": {"result": "negative"}}}
    result = run("leiomyosarcoma_spindle", "later_line", findings=findings)
    assert marks(result)["opt-ulms-aromatase-inhibitor"] == "excluded"


def test_tamoxifen_always_excluded_in_lgess() -> None:
    for setting in ("adjuvant", "first_line_advanced", "later_line"):
        assert marks(run("low_grade_ess", setting))["opt-lgess-tamoxifen"] == "excluded"


def test_missing_setting_needs_input_but_lists_trial() -> None:
    result = run("leiomyosarcoma_spindle", None)
    assert result.status is Status.NEEDS_INPUT and "therapy.setting" in result.missing
    assert marks(result) == {"opt-clinical-trial": "listed"}


def test_benign_histotype_is_out_of_scope() -> None:
    result = run("leiomyoma", "later_line")
    assert result.status is Status.OUT_OF_SCOPE and result.reasons


def test_no_diagnosis_uses_the_diagnosis_engine_or_asks() -> None:
    result = run(None, "later_line")
    assert result.status is Status.NEEDS_INPUT and "diagnosis_code" in result.missing


def test_every_option_names_known_groups_and_agents() -> None:
    from sarcnav.therapy.catalogue import catalogue

    pack = options_pack()
    groups = {g.id for g in pack.groups}
    for option in pack.options:
        assert set(option.groups) <= groups, option.id
        assert set(option.agents) <= set(catalogue().drugs), option.id
        if option.regimen:
            assert option.regimen in catalogue().regimens, option.id


def test_notes_name_existing_options() -> None:
    pack = options_pack()
    ids = {o.id for o in pack.options}
    for note in pack.notes:
        assert set(note.options) <= ids, note.id


def notes_of(result: OptionsResult, option_id: str) -> list[str]:
    return next(o for o in result.options if o.id == option_id).notes


def test_pelvic_rt_note_on_gem_doc() -> None:
    with_rt = run("high_grade_ess", "later_line", therapy={"prior_pelvic_irradiation": True})
    assert any("675" in n for n in notes_of(with_rt, "opt-hg-gem-doc"))
    assert "note-gem-doc-pelvic-rt" in with_rt.trace
    without = run("high_grade_ess", "later_line", therapy={"prior_pelvic_irradiation": False})
    assert notes_of(without, "opt-hg-gem-doc") == []
    unknown = run("high_grade_ess", "later_line")
    assert any("not recorded" in n for n in notes_of(unknown, "opt-hg-gem-doc"))


def test_trabectedin_note_without_prior_anthracycline() -> None:
    none = run("leiomyosarcoma_spindle", "later_line")
    assert any("after an anthracycline" in n for n in notes_of(none, "opt-ulms-trabectedin"))
    lines = [{"line": 1, "agents": ["doxorubicin"]}]
    after = run("leiomyosarcoma_spindle", "later_line", treatments=lines)
    assert notes_of(after, "opt-ulms-trabectedin") == []


def test_biomarker_note() -> None:
    therapy = {"biomarkers": {"homologous_recombination": "deficient"}}
    result = run("leiomyosarcoma_spindle", "later_line", therapy=therapy)
    assert any("RAD51" in n for n in notes_of(result, "opt-ulms-olaparib-tmz"))


def test_histotype_from_the_diagnosis_engine() -> None:
    from importlib import resources

    path = resources.files("sarcnav.examples") / "cases" / "01-lms-spindle-ib.json"
    case = Case.model_validate_json(path.read_text(encoding="utf-8"))
    case = case.model_copy(update={"diagnosis_code": None})
    case.therapy = TherapyContext(setting="later_line")
    result = therapy_options(case, TODAY)
    assert result.histotype == "leiomyosarcoma_spindle" and result.status is Status.DECIDED
    assert result.reasons[0].criterion.startswith("histotype from the diagnosis engine")

"""Matching: criterion verdicts, the three trial verdicts, the hierarchy, thresholds in pairs."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sarcnav.model.results import Verdict
from sarcnav.model.trial import Category, Check, Criterion, Section, Trial, TrialVerdict
from sarcnav.trials.match import Filters, evaluate_trial, match_trials
from sarcnav.trials.patient import patient_from
from sarcnav.trials.vocabulary import vocabulary
from tests.trials.helpers import TODAY, patient

INC, EXC = Section.INCLUSION, Section.EXCLUSION


def synthetic_trial(*criteria: Criterion, complete: bool = True) -> Trial:
    """A SYNTHETIC trial holding the given criteria."""
    return Trial(
        nct_id="NCT99999999",
        title="synthetic",
        status="RECRUITING",
        eligibility_text="(synthetic)",
        eligibility_complete=complete,
        criteria=list(criteria),
    )


def crit(section: Section, category: Category, ident: str = "c", **check: Any) -> Criterion:
    return Criterion(
        id=ident,
        section=section,
        text="synthetic",
        category=category,
        checks=(Check(category=category, **check),),
    )


def verdict_of(trial: Trial, **overrides: Any) -> tuple[TrialVerdict, list[Verdict]]:
    p = patient_from(patient(**overrides), vocabulary(), TODAY)
    m = evaluate_trial(trial, p, vocabulary())
    return m.verdict, [c.verdict for c in m.criteria]


# paired cases at each threshold: (criterion, overrides, expected criterion verdict)
PAIRS = [
    (crit(INC, Category.PERFORMANCE_STATUS, maximum=2, scale="ecog"), {"ecog": 2}, Verdict.MET),
    (crit(INC, Category.PERFORMANCE_STATUS, maximum=2, scale="ecog"), {"ecog": 3}, Verdict.NOT_MET),
    (
        crit(INC, Category.PERFORMANCE_STATUS, maximum=2, scale="ecog"),
        {"ecog": None},
        Verdict.UNKNOWN,
    ),
    (crit(INC, Category.AGE, minimum=18), {"patient": {"age_years": 18}}, Verdict.MET),
    (crit(INC, Category.AGE, minimum=18), {"patient": {"age_years": 17}}, Verdict.NOT_MET),
    (crit(INC, Category.AGE, maximum=75), {"patient": {"age_years": 75}}, Verdict.MET),
    (crit(INC, Category.AGE, maximum=75), {"patient": {"age_years": 76}}, Verdict.NOT_MET),
    (crit(INC, Category.AGE, minimum=18), {"patient": {}}, Verdict.UNKNOWN),
    (crit(INC, Category.PRIOR_LINES, maximum=1), {}, Verdict.MET),
    (crit(INC, Category.PRIOR_LINES, maximum=0), {}, Verdict.NOT_MET),
    (crit(INC, Category.PRIOR_LINES, minimum=1), {}, Verdict.MET),
    (crit(INC, Category.PRIOR_LINES, minimum=2), {}, Verdict.NOT_MET),
    (crit(INC, Category.WASHOUT, minimum=178), {}, Verdict.MET),  # 2026-06-01 → 2026-11-26
    (crit(INC, Category.WASHOUT, minimum=179), {}, Verdict.NOT_MET),
    (crit(INC, Category.BIOMARKER, terms=("ER",), value="positive", minimum=59), {}, Verdict.MET),
    (
        crit(INC, Category.BIOMARKER, terms=("ER",), value="positive", minimum=60),
        {},
        Verdict.NOT_MET,
    ),
    (crit(INC, Category.MENOPAUSAL, value="post"), {}, Verdict.MET),
    (crit(INC, Category.MENOPAUSAL, value="pre"), {}, Verdict.NOT_MET),
    (crit(EXC, Category.BRAIN_METASTASES), {"brain_metastases": True}, Verdict.MET),
    (crit(EXC, Category.BRAIN_METASTASES), {"extent": {"distant_sites": ["brain"]}}, Verdict.MET),
    (crit(EXC, Category.BRAIN_METASTASES), {}, Verdict.UNKNOWN),
    (crit(INC, Category.PRIOR_THERAPY, terms=("anthracycline",)), {}, Verdict.MET),
    (crit(INC, Category.PRIOR_THERAPY, terms=("trabectedin",), negated=True), {}, Verdict.MET),
    (
        crit(INC, Category.PRIOR_THERAPY, terms=("trabectedin",)),
        {"treatments": []},
        Verdict.UNKNOWN,
    ),
    (
        crit(INC, Category.PRIOR_THERAPY, terms=("trabectedin",)),
        {"treatments": [], "treatments_complete": True},
        Verdict.NOT_MET,
    ),
    (crit(INC, Category.SETTING, terms=("metastatic",)), {}, Verdict.MET),
    (crit(INC, Category.SETTING, terms=("localized",)), {}, Verdict.NOT_MET),
    (crit(INC, Category.SETTING, terms=("metastatic",)), {"extent": {}}, Verdict.UNKNOWN),
    (crit(INC, Category.STAGE, terms=("IV",)), {}, Verdict.MET),
    (crit(INC, Category.STAGE, terms=("IVA",)), {}, Verdict.NOT_MET),
    (crit(INC, Category.STAGE, terms=("I", "II")), {}, Verdict.NOT_MET),
]


@pytest.mark.parametrize(("criterion", "overrides", "expected"), PAIRS)
def test_threshold_pairs(
    criterion: Criterion, overrides: dict[str, Any], expected: Verdict
) -> None:
    _, verdicts = verdict_of(synthetic_trial(criterion), **overrides)
    assert verdicts[0] is expected


@pytest.mark.parametrize(
    ("terms", "code", "expected"),
    [
        (("soft_tissue_sarcoma",), "leiomyosarcoma_spindle", Verdict.MET),  # uLMS ⊂ LMS ⊂ STS
        (("leiomyosarcoma",), "leiomyosarcoma_myxoid", Verdict.MET),
        (("gynecologic_malignancy",), "low_grade_ess", Verdict.MET),
        (("soft_tissue_sarcoma",), "low_grade_ess", Verdict.UNKNOWN),  # loose edge
        (("endometrial_carcinoma",), "carcinosarcoma", Verdict.UNKNOWN),  # trials differ
        (("carcinoma",), "carcinosarcoma", Verdict.MET),
        (("liposarcoma",), "leiomyosarcoma_spindle", Verdict.NOT_MET),
        (("sarcoma",), "leiomyoma", Verdict.NOT_MET),
        (("sarcoma",), None, Verdict.UNKNOWN),
    ],
)
def test_histology_hierarchy(terms: tuple[str, ...], code: str | None, expected: Verdict) -> None:
    trial = synthetic_trial(crit(INC, Category.HISTOLOGY, terms=terms))
    _, verdicts = verdict_of(trial, diagnosis_code=code)
    assert verdicts[0] is expected


def test_carve_out_excludes() -> None:
    trial = synthetic_trial(
        crit(INC, Category.HISTOLOGY, terms=("soft_tissue_sarcoma",), excluded=("leiomyosarcoma",))
    )
    assert verdict_of(trial)[1] == [Verdict.NOT_MET]


def test_trial_verdicts() -> None:
    met = crit(INC, Category.AGE, "a", minimum=18)
    unknown = Criterion(id="u", section=INC, text="signed consent", category=Category.CONSENT)
    blocked = crit(EXC, Category.PRIOR_THERAPY, "b", terms=("doxorubicin",))
    assert verdict_of(synthetic_trial(met))[0] is TrialVerdict.ELIGIBLE
    assert verdict_of(synthetic_trial(met, complete=False))[0] is TrialVerdict.POSSIBLY_ELIGIBLE
    assert verdict_of(synthetic_trial(met, unknown))[0] is TrialVerdict.POSSIBLY_ELIGIBLE
    assert verdict_of(synthetic_trial(met, unknown, blocked))[0] is TrialVerdict.EXCLUDED


def test_cut_text_never_excludes() -> None:
    cut = Criterion(
        id="c",
        section=INC,
        text="at least two regimens (unless",
        category=Category.PRIOR_LINES,
        checks=(Check(category=Category.PRIOR_LINES, minimum=2),),
        truncated=True,
    )
    verdict, verdicts = verdict_of(synthetic_trial(cut))
    assert verdicts == [Verdict.UNKNOWN] and verdict is TrialVerdict.POSSIBLY_ELIGIBLE


@given(st.lists(st.tuples(st.sampled_from([INC, EXC]), st.sampled_from(list(Verdict))), max_size=8))
def test_verdict_rule_holds_for_any_combination(items: list[tuple[Section, Verdict]]) -> None:
    """Excluded iff something blocks; eligible iff everything clears on a complete text."""
    criteria = []
    for i, (section, v) in enumerate(items):
        check = {Verdict.MET: {"value": "no_requirement"}}.get(v)
        if v is Verdict.NOT_MET:
            criteria.append(crit(section, Category.AGE, f"c{i}", minimum=200))
        elif check:
            criteria.append(crit(section, Category.OTHER, f"c{i}", **check))
        else:
            criteria.append(
                Criterion(id=f"c{i}", section=section, text="?", category=Category.OTHER)
            )
    verdict, verdicts = verdict_of(synthetic_trial(*criteria))
    if not items:  # no criteria at all: reported unknown, never eligible
        assert verdicts == [Verdict.UNKNOWN] and verdict is TrialVerdict.POSSIBLY_ELIGIBLE
        return
    blocks = any(
        (s is INC and v is Verdict.NOT_MET) or (s is EXC and v is Verdict.MET)
        for (s, _), v in zip(items, verdicts, strict=True)
    )
    clears = all(
        (s is INC and v is Verdict.MET) or (s is EXC and v is Verdict.NOT_MET)
        for (s, _), v in zip(items, verdicts, strict=True)
    )
    assert (verdict is TrialVerdict.EXCLUDED) == blocks
    assert (verdict is TrialVerdict.ELIGIBLE) == (clears and not blocks)


def test_real_trials_ulms_after_doxorubicin(trials: dict[str, Trial]) -> None:
    result = match_trials(patient(), trials.values(), TODAY)
    by_id = {m.nct_id: m for m in result.matches}
    # KEYNOTE-775 excludes endometrial leiomyosarcoma by name
    keynote = by_id["NCT03517449"]
    assert keynote.verdict is TrialVerdict.EXCLUDED
    assert any(c.id == "exc-1" and c.verdict is Verdict.MET for c in keynote.criteria)
    # second-line LMS trial: histology, setting and prior anthracycline met, labs unknown
    second = by_id["NCT04383119"]
    assert second.verdict is TrialVerdict.POSSIBLY_ELIGIBLE
    assert {c.id: c.verdict for c in second.criteria}["inc-3"] is Verdict.MET
    # first-line trial asks for no prior anthracycline
    assert by_id["NCT06088290"].verdict is TrialVerdict.EXCLUDED
    # the LG-ESS trial is not hers
    assert by_id["NCT03624244"].verdict is TrialVerdict.EXCLUDED
    assert result.matches[0].verdict is not TrialVerdict.EXCLUDED
    assert result.knowledge == {"trials_vocabulary": vocabulary().pack.version}


def test_every_criterion_is_reported_with_a_reason(trials: dict[str, Trial]) -> None:
    result = match_trials(patient(), trials.values(), TODAY)
    for m in result.matches:
        texts = {c.text for c in trials[m.nct_id].criteria}
        assert texts <= {c.text for c in m.criteria}
        assert all(c.reason for c in m.criteria)


def test_carcinosarcoma_in_endometrial_cancer_trials(trials: dict[str, Trial]) -> None:
    cs = patient(diagnosis_code="carcinosarcoma", treatments=[])
    by_id = {m.nct_id: m for m in match_trials(cs, trials.values(), TODAY).matches}
    assert by_id["NCT03517449"].verdict is TrialVerdict.EXCLUDED  # excluded by name
    ruby = {c.id: c for c in by_id["NCT03981796"].criteria}
    assert ruby["inc-2"].verdict is Verdict.UNKNOWN  # "endometrial cancer": trials differ
    gog = {c.id: c.verdict for c in by_id["NCT00002546"].criteria}
    assert gog["inc-1"] is Verdict.MET  # a carcinosarcoma trial
    assert gog["inc-6"] is Verdict.NOT_MET  # ... but her lung metastasis is beyond the abdomen


def test_filters(trials: dict[str, Trial]) -> None:
    recruiting = Filters(statuses=("RECRUITING",))
    result = match_trials(patient(), trials.values(), TODAY, recruiting)
    assert {m.status for m in result.matches} == {"RECRUITING"}
    phase3 = match_trials(patient(), trials.values(), TODAY, Filters(phases=("PHASE3",)))
    assert all("PHASE3" in m.phases for m in phase3.matches) and phase3.matches


def test_unknown_histotype_needs_input(trials: dict[str, Trial]) -> None:
    result = match_trials(patient(diagnosis_code=None), trials.values(), TODAY)
    assert result.status.value == "needs_input"
    assert "case.diagnosis_code" in result.missing


def test_free_text_history_seam(trials: dict[str, Trial]) -> None:
    from sarcnav.model.therapy_record import TherapyLine
    from sarcnav.trials.history import with_history

    def reader(text: str) -> list[TherapyLine]:  # stands in for the therapy reader
        assert text == "trabectedin after doxorubicin"
        return [
            TherapyLine(line=1, agents=["doxorubicin"]),
            TherapyLine(line=2, agents=["trabectedin"]),
        ]

    described = with_history(patient(treatments=[]), "trabectedin after doxorubicin", reader)
    assert [a for line in described.case.treatments for a in line.agents] == [
        "doxorubicin",
        "trabectedin",
    ]
    assert described.facts.treatments_complete is False
    by_id = {m.nct_id: m for m in match_trials(described, trials.values(), TODAY).matches}
    assert {c.id: c.verdict for c in by_id["NCT04383119"].criteria}["inc-3"] is Verdict.MET


def test_unverified_knowledge_asks_for_review() -> None:
    platinum = synthetic_trial(crit(INC, Category.PRIOR_THERAPY, terms=("platinum",)))
    anthracycline = synthetic_trial(crit(INC, Category.PRIOR_THERAPY, terms=("anthracycline",)))
    p = patient_from(patient(), vocabulary(), TODAY)
    assert evaluate_trial(platinum, p, vocabulary()).needs_expert_review  # UNVERIFIED class
    assert not evaluate_trial(anthracycline, p, vocabulary()).needs_expert_review  # PARTIAL
    zubrod = synthetic_trial(crit(INC, Category.PERFORMANCE_STATUS, maximum=2, scale="zubrod"))
    ecog = synthetic_trial(crit(INC, Category.PERFORMANCE_STATUS, maximum=2, scale="ecog"))
    assert evaluate_trial(zubrod, p, vocabulary()).needs_expert_review  # equivalence unverified
    assert not evaluate_trial(ecog, p, vocabulary()).needs_expert_review


def test_distance_filter() -> None:
    from sarcnav.trials.match import distance_km

    paris, lyon = (48.8566, 2.3522), (45.764, 4.8357)
    assert 390 < distance_km(paris, lyon) < 395  # about 392 km
    trial = synthetic_trial(crit(INC, Category.AGE, minimum=18)).model_copy(
        update={"sites": [lyon]}
    )
    assert Filters(near=paris, within_km=400).admits(trial)
    assert not Filters(near=paris, within_km=380).admits(trial)
    no_sites = synthetic_trial(crit(INC, Category.AGE, minimum=18))
    assert not Filters(near=paris, within_km=10_000).admits(no_sites)
    assert Filters().admits(no_sites)


@pytest.mark.parametrize(
    ("agent", "drug"),
    [
        ("doxorubicin", "doxorubicin"),
        ("Adriamycin", "doxorubicin"),
        ("doxorrubicina", "doxorubicin"),
        ("ET-743", "trabectedin"),
        ("unobtainium", None),
    ],
)
def test_agent_names_are_resolved(agent: str, drug: str | None) -> None:
    assert vocabulary().drug_for_agent(agent) == drug


def test_histology_reason_names_the_deciding_terms() -> None:
    trial = synthetic_trial(
        crit(INC, Category.HISTOLOGY, terms=("liposarcoma", "endometrial_carcinoma", "sarcoma"))
    )
    p = patient_from(patient(), vocabulary(), TODAY)
    reason = evaluate_trial(trial, p, vocabulary()).criteria[0].reason
    assert reason == "uterine leiomyosarcoma is a sarcoma"
    loose = synthetic_trial(
        crit(INC, Category.HISTOLOGY, terms=("liposarcoma", "endometrial_carcinoma"))
    )
    cs = patient_from(patient(diagnosis_code="carcinosarcoma"), vocabulary(), TODAY)
    assert "trials differ" in evaluate_trial(loose, cs, vocabulary()).criteria[0].reason

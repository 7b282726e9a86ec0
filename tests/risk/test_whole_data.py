"""Whole-data checks over the risk packs: facts exist, sources resolve and are all used, factors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sarcnav.knowledge.loader import DATA
from sarcnav.knowledge.registry import load_all
from sarcnav.model.case import Case
from sarcnav.risk.preop import assess_preop, preop_facts, preop_pack
from sarcnav.risk.prognosis import prognosis_pack


def test_every_fact_a_rule_reads_exists_on_the_input() -> None:
    facts = preop_facts(Case())
    pack = preop_pack()
    conditions = [i.when for s in pack.scores for i in s.items]
    conditions += [f.when for f in pack.risk_factors]
    for cond in conditions:
        assert cond.facts_read() <= facts.keys()


def test_all_packs_load_and_every_risk_citation_is_used() -> None:
    packs = load_all()
    bib = yaml.safe_load(Path(DATA / "bibliography" / "risk.yaml").read_text())["entries"]
    ours = {e["id"] for e in bib}
    assert all(i.startswith("risk-") for i in ours)
    cited: set[str] = set()
    for name in ("risk_preop", "risk_prognosis"):
        pack = packs[name]
        cited |= set(pack.sources) | {s for r in pack.records() for s in r.sources}
    assert ours == cited, f"unused: {ours - cited}, missing: {cited - ours}"


def test_record_ids_unique_across_risk_packs() -> None:
    ids = [r.id for p in (preop_pack(), prognosis_pack()) for r in p.records()]
    assert len(ids) == len(set(ids))


def _factors(**history: object) -> list[str]:
    case = Case.model_validate({"patient": {"age_years": 45}, "preop": {"history": history}})
    return [m.id for m in assess_preop(case).risk_factors]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ({"tamoxifen_years": 0}, []),
        ({"tamoxifen_years": 0.5}, ["rf-tamoxifen"]),
        ({"prior_pelvic_radiation": False}, []),
        ({"prior_pelvic_radiation": True}, ["rf-pelvic-radiation"]),
        (
            {"germline_tp53": True, "hereditary_retinoblastoma": True, "germline_fh": True},
            ["rf-li-fraumeni", "rf-hereditary-retinoblastoma", "rf-hlrcc"],
        ),
        ({}, []),
    ],
)
def test_risk_factors_shown_only_when_recorded(
    history: dict[str, object], expected: list[str]
) -> None:
    assert _factors(**history) == expected


def test_risk_factor_statements_carry_the_reference_numbers() -> None:
    text = {f.id: f.statement for f in preop_pack().risk_factors}
    assert "78 of 285" in text["rf-li-fraumeni"] and "165 uterine" in text["rf-li-fraumeni"]
    assert "7 of 525" in text["rf-hereditary-retinoblastoma"]
    assert "3.87 per" in text["rf-hereditary-retinoblastoma"]
    assert "4 uterine sarcomas" in text["rf-tamoxifen"] and "17 LMS" in text["rf-tamoxifen"]
    assert "about 90%" in text["rf-hlrcc"]

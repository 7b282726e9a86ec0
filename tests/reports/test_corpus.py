"""The synthetic corpus against its gold annotations (tests/fixtures/reports/gold.json).

The tuning reports must match exactly. The hold-out reports and the retired blind sets (blind2/,
blind3/ and blind4/, each measured blind, then retired and tuned on) are measured by
benchmarks/reports.py, not asserted here; only their basic invariants are checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.reports.assess import assess_report
from sarcnav.reports.fields import flatten, same

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reports"
GOLD: dict[str, Any] = json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))["reports"]
TUNING = sorted(name for name, g in GOLD.items() if g["set"] == "tuning")
BLIND2: dict[str, Any] = json.loads(
    (FIXTURES / "blind2" / "gold.json").read_text(encoding="utf-8")
)["reports"]
RETIRED = sorted(
    name
    for blind in ("blind2", "blind3", "blind4")
    for name in json.loads((FIXTURES / blind / "gold.json").read_text(encoding="utf-8"))["reports"]
)


def test_corpus_size_and_coverage() -> None:
    assert len(GOLD) >= 50 and len(TUNING) >= 40
    codes = {g["diagnosis"] for g in GOLD.values()}
    assert codes == {c.value for c in DiagnosisCode}
    figo = {g["figo"] for g in GOLD.values() if g["figo"]}
    sarcoma = {"IA", "IB", "IIA", "IIB", "IIIA", "IIIB", "IIIC", "IVA", "IVB"}
    carcinosarcoma = {"IC", "IIC", "IIIA1", "IIIA2", "IIIB1", "IIIB2", "IIIC1ii", "IIIC2i", "IVC"}
    assert sarcoma | carcinosarcoma <= figo
    for name in [*GOLD, *BLIND2]:
        assert "synthetic" in (FIXTURES / name).read_text(encoding="utf-8").lower()


def test_blind_set_is_complete_and_apart() -> None:
    files = sorted(f"blind2/{p.name}" for p in (FIXTURES / "blind2").glob("*.txt"))
    assert len(files) >= 15 and files == sorted(BLIND2)
    assert {g["set"] for g in BLIND2.values()} == {"blind2"} and not set(BLIND2) & set(GOLD)


@pytest.mark.parametrize("name", TUNING)
def test_tuning_report_matches_gold(name: str) -> None:
    gold = GOLD[name]
    result = assess_report((FIXTURES / name).read_text(encoding="utf-8"), name=name)
    found = flatten(result.reading)
    wrong = {k: (found.get(k), v) for k, v in gold["fields"].items() if not same(found.get(k), v)}
    extra = sorted(set(found) - set(gold["fields"]))
    assert not wrong and not extra, f"{name}: wrong {wrong}; extra {extra}"
    assert result.diagnosis is not None and result.diagnosis.code.value == gold["diagnosis"]
    assert (result.stage.figo if result.stage else None) == gold["figo"]
    assert sorted(c.kind for c in result.conflicts) == sorted(gold["conflicts"])


@pytest.mark.parametrize("name", sorted([*GOLD, *RETIRED]))
def test_evidence_spans_point_at_their_words(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    result = assess_report(text, name=name)
    for e in result.reading.extractions:
        assert text[e.start : e.end] == e.text, e.pattern_id
    assert result.needs_expert_review
    assert any(r.code == "iccr_element_list_unverified" for r in result.review_reasons)


def _evidence_field(key: str) -> str:
    """The extraction field that backs a flattened value."""
    for prefix in ("findings.ihc", "findings.molecular"):
        if key.startswith(prefix + "."):
            return prefix
    if key in ("extent.pelvic_nodes", "extent.para_aortic_nodes"):
        return "extent.nodes"
    return {"report.stated_figo": "report.stated_stage"}.get(key, key)


@pytest.mark.parametrize("name", sorted([*GOLD, *RETIRED]))
def test_every_value_has_used_evidence(name: str) -> None:
    """No value (a negative included) is set without words in the report that say it."""
    result = assess_report((FIXTURES / name).read_text(encoding="utf-8"), name=name)
    used = {e.field for e in result.reading.extractions if e.used}
    found = flatten(result.reading)
    found.pop("report.stated_diagnosis", None)  # it carries its own span
    assert not [k for k in found if _evidence_field(k) not in used]

"""The synthetic corpus against its gold annotations (tests/fixtures/reports/gold.json).

The tuning reports must match exactly. The hold-out reports (written last, never tuned on) are
measured by benchmarks/reports.py, not asserted here; only their basic invariants are checked.
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


def test_corpus_size_and_coverage() -> None:
    assert len(GOLD) >= 50 and len(TUNING) >= 40
    codes = {g["diagnosis"] for g in GOLD.values()}
    assert codes == {c.value for c in DiagnosisCode}
    figo = {g["figo"] for g in GOLD.values() if g["figo"]}
    sarcoma = {"IA", "IB", "IIA", "IIB", "IIIA", "IIIB", "IIIC", "IVA", "IVB"}
    carcinosarcoma = {"IC", "IIC", "IIIA1", "IIIA2", "IIIB1", "IIIB2", "IIIC1ii", "IIIC2i", "IVC"}
    assert sarcoma | carcinosarcoma <= figo
    for name in GOLD:
        assert "synthetic" in (FIXTURES / name).read_text(encoding="utf-8").lower()


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


@pytest.mark.parametrize("name", sorted(GOLD))
def test_evidence_spans_point_at_their_words(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    result = assess_report(text, name=name)
    for e in result.reading.extractions:
        assert text[e.start : e.end] == e.text, e.pattern_id
    assert result.needs_expert_review
    assert any(r.code == "iccr_element_list_unverified" for r in result.review_reasons)

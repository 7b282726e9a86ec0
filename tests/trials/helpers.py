"""Helpers for the trial tests: paths and a SYNTHETIC patient builder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sarcnav.model.trial import MatchInput

FIXTURES = Path(__file__).parents[1] / "fixtures" / "trials"
SAMPLE = FIXTURES / "sarcoma_trials.jsonl"
TODAY = date(2026, 11, 26)


def patient(**overrides: Any) -> MatchInput:
    """A synthetic metastatic uLMS patient after doxorubicin; override any part."""
    case: dict[str, Any] = {
        "id": "synthetic",
        "synthetic": True,
        "patient": {"age_years": 58, "menopausal_status": "postmenopausal"},
        "diagnosis_code": "leiomyosarcoma_spindle",
        "extent": {"distant_sites": ["lung"]},
        "findings": {"ihc": {"ER": {"result": "positive", "percent": 60}}},
        "treatments": [
            {"line": 1, "setting": "advanced", "agents": ["doxorubicin"], "end": "2026-06-01"}
        ],
        "outcome": {"recurrence": False},
    }
    facts: dict[str, Any] = {"ecog": 1, "measurable_disease": True, "other_malignancy": False}
    for key, value in overrides.items():
        if key in facts or key in {"brain_metastases", "karnofsky", "treatments_complete"}:
            facts[key] = value
        else:
            case[key] = value
    return MatchInput.model_validate({"case": case, "facts": facts})

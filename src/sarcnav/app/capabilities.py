"""The engines behind the pages, each behind one small function.

A capability that is not installed yet says so (``available=False``) instead of pretending: wiring
one in is an import and a few lines here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sarcnav.model import Case

try:  # diagnosis and staging engines (on main from the foundation issue)
    from sarcnav.diagnosis import diagnose as _diagnose
    from sarcnav.staging import stage as _stage
except ImportError:  # pragma: no cover - depends on which branches are merged
    _diagnose = None
    _stage = None

# Capabilities built on other branches; True once wired in below.
CAPABILITIES: dict[str, bool] = {
    "diagnosis": _diagnose is not None,
    "staging": _stage is not None,
    "report_reading": False,
    "therapy": False,
    "trials": False,
    "enquiry_triage": False,
    "risk": False,
}

LABELS = {
    "diagnosis": "Diagnosis (WHO 2020)",
    "staging": "Staging (FIGO / AJCC)",
    "report_reading": "Reading pathology reports",
    "therapy": "Treatment options",
    "trials": "Clinical-trial matching",
    "enquiry_triage": "Enquiry triage and reply drafts",
    "risk": "Risk and prognosis",
}


@dataclass
class Assessment:
    """Diagnosis and stage as JSON-ready dicts (None where the engine is absent or n/a)."""

    diagnosis: dict[str, Any] | None = None
    stage: dict[str, Any] | None = None
    unavailable: list[str] = field(default_factory=list)

    @property
    def diagnosis_code(self) -> str | None:
        return None if self.diagnosis is None else str(self.diagnosis.get("code"))

    @property
    def figo_stage(self) -> str | None:
        stage = None if self.stage is None else self.stage.get("figo")
        return None if stage is None else str(stage)


def assess(case: Case) -> Assessment:
    """Run diagnosis then staging, where those engines are installed."""
    result = Assessment(unavailable=[k for k in ("diagnosis", "staging") if not CAPABILITIES[k]])
    if _diagnose is None:
        return result
    diagnosis = _diagnose(case)
    result.diagnosis = diagnosis.model_dump(mode="json")
    if _stage is not None:
        staged = _stage(case, diagnosis.code)
        result.stage = None if staged is None else staged.model_dump(mode="json")
    return result


def read_report(text: str) -> tuple[Case, dict[str, Any]] | None:
    """Findings read from a pathology report; None while no report reader is installed."""
    return None


def triage(text: str) -> dict[str, Any] | None:
    """Labels and a reply draft for an enquiry; None while no triage engine is installed."""
    return None

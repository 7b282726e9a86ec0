"""The engines behind the pages, each behind one small function.

A capability that is not installed yet says so (``available=False``) instead of pretending: wiring
one in is an import and a few lines here.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from threading import Lock
from typing import Any

import sarcnav
from sarcnav.model import Case
from sarcnav.services.assess import assess as assess_case
from sarcnav.store.cases import Assessed
from sarcnav.store.results import Derived, Inputs

# Capabilities built on other branches are False until wired in below.
CAPABILITIES: dict[str, bool] = {
    "diagnosis": True,
    "staging": True,
    "report_reading": True,
    "therapy": True,
    "trials": True,
    "enquiry_triage": True,
    "risk": True,
}

LABELS = {
    "diagnosis": "Diagnosis (WHO 2020)",
    "staging": "Staging (FIGO / AJCC)",
    "report_reading": "Reading pathology reports",
    "therapy": "Treatment options (for clinicians, not recommendations)",
    "trials": "Clinical-trial matching",
    "enquiry_triage": "Enquiry triage and reply drafts",
    "risk": "Prognosis (published figures)",
}


@dataclass
class Assessment:
    """Diagnosis and stage as JSON-ready dicts (None where the engine is absent or n/a)."""

    diagnosis: dict[str, Any] | None = None
    stage: dict[str, Any] | None = None
    conflicts: list[str] = field(default_factory=list)
    options: dict[str, Any] | None = None
    prognosis: dict[str, Any] | None = None

    @property
    def diagnosis_code(self) -> str | None:
        return None if self.diagnosis is None else str(self.diagnosis.get("code"))

    @property
    def figo_stage(self) -> str | None:
        stage = None if self.stage is None else self.stage.get("figo")
        return None if stage is None else str(stage)


def assess(case: Case) -> Assessment:
    """Diagnosis, then the stage under the system that diagnosis calls for."""
    found = assess_case(case)
    return Assessment(
        diagnosis=found.diagnosis.model_dump(mode="json"),
        stage=None if found.stage is None else found.stage.model_dump(mode="json"),
        conflicts=found.conflicts,
    )


def options_and_prognosis(
    case: Case, figo: str | None, as_of: date
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Treatment options as of ``as_of`` and published prognosis for the case."""
    from sarcnav.risk import prognosis_for_case  # scipy: imported on first use
    from sarcnav.therapy import therapy_options

    options = therapy_options(case, as_of)
    outlook = prognosis_for_case(case, figo)
    return options.model_dump(mode="json"), outlook.model_dump(mode="json")


def read_report(text: str) -> tuple[Case, dict[str, Any]] | None:
    """The case read from a pathology report, and what was extracted (spans, missing, conflicts)."""
    from sarcnav.reports import assess_report  # spaCy: imported on first use

    result = assess_report(text)
    reading = result.reading
    stated = reading.stated_diagnosis
    case = Case(
        specimen=reading.specimen,
        findings=reading.findings,
        extent=reading.extent,
        diagnosis_code=stated.code if stated and stated.code and not stated.uncertain else None,
    )
    extracted = result.model_dump(
        mode="json", include={"status", "missing_required", "conflicts", "review_reasons"}
    )
    extracted["extractions"] = [e.model_dump(mode="json") for e in reading.extractions]
    extracted["warnings"] = [w.model_dump(mode="json") for w in reading.warnings]
    extracted["uterine"] = reading.uterine
    return case, extracted


def triage(text: str) -> dict[str, Any] | None:
    """Labels, routes and a reply draft for an enquiry (local engine: no network)."""
    from sarcnav.enquiries import triage as run_triage
    from sarcnav.model.enquiry import Enquiry

    result: dict[str, Any] = run_triage(Enquiry(text=text)).model_dump(mode="json")
    return result


_TRIAL_STORE_LOCK = Lock()


@cache
def _open_trial_store() -> Any:
    from sarcnav.trials import TrialStore

    return TrialStore()


def _trial_store() -> Any:
    """The local trial database (``SARCNAV_TRIALS_DB`` or ``data/trials.sqlite``), opened once."""
    with _TRIAL_STORE_LOCK:
        return _open_trial_store()


def match_trials(case: Case, limit: int = 20, today: date | None = None) -> dict[str, Any]:
    """Trials in the local trial database evaluated against the case, best first."""
    from sarcnav.model.trial import MatchInput
    from sarcnav.trials import Filters, match_in_store

    found = match_in_store(
        _trial_store(), MatchInput(case=case), today or date.today(), Filters(), limit=limit
    )
    result: dict[str, Any] = found.model_dump(mode="json")
    return result


# The code and data the case page's results come from (a test checks that evaluate() imports
# nothing else of sarcnav but the web app's own modules): a change to any of them makes stored
# results stale; a change to the pages, store or other capabilities does not.
COMPILED_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)

ENGINE_SOURCES = (
    "app/capabilities.py",
    "diagnosis",
    "errors.py",
    "linear.py",
    "native.py",
    "knowledge",
    "model",
    "risk",
    "rules",
    "services",
    "staging",
    "therapy",
    "trials",
)


@cache
def engine_version() -> str:
    """A digest of the engines' code and knowledge (``ENGINE_SOURCES``: every file but caches and
    compiled modules, which are built from the sources): results stored under another version are
    stale and are recomputed."""
    root = Path(sarcnav.__file__).parent
    files = [
        path
        for source in ENGINE_SOURCES
        for path in ([root / source] if source.endswith(".py") else (root / source).rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.endswith(COMPILED_SUFFIXES)
    ]
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def inputs() -> Inputs:
    """What the case page's results read besides the case, as of now."""
    return Inputs(engine_version(), _trial_store().revision(), date.today())


def evaluate(case: Case, given: Inputs) -> Derived:
    """Everything the engines conclude about a case for its page (diagnosis, stage, conflicts,
    treatment options, prognosis, trial matches), as JSON-ready data, under ``given`` inputs
    (read before the engines run, so a change during the run only makes the results stale)."""
    found = assess(case)
    options, outlook = options_and_prognosis(case, found.figo_stage, given.as_of)
    results = {
        "diagnosis": found.diagnosis,
        "stage": found.stage,
        "conflicts": found.conflicts,
        "options": options,
        "prognosis": outlook,
        "trials": match_trials(case, today=given.as_of),
    }
    return Derived(given, results)


def assessed(derived: Derived) -> Assessed:
    """The columns lists filter on (assessed diagnosis, FIGO stage), from stored results."""
    found = Assessment(derived.results["diagnosis"], derived.results["stage"])
    return Assessed(found.diagnosis_code, found.figo_stage)

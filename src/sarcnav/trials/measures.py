"""Measure the matcher against hand-labelled gold: synthetic profiles × annotated real trials.

The gold (``tests/fixtures/trials/patients/``) has two parts written by a person, not derived
from the parser: each profile's clinical ``truth`` and, per trial, the decisive criteria with a
small test language (see ``gold_trials.yaml``). Here the truth is turned into matcher input, the
gold verdict of every annotated criterion is computed from the truth, and the matcher's answers
are scored: criterion-level accuracy and trial-level precision / recall of "not excluded".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from sarcnav.model.case import Case
from sarcnav.model.results import Verdict
from sarcnav.model.trial import MatchInput, PatientFacts, Trial, TrialVerdict
from sarcnav.trials.match import match_trials

MET, NOT_MET, UNKNOWN = Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN


class Truth(BaseModel):
    """What a clinician knows about a (synthetic) patient."""

    model_config = ConfigDict(extra="forbid")

    code: str
    stage: str | None = None
    settings: list[str]
    lines: list[list[str]] = Field(default_factory=list)
    adjuvant_lines: int = 0
    days_since_therapy: int | None = None
    current: bool = False
    ecog: int
    age: int
    menopausal: str
    er: float | None = None
    pr: float | None = None
    measurable: bool
    brain: bool = False
    other_cancer: bool = False


class Profile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    note: str
    truth: Truth


def load_profiles(path: Path) -> tuple[date, list[Profile]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["today"], [Profile.model_validate(p) for p in data["profiles"]]


def load_gold(path: Path) -> tuple[dict[str, list[str]], dict[str, dict[str, dict[str, Any]]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["groups"], data["trials"]


def build_input(truth: Truth, today: date) -> MatchInput:
    """The case and facts a clinic would record for this truth (synthetic)."""
    s = set(truth.settings)
    extent: dict[str, Any] = {}
    if "metastatic" in s:
        extent["distant_sites"] = ["brain"] if truth.brain else ["lung"]
    elif "localized" in s:
        extent = {"confined_to_uterus": True, "cervical_stroma": False}
    elif "locally_advanced" in s and "recurrent" not in s:
        extent = {
            **dict.fromkeys(
                ["confined_to_uterus", "vagina", "parametrium", "other_pelvic_tissue"], False
            ),
            **dict.fromkeys(["pelvic_peritoneum", "bladder_mucosa", "bowel_mucosa"], False),
            "adnexa": True,
            "abdominal_sites": [],
            "distant_sites": [],
            "pelvic_nodes": {"involvement": "negative"},
            "para_aortic_nodes": {"involvement": "negative"},
        }
    elif "locally_advanced" in s:
        extent = {"confined_to_uterus": False, "pelvic_peritoneum": True, "distant_sites": []}
    size = {"IA": 4.0, "IB": 8.0}.get(truth.stage or "")
    findings: dict[str, Any] = {"ihc": {}}
    if size is not None:
        findings["max_dimension_cm"] = size
    if "resected" in s:
        findings["margin"] = "negative"
    for marker, pct in (("ER", truth.er), ("PR", truth.pr)):
        if pct is not None:
            result = "positive" if pct > 0 else "negative"
            findings["ihc"][marker] = {"result": result, "percent": pct}
    case = Case.model_validate(
        {
            "id": "synthetic",
            "synthetic": True,
            "patient": {
                "age_years": truth.age,
                "menopausal_status": f"{truth.menopausal}menopausal",
            },
            "specimen": {"procedure": "total_hysterectomy"} if "resected" in s else {},
            "findings": findings,
            "extent": extent,
            "diagnosis_code": truth.code,
            "treatments": _lines(truth, today),
            "outcome": {"recurrence": "recurrent" in s},
        }
    )
    facts = PatientFacts(
        ecog=truth.ecog,
        measurable_disease=truth.measurable,
        brain_metastases=truth.brain,
        other_malignancy=truth.other_cancer,
        treatments_complete=True,
    )
    return MatchInput(case=case, facts=facts)


def _lines(truth: Truth, today: date) -> list[dict[str, Any]]:
    out = []
    count = len(truth.lines)
    for i, agents in enumerate(truth.lines):
        last = i == count - 1
        line: dict[str, Any] = {
            "line": i + 1,
            "setting": "adjuvant" if i < truth.adjuvant_lines else "advanced",
            "agents": agents,
        }
        if last and truth.current:
            line["current"] = True
        else:
            since = (truth.days_since_therapy or 0) + 90 * (count - 1 - i)
            line["end"] = (today - timedelta(days=since)).isoformat()
        out.append(line)
    return out


def gold_verdict(test: dict[str, Any], truth: Truth, groups: dict[str, list[str]]) -> Verdict:
    """The gold verdict of one annotated criterion for one truth (all tests must hold)."""
    verdicts = [_one(k, v, truth, groups) for k, v in test.items()]
    if NOT_MET in verdicts:
        return NOT_MET
    return UNKNOWN if UNKNOWN in verdicts else MET


def _expand(names: list[str], groups: dict[str, list[str]]) -> set[str]:
    return {code for n in names for code in groups.get(n, [n])}


def _one(key: str, value: Any, t: Truth, groups: dict[str, list[str]]) -> Verdict:
    def yes(ok: bool) -> Verdict:
        return MET if ok else NOT_MET

    received = {a for line in t.lines for a in line}
    lines = len(t.lines)
    if key == "hist":
        if t.code in _expand(value.get("admit", []), groups):
            return MET
        return UNKNOWN if t.code in _expand(value.get("maybe", []), groups) else NOT_MET
    if key == "stage_any":
        if t.stage is None:
            return UNKNOWN
        return yes(any(_stage_ok(term, t.stage) for term in value))
    if key in {"received_any", "received_none", "received_any_or_unknown"}:
        hit = bool(received & _expand(value, groups))
        if key == "received_any_or_unknown":
            return MET if hit else UNKNOWN
        return yes(hit if key == "received_any" else not hit)
    if key == "washout_days":
        if t.current:
            return NOT_MET
        return yes(not t.lines or (t.days_since_therapy or 0) >= value)
    if key == "receptor_positive":
        known = [x for x in (t.er, t.pr) if x is not None]
        return UNKNOWN if not known else yes(any(x > 0 for x in known))
    if key == "er_percent_gt":
        return UNKNOWN if t.er is None else yes(t.er > value)
    if key == "measurable_or_evaluable":
        return MET if t.measurable else UNKNOWN
    simple: dict[str, Callable[[], bool]] = {
        "settings_any": lambda: any(x in t.settings for x in value),
        "settings_none": lambda: not any(x in t.settings for x in value),
        "lines_min": lambda: lines >= value,
        "lines_max": lambda: lines <= value,
        "advanced_lines_min": lambda: lines - t.adjuvant_lines >= value,
        "advanced_lines_max": lambda: lines - t.adjuvant_lines <= value,
        "ecog_max": lambda: t.ecog <= value,
        "age_min": lambda: t.age >= value,
        "age_max": lambda: t.age <= value,
        "menopausal": lambda: t.menopausal == value,
        "measurable": lambda: t.measurable == value,
        "brain": lambda: t.brain == value,
        "other_cancer": lambda: t.other_cancer == value,
        "always": lambda: True,
    }
    if key == "unknown":
        return UNKNOWN
    return yes(simple[key]())


def _stage_ok(term: str, stage: str) -> bool:
    group = re.compile(r"IV|I{1,3}")
    tg, sg = group.match(term), group.match(stage)
    return bool(tg and sg and tg.group(0) == sg.group(0) and stage.startswith(term))


@dataclass
class Measures:
    """Scores of one run, and the disagreements for reading."""

    criteria: int = 0
    criteria_agree: int = 0
    gold_decided: int = 0
    decided_agree: int = 0
    pairs: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def criterion_accuracy(self) -> float:
        return self.criteria_agree / self.criteria if self.criteria else 0.0

    @property
    def decided_accuracy(self) -> float:
        return self.decided_agree / self.gold_decided if self.gold_decided else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def measure(profiles: list[Profile], gold_dir: Path, trials: list[Trial], today: date) -> Measures:
    """Score the matcher on every profile × trial pair that has gold annotations."""
    groups, gold = load_gold(gold_dir / "gold_trials.yaml")
    m = Measures()
    for profile in profiles:
        result = match_trials(build_input(profile.truth, today), trials, today)
        for match in result.matches:
            annotations = gold.get(match.nct_id, {})
            got = {c.id: c for c in match.criteria}
            gold_excluded = False
            for cid, test in annotations.items():
                want = gold_verdict(test, profile.truth, groups)
                kind = "exclusion" if cid.startswith("exc") else "inclusion"
                blocks = NOT_MET if kind == "inclusion" else MET
                gold_excluded = gold_excluded or want is blocks
                have = got[cid].verdict if cid in got else None
                m.criteria += 1
                m.criteria_agree += have is want
                if want is not UNKNOWN:
                    m.gold_decided += 1
                    m.decided_agree += have is want
                if have is not want:
                    shown = have.value if have else "missing"
                    m.errors.append(
                        f"{profile.id} {match.nct_id} {cid}: gold {want.value}, got {shown}"
                    )
            predicted_in = match.verdict is not TrialVerdict.EXCLUDED
            m.pairs += 1
            if predicted_in and not gold_excluded:
                m.tp += 1
            elif predicted_in:
                m.fp += 1
            elif not gold_excluded:
                m.fn += 1
            else:
                m.tn += 1
    return m

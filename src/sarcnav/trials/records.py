"""Turn a ClinicalTrials.gov API v2 study record into a :class:`Trial`, criteria parsed once."""

from __future__ import annotations

import re
from typing import Any

from sarcnav.errors import InputError
from sarcnav.model.trial import Category, Check, Criterion, Section, Trial
from sarcnav.trials.criteria import parse_criterion
from sarcnav.trials.eligibility import split_criteria
from sarcnav.trials.vocabulary import vocabulary

_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(year|month|week|day)s?\s*$", re.IGNORECASE)
_PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 365.0}


def trial_from_study(study: dict[str, Any]) -> Trial:
    """Read one API v2 study (``{"protocolSection": ...}``); raise InputError naming the field."""
    if not isinstance(study, dict) or not isinstance(study.get("protocolSection"), dict):
        raise InputError("study: missing protocolSection (not an API v2 study record)")
    p = study["protocolSection"]
    ident = p.get("identificationModule", {})
    nct = ident.get("nctId")
    if not isinstance(nct, str) or not re.fullmatch(r"NCT\d{8}", nct):
        raise InputError(f"protocolSection.identificationModule.nctId: not an NCT id (got {nct!r})")
    status = p.get("statusModule", {})
    conditions = p.get("conditionsModule", {})
    design = p.get("designModule", {})
    elig = p.get("eligibilityModule", {})
    provenance = study.get("provenance") if isinstance(study.get("provenance"), dict) else None
    text = elig.get("eligibilityCriteria")
    complete = provenance.get("eligibility_criteria_complete") if provenance else None
    trial = Trial(
        nct_id=nct,
        title=ident.get("briefTitle") or ident.get("officialTitle"),
        status=status.get("overallStatus"),
        phases=list(design.get("phases", [])),
        study_type=design.get("studyType"),
        conditions=list(conditions.get("conditions", [])),
        keywords=list(conditions.get("keywords", [])),
        interventions=[
            i["name"]
            for i in p.get("armsInterventionsModule", {}).get("interventions", [])
            if isinstance(i, dict) and i.get("name")
        ],
        sex=elig.get("sex"),
        minimum_age_years=_years(elig.get("minimumAge"), "minimumAge"),
        maximum_age_years=_years(elig.get("maximumAge"), "maximumAge"),
        healthy_volunteers=elig.get("healthyVolunteers"),
        countries=sorted(
            {
                loc["country"]
                for loc in p.get("contactsLocationsModule", {}).get("locations", [])
                if isinstance(loc, dict) and loc.get("country")
            }
        ),
        sites=_sites(p.get("contactsLocationsModule", {}).get("locations", [])),
        last_update=(status.get("lastUpdatePostDateStruct") or {}).get("date"),
        eligibility_text=text,
        eligibility_complete=complete if text else False,
        provenance=provenance,
    )
    trial.criteria = parse_criteria(trial)
    trial.targets = targets(trial)
    return trial


def parse_criteria(trial: Trial) -> list[Criterion]:
    """Structured criteria (sex, age) then every item of the eligibility text."""
    out: list[Criterion] = []
    if trial.sex and trial.sex.upper() in {"FEMALE", "MALE"}:
        out.append(
            Criterion(
                id="sex",
                section=Section.INCLUSION,
                text=f"Sex: {trial.sex.upper()} (registry field)",
                category=Category.SEX,
                checks=(Check(category=Category.SEX, value=trial.sex.lower()),),
                source="structured",
            )
        )
    if trial.minimum_age_years is not None or trial.maximum_age_years is not None:
        low, high = trial.minimum_age_years, trial.maximum_age_years
        shown = f"{low:g}" if low is not None else "any"
        shown += f"–{high:g}" if high is not None else "+"
        out.append(
            Criterion(
                id="age",
                section=Section.INCLUSION,
                text=f"Age: {shown} years (registry fields)",
                category=Category.AGE,
                checks=(Check(category=Category.AGE, minimum=low, maximum=high),),
                source="structured",
            )
        )
    if not trial.eligibility_text:
        population = _population(trial)
        if population is not None:
            out.append(population)
    counters = {Section.INCLUSION: 0, Section.EXCLUSION: 0}
    for section, item in split_criteria(trial.eligibility_text or ""):
        counters[section] += 1
        ident = f"{'inc' if section is Section.INCLUSION else 'exc'}-{counters[section]}"
        out.append(parse_criterion(section, item, ident))
    return out


def _population(trial: Trial) -> Criterion | None:
    """Without eligibility text, the disease and setting the title and conditions name."""
    described = "; ".join([trial.title or "", *trial.conditions]).strip("; ")
    if not described:
        return None
    read = parse_criterion(Section.INCLUSION, described, "population")
    kept = tuple(c for c in read.checks if c.category in {Category.HISTOLOGY, Category.SETTING})
    if not kept:
        return None
    return Criterion(
        id="population",
        section=Section.INCLUSION,
        text=f"Study population (registry title and conditions): {described}",
        category=kept[0].category,
        checks=kept,
        source="title",
    )


def targets(trial: Trial) -> list[str]:
    """Histology concepts a trial studies: from conditions, keywords, title and inclusion text."""
    finder = vocabulary().concept_finder
    found: dict[str, None] = {}
    for text in [*trial.conditions, *trial.keywords, trial.title or ""]:
        for hit in finder.find(text):
            found[hit.id] = None
    for criterion in trial.criteria:
        if criterion.section is Section.INCLUSION:
            for check in criterion.checks:
                if check.category is Category.HISTOLOGY:
                    found.update(dict.fromkeys(check.terms))
    return list(found)


def _sites(locations: Any) -> list[tuple[float, float]]:
    found = []
    for loc in locations if isinstance(locations, list) else []:
        point = loc.get("geoPoint") if isinstance(loc, dict) else None
        if isinstance(point, dict) and {"lat", "lon"} <= point.keys():
            found.append((float(point["lat"]), float(point["lon"])))
    return found


def _years(value: Any, field: str) -> float | None:
    if value in (None, "", "N/A"):
        return None
    m = _AGE.match(str(value))
    if not m:
        raise InputError(f"eligibilityModule.{field}: cannot read age {value!r}")
    return round(float(m.group(1)) / _PER_YEAR[m.group(2).lower()], 2)

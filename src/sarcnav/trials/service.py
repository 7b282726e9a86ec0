"""Use cases over the store: import files, sync from the registry, match a patient."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sarcnav.errors import InputError
from sarcnav.model.trial import MatchInput, MatchResult
from sarcnav.trials.client import Query, RegistryClient, latest_update
from sarcnav.trials.importer import ImportReport, trials_from
from sarcnav.trials.match import Filters, match_trials
from sarcnav.trials.patient import diagnosis_of
from sarcnav.trials.records import trial_from_study
from sarcnav.trials.store import TrialStore
from sarcnav.trials.vocabulary import vocabulary


def import_path(store: TrialStore, path: Path) -> ImportReport:
    """Import every study record under ``path``; bad records are reported, the rest stored."""
    report = ImportReport()
    store.upsert(trials_from(path, report))
    return report


@dataclass
class SyncReport:
    fetched: int = 0
    stored: int = 0
    since: str | None = None
    latest: str | None = None
    problems: list[str] = field(default_factory=list)


def sync(
    store: TrialStore,
    client: RegistryClient,
    query: Query,
    *,
    full: bool = False,
    max_studies: int | None = None,
) -> SyncReport:
    """Fetch the query's studies (only those updated since the last sync unless ``full``)."""
    since = None if full else store.last_update(query.key())
    report = SyncReport(since=since)
    wanted = Query(query.condition, query.term, query.statuses, since)
    raw = list(client.studies(wanted, max_studies=max_studies))
    report.fetched = len(raw)
    trials = []
    for study in raw:
        try:
            trials.append(trial_from_study(study))
        except (InputError, ValueError) as exc:
            report.problems.append(str(exc).splitlines()[0])
    report.stored = store.upsert(trials)
    report.latest = latest_update(raw) or since
    if report.latest:
        store.set_last_update(query.key(), report.latest)
    return report


def match_in_store(
    store: TrialStore,
    match_input: MatchInput,
    today: date,
    filters: Filters,
    *,
    limit: int | None = None,
    max_candidates: int = 300,
) -> MatchResult:
    """Pre-select candidates in the database, then evaluate every criterion of each.

    Candidates study the patient's histotype, a broader or a narrower one (all trials when the
    histotype is unknown), pass the status / phase / country filters and the registry's sex and
    age fields. At most ``max_candidates`` are evaluated (recruiting, most specific, recent first);
    the result says how many were left out.
    """
    vocab = vocabulary()
    code, _ = diagnosis_of(match_input.case)
    concept = vocab.by_code.get(code) if code else None
    related: set[str] | None = None
    if concept is not None:
        related = set(vocab.ancestors(concept))
        related |= {c for c in vocab.concepts if concept in vocab.ancestors(c)}
    patient = match_input.case.patient
    candidates, total = store.candidates(
        related,
        statuses=filters.statuses,
        phases=filters.phases,
        countries=filters.countries,
        sex=patient.sex,
        age=patient.age_years,
        limit=max_candidates,
    )
    return match_trials(
        match_input,
        candidates,
        today,
        filters,
        limit=limit,
        not_evaluated=max(0, total - len(candidates)),
    )

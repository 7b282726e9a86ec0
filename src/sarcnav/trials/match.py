"""Match one patient against trials: every criterion met / not_met / unknown, a verdict, a rank.

A trial is **excluded** when an inclusion criterion is not met or an exclusion criterion is met;
**eligible** only when every inclusion criterion is met, every exclusion criterion is not met and
the eligibility text is complete; otherwise **possibly_eligible**. Nothing is dropped: a criterion
the parser could not read is listed ``unknown`` with its text and the reason.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sarcnav.model.results import Reason, Status, Verdict
from sarcnav.model.trial import (
    Category,
    Criterion,
    CriterionResult,
    MatchInput,
    MatchResult,
    Section,
    Trial,
    TrialMatch,
    TrialVerdict,
)
from sarcnav.trials.patient import Patient, patient_from
from sarcnav.trials.verdicts import MET, NOT_MET, UNKNOWN, Outcome, evaluate_check
from sarcnav.trials.vocabulary import PACK_NAME, Vocabulary, vocabulary

_EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
RECRUITING = {"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE"}
_WHY_UNREAD = {
    Category.ORGAN_FUNCTION: "laboratory and organ-function values are not part of the case; "
    "checked at screening",
    Category.PREGNANCY: "pregnancy, nursing and contraception are confirmed at screening",
    Category.CONSENT: "consent, language and logistics are confirmed at screening",
    Category.LIFE_EXPECTANCY: "life expectancy is the treating clinician's judgement",
    Category.BIOMARKER: "this biomarker or test is not recorded in the case",
    Category.WASHOUT: "timing relative to prior therapy could not be read",
}


@dataclass(frozen=True)
class Filters:
    """Optional filters; an empty tuple (or None) means no filter.

    ``near`` with ``within_km`` keeps trials with a site at most that far (great-circle distance)
    from the point; a trial whose record gives no site coordinates is then left out.
    """

    statuses: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    near: tuple[float, float] | None = None
    within_km: float | None = None

    def admits(self, trial: Trial) -> bool:
        if self.statuses and (trial.status or "").upper() not in self.statuses:
            return False
        if self.phases and not set(self.phases) & {p.upper() for p in trial.phases}:
            return False
        wanted = {c.lower() for c in self.countries}
        if wanted and not wanted & {c.lower() for c in trial.countries}:
            return False
        if self.near is not None and self.within_km is not None:
            return any(distance_km(self.near, site) <= self.within_km for site in trial.sites)
        return True


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def match_trials(
    match_input: MatchInput,
    trials: Iterable[Trial],
    today: date,
    filters: Filters | None = None,
    limit: int | None = None,
    not_evaluated: int = 0,
) -> MatchResult:
    """Evaluate every trial that passes the filters and rank them, best first."""
    vocab = vocabulary()
    patient = patient_from(match_input, vocab, today)
    chosen = [t for t in trials if filters is None or filters.admits(t)]
    memo: dict[tuple[str, str, str], CriterionResult] = {}
    matches = sorted(
        (evaluate_trial(t, patient, vocab, memo) for t in chosen),
        key=lambda m: (-m.score, m.nct_id),
    )
    shown = matches[:limit] if limit else matches
    sources = sorted({s for m in shown for s in m.sources})
    missing = sorted(
        {
            e.field
            for m in shown
            for c in m.criteria
            if c.verdict is Verdict.UNKNOWN
            for e in c.evidence
            if e.value is None
        }
    )
    reasons = [
        Reason(
            criterion=f"{m.nct_id}: {m.verdict.value}",
            verdict=Verdict.NOT_MET if m.verdict is TrialVerdict.EXCLUDED else Verdict.MET,
            detail=m.summary,
            sources=m.sources,
        )
        for m in shown
    ]
    if patient.concept is None:
        status = Status.NEEDS_INPUT
        missing = sorted({*missing, "case.diagnosis_code"})
    else:
        status = Status.DECIDED
    return MatchResult(
        status=status,
        reasons=reasons,
        sources=sources or vocab.pack.sources,
        trace=[m.nct_id for m in shown],
        knowledge={PACK_NAME: vocab.pack.version},
        missing=missing,
        needs_expert_review=any(m.needs_expert_review for m in shown),
        matches=shown,
        candidates=len(chosen),
        not_evaluated=not_evaluated,
    )


def evaluate_trial(
    trial: Trial,
    patient: Patient,
    vocab: Vocabulary,
    memo: dict[tuple[str, str, str], CriterionResult] | None = None,
) -> TrialMatch:
    """Every criterion of one trial for one patient, and the trial verdict.

    ``memo`` shares verdicts between trials for the same patient: registries repeat criteria
    word for word ("ECOG 0-1", "Age ≥ 18 years"), and the same text parses to the same checks.
    """
    memo = {} if memo is None else memo
    results = []
    for c in trial.criteria:
        key = (c.section.value, f"{c.source}:{c.category.value}:{c.truncated}", c.text)
        if key not in memo:
            memo[key] = _criterion(c, patient, vocab)
        done = memo[key]
        results.append(done if done.id == c.id else done.model_copy(update={"id": c.id}))
    if not any(c.source == "text" for c in trial.criteria):
        results.append(
            CriterionResult(
                id="eligibility",
                text="(eligibility criteria not available in the stored record)",
                kind=Section.INCLUSION,
                category=Category.OTHER,
                verdict=Verdict.UNKNOWN,
                reason="the record holds no eligibility text; read the registry entry",
            )
        )
    blocking = [r for r in results if _blocks(r)]
    if blocking:
        verdict = TrialVerdict.EXCLUDED
        summary = "excluded by " + "; ".join(f"{r.id} ({r.reason})" for r in blocking[:3])
    elif all(_clears(r) for r in results) and trial.eligibility_complete is not False:
        verdict = TrialVerdict.ELIGIBLE
        summary = f"all {len(results)} criteria met"
    else:
        open_items = sum(r.verdict is Verdict.UNKNOWN for r in results)
        summary = f"{open_items} criteria unknown until checked"
        if trial.eligibility_complete is False:
            summary += "; the stored eligibility text is incomplete"
        verdict = TrialVerdict.POSSIBLY_ELIGIBLE
    return TrialMatch(
        nct_id=trial.nct_id,
        title=trial.title,
        status=trial.status,
        phases=trial.phases,
        verdict=verdict,
        score=_score(trial, verdict, results, patient, vocab),
        summary=summary,
        criteria=results,
        needs_expert_review=any(r.needs_expert_review for r in results),
        sources=sorted({s for r in results for s in r.sources}),
    )


def _blocks(r: CriterionResult) -> bool:
    wrong = Verdict.NOT_MET if r.kind is Section.INCLUSION else Verdict.MET
    return r.verdict is wrong


def _clears(r: CriterionResult) -> bool:
    right = Verdict.MET if r.kind is Section.INCLUSION else Verdict.NOT_MET
    return r.verdict is right


def _criterion(c: Criterion, patient: Patient, vocab: Vocabulary) -> CriterionResult:
    if not c.checks:
        reason = _WHY_UNREAD.get(c.category, "not machine-readable; a person must read it")
        outcome = Outcome(UNKNOWN, reason)
    else:
        parts = [evaluate_check(check, patient, vocab) for check in c.checks]
        outcome = _all(parts)
    if c.truncated and _would_block(c.section, outcome.verdict):
        outcome.verdict = UNKNOWN
        outcome.reason += " — but the item's text was cut in the source copy, so not final"
    return CriterionResult(
        id=c.id,
        text=c.text,
        kind=c.section,
        category=c.category,
        verdict=outcome.verdict,
        reason=outcome.reason,
        evidence=outcome.evidence,
        sources=outcome.sources,
        needs_expert_review=outcome.review,
    )


def _would_block(section: Section, verdict: Verdict) -> bool:
    return verdict is (NOT_MET if section is Section.INCLUSION else MET)


def _all(parts: list[Outcome]) -> Outcome:
    """Conjunction of a criterion's checks: not_met wins, then unknown, else met."""
    for wanted in (NOT_MET, UNKNOWN):
        chosen = [p for p in parts if p.verdict is wanted]
        if chosen:
            break
    else:
        chosen = parts
        wanted = MET
    return Outcome(
        wanted,
        "; ".join(p.reason for p in chosen),
        [e for p in parts for e in p.evidence],
        list(dict.fromkeys(s for p in parts for s in p.sources)),
        any(p.review for p in parts),
    )


def _score(
    trial: Trial,
    verdict: TrialVerdict,
    results: list[CriterionResult],
    patient: Patient,
    vocab: Vocabulary,
) -> float:
    """Verdict first, then recruiting, then how closely the trial targets her histotype."""
    rank = {TrialVerdict.ELIGIBLE: 2, TrialVerdict.POSSIBLY_ELIGIBLE: 1, TrialVerdict.EXCLUDED: 0}
    score = 100.0 * rank[verdict]
    if (trial.status or "").upper() in RECRUITING:
        score += 20
    decided = [r for r in results if r.verdict is not Verdict.UNKNOWN]
    if results:
        score += 10 * len(decided) / len(results)
    if patient.concept is not None:
        anc = vocab.ancestors(patient.concept)
        depth = max((len(vocab.ancestors(t)) for t in trial.targets if anc.get(t)), default=0)
        score += depth
    return round(score, 2)

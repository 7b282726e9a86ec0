"""Regulatory timeline: what had happened to a drug by a given date (``drug_report``)."""

from __future__ import annotations

import calendar
from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.knowledge.base import Verification
from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.therapy import RegulatoryEvent, RegulatoryPack
from sarcnav.model.results import EngineResult, Evidence, Reason, ReviewReason, Status, Verdict
from sarcnav.therapy.catalogue import PACK as CATALOGUE
from sarcnav.therapy.catalogue import DrugMatch, catalogue

PACK = "therapy_regulatory"
STATUS_OF = {
    "approval": "approved",
    "accelerated_approval": "approved (accelerated)",
    "conditional_authorisation": "approved (conditional)",
    "restriction": "restricted: not for new patients",
    "withdrawal": "withdrawn",
    "access_closed": "withdrawn",
}


@cache
def regulatory() -> RegulatoryPack:
    return load_pack(PACK, RegulatoryPack)


def period(partial: str) -> tuple[date, date]:
    """First and last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean."""
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    year = parts[0]
    if len(parts) == 2:
        last = calendar.monthrange(year, parts[1])[1]
        return date(year, parts[1], 1), date(year, parts[1], last)
    return date(year, 1, 1), date(year, 12, 31)


class TimedEvent(BaseModel):
    """A regulatory event and whether it had happened by the query date (yes / no / uncertain)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    date: str
    agency: str
    kind: str
    event: str
    with_agents: list[str]
    happened: str
    sources: list[str]
    verification: str


class DrugReport(EngineResult):
    """A drug's names, class, regimens and regulatory status as of a date."""

    query: str
    match: DrugMatch
    generic: str
    brands: list[str]
    other_names: list[str]
    classes: list[str]
    regimens: list[str] = Field(default_factory=list)
    as_of: date
    regulatory_status: str
    withdrawn: bool | None
    events: list[TimedEvent] = Field(default_factory=list)


def happened(event: RegulatoryEvent, as_of: date) -> str:
    """``yes`` if certainly on or before ``as_of``, ``no`` if after it, else ``uncertain``."""
    first, last = period(event.date)
    if last <= as_of:
        return "yes"
    return "no" if first > as_of else "uncertain"


def withdrawn_as_of(generic: str, as_of: date) -> tuple[bool | None, list[RegulatoryEvent]]:
    """Whether the drug had been withdrawn by ``as_of`` (None when the date is uncertain)."""
    events = [e for e in regulatory().events if e.drug == generic and e.kind == "withdrawal"]
    states = [happened(e, as_of) for e in events]
    if "yes" in states:
        return True, [e for e, s in zip(events, states, strict=True) if s == "yes"]
    if "uncertain" in states:
        return None, [e for e, s in zip(events, states, strict=True) if s == "uncertain"]
    return False, []


def drug_report(match: DrugMatch, as_of: date) -> DrugReport:
    """Everything the packs say about one resolved drug, judged at ``as_of``."""
    cat = catalogue()
    drug = cat.drugs[match.generic]
    events = sorted(
        (e for e in regulatory().events if e.drug == drug.generic), key=lambda e: period(e.date)
    )
    timed = [
        TimedEvent(
            id=e.id,
            date=e.date,
            agency=e.agency,
            kind=e.kind,
            event=e.event,
            with_agents=e.with_agents,
            happened=happened(e, as_of),
            sources=e.sources,
            verification=e.verification.value,
        )
        for e in events
    ]
    done = [t for t in timed if t.happened == "yes"]
    withdrawn, _ = withdrawn_as_of(drug.generic, as_of)
    latest = {t.agency: t for t in done}
    if withdrawn:
        status = "withdrawn"
    elif latest:
        status = "; ".join(f"{a}: {STATUS_OF[t.kind]} ({t.date})" for a, t in latest.items())
    elif events:
        status = "no approval recorded by this date"
    else:
        status = "no regulatory events recorded in the reference"
    if withdrawn is None:
        status += " (a withdrawal is dated only to the month or year of this date: uncertain)"
    reasons = [
        Reason(
            criterion=f"{t.agency} {t.kind.replace('_', ' ')} ({t.date})",
            verdict={"yes": Verdict.MET, "no": Verdict.NOT_MET}.get(t.happened, Verdict.UNKNOWN),
            rule_id=t.id,
            detail=t.event,
            evidence=[Evidence(field="as_of", value=as_of.isoformat())],
            sources=t.sources,
            verification=t.verification,
        )
        for t in timed
    ]
    review = [
        ReviewReason(
            code="SOURCE_NOT_VERIFIED", detail=f"{t.event} ({t.verification})", rule_id=t.id
        )
        for t in timed
        if t.verification != Verification.VERIFIED.value
    ]
    if not match.exact:
        detail = f'"{match.query}" read as {match.generic} (similarity {match.score:g})'
        review.append(ReviewReason(code="FUZZY_NAME", detail=detail))
    elif not match.name_verified:
        detail = f'"{match.matched_name}" for {match.generic} is not verified in the reference'
        review.append(ReviewReason(code="NAME_NOT_VERIFIED", detail=detail))
    sources = sorted({s for t in timed for s in t.sources} | set(drug.sources))
    return DrugReport(
        status=Status.DECIDED,
        reasons=reasons,
        sources=sources,
        trace=[drug.id, *(t.id for t in timed)],
        knowledge={CATALOGUE: cat.pack.version, PACK: regulatory().version},
        needs_expert_review=bool(review),
        review_reasons=review,
        query=match.query,
        match=match,
        generic=drug.generic,
        brands=drug.brands,
        other_names=[n for n, k in drug.names() if k in ("alias", "spanish")],
        classes=drug.classes,
        regimens=[r.label for r in cat.pack.regimens if drug.generic in r.agents],
        as_of=as_of,
        regulatory_status=status,
        withdrawn=withdrawn,
        events=timed,
    )

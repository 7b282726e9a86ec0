"""Cumulative anthracycline dose in doxorubicin-equivalent mg/m², against the label thresholds."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.therapy import DosePack, DoseThreshold
from sarcnav.model.results import EngineResult, Evidence, Reason, ReviewReason, Status, Verdict
from sarcnav.model.therapy_record import TherapyContext, TherapyLine
from sarcnav.therapy.catalogue import is_anthracycline

PACK = "therapy_dose"


@cache
def dose_pack() -> DosePack:
    return load_pack(PACK, DosePack)


class Contribution(BaseModel):
    """One anthracycline exposure and what it adds (``None`` when it cannot be counted)."""

    model_config = ConfigDict(extra="forbid")

    source: str
    agent: str
    mg_m2_per_cycle: float | None = None
    cycles: int | None = None
    doxorubicin_equivalent_mg_m2: float | None = None
    note: str = ""


class ThresholdStatus(BaseModel):
    """Where the total stands against one threshold."""

    model_config = ConfigDict(extra="forbid")

    id: str
    mg_m2: float
    kind: str
    label: str
    applies: bool | None
    reached: bool | None
    remaining_mg_m2: float | None
    cycles_left: dict[str, int] = Field(default_factory=dict)


class DoseResult(EngineResult):
    """Lifetime doxorubicin-equivalent dose: ``total_mg_m2`` is exact when ``complete``, else a
    lower bound. ``cap_reached`` is None when it depends on something unknown."""

    total_mg_m2: float
    complete: bool
    contributions: list[Contribution] = Field(default_factory=list)
    thresholds: list[ThresholdStatus] = Field(default_factory=list)
    applicable_cap_mg_m2: float | None = None
    cap_reached: bool | None = None
    warnings: list[str] = Field(default_factory=list)


def cumulative_anthracycline(
    lines: list[TherapyLine], context: TherapyContext | None = None
) -> DoseResult:
    """Sum doxorubicin-equivalent dose over recorded lines (dose per cycle x cycles) plus any
    prior dose stated in ``context``; compare with the label thresholds in the dose pack.

    Anthracyclines without a verified equivalence factor are listed, not converted, and the
    result asks for expert review; a doxorubicin line without dose or cycles leaves the total
    incomplete (``NEEDS_INPUT``) rather than guessed.
    """
    pack = dose_pack()
    factors = {e.drug: (e.factor, e.id) for e in pack.equivalences}
    contributions, missing, review, trace = [], [], [], []
    ctx = context or TherapyContext()
    if ctx.prior_anthracycline_mg_m2:
        contributions.append(
            Contribution(
                source="therapy.prior_anthracycline_mg_m2",
                agent="doxorubicin",
                doxorubicin_equivalent_mg_m2=ctx.prior_anthracycline_mg_m2,
                note="stated doxorubicin-equivalent dose received outside the recorded lines",
            )
        )
    for i, line in enumerate(lines):
        for agent in (a for a in line.agents if is_anthracycline(a)):
            where = f"treatments[{i}]"
            item = Contribution(
                source=f"{where} (line {line.line})",
                agent=agent,
                mg_m2_per_cycle=line.dose_mg_m2.get(agent),
                cycles=line.cycles,
            )
            if agent not in factors:
                item.note = (
                    "no doxorubicin-equivalence factor verified in the reference: not converted"
                )
                review.append(ReviewReason(code="NOT_CONVERTED", detail=f"{agent} in {where}"))
            elif item.mg_m2_per_cycle is None or item.cycles is None:
                gaps = [f"{where}.dose_mg_m2.{agent}"] * (item.mg_m2_per_cycle is None)
                gaps += [f"{where}.cycles"] * (item.cycles is None)
                missing.extend(gaps)
                item.note = "dose per cycle or cycles not recorded: not counted"
            else:
                factor, row = factors[agent]
                item.doxorubicin_equivalent_mg_m2 = item.mg_m2_per_cycle * item.cycles * factor
                trace.append(row)
            contributions.append(item)
    total = sum(c.doxorubicin_equivalent_mg_m2 or 0.0 for c in contributions)
    complete = all(c.doxorubicin_equivalent_mg_m2 is not None for c in contributions)
    modifier = _modifier(pack, lines, ctx, missing)
    statuses = [_status(t, total, complete, modifier) for t in pack.thresholds]
    reasons = [
        _reason(t, s, total, complete) for t, s in zip(pack.thresholds, statuses, strict=True)
    ]
    trace.extend(s.id for s in statuses if s.reached)
    caps = [s for s in statuses if s.kind.startswith("cap") and s.applies is not False]
    binding = min(caps, key=lambda s: s.mg_m2) if caps else None
    return DoseResult(
        status=Status.NEEDS_INPUT if missing else Status.DECIDED,
        reasons=reasons,
        sources=sorted({s for r in reasons for s in r.sources}),
        trace=trace,
        knowledge={PACK: pack.version},
        missing=sorted(set(missing)),
        needs_expert_review=bool(review),
        review_reasons=review,
        total_mg_m2=round(total, 1),
        complete=complete,
        contributions=contributions,
        thresholds=statuses,
        applicable_cap_mg_m2=binding.mg_m2 if binding and binding.applies else None,
        cap_reached=_cap_reached(caps),
        warnings=_warnings(statuses, total, complete),
    )


def _modifier(
    pack: DosePack, lines: list[TherapyLine], ctx: TherapyContext, missing: list[str]
) -> bool | None:
    """True if any cardiotoxic modifier is present, False if none, None if one is unknown."""
    agents = {a for line in lines for a in line.agents}
    unknown = False
    for mod in pack.modifiers:
        if set(mod.agents) & agents:
            return True
        if mod.context_flag is not None:
            value = getattr(ctx, mod.context_flag)
            if value is True:
                return True
            if value is None:
                unknown = True
                missing.append(f"therapy.{mod.context_flag}")
    return None if unknown else False


def _status(
    t: DoseThreshold, total: float, complete: bool, modifier: bool | None
) -> ThresholdStatus:
    applies = modifier if t.kind == "cap_with_modifier" else True
    reached: bool | None = total >= t.mg_m2 or (False if complete else None)
    remaining = None if not complete else max(t.mg_m2 - total, 0.0)
    cycles_left = {}
    if remaining is not None:
        cycles_left = {u.regimen: int(remaining // u.mg_m2) for u in dose_pack().usual_cycle_doses}
    return ThresholdStatus(
        id=t.id,
        mg_m2=t.mg_m2,
        kind=t.kind,
        label=t.label,
        applies=applies,
        reached=reached,
        remaining_mg_m2=remaining,
        cycles_left=cycles_left,
    )


def _cap_reached(caps: list[ThresholdStatus]) -> bool | None:
    if any(c.reached and c.applies for c in caps):
        return True
    if all(c.reached is False or c.applies is False for c in caps):
        return False
    return None


def _reason(t: DoseThreshold, s: ThresholdStatus, total: float, complete: bool) -> Reason:
    verdict = {True: Verdict.MET, False: Verdict.NOT_MET}.get(s.reached, Verdict.UNKNOWN)  # type: ignore[arg-type]
    shown = f"{total:g} mg/m²" + ("" if complete else " (at least; incomplete)")
    detail = t.label if s.applies is not False else f"{t.label} (no cardiotoxic modifier)"
    if s.applies is None:
        detail += " (applies only if a cardiotoxic modifier is present: unknown)"
    return Reason(
        criterion=f"cumulative doxorubicin-equivalent dose reaches {t.mg_m2:g} mg/m²",
        verdict=verdict,
        rule_id=t.id,
        detail=detail,
        evidence=[Evidence(field="cumulative_doxorubicin_mg_m2", value=shown)],
        sources=t.sources,
        verification=t.verification.value,
    )


def _warnings(statuses: list[ThresholdStatus], total: float, complete: bool) -> list[str]:
    """A warning for each threshold reached, or within one usual cycle of being reached."""
    largest = max(u.mg_m2 for u in dose_pack().usual_cycle_doses)
    out = []
    for s in statuses:
        if s.applies is False:
            continue
        condition = "" if s.applies else " if a cardiotoxic modifier is present"
        if s.reached:
            out.append(f"reached {s.mg_m2:g} mg/m²{condition}: {s.label}")
        elif s.remaining_mg_m2 is not None and s.remaining_mg_m2 < largest:
            out.append(
                f"within one {largest:g} mg/m² cycle of {s.mg_m2:g} mg/m² "
                f"({s.remaining_mg_m2:g} left){condition}: {s.label}"
            )
    if not complete:
        out.append(f"total is incomplete: at least {total:g} mg/m²")
    return out

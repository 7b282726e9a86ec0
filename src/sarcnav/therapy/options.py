"""Options engine: the listed options for a histotype and setting, marked against the history."""

from __future__ import annotations

from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.diagnosis import diagnose
from sarcnav.knowledge.base import Verification
from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.therapy import HistotypeGroup, OptionsPack, TherapyOption
from sarcnav.model.case import Case, IHCResult, Marker
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.results import EngineResult, Evidence, Reason, ReviewReason, Status, Verdict
from sarcnav.model.therapy_record import TherapyContext, TherapyLine
from sarcnav.rules import Fact, evaluate
from sarcnav.therapy.catalogue import in_class, is_anthracycline
from sarcnav.therapy.dose import DoseResult, cumulative_anthracycline
from sarcnav.therapy.timeline import PACK as REGULATORY
from sarcnav.therapy.timeline import regulatory, withdrawn_as_of

PACK = "therapy_options"


@cache
def options_pack() -> OptionsPack:
    return load_pack(PACK, OptionsPack)


class OptionEntry(BaseModel):
    """One listed option and how it stands for this patient.

    ``mark``: ``not_yet_received`` | ``received`` | ``excluded`` | ``needs_input`` | ``listed``
    (``listed``: clinical trial, or an option the lines of therapy cannot show, e.g. radiotherapy).
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    label: str
    agents: list[str]
    position: str
    evidence_level: str
    evidence: str
    sources: list[str]
    verification: str
    mark: str
    received_lines: list[int] = Field(default_factory=list)
    outcome: list[str] = Field(default_factory=list)
    partly_received: list[str] = Field(default_factory=list)
    excluded_because: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class OptionsResult(EngineResult):
    """Options for clinicians (not recommendations), with the dose check behind any exclusion."""

    disclaimer: str
    histotype: str | None = None
    group: str | None = None
    setting: str | None = None
    as_of: date
    options: list[OptionEntry] = Field(default_factory=list)
    dose: DoseResult | None = None


def therapy_options(case: Case, as_of: date, histotype: str | None = None) -> OptionsResult:
    """List the reference's options for the case's histotype and setting, each marked as not yet
    received, received (with outcome), excluded (withdrawn, lifetime dose, contraindicated,
    receptor-negative) or needing input. ``histotype`` overrides ``case.diagnosis_code``."""
    pack = options_pack()
    ctx = case.therapy or TherapyContext()
    code = histotype or (case.diagnosis_code.value if case.diagnosis_code else None)
    derived = None
    if code is None:
        derived = diagnose(case)
        if derived.code is not DiagnosisCode.INDETERMINATE:
            code = derived.code.value
    group = _group(pack, code)
    setting = ctx.setting.value if ctx.setting else None
    result = OptionsResult(
        status=Status.DECIDED,
        disclaimer=pack.disclaimer,
        histotype=code,
        group=group.id if group else None,
        setting=setting,
        as_of=as_of,
        knowledge={PACK: pack.version, REGULATORY: regulatory().version},
        sources=list(pack.sources),
    )
    if derived is not None and code is not None:
        result.reasons.append(
            Reason(
                criterion="histotype from the diagnosis engine (no diagnosis_code on the case)",
                verdict=Verdict.MET,
                detail=derived.label,
                evidence=[Evidence(field="diagnosis_code", value=code)],
                sources=derived.sources,
            )
        )
        if derived.needs_expert_review:
            result.review_reasons.append(
                ReviewReason(code="DIAGNOSIS_REVIEW", detail=f"{derived.label}: needs review")
            )
    if code is None:
        result.missing.append("diagnosis_code")
    elif group is None:
        result.status = Status.OUT_OF_SCOPE
        result.reasons.append(
            Reason(
                criterion="histotype has listed systemic options",
                verdict=Verdict.NOT_MET,
                detail=f"no options are listed for {code}",
                evidence=[Evidence(field="diagnosis_code", value=code)],
            )
        )
    if setting is None:
        result.missing.append("therapy.setting")
    trial = next(o for o in pack.options if o.always)
    if result.missing or group is None:
        result.status = result.status if group is None and code else Status.NEEDS_INPUT
        result.options = [_entry(trial, "listed")]
        return result
    assert group is not None and setting is not None
    result.trace.append(group.id)
    dose = cumulative_anthracycline(case.treatments, ctx)
    chosen = [o for o in pack.options if group.id in o.groups and setting in o.settings]
    exposed = [a for line in case.treatments for a in line.agents] + ["doxorubicin"] * bool(
        ctx.prior_anthracycline_mg_m2
    )
    if any(is_anthracycline(a) for a in exposed + [a for o in chosen for a in o.agents]):
        result.dose = dose
    facts = _facts(case, ctx, pack)
    for option in chosen:
        entry = _mark(option, case.treatments, ctx, dose, facts, as_of)
        _notes(pack, entry, facts, result.trace)
        result.options.append(entry)
        result.trace.append(option.id)
        result.sources.extend(s for s in option.sources if s not in result.sources)
        result.reasons.append(_reason(entry))
        if option.verification != Verification.VERIFIED:
            result.review_reasons.append(
                ReviewReason(
                    code="SOURCE_NOT_VERIFIED",
                    detail=f"{option.label}: {option.verification.value} in the reference",
                    rule_id=option.id,
                )
            )
    if result.dose is not None and result.dose.needs_expert_review:
        result.review_reasons.extend(result.dose.review_reasons)
    result.needs_expert_review = result.needs_expert_review or bool(result.review_reasons)
    return result


def _group(pack: OptionsPack, code: str | None) -> HistotypeGroup | None:
    return next((g for g in pack.groups if code in {c.value for c in g.codes}), None)


def _facts(case: Case, ctx: TherapyContext, pack: OptionsPack) -> dict[str, Fact]:
    facts = {}
    for name, marker in (("er", Marker.ER), ("pr", Marker.PR)):
        stated = getattr(ctx, name)
        if stated is not None:
            facts[name] = Fact(stated.value, f"therapy.{name}")
            continue
        stain = case.findings.ihc.get(marker)
        value = {IHCResult.POSITIVE: "positive", IHCResult.NEGATIVE: "negative"}.get(
            stain.result if stain else None  # type: ignore[arg-type]
        )
        facts[name] = Fact(value, f"findings.ihc.{marker.value}")
    agents = [a for line in case.treatments for a in line.agents]
    given = any(is_anthracycline(a) for a in agents) or bool(ctx.prior_anthracycline_mg_m2)
    facts["prior_anthracycline"] = Fact(given, "treatments")
    facts["prior_pelvic_irradiation"] = Fact(
        ctx.prior_pelvic_irradiation, "therapy.prior_pelvic_irradiation"
    )
    for note in pack.notes:
        for name in note.when.facts_read():
            if name.startswith("biomarker."):
                key = name.removeprefix("biomarker.")
                facts[name] = Fact(ctx.biomarkers.get(key), f"therapy.biomarkers.{key}")
    return facts


def _notes(pack: OptionsPack, entry: OptionEntry, facts: dict[str, Fact], trace: list[str]) -> None:
    for note in (n for n in pack.notes if entry.id in n.options):
        verdict = evaluate(note.when, facts).verdict
        if verdict is Verdict.MET:
            entry.notes.append(note.text)
            trace.append(note.id)
        elif verdict is Verdict.UNKNOWN and note.if_unknown:
            entry.notes.append(note.if_unknown)


def _mark(
    option: TherapyOption,
    lines: list[TherapyLine],
    ctx: TherapyContext,
    dose: DoseResult,
    facts: dict[str, Fact],
    as_of: date,
) -> OptionEntry:
    if option.always or not option.agents:
        entry = _entry(option, "listed")
        if option.avoid:
            entry.mark, entry.excluded_because = "excluded", [option.avoid]
        return entry
    entry = _entry(option, "not_yet_received")
    wanted = set(option.agents)
    for line in lines:
        got = wanted & set(line.agents)
        if got and (option.match == "any" or got == wanted):
            entry.received_lines.append(line.line)
            entry.outcome.append(f"line {line.line}: {line.response or 'outcome not recorded'}")
        elif got:
            entry.partly_received.extend(a for a in sorted(got) if a not in entry.partly_received)
    if entry.received_lines:
        entry.mark = "received"
    because = entry.excluded_because
    if option.avoid:
        because.append(option.avoid)
    for agent in option.agents if option.match == "all" else []:
        withdrawn, events = withdrawn_as_of(agent, as_of)
        if withdrawn:
            because.append(f"{agent} withdrawn ({events[0].date}, {events[0].agency})")
        elif withdrawn is None:
            entry.warnings.append(f"{agent}: withdrawal dated {events[0].date}; status uncertain")
        hit = [c for c in ctx.contraindications if c.lower() == agent or in_class(agent, c)]
        if hit:
            because.append(f"contraindicated: {agent} ({', '.join(hit)})")
    if any(is_anthracycline(a) for a in option.agents):
        _dose_check(entry, dose, because)
    if option.requires is not None:
        outcome = evaluate(option.requires, facts)
        if outcome.verdict is Verdict.NOT_MET:
            because.append(f"requires {option.requires_label}")
        elif outcome.verdict is Verdict.UNKNOWN and not because:
            entry.mark = "needs_input"
            entry.missing = sorted(outcome.missing)
    if because:
        entry.mark = "excluded"
    return entry


def _dose_check(entry: OptionEntry, dose: DoseResult, because: list[str]) -> None:
    shown = f"{dose.total_mg_m2:g} mg/m²" + ("" if dose.complete else " or more")
    if dose.cap_reached:
        because.append(f"lifetime anthracycline dose reached ({shown}; cap per older labels)")
        return
    if dose.cap_reached is None:
        entry.warnings.append(f"lifetime dose vs cap undetermined ({shown}); see dose.missing")
    entry.warnings.extend(w for w in dose.warnings if w.startswith(("reached", "within")))


def _entry(option: TherapyOption, mark: str) -> OptionEntry:
    return OptionEntry(
        id=option.id,
        label=option.label,
        agents=list(option.agents),
        position=option.position,
        evidence_level=option.evidence_level,
        evidence=option.evidence,
        sources=list(option.sources),
        verification=option.verification.value,
        mark=mark,
    )


def _reason(entry: OptionEntry) -> Reason:
    verdict = {"excluded": Verdict.NOT_MET, "needs_input": Verdict.UNKNOWN}.get(
        entry.mark, Verdict.MET
    )
    detail = "; ".join(entry.excluded_because) or entry.mark.replace("_", " ")
    return Reason(
        criterion=f"option available: {entry.label}",
        verdict=verdict,
        rule_id=entry.id,
        detail=detail,
        evidence=[Evidence(field="treatments", value=entry.outcome or None)],
        sources=entry.sources,
        verification=entry.verification,
    )

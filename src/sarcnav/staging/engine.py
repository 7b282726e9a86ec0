"""Stage a uterine sarcoma or carcinosarcoma under FIGO, with AJCC 8 TNM, and explain it."""

from __future__ import annotations

from itertools import product

from sarcnav.errors import InputError
from sarcnav.knowledge.base import Record, Verification
from sarcnav.knowledge.packs import staging_pack
from sarcnav.knowledge.staging import GroupRow, StageRow, StagingPack, SystemChoice
from sarcnav.model.case import Case
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.results import Reason, Status, Verdict, reason, review_reason
from sarcnav.model.staging import TNM, StageResult
from sarcnav.rules import Known
from sarcnav.rules.evaluate import evidence_of
from sarcnav.staging.facts import staging_facts
from sarcnav.staging.stages import common_stage


def stage(
    case: Case,
    code: DiagnosisCode | str | None = None,
    *,
    system: str | None = None,
    alternatives: bool = False,
    pack: StagingPack | None = None,
) -> StageResult | None:
    """Stage ``case`` for diagnosis ``code``; None when staging does not apply (benign, STUMP...).

    ``system`` picks one of the FIGO systems allowed for the diagnosis (carcinosarcoma: FIGO 2023 by
    default, ``figo2009_endometrial`` on request); ``alternatives`` adds the others.
    """
    pack = pack or staging_pack()
    code = code or case.diagnosis_code
    choice = _choice(pack, code)
    if choice is None:
        return None
    chosen = system or choice.figo[0]
    if chosen not in choice.figo:
        raise InputError(f"system: {chosen!r} does not stage {code}; use one of {choice.figo}")
    facts = staging_facts(case)
    result = _figo(pack, chosen, facts)
    result.ajcc, ajcc_records, ajcc_missing, ajcc_trace = _ajcc(pack, choice, facts)
    result.ajcc_system = choice.ajcc
    result.trace = [f"{choice.id}:met", *result.trace, *ajcc_trace]
    result.missing = sorted(set(result.missing) | set(ajcc_missing))
    result.reasons.extend(_record_reason(r) for r in ajcc_records)
    _add_review(result, [choice, *ajcc_records], "AJCC 8")
    result.sources = list(dict.fromkeys([*choice.sources, *result.sources]))
    result.knowledge = {pack.pack_id: pack.version}
    if alternatives:
        result.alternatives = {s: _figo(pack, s, facts) for s in choice.figo if s != chosen}
    return result


def _choice(pack: StagingPack, code: DiagnosisCode | str | None) -> SystemChoice | None:
    if code is None:
        return None
    return next((c for c in pack.systems if code in c.codes), None)


def _figo(pack: StagingPack, system: str, facts: dict[str, Known]) -> StageResult:
    decision = pack.tables[system].decide(facts, {})
    row = decision.row
    reasons = [
        reason(
            f"{r.stage or 'not classified'}: {r.label}",
            result[0],
            r.id,
            r.sources,
            r.verification._value_,
            evidence=evidence_of(result[1]),
        )
        for r, result in decision.evaluated
    ]
    used: list[Record] = list(decision.candidates)
    result = StageResult(
        status=Status.DECIDED, system=system, reasons=reasons, trace=decision.trace
    )
    if row is not None and row.stage is not None:
        result.figo = row.stage
        _molecular(pack, system, facts, result)
    elif row is not None:
        result.status = Status.AMBIGUOUS
        result.review_reasons.append(review_reason("NOT_CLASSIFIED", row.note or row.label, row.id))
    else:
        stages = [r.stage for r in decision.candidates if r.stage]
        result.figo_candidates = stages
        result.figo = common_stage(stages) if len(stages) == len(decision.candidates) else None
        result.missing = sorted(set(decision.missing))
        result.status = Status.NEEDS_INPUT
        shown = ", ".join(stages) or "none"
        refine = ", ".join(result.missing) or "the findings above"
        result.review_reasons.append(
            review_reason("MISSING_DATA", f"stage could be {shown}; {refine} would refine it")
        )
    _add_review(result, used, "FIGO")
    result.sources = list(dict.fromkeys(s for r in used for s in r.sources)) or list(pack.sources)
    return result


def _molecular(
    pack: StagingPack, system: str, facts: dict[str, Known], result: StageResult
) -> None:
    molecular_class = facts["molecular_class"][0]
    if molecular_class is None or result.figo is None:
        return
    name = str(getattr(molecular_class, "value", molecular_class))
    for rule in pack.molecular:
        if rule.system != system or rule.molecular_class not in (name, "*"):
            continue
        if result.figo not in rule.stages and "*" not in rule.stages:
            continue
        result.trace.append(f"{rule.id}:met")
        if rule.replace:
            result.figo = rule.replace
            result.molecular_annotation = rule.replace
        else:
            result.molecular_annotation = f"{result.figo}m_{name}"
        return


def _ajcc(
    pack: StagingPack, choice: SystemChoice, facts: dict[str, Known]
) -> tuple[TNM, list[Record], list[str], list[str]]:
    decided: dict[str, str | None] = {}
    options: dict[str, list[str]] = {}
    records: list[Record] = []
    missing: set[str] = set()
    trace: list[str] = []
    for axis in ("t", "n", "m"):
        decision = pack.tables[choice.ajcc_tables[axis]].decide(facts, {})
        records.extend(decision.candidates)
        trace.extend(decision.trace)
        if decision.row is not None:
            decided[axis] = decision.row.stage
        else:
            missing.update(decision.missing)
        options[axis] = [r.stage for r in decision.candidates if r.stage]
    fitting = pack.group_index[choice.id]
    matched = {
        g.id: g for key in product(options["t"], options["n"], options["m"]) for g in fitting[key]
    }
    records.extend(matched.values())
    if all(decided.get(axis) for axis in ("t", "n", "m")) and len(matched) == 1:
        group: str | None = next(iter(matched.values())).group
        trace.append(f"{next(iter(matched))}:met")
    else:
        group = common_stage(sorted({g.group for g in matched.values()}))
    tnm = TNM(**decided, group=group)
    return tnm, records, sorted(missing), trace


def _record_reason(record: Record) -> Reason:
    if isinstance(record, StageRow):
        criterion = f"AJCC {record.stage}: {record.label}"
    else:
        assert isinstance(record, GroupRow)
        criterion = f"AJCC stage group {record.group}"
    return reason(criterion, Verdict.MET, record.id, record.sources, record.verification._value_)


def _add_review(result: StageResult, records: list[Record], part: str) -> None:
    for record in records:
        if record.verification is Verification.UNVERIFIED:
            result.review_reasons.append(
                review_reason(
                    "UNVERIFIED_RULE",
                    f"{part}: depends on {record.id}, not verified against its source",
                    record.id,
                )
            )
    result.needs_expert_review = bool(result.review_reasons)

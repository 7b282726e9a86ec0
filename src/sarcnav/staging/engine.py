"""Stage a uterine sarcoma or carcinosarcoma under FIGO, with AJCC 8 TNM, and explain it."""

from __future__ import annotations

from itertools import product
from typing import Any

from sarcnav.errors import InputError
from sarcnav.knowledge.base import Record, Verification
from sarcnav.knowledge.packs import staging_pack
from sarcnav.knowledge.staging import StageRow, StagingPack, SystemChoice
from sarcnav.model.build import reason, review_reason, trusted
from sarcnav.model.case import Case
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.results import Reason, ReviewReason, Status, Verdict
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
    choice = pack.choice_of.get(code) if code is not None else None
    if choice is None:
        return None
    chosen = system or choice.figo[0]
    if chosen not in choice.figo:
        raise InputError(f"system: {chosen!r} does not stage {code}; use one of {choice.figo}")
    facts = staging_facts(case)
    tnm, ajcc_records, ajcc_missing, ajcc_trace = _ajcc(pack, choice, facts)
    values, given = _figo(pack, chosen, facts, tnm)
    review = values["review_reasons"]
    review.extend(_unverified([choice, *ajcc_records], "AJCC 8"))
    values["reasons"].extend(_record_reason(pack, r) for r in ajcc_records)
    values["sources"] = list(dict.fromkeys([*choice.sources, *values["sources"]]))
    values["trace"] = [f"{choice.id}:met", *values["trace"], *ajcc_trace]
    values["knowledge"] = {pack.pack_id: pack.version}
    values["missing"] = sorted(set(values["missing"]) | set(ajcc_missing))
    values["needs_expert_review"] = bool(review)
    values["ajcc_system"] = choice.ajcc
    given |= _STAGED
    if alternatives:
        values["alternatives"] = {
            s: trusted(StageResult, *_figo(pack, s, facts, TNM()))
            for s in choice.figo
            if s != chosen
        }
        given.add("alternatives")
    return trusted(StageResult, values, given)


# Fields a staged result sets beyond its FIGO part. ``review_reasons`` is filled in place and, as
# always, not counted as set (``exclude_unset`` dumps are pinned by the snapshot test).
_STAGED = frozenset({"ajcc", "ajcc_system", "trace", "missing", "knowledge"})


def _figo(
    pack: StagingPack, system: str, facts: dict[str, Known], ajcc: TNM
) -> tuple[dict[str, Any], set[str]]:
    """A FIGO result's field values (declaration order) and the fields it sets."""
    decision = pack.tables[system].decide(facts, {})
    row = decision.row
    cited = pack.figo_cited
    reasons = []
    for r, (verdict, seen, _, _) in decision.evaluated:
        text, sources, verification = cited[r.id]
        reasons.append(
            reason(text, verdict, r.id, sources, verification, evidence=evidence_of(seen))
        )
    given = {"status", "system", "reasons", "trace", "needs_expert_review", "sources"}
    status, figo, annotation = Status.DECIDED, None, None
    trace, candidates, missing = decision.trace, [], []
    review: list[ReviewReason] = []
    if row is not None and row.stage is not None:
        figo, annotation = _molecular(pack, system, facts, row.stage, trace)
        given.add("figo")
        if annotation is not None:
            given.add("molecular_annotation")
    elif row is not None:
        status = Status.AMBIGUOUS
        review.append(review_reason("NOT_CLASSIFIED", row.note or row.label, row.id))
    else:
        candidates = [r.stage for r in decision.candidates if r.stage]
        figo = common_stage(candidates) if len(candidates) == len(decision.candidates) else None
        missing = sorted(set(decision.missing))
        status = Status.NEEDS_INPUT
        shown = ", ".join(candidates) or "none"
        refine = ", ".join(missing) or "the findings above"
        review.append(
            review_reason("MISSING_DATA", f"stage could be {shown}; {refine} would refine it")
        )
        given |= {"figo_candidates", "figo", "missing"}
    used = decision.candidates
    review.extend(_unverified(used, "FIGO"))
    sources = list(dict.fromkeys(s for r in used for s in r.sources)) or list(pack.sources)
    values = {
        "status": status,
        "reasons": reasons,
        "sources": sources,
        "trace": trace,
        "knowledge": {},
        "missing": missing,
        "needs_expert_review": bool(review),
        "review_reasons": review,
        "system": system,
        "figo": figo,
        "figo_candidates": candidates,
        "molecular_annotation": annotation,
        "ajcc": ajcc,
        "ajcc_system": None,
        "alternatives": {},
    }
    return values, given


def _molecular(
    pack: StagingPack, system: str, facts: dict[str, Known], figo: str, trace: list[str]
) -> tuple[str, str | None]:
    """The stage and its molecular annotation once a FIGO 2023 modifier applies (traced)."""
    molecular_class = facts["molecular_class"][0]
    if molecular_class is None:
        return figo, None
    name = str(getattr(molecular_class, "value", molecular_class))
    for rule in pack.molecular:
        if rule.system != system or rule.molecular_class not in (name, "*"):
            continue
        if figo not in rule.stages and "*" not in rule.stages:
            continue
        trace.append(f"{rule.id}:met")
        if rule.replace:
            return rule.replace, rule.replace
        return figo, f"{figo}m_{name}"
    return figo, None


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
    tnm = trusted(TNM, {**_NO_TNM, **decided, "group": group}, {*decided, "group"})
    return tnm, records, sorted(missing), trace


_NO_TNM = {"t": None, "n": None, "m": None}


def _record_reason(pack: StagingPack, record: Record) -> Reason:
    text, sources, verification = pack.ajcc_cited[record.id]
    return reason(text, Verdict.MET, record.id, sources, verification)


def _unverified(records: list[StageRow] | list[Record], part: str) -> list[ReviewReason]:
    return [
        review_reason(
            "UNVERIFIED_RULE",
            f"{part}: depends on {record.id}, not verified against its source",
            record.id,
        )
        for record in records
        if record.verification is Verification.UNVERIFIED
    ]

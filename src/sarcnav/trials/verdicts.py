"""Three-valued verdict of one parsed check for one patient, with the reason in words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sarcnav.model.results import Evidence, Verdict
from sarcnav.model.trial import Category, Check
from sarcnav.trials.patient import Patient, receptor_positive, systemic_lines
from sarcnav.trials.vocabulary import Vocabulary

MET, NOT_MET, UNKNOWN = Verdict.MET, Verdict.NOT_MET, Verdict.UNKNOWN


@dataclass
class Outcome:
    verdict: Verdict
    reason: str
    evidence: list[Evidence] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    review: bool = False


def evaluate_check(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    """Evaluate one check; a negated check has its met / not_met swapped."""
    out = _EVALUATORS[check.category](check, p, vocab)
    if check.negated and out.verdict is not UNKNOWN:
        out.verdict = NOT_MET if out.verdict is MET else MET
        out.reason = f"the trial states this negatively: {out.reason}"
    return out


def _any(results: list[Verdict]) -> Verdict:
    if MET in results:
        return MET
    return UNKNOWN if UNKNOWN in results or not results else NOT_MET


def _histology(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    ev = [Evidence(field=p.diagnosis_source, value=p.diagnosis_code)]
    if p.concept is None:
        why = "no diagnosis_code" if p.diagnosis_code is None else "code not in the vocabulary"
        return Outcome(UNKNOWN, f"histotype unknown ({why})", ev)
    anc = vocab.ancestors(p.concept)
    mine = vocab.label(p.concept)
    sources = vocab.sources(p.concept)
    review = vocab.unverified(p.concept)
    for carved in check.excluded:
        if carved in anc:
            sources += vocab.sources(carved)
            if anc[carved]:
                return Outcome(
                    NOT_MET, f"{mine} is carved out ({vocab.label(carved)})", ev, sources
                )
            return Outcome(
                UNKNOWN,
                f"{mine} may count as {vocab.label(carved)}, which is carved out",
                ev,
                sources,
            )
    if not check.terms:
        return Outcome(MET, f"{mine} is not among the types carved out", ev, sources, review)
    verdicts: list[Verdict] = []
    notes: list[str] = []
    for term in check.terms:
        label = vocab.label(term)
        if anc.get(term):
            verdicts.append(MET)
            notes.append(f"{mine} is a {label}" if term != p.concept else f"{mine} named")
            sources += vocab.sources(term)
            review = review or vocab.unverified(term)
        elif term in anc:
            verdicts.append(UNKNOWN)
            notes.append(f"trials differ on whether {mine} counts as {label}")
            sources += vocab.sources(p.concept)
        elif p.concept in vocab.ancestors(term):
            verdicts.append(UNKNOWN)
            notes.append(f"{label} is narrower than the recorded {mine}")
        else:
            verdicts.append(NOT_MET)
            notes.append(f"{mine} is not a {label}")
    verdict = _any(verdicts)
    named = ", ".join(vocab.label(t) for t in check.terms)
    if verdict is NOT_MET:
        reason = f"{mine} is not among: {named}"
    else:
        reason = "; ".join(n for n, v in zip(notes, verdicts, strict=True) if v is verdict)
    return Outcome(verdict, reason, ev, list(dict.fromkeys(sources)), review)


def _setting(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    values = {t: p.settings.get(t) for t in check.terms}
    ev = [Evidence(field=f"setting.{t}", value=v) for t, v in values.items()]
    verdict = _any([UNKNOWN if v is None else (MET if v else NOT_MET) for v in values.values()])
    named = " or ".join(vocab.label(t) for t in check.terms)
    if verdict is MET:
        named = " and ".join(vocab.label(t) for t, v in values.items() if v)
    if verdict is UNKNOWN:
        return Outcome(verdict, f"whether the disease is {named} is not known from the case", ev)
    answer = "yes" if verdict is MET else "no"
    return Outcome(verdict, f"{named}: {answer} (from the case's extent and outcome)", ev)


def _stage(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    ev = [Evidence(field="stage (staging engine)", value=p.stage or p.stage_candidates or None)]
    allowed = ", ".join(check.terms)
    options = [p.stage] if p.stage and not p.stage_candidates else p.stage_candidates
    if not options:
        return Outcome(UNKNOWN, "stage not settled from the case", ev)
    each = [_any([_stage_verdict(term, option) for term in check.terms]) for option in options]
    verdict = each[0] if len(set(each)) == 1 else UNKNOWN
    shown = p.stage if len(options) == 1 else "one of " + ", ".join(options)
    texts = {MET: "is within", NOT_MET: "is not within", UNKNOWN: "may be within"}
    return Outcome(verdict, f"FIGO stage {shown} {texts[verdict]} stage {allowed}", ev)


def _stage_verdict(term: str, stage: str) -> Verdict:
    """Trial stage ``term`` (e.g. "III", "IVA") against the patient's (e.g. "IIIB", "IV")."""
    group = re.compile(r"IV|I{1,3}")
    tg, pg = group.match(term), group.match(stage)
    if not tg or not pg or tg.group(0) != pg.group(0):
        return NOT_MET
    if term == tg.group(0) or stage.startswith(term):
        return MET
    return UNKNOWN if stage == pg.group(0) else NOT_MET


def _received(p: Patient, vocab: Vocabulary, wanted: set[str]) -> tuple[list[str], list[str]]:
    hits, unmapped = [], []
    for line in p.lines:
        for agent in line.agents:
            drug = vocab.drug_for_agent(agent)
            if drug is None:
                unmapped.append(agent)
            elif drug in wanted or wanted & set(vocab.classes_of(drug)):
                hits.append(f"{agent} (line {line.line})")
    return hits, unmapped


def _prior_therapy(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    wanted = set(check.terms)
    named = " or ".join(vocab.label(t) for t in check.terms)
    sources = [s for t in check.terms for s in vocab.sources(t)]
    hits, unmapped = _received(p, vocab, wanted)
    review = any(vocab.unverified(t) for t in check.terms)
    drugs = {vocab.drug_for_agent(a) for line in p.lines for a in line.agents} - {None}
    review = review or any(vocab.unverified(d) for d in drugs if d)
    ev = [Evidence(field="case.treatments", value=hits or [a for ln in p.lines for a in ln.agents])]
    if hits:
        return Outcome(MET, f"received {named}: {', '.join(hits)}", ev, sources, review)
    if unmapped:
        why = f"agents not in the vocabulary: {', '.join(unmapped)}"
        return Outcome(UNKNOWN, f"cannot tell whether {named} was received ({why})", ev, sources)
    if not p.treatments_complete:
        reason = f"no {named} recorded, but the treatment history is not known to be complete"
        return Outcome(UNKNOWN, reason, ev, sources, review)
    return Outcome(NOT_MET, f"no {named} in the recorded treatment history", ev, sources, review)


def _prior_lines(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    every = systemic_lines(p, advanced_only=False)
    advanced = systemic_lines(p, advanced_only=True)
    ev = [Evidence(field="case.treatments", value=f"{every} systemic line(s), {advanced} advanced")]
    bounds = _bounds(check)

    def verdict(n: int) -> Verdict:
        low_ok = check.minimum is None or n >= check.minimum
        if check.maximum is not None and n > check.maximum:
            return NOT_MET
        if p.treatments_complete:
            return MET if low_ok else NOT_MET
        return MET if low_ok and check.maximum is None else UNKNOWN

    a, b = verdict(every), verdict(advanced)
    if a is not b:
        reason = f"{every} lines counting (neo)adjuvant therapy, {advanced} without: it depends"
        return Outcome(UNKNOWN, f"prior lines {bounds}: {reason} on whether they count", ev)
    if a is UNKNOWN:
        return Outcome(a, f"prior lines {bounds}: treatment history not known to be complete", ev)
    return Outcome(a, f"{every} prior systemic line(s); trial asks {bounds}", ev)


def _bounds(check: Check) -> str:
    low = f"≥ {check.minimum:g}" if check.minimum is not None else ""
    high = f"≤ {check.maximum:g}" if check.maximum is not None else ""
    return " and ".join(x for x in (low, high) if x) or "any"


def _washout(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    assert check.minimum is not None
    need = int(check.minimum)
    if any(line.current for line in p.lines):
        return Outcome(NOT_MET, f"a line is current; trial asks {need} days since therapy")
    if not p.lines:
        if p.treatments_complete:
            return Outcome(MET, "no prior therapy recorded")
        return Outcome(UNKNOWN, "treatment history unknown")
    ends = [line.end for line in p.lines]
    if any(e is None for e in ends):
        return Outcome(UNKNOWN, "end date of a prior line not recorded")
    last = max(e for e in ends if e is not None)
    days = (p.today - last).days
    ev = [Evidence(field="case.treatments[].end", value=last.isoformat())]
    verdict = MET if days >= need else NOT_MET
    return Outcome(verdict, f"{days} days since the last therapy ended; trial asks ≥ {need}", ev)


def _performance(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    scale = check.scale or "ecog"
    record = vocab.pack.scales
    same = next((s.same_as for s in record if s.name == scale), None)
    base = same or scale
    value = p.facts.karnofsky if base == "karnofsky" else p.facts.ecog
    fld = "facts.karnofsky" if base == "karnofsky" else "facts.ecog"
    ev = [Evidence(field=fld, value=value)]
    sources = vocab.sources(scale)
    review = same is not None and vocab.unverified(scale)
    if value is None:
        return Outcome(UNKNOWN, f"{vocab.label(scale)} not recorded", ev, sources)
    ok = (check.minimum is None or value >= check.minimum) and (
        check.maximum is None or value <= check.maximum
    )
    via = f" (read as ECOG: {vocab.label(scale)} treated as the same scale)" if same else ""
    reason = f"{base.upper()} {value}; trial asks {_bounds(check)}{via}"
    return Outcome(MET if ok else NOT_MET, reason, ev, sources, review)


def _age(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    ev = [Evidence(field="case.patient.age_years", value=p.age)]
    if check.value == "ambiguous":
        return Outcome(UNKNOWN, "age limit printed ambiguously ('=') in the source text", ev)
    if p.age is None:
        return Outcome(UNKNOWN, "age not recorded", ev)
    ok = (check.minimum is None or p.age >= check.minimum) and (
        check.maximum is None or p.age <= check.maximum
    )
    return Outcome(MET if ok else NOT_MET, f"age {p.age}; trial asks {_bounds(check)}", ev)


def _sex(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    ev = [Evidence(field="case.patient.sex", value=p.sex)]
    if p.sex is None:
        return Outcome(UNKNOWN, "sex not recorded", ev)
    ok = p.sex == check.value
    return Outcome(MET if ok else NOT_MET, f"sex {p.sex}; trial enrols {check.value}", ev)


def _menopausal(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    ev = [Evidence(field="case.patient.menopausal_status", value=p.menopausal)]
    if p.menopausal is None:
        return Outcome(UNKNOWN, "menopausal status not recorded", ev)
    ok = p.menopausal == check.value
    return Outcome(
        MET if ok else NOT_MET, f"{p.menopausal}menopausal; trial: {check.value}menopausal", ev
    )


def _biomarker(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    results, shown = [], []
    for marker in check.terms:
        stain = p.receptors.get(marker)
        positive = receptor_positive(stain)
        if positive and check.minimum is not None:
            pct = stain.percent if stain else None
            positive = None if pct is None else pct > check.minimum
        results.append(UNKNOWN if positive is None else (MET if positive else NOT_MET))
        shown.append(f"{marker} {stain.result.value if stain else 'not recorded'}")
    ev = [Evidence(field="case.findings.ihc", value="; ".join(shown))]
    limit = f" (> {check.minimum:g}%)" if check.minimum is not None else ""
    asks = " or ".join(check.terms) + " positive" + limit
    return Outcome(_any(results), f"{'; '.join(shown)}; trial asks {asks}", ev)


def _flag(name: str, label: str) -> Callable[[Check, Patient, Vocabulary], Outcome]:
    def evaluate(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
        value = getattr(p.facts, name) if name != "brain_metastases" else p.brain_metastases
        ev = [Evidence(field=f"facts.{name}", value=value)]
        if value is None:
            return Outcome(UNKNOWN, f"{label}: not recorded", ev)
        if check.value == "or_evaluable" and value is False:
            return Outcome(UNKNOWN, f"{label}: no; evaluable disease may still qualify", ev)
        return Outcome(MET if value else NOT_MET, f"{label}: {'yes' if value else 'no'}", ev)

    return evaluate


def _other(check: Check, p: Patient, vocab: Vocabulary) -> Outcome:
    if check.value == "no_requirement":
        return Outcome(MET, "no requirement stated")
    return Outcome(UNKNOWN, "not machine-readable")


_EVALUATORS: dict[Category, Callable[[Check, Patient, Vocabulary], Outcome]] = {
    Category.HISTOLOGY: _histology,
    Category.SETTING: _setting,
    Category.STAGE: _stage,
    Category.PRIOR_THERAPY: _prior_therapy,
    Category.PRIOR_LINES: _prior_lines,
    Category.WASHOUT: _washout,
    Category.PERFORMANCE_STATUS: _performance,
    Category.AGE: _age,
    Category.SEX: _sex,
    Category.MENOPAUSAL: _menopausal,
    Category.BIOMARKER: _biomarker,
    Category.MEASURABLE_DISEASE: _flag("measurable_disease", "measurable disease"),
    Category.BRAIN_METASTASES: _flag("brain_metastases", "brain metastases"),
    Category.OTHER_MALIGNANCY: _flag("other_malignancy", "another malignancy"),
    Category.OTHER: _other,
}

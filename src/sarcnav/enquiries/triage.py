"""Triage of one message: language, intents, relation, location, urgency, entities, routes, draft.

A pure function of the message and the knowledge (policy, lexicon, intent model); it sends nothing.
Intents are the union of strong cue matches (lexicon rows), the statistical model's votes at or
above each intent's threshold (only with evidence words; thresholds chosen by leave-one-set-out
cross-validation, see :mod:`sarcnav.enquiries.train`), and weak cues (broad words such as
"scared", "pain") that the model supports at :data:`WEAK_SUPPORT` or more, or that are all there
is; when none of these names an intent, the model's most likely intent counts from its fallback
probability (round 8). Every label keeps the words behind it.
"""

from __future__ import annotations

from sarcnav.enquiries import drafting
from sarcnav.enquiries.backend import IntentBackend
from sarcnav.enquiries.entities import DrugFinder, DrugSpan, catalogue_finder, extract
from sarcnav.enquiries.intent_model import IntentModel, shipped_model
from sarcnav.enquiries.language import detect, in_latin_letters
from sarcnav.enquiries.matching import Matchers, matchers
from sarcnav.enquiries.policy import default_policy, lexicon
from sarcnav.enquiries.routing import INTENTS, facts, route
from sarcnav.enquiries.signals import Signals, read_signals
from sarcnav.enquiries.text import MAX_CHARS, clean, fold, word_count
from sarcnav.enquiries.urgency_model import UrgencyModel, WordWeight, shipped_urgency_model
from sarcnav.knowledge.enquiries import Cue, EnquiryLexicon, EnquiryPolicy
from sarcnav.model.enquiry import (
    Enquiry,
    EnquiryResult,
    Explanations,
    LabelExplanation,
    ModelEvidence,
    Span,
)
from sarcnav.model.results import Evidence, Reason, ReviewReason, Status, Verdict


def triage(
    enquiry: Enquiry,
    policy: EnquiryPolicy | None = None,
    *,
    lex: EnquiryLexicon | None = None,
    model: IntentModel | None = None,
    drugs: DrugFinder = catalogue_finder,
    backend: IntentBackend | None = None,
    urgency_model: UrgencyModel | None = None,
    backstop: bool = True,
) -> EnquiryResult:
    """Triage ``enquiry`` under ``policy`` (default: the shipped example centre).

    ``drugs`` finds drug names (default: the therapy catalogue; see ``entities.from_resolver``).
    ``backstop=False`` leaves urgency to the urgent-sign rules alone (for measuring them).
    """
    policy = policy or default_policy()
    lex = lex or lexicon()
    model = model or shipped_model()
    text, truncated = clean(enquiry.text)
    folded = fold(text)
    drug_spans = drugs(text)
    language, confidences = detect(text, [(start, end) for start, end, _ in drug_spans])
    m = matchers(lex, policy)
    named = frozenset(generic.lower() for _, _, generic in drug_spans)
    signals = read_signals(folded, text, m, policy.centre.country, named)
    language, confidences = in_latin_letters(language, confidences, lex.cues, signals.cue_spans)
    spam = bool(signals.spam)
    urgency_model = (urgency_model or shipped_urgency_model()) if backstop else None
    raised = _backstop(signals, urgency_model, folded, m) if urgency_model and not spam else []
    intents_explained = (
        [] if spam else _intents(signals, model, folded, text, language, backend, policy, m)
    )
    intents = [e.label for e in intents_explained]
    cannot_travel = bool(signals.cannot_travel)
    routes, reasons, routes_explained = (
        ([], [], [])
        if spam
        else route(
            policy,
            facts(intents, signals.location.label, signals.urgency.label, cannot_travel),
        )
    )
    reasons = (
        _urgent_reasons(policy, signals, m, folded, text, drug_spans)
        + (_model_reasons(signals, urgency_model, raised, text) if urgency_model else [])
        + reasons
    )
    review = _review(text, language, routes, spam, truncated, signals, policy)
    draft_language = language if drafting.supported(policy, language, routes) else "en"
    draft = (
        ""
        if spam or not text
        else drafting.compose(policy, routes, draft_language, drafting.signer(text))
    )
    trace = (
        [s.rule_id for s in signals.urgency.cues]
        + [s.rule_id for s in signals.relation.cues + signals.location.cues]
        + [s.rule_id for e in intents_explained for s in e.cues]
        + [r.rule_id for r in reasons if r.rule_id]
    )
    sources = sorted({s for r in reasons for s in r.sources} | set(policy.sources))
    return EnquiryResult(
        status=Status.NEEDS_INPUT if not text else Status.OUT_OF_SCOPE if spam else Status.DECIDED,
        id=enquiry.id,
        language=language,
        intents=intents,
        relation=signals.relation.label,
        location=signals.location.label,
        urgency=signals.urgency.label,
        routes=routes,
        entities=extract(folded, text, m, drug_spans),
        draft=draft,
        draft_language=draft_language if draft else "",
        spam=spam,
        truncated=truncated,
        explanations=Explanations(
            language=confidences,
            intents=intents_explained,
            relation=signals.relation,
            location=signals.location,
            urgency=signals.urgency,
            cannot_travel=signals.cannot_travel,
            spam=signals.spam,
            routes=routes_explained,
        ),
        reasons=reasons,
        sources=sources,
        trace=list(dict.fromkeys(trace)),
        knowledge={
            policy.pack_id: policy.version,
            lex.pack_id: lex.version,
            "intent_model": model.provenance.get("sha256", "")[:12],
        }
        | ({"urgency_model": urgency_model.provenance["sha256"][:12]} if urgency_model else {}),
        missing=["text"] if not text else [],
        needs_expert_review=bool(review),
        review_reasons=review,
    )


WEAK_SUPPORT = 0.3
"""Model probability from which a weak cue counts (chosen by cross-validation on dev)."""
FALLBACK_WORDS = 5
"""Fewer words carry too little evidence for a guess ("Hello there." is no enquiry yet), as for
the language detector."""


def _intents(
    signals: Signals,
    model: IntentModel,
    folded: str,
    text: str,
    language: str,
    backend: IntentBackend | None,
    policy: EnquiryPolicy,
    m: Matchers,
) -> list[LabelExplanation]:
    """The intents named by cues, the model and the backend; with the model's veto in the
    languages it applies to, unless it would leave the message without any (then without it);
    else the fallback."""
    votes = model.predict(folded)
    extra = backend.intents(text) if backend is not None else {}
    args = (signals, model, votes, folded, extra, policy, m)
    veto = model.veto if language in model.veto_languages else 0.0
    out = _named(*args, veto=veto) or (_named(*args, veto=0.0) if veto else [])
    return out or _fallback(model, votes, folded, guarded_intents(m, folded))


def _named(
    signals: Signals,
    model: IntentModel,
    votes: dict[str, ModelEvidence],
    folded: str,
    extra: dict[str, str],
    policy: EnquiryPolicy,
    m: Matchers,
    veto: float,
) -> list[LabelExplanation]:
    cues = _unvetoed(signals.intent_cues(), votes, veto)
    by_sign = {s.id: s.intent for s in policy.urgent_signs if s.intent}
    for span in signals.urgency.cues:
        if span.rule_id in by_sign:
            intent = by_sign[span.rule_id]
            cues[intent] = [*cues.get(intent, []), span]
    weak = _unvetoed(signals.intent_cues(weak=True), votes, veto)
    held = guarded_intents(m, folded) - set(cues)
    above = {
        label
        for label in INTENTS
        if votes[label].probability >= model.thresholds[label] and label not in held
    }
    words = {label: model.words(folded, label) for label in above - set(cues)}
    voted = {label for label in above if label in cues or words[label]}
    supported = {label for label in weak if votes[label].probability >= WEAK_SUPPORT}
    found = set(cues) | voted | set(extra)
    alone = not found and not supported
    out = []
    for label in INTENTS:
        weak_counts = label in weak and (label in supported or alone)
        if label in found or weak_counts:
            details = [f"LLM backend: {extra[label]}"] if label in extra else []
            if label in voted and label not in cues:
                details.append(_model_detail(votes[label], model.thresholds[label], words[label]))
            if weak_counts and label not in cues and label not in voted:
                details.append(
                    f"weak cue, model probability {votes[label].probability:.2f} >= {WEAK_SUPPORT}"
                    if label in supported
                    else "weak cue, the only intent cue in the message"
                )
            out.append(
                LabelExplanation(
                    label=label,
                    cues=(cues.get(label, []) + (weak.get(label, []) if weak_counts else []))[:5],
                    model=votes[label] if label in voted or label in supported else None,
                    detail="; ".join(details),
                )
            )
    return out


def _unvetoed(
    cues: dict[str, list[Span]], votes: dict[str, ModelEvidence], veto: float
) -> dict[str, list[Span]]:
    """The cue rows' intents to which the model gives at least its ``veto`` probability (a cue
    row that misfires on a new wording names an intent the rest of the message does not carry)."""
    return {label: spans for label, spans in cues.items() if votes[label].probability >= veto}


def _fallback(
    model: IntentModel, votes: dict[str, ModelEvidence], folded: str, held: set[str]
) -> list[LabelExplanation]:
    """When nothing names an intent: the model's most likely one, from its fallback probability
    (never an intent whose cue a guard dropped, never without evidence words, never in a message
    of fewer than FALLBACK_WORDS words)."""
    best = max(INTENTS, key=lambda label: votes[label].probability)
    if (
        votes[best].probability < model.fallback
        or best in held
        or word_count(folded) < FALLBACK_WORDS
    ):
        return []
    words = model.words(folded, best)
    if not words:
        return []
    shown = ", ".join(w.text for w in words)
    return [
        LabelExplanation(
            label=best,
            model=votes[best],
            detail=f"intent model p={votes[best].probability:.2f} >= fallback {model.fallback} "
            f"(no cue, no other intent: the model's most likely intent): words {shown}",
        )
    ]


def guarded_intents(m: Matchers, folded: str) -> set[str]:
    """Intents of which a cue row's pattern occurs in ``folded`` but its ``unless`` exclusion
    dropped it ("thank you in advance" is not gratitude): the model does not add them back."""
    return {
        c.row.label
        for c in m.cues
        if isinstance(c.row, Cue) and c.row.kind == "intent" and c.unless is not None
        for hit in c.regex.finditer(folded)
        if c.unless.match(folded, hit.start())
    }


def _model_detail(vote: ModelEvidence, threshold: float, words: list[WordWeight]) -> str:
    """Why the model added an intent that no cue row found: its probability and the words of
    the message that pushed it up most."""
    shown = ", ".join(w.text for w in words)
    return f"intent model p={vote.probability:.2f} >= {threshold} (no cue row): words {shown}"


def _urgent_reasons(
    policy: EnquiryPolicy,
    signals: Signals,
    m: Matchers,
    folded: str,
    text: str,
    drug_spans: list[DrugSpan],
) -> list[Reason]:
    """One met reason per urgent sign found, with its spans, sources and verification.

    The evidence ends with the words that met the sign's companion requirement, if it has one
    (the chemotherapy word or drug beside a fever).
    """
    reasons = []
    compiled = {c.row.id: c for c in m.urgent}
    for sign in policy.urgent_signs:
        spans = [s for s in signals.urgency.cues if s.rule_id == sign.id]
        if signals.urgency.label == "emergency" and spans:
            evidence = [
                Evidence(field="text", value=s.text, text=s.text, start=s.start, end=s.end)
                for s in spans
            ]
            met = compiled[sign.id].requirement(folded, drug_spans)
            if met is not None:
                start, end, field = met
                value = field.removeprefix("drug:") if field != "text" else text[start:end]
                evidence.append(
                    Evidence(
                        field=field.split(":")[0],
                        value=value,
                        text=text[start:end],
                        start=start,
                        end=end,
                    )
                )
            reasons.append(
                Reason(
                    criterion=f"urgent sign: {sign.label}",
                    verdict=Verdict.MET,
                    rule_id=sign.id,
                    evidence=evidence,
                    sources=list(sign.sources),
                    verification=sign.verification.value,
                    detail=sign.note,
                )
            )
    return reasons


MODEL_RULE = "urgency_model"
"""The rule id of an emergency raised by the learned backstop (in reasons and the trace)."""


def guarded_signs(m: Matchers, folded: str) -> list[str]:
    """Urgent signs whose pattern occurs in ``folded`` (whether or not a guard then dropped it)."""
    return [c.row.id for c in m.urgent if c.regex.search(folded)]


def _backstop(signals: Signals, model: UrgencyModel, folded: str, m: Matchers) -> list[WordWeight]:
    """When the rules found no emergency but the learned model's probability reaches its
    threshold: make the urgency an emergency and return the words behind it (else nothing).

    The model does not override the rules' explicit decisions: when an urgent sign's pattern
    occurs but its guards (negation, past, resolved, hypothetical, below the threshold, missing
    companion word) dropped it, the model is held back and the routine explanation says so. Its
    job is wordings the rules do not know. It never raises without evidence words.
    """
    if signals.urgency.label == "emergency" or not folded.strip():
        return []
    probability = model.probability(folded)
    if probability < model.threshold:
        return []
    guarded = guarded_signs(m, folded)
    if guarded:
        signals.urgency = signals.urgency.model_copy(
            update={
                "detail": f"{signals.urgency.detail}; learned model p={probability:.2f} held "
                f"back: the rules' guards dropped the urgent signs {', '.join(guarded)}"
            }
        )
        return []
    words = model.words(folded)
    if words:
        signals.urgency = LabelExplanation(
            label="emergency",
            model=ModelEvidence(
                probability=round(probability, 3), features=[(w.text, w.weight) for w in words]
            ),
            detail=_model_criterion(probability, words),
        )
    return words


def _model_criterion(probability: float, words: list[WordWeight]) -> str:
    return f"possible emergency (learned model, p={probability:.2f}): words " + ", ".join(
        w.text for w in words
    )


def _model_reasons(
    signals: Signals, model: UrgencyModel, words: list[WordWeight], text: str
) -> list[Reason]:
    """The met reason of a backstop emergency, quoting its evidence words from the message."""
    if not words or signals.urgency.model is None:
        return []
    return [
        Reason(
            criterion=_model_criterion(signals.urgency.model.probability, words),
            verdict=Verdict.MET,
            rule_id=MODEL_RULE,
            evidence=[
                Evidence(
                    field="text",
                    value=text[w.start : w.end],
                    text=text[w.start : w.end],
                    start=w.start,
                    end=w.end,
                )
                for w in words
            ],
            detail=(
                f"learned urgency backstop, not an urgent sign of the policy: threshold "
                f"{model.threshold} chosen by leave-one-set-out cross-validation; a navigator "
                f"checks the message now"
            ),
        )
    ]


def _review(
    text: str,
    language: str,
    routes: list[str],
    spam: bool,
    truncated: bool,
    signals: Signals,
    policy: EnquiryPolicy,
) -> list[ReviewReason]:
    reasons = []
    if signals.urgency.label == "emergency" and signals.urgency.model is not None:
        reasons.append(
            ReviewReason(code="EMERGENCY", detail=f"{signals.urgency.detail}: reply now")
        )
    elif signals.urgency.label == "emergency":
        signs = ", ".join(sorted({s.rule_id for s in signals.urgency.cues}))
        reasons.append(ReviewReason(code="EMERGENCY", detail=f"urgent signs ({signs}): reply now"))
    if text and not spam and not drafting.supported(policy, language, routes):
        reasons.append(
            ReviewReason(
                code="DRAFT_LANGUAGE",
                detail=f"message in '{language}'; the draft is in English: translate it",
            )
        )
    if spam:
        reasons.append(ReviewReason(code="SPAM", detail="looks like spam: no reply drafted"))
    if truncated:
        reasons.append(
            ReviewReason(
                code="TRUNCATED", detail=f"only the first {MAX_CHARS} characters were read"
            )
        )
    if not text:
        reasons.append(ReviewReason(code="EMPTY", detail="the message has no readable text"))
    return reasons

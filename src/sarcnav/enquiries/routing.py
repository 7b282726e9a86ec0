"""Routes from the policy's rule rows, evaluated with the shared three-valued rules engine."""

from __future__ import annotations

from sarcnav.knowledge.enquiries import EnquiryPolicy, Intent
from sarcnav.model.enquiry import LabelExplanation
from sarcnav.model.results import Evidence, Reason, Verdict
from sarcnav.rules.evaluate import Fact, evaluate

INTENTS: tuple[str, ...] = Intent.__args__  # type: ignore[attr-defined]


def facts(intents: list[str], location: str, urgency: str, cannot_travel: bool) -> dict[str, Fact]:
    """The facts route rules may read (every one known: triage never leaves them unset)."""
    out = {f"intent.{i}": Fact(i in intents, f"intents.{i}") for i in INTENTS}
    out["location"] = Fact(location, "location")
    out["urgency"] = Fact(urgency, "urgency")
    out["cannot_travel"] = Fact(cannot_travel, "cannot_travel")
    return out


def route(
    policy: EnquiryPolicy, known: dict[str, Fact]
) -> tuple[list[str], list[Reason], list[LabelExplanation]]:
    """Routes whose rule is met, in policy order (urgent care first), with reasons."""
    routes: list[str] = []
    reasons: list[Reason] = []
    explained: list[LabelExplanation] = []
    for rule in policy.routes:
        outcome = evaluate(rule.when, known)
        if outcome.verdict is not Verdict.MET or rule.route in routes:
            continue
        routes.append(rule.route)
        shown = [e for e in outcome.evidence if e.value not in (False, None)]
        reasons.append(
            Reason(
                criterion=f"route {rule.route}",
                verdict=Verdict.MET,
                rule_id=rule.id,
                evidence=shown or outcome.evidence,
                sources=list(rule.sources),
                verification=rule.verification.value,
            )
        )
        because = ", ".join(_show(e) for e in (shown or outcome.evidence))
        explained.append(LabelExplanation(label=rule.route, detail=f"{rule.id}: {because}"))
    return routes, reasons, explained


def _show(evidence: Evidence) -> str:
    return f"{evidence.field}={evidence.value}"

"""Round 11: a plain stated 'leiomyosarcoma' with no morphology named is the conventional
(spindle) type for the diagnosis; the reading's findings keep what the report states."""

from __future__ import annotations

import pytest

from sarcnav.reports.assess import assess_report
from sarcnav.reports.patterns import vocabulary

# Findings that make a spindle tumour a leiomyosarcoma, with no morphology named.
BODY = (
    "Synthetic. Total hysterectomy. Intramural tumour 7.5 cm with diffuse severe atypia, 16 "
    "mitoses per 10 HPF and tumour cell necrosis. The tumour is confined to the uterus.\n"
)
RULE = "lms-plain-is-conventional"


@pytest.mark.parametrize(
    "dx",
    [
        "Diagnosis: Leiomyosarcoma, 7.5 cm.",
        "FINAL DIAGNOSIS: uterine leiomyosarcoma with no extrauterine spread.",
        "Histologic type: Leiomyosarcoma",
        "Conclusion: high-grade leiomyosarcoma of the uterine corpus; margins clear.",
        "Diagnosis: Leiomyosarcoma. No epithelioid features or myxoid matrix are seen.",
    ],
)
def test_plain_leiomyosarcoma_is_the_conventional_type(dx: str) -> None:
    result = assess_report(BODY + dx + "\n")
    assert result.diagnosis is not None
    assert result.diagnosis.code.value == "leiomyosarcoma_spindle"
    assert result.reading.findings.morphology is None  # the report states none
    reason = result.diagnosis.reasons[0]
    assert reason.rule_id == RULE and reason.sources == ["path-s6"]
    assert "convention" in reason.detail and reason.evidence[0].value == "spindle"
    assert reason.evidence[0].text is not None
    assert "leiomyosarcoma" in reason.evidence[0].text.lower()
    assert RULE in result.diagnosis.trace


@pytest.mark.parametrize(
    ("dx", "extra", "diagnosis", "morphology"),
    [
        # a variant or another morphology named next to the term
        ("Diagnosis: Leiomyosarcoma, pleomorphic type.", "", "indeterminate", None),
        ("Diagnosis: Leiomyosarcoma (xanthomatous variant).", "", "indeterminate", None),
        ("Diagnosis: Dedifferentiated leiomyosarcoma.", "", "indeterminate", None),
        ("Diagnosis: Leiomyosarcoma of round cell type.", "", "indeterminate", None),
        ("Diagnosis: Epithelioid leiomyosarcoma.", "", "leiomyosarcoma_epithelioid", "epithelioid"),
        # uncertain, negated or set aside: not a stated leiomyosarcoma
        ("Diagnosis: Leiomyosarcoma cannot be excluded.", "", "indeterminate", None),
        ("Diagnosis: Suspicious for leiomyosarcoma.", "", "indeterminate", None),
        ("Diagnosis: No evidence of leiomyosarcoma.", "", "indeterminate", None),
        # another diagnosis: the convention is for leiomyosarcoma only
        (
            "Diagnosis: Smooth muscle tumour of uncertain malignant potential.",
            "",
            "indeterminate",
            None,
        ),
        # a morphology stated (or doubted) elsewhere is never overridden
        (
            "Diagnosis: Leiomyosarcoma.",
            "Abundant myxoid matrix.",
            "leiomyosarcoma_myxoid",
            "myxoid",
        ),
        (
            "Diagnosis: Leiomyosarcoma.",
            "Epithelioid features cannot be excluded.",
            "indeterminate",
            None,
        ),
    ],
)
def test_the_convention_does_not_apply(
    dx: str, extra: str, diagnosis: str, morphology: str | None
) -> None:
    result = assess_report(BODY + extra + "\n" + dx + "\n")
    assert result.diagnosis is not None
    assert result.diagnosis.code.value == diagnosis
    found = result.reading.findings.morphology
    assert (found.value if found else None) == morphology
    assert RULE not in {r.rule_id for r in result.diagnosis.reasons}


def test_the_convention_is_cited_data() -> None:
    [rule] = vocabulary().morphology_defaults
    assert rule.id == RULE and rule.terms == ["dx-lms"] and rule.morphology.value == "spindle"
    assert rule.sources == ["path-s6"] and rule.as_of is not None

"""Wording the criterion readers look for (registry English), compiled once.

Disease, drug, setting and scale names are not here: they come from the vocabulary pack.
"""

from __future__ import annotations

import re

from sarcnav.model.trial import Category

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "zero": 0}
NUM = r"(\d+|one|two|three|four|five)"
LABEL = re.compile(r"^[A-Z][A-Za-z ]{2,25}:\s+")
NEGATED_START = re.compile(
    r"^(?:patients?\s+(?:must\s+)?(?:have\s+)?|has\s+|is\s+|must\s+)?"
    r"(?:no|not|without|never|free of|absence of|did not|has not|have not)\b",
    re.IGNORECASE,
)
HIT_NEGATION = re.compile(
    r"(?:\bnon[\s\-]*|(?:\bno|\bnot|\bwithout|\bnever|\bdid not receive)(?:[\s,\-]+[\w/]+){0,3}?"
    r"[\s,\-]*)$",
    re.IGNORECASE,
)
WITH_OR_WITHOUT = re.compile(r"with or without", re.IGNORECASE)
NOT_TAKEN = re.compile(r"suitable|appropriate|candidates? for|eligible for", re.IGNORECASE)
NOT_A_COUNT = r"(?!\s*(?:weeks?|days?|months?|years?|hours?|cm|mm)\b)"
ALTERNATIVES = re.compile(r"(?:at least|any) one of the following criteria", re.IGNORECASE)
INCLUDING = re.compile(r"\bincluding\b[^.;]*", re.IGNORECASE)
RECIST = re.compile(r"response evaluation criteria in solid tumou?rs", re.IGNORECASE)
CARVE_OUT = re.compile(
    r"\b(?:excluding|except(?: for)?|other than|with the exception of)\b", re.IGNORECASE
)
RELAXING = re.compile(
    r"\b(?:will not count|may have received|no restriction|are eligible|is eligible)\b|^note\b",
    re.IGNORECASE,
)
ALLOWED = re.compile(r"\b(?:allowed|permitted)\b", re.IGNORECASE)
PRIOR_CUE = re.compile(
    r"\b(?:prior|previous(?:ly)?|received|treated with|pretreated|exposure to|had|"
    r"treatment with)\b",
    re.IGNORECASE,
)
MIN_LINES = re.compile(
    rf"(?:at least|>=|≥|a minimum of)\s*{NUM}\b{NOT_A_COUNT}"
    rf"(?:,?\s*but\s+(?:not|no)\s+more\s+than\s+{NUM},?)?"
    r"(?:[\s,]+[\w\-]+){0,3}?[\s,]+(?:lines?|regimens?|therap\w*|treatments?|chemotherap\w*)\b",
    re.IGNORECASE,
)
MAX_LINES = re.compile(
    rf"(?:no more than|not more than|up to|a maximum of|at most|≤|<=)\s*{NUM}\b{NOT_A_COUNT}"
    r"(?:[\s,]+[\w\-]+){0,3}?[\s,]+(?:lines?|regimens?|therap\w*|treatments?|chemotherap\w*)\b",
    re.IGNORECASE,
)
NO_PRIOR = re.compile(
    r"\b(?:no (?:prior|previous) (?:systemic|chemotherap\w*|treatment|therapy)(?!\s+with\b)|"
    r"(?:previously )?untreated with chemotherapy|not received any (?:previous|prior) systemic|"
    r"chemotherapy[\s\-]na[iï]ve|treatment[\s\-]na[iï]ve|first[\s\-]line setting)",
    re.IGNORECASE,
)
NO_LIMIT = re.compile(r"\bno limit\b|^not specified\b|^any age\b", re.IGNORECASE)
WASHOUT = re.compile(
    r"(?:at least|≥|>=)?\s*(\d+)\s*(weeks?|days?)\s+(?:since|prior to (?:first dose|study|"
    r"registration|randomi[sz]ation|enrol))",
    re.IGNORECASE,
)
OTHER_CANCER = re.compile(
    r"\b(?:other|another|prior|second|concomitant|concurrent|previous|additional)\s+"
    r"(?:\w+\s+){0,2}(?:malignan\w*|cancers?)\b|^prior malignancy",
    re.IGNORECASE,
)
BRAIN = re.compile(
    r"\b(?:brain|cns|central nervous system|leptomeningeal)\b[^.;]{0,40}?metasta|"
    r"metasta\w*\s+(?:to|in)\s+the\s+brain",
    re.IGNORECASE,
)
EXTENT_WORDS = re.compile(r"\bbeyond\b|\boutside the\b", re.IGNORECASE)
STAGE = re.compile(
    r"(?i:\bstages?)\s+((?:IV|I{1,3})[ABC]?\d?"
    r"(?:\s*(?:-|–|to|or|and|,|/)\s*(?i:stage\s+)?(?:IV|I{1,3})[ABC]?\d?)*)\b"
)
ROMAN = ["I", "II", "III", "IV"]
AGE_CONTEXT = re.compile(r"\bage\b|years? of age|years? old|\baged\b", re.IGNORECASE)
AGE_MIN = re.compile(
    r"(?:≥|>=|=>|at least|over|older than)\s*(\d{1,3})\s*(?:years?|yrs)|"
    r"(\d{1,3})\s*(?:years?)\s*(?:of age\s*)?(?:or older|and older|or above|and over)",
    re.IGNORECASE,
)
AGE_MAX = re.compile(
    r"(?:≤|<=|=<|younger than|under|less than or equal to)\s*(\d{1,3})\s*(?:years?)", re.I
)
AGE_EQUALS = re.compile(r"\bage\s*=\s*\d", re.IGNORECASE)
MENOPAUSE = re.compile(r"\b(post|pre|peri)[\s\-]?menopausal\b", re.IGNORECASE)
ER = re.compile(r"\b(?:estrogen|oestrogen|ER)\b")
PR = re.compile(r"\b(?:progesterone|PR|PgR)\b")
POSITIVE = re.compile(r"positiv|express", re.IGNORECASE)
PERCENT = re.compile(r"(?:>|≥|>=|greater than|at least)\s*(\d{1,3})\s*%")
OTHER_MARKERS = re.compile(r"\b(?:HRD|BRCA\d?|HER2|MMR|dMMR|MSI|homologous recombination)\b")
MEASURABLE = re.compile(r"(non[\s\-]?|no\s+)?measurable", re.IGNORECASE)
PS_BOUND = re.compile(r"(≤|<=|=<|<|less than or equal to)\s*(\d)")
PS_RANGE = re.compile(r"(\d)\s*(?:-|–|to)\s*(\d)")
KPS_MIN = re.compile(r"(?:≥|>=|at least|of)\s*(\d{2,3})")
UNASSESSABLE: list[tuple[Category, re.Pattern[str]]] = [
    (
        Category.ORGAN_FUNCTION,
        re.compile(
            r"\b(?:neutrophil|ANC|platelet|hemoglobin|haemoglobin|bilirubin|creatinine|AST|ALT|"
            r"SGOT|SGPT|transaminase|albumin|INR|aPTT|WBC|granulocyte|marrow|liver function|"
            r"renal function|hepatic function|organ (?:system )?function|ejection fraction|LVEF|"
            r"hematopoietic|hepatic|renal|cardiovascular|cardiac)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Category.PREGNANCY,
        re.compile(r"pregnan|breast[\s\-]?feeding|lactating|contracept|childbearing", re.I),
    ),
    (
        Category.CONSENT,
        re.compile(
            r"consent|willing|able to comply|questionnaire|communicate in|insurance|literacy", re.I
        ),
    ),
    (Category.LIFE_EXPECTANCY, re.compile(r"life expectancy", re.IGNORECASE)),
    (Category.BIOMARKER, OTHER_MARKERS),
]

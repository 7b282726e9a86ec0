"""Parsers that turn one pattern match into values (``kind: parse`` rules name them).

Each parser gets the match, the whole text and the mention's context modifiers, and returns the
values it reads as :class:`Value` items (field, value, span); an empty list means nothing usable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sarcnav.model.case import Distribution
from sarcnav.model.report import Modifier, ModifierCategory
from sarcnav.reports.patterns import vocabulary

WORDS = {
    "zero": 0, "no": 0, "none": 0, "nil": 0, "single": 1, "solitary": 1, "one": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}  # fmt: skip


@dataclass
class Value:
    """A value a parser read; ``negative`` marks a statement of absence (it yields to presence)."""

    field: str
    value: Any
    start: int
    end: int
    negative: bool = False
    note: str = ""


Parser = Callable[[re.Match[str], str, str, list[Modifier]], list[Value]]
PARSERS: dict[str, Parser] = {}


def parser(name: str) -> Callable[[Parser], Parser]:
    def register(func: Parser) -> Parser:
        PARSERS[name] = func
        return func

    return register


def number(token: str) -> float:
    """A count in digits or words ('7', 'seven', 'twenty five', 'twenty-five')."""
    token = token.strip().lower()
    if token in WORDS:
        return float(WORDS[token])
    tens, _, unit = token.replace("-", " ").partition(" ")
    if tens in TENS:
        return float(TENS[tens] + (WORDS[unit.strip()] if unit.strip() else 0))
    return float(token)


def has(mods: list[Modifier], category: ModifierCategory) -> bool:
    return any(m.category is category for m in mods)


def whole(m: re.Match[str], field: str, value: Any, **kw: Any) -> list[Value]:
    return [Value(field, value, m.start(), m.end(), **kw)]


_SIZE_GUARD = re.compile(
    r"\b(?:invad\w*|invasion|depth|distance|(?<!arising )(?<!originating )(?<!growing )"
    r"(?<!range )(?<!ranging )(?<!ranges )(?<!size )from|"
    r"thick\w*|margin|serosa|away|weigh\w*|deposits?|implants?|omentum|omental|"
    r"(?<!of the )(?<!of )uterus|(?:less|more|greater|smaller|larger) than|exceed\w*|over|under)\b|"
    r"[<>≤≥]",
    re.I,
)
# between a size and its tumour word only describing words may stand ('a 5.1 cm exophytic,
# necrotic tumour', 'a 15.0 cm fleshy, haemorrhagic and necrotic mass'); other words end the
# size's clause ('4 cm, with a second tumour')
_LEADING_GUARD = re.compile(
    r"\b(?:with|contain\w*|including|a|an|the|another|second|separate|other|plus|nodes?|deposits?|"
    r"metasta\w*|implants?|"
    r"uterus|and\s+(?:a|an|the|\d))\b|\d",
    re.I,
)
_LEADING_WORDS = re.compile(r"[A-Za-z-]+")
_SPOKEN_POINT = re.compile(r"\s+point\s+", re.I)
# a size in words ('fourteen point five'): each number word as digits
_SPOKEN_NUMBER = re.compile(
    r"[a-z]+(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?", re.I
)
_SIZE_NOUN = re.compile(
    r"\b(?:tumou?rs?|mass|masses|nodules?|lesions?|neoplasm|leiomyomas?|fibroids?|polyp|"
    r"\w*sarcoma|measur\w*|(?<!uterine )(?<!uterus )(?:size|dimension|diameter))\b[^.;\n]*$",
    re.I,
)
_METASTASIS_BEFORE = re.compile(
    r"\b(?:metastatic|recurrent|deposits? of|metastas[ie]s of)\s+(?:[a-z-]+\s+)?$",
    re.I,
)
_AFTER_SIZE_GUARD = re.compile(r"\s*(?:from|away|to the|of the|deep|thick|into)\b", re.I)


# A line of clinical history or imaging ('Clinical: enlarging fibroid 8 cm; MRI ...') gives the
# referral's size, not the pathologist's measurement.
CLINICAL_LINE = re.compile(
    r"[ \t]*(?:clinical|history|indication|referral|imaging|radiology|MRI|CT|ultrasound|US)\b"
    r"[^:\n]{0,30}:",
    re.I,
)


@parser("size")
def size(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """Largest dimension in cm; '9.5 x 7 x 6 cm' gives 9.5, '95 mm' gives 9.5."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if CLINICAL_LINE.match(text, line_start) or about_other_organ(text, line_start, m.start()):
        return []
    gap = text[m.start() : m.start("dims")]
    after = max(m.end("dims"), m.end("unit"))  # 'a 7 cm tumour of the fundus' is no distance
    if _SIZE_GUARD.search(gap) or _AFTER_SIZE_GUARD.match(text, after):
        return []
    if _METASTASIS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return []  # 'metastatic leiomyosarcoma, 3 cm': a metastasis, not the uterine tumour
    between = text[m.end("unit") : m.end()] if m.start("unit") > m.start("dims") else ""
    if _LEADING_GUARD.search(between) or len(_LEADING_WORDS.findall(between)) > 6:
        return []
    unit = "mm" if m.group("unit").lower().startswith(("mm", "mil")) else "cm"
    dims = _SPOKEN_POINT.sub(".", m.group("dims"))  # '8 point 3' is 8.3
    if dims[0].isalpha():  # a size in words counts only after a tumour word
        if not _SIZE_NOUN.search(text, max(0, m.start() - 60), m.start()):
            return []
        dims = _SPOKEN_NUMBER.sub(lambda w: f"{number(w.group(0)):g}", dims)
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", dims)]
    units = re.findall(r"cm|mm", m.group("dims"), re.I)
    largest = max(numbers)
    if unit == "mm" and not (units and units[0].lower() == "cm"):
        largest /= 10
    start, end = min(m.start("dims"), m.start("unit")), max(m.end("dims"), m.end("unit"))
    return [Value(field, round(largest, 2), start, end)]


# Nodules counted in a clause about another organ ('B: Omentum ... with two firm nodules') are
# metastases, not the uterine tumours.
_OTHER_ORGAN = re.compile(
    r"\b(?:omentum|omental|ovary|ovaries|ovarian|adnexa\w*|fallopian|lungs?|liver|peritone\w*|"
    r"(?:hemi-?)?diaphragm\w*|mesenter\w*|bowel|bladder|pelvic side ?wall)\b",
    re.I,
)


_SIDES = re.compile(r"[ \t]*(?:(?:right|left|bilateral|both)\s+)?", re.I)
# A part line that opens with a metastasis in another organ ('D. Metastasis of leiomyosarcoma in
# lung tissue, 1.4 cm, margins free', round 11).
_METASTASIS_IN = re.compile(
    r"metasta\w*\b[^:;\n]{0,40}?\b(?:in|to)\s+(?:the\s+)?(?:(?:right|left)\s+)?"
    r"(?=" + _OTHER_ORGAN.pattern + ")",
    re.I,
)


def about_other_organ(text: str, line_start: int, start: int) -> bool:
    """A line (a specimen part) about another organ, the uterus not named before ``start``:
    'Right ovary: metastatic LMS (3 cm)', 'B: Omentum ... nodules, largest 22 mm'. Its sizes and
    counts are not the uterine tumour's."""
    part = _PART_MARKER.match(text, line_start)
    at = _SIDES.match(text, part.end() if part else line_start)
    assert at is not None  # the pattern matches the empty string
    organ = _OTHER_ORGAN.match(text, at.end()) or _METASTASIS_IN.match(text, at.end())
    return bool(organ) and not _UTERUS.search(text, line_start, start)


@parser("count")
def count(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    g = m.groupdict()
    n = int(number(g.get("n") or g.get("n2") or g.get("n3") or g.get("n4") or "0"))
    if field == "findings.tumour_count":
        lo = clause(text, m.start(), m.end())[0]
        if _OTHER_ORGAN.search(text, lo, m.start()) and not _UTERUS.search(text, lo, m.start()):
            return []
        if about_other_organ(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            return []
    return whole(m, field, n) if n >= 1 else []


_GRADES = {
    "no": "none", "none": "none", "absent": "none", "not identified": "none", "minimal": "mild",
    "mild": "mild", "mild-to-moderate": "moderate", "mild to moderate": "moderate",
    "moderate": "moderate", "moderate-to-severe": "severe", "moderate to severe": "severe",
    "severe": "severe", "marked": "severe", "significant": "moderate", "nil": "none",
    "mod": "moderate", "sev": "severe", "without": "none", "lacking": "none", "lacks": "none",
    "moderate-severe": "severe", "moderate/severe": "severe", "mild-moderate": "moderate",
    "mild/moderate": "moderate", "mildly": "mild", "moderately": "moderate", "markedly": "severe",
    "severely": "severe", "none to mild": "mild", "none-to-mild": "mild", "nil to mild": "mild",
    "none/mild": "mild", "none-mild": "mild", "slight": "mild", "not seen": "none",
    "not present": "none", "absent to mild": "mild", "absent to slight": "mild",
    "none to slight": "mild", "nil to slight": "mild", "absent-to-slight": "mild",
}  # fmt: skip
GRADE_ORDER = ["none", "mild", "moderate", "severe"]


@parser("atypia")
def atypia(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """Atypia grade; 'moderate to severe' is read as severe, 'significant' as moderate.

    'Markedly atypical nuclei' is read as severe atypia ('marked' is severe).
    """
    g = m.groupdict()
    word = (g.get("g1") or g.get("g2") or g.get("g3") or "").lower()
    grade = _GRADES.get(word.replace("marked", "severe"))  # 'moderate to marked' is severe
    if grade is None:
        return []
    if has(mods, ModifierCategory.NEGATED) and grade != "none":
        return whole(m, field, "none", negative=True, note=f"negated mention of {grade} atypia")
    note = "range read as its higher grade" if "to" in word else ""
    return whole(m, field, grade, negative=grade == "none", note=note)


@parser("distribution")
def distribution(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    word = next((g for k, g in m.groupdict().items() if k.startswith("d") and g), "").lower()
    word = "diffuse" if word in ("", "throughout", "widespread") else word  # 'atypia throughout'
    word = "multifocal" if word in ("scattered", "multiple", "several") else word  # '... foci'
    word = next((w for w in ("multifocal", "focal", "diffuse") if word.startswith(w[:4])), word)
    if has(mods, ModifierCategory.NEGATED):
        return []
    return whole(m, field, Distribution(word).value)


BOUND_NOTE = "'less than N' read as N-1, the highest whole count below N"


@parser("mitoses")
def mitoses(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """A count per 10 HPF or per mm²; a range or 'up to' is read as its upper bound."""
    g = m.groupdict()
    values = [number(m.group("n1"))]
    if g.get("n2"):
        values.append(number(m.group("n2")))
    unit = "per_10_hpf" if g.get("hpf") or g.get("hpfn") else "per_mm2"
    note = "range read as its upper bound" if len(values) > 1 else ""
    if g.get("hpfn"):  # '15 per 50 HPF': the count per 10 HPF
        fields = int(g["hpfn"])
        values = [round(v * 10 / fields, 2) for v in values]
        note = f"count per {fields} HPF scaled to 10 HPF"
    if g.get("area"):  # '12 mitoses per 2.4 mm²': the count per mm²
        area = float(g["area"])
        if area <= 0:
            return []
        values = [round(v / area, 2) for v in values]
        note = f"count divided by the stated area ({area:g} mm²)"
    if g.get("upto"):
        note = "'up to' read as the count"
    if g.get("lt"):
        if not float(values[0]).is_integer():
            return []
        values = [max(values[0] - 1, 0.0)]
        note = BOUND_NOTE
    return whole(m, field, {"value": max(values), "unit": unit}, note=note)


@parser("mitoses_zero")
def mitoses_zero(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    return whole(m, field, {"value": 0.0, "unit": "per_10_hpf"}, negative=True)


@parser("number")
def plain_number(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    token = next(g for g in m.groups() if g)
    return whole(m, field, float(token))


@parser("field_area")
def field_area(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """One high-power field's area: the area of ten fields (the count's denominator)."""
    area = round(float(m.group("n")) * 10, 3)
    return whole(m, field, area, note="one field's area times ten") if area > 0 else []


@parser("depth")
def depth(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """'invades 12 mm of a 20 mm wall': fraction 0.6, and the depth and thickness in mm."""
    g = m.groupdict()
    ka, kb = next(((f"a{i}", f"b{i}") for i in ("", "2", "3", "4") if g.get(f"a{i}")), ("a", "b"))
    a, b = float(m.group(ka)), float(m.group(kb))
    if b <= 0 or a > b:
        return []
    return [
        Value(field, round(a / b, 3), m.start(), m.end()),
        Value("report.depth_of_invasion_mm", a, m.start(ka), m.end(ka)),
        Value("report.myometrial_thickness_mm", b, m.start(kb), m.end(kb)),
    ]


@parser("percent_fraction")
def percent_fraction(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    p = float(m.group("p") or m.group("p2"))
    return whole(m, field, round(p / 100, 3)) if p <= 100 else []


@parser("percent")
def percent(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    p = float(m.group("p"))
    return whole(m, field, p) if p <= 100 else []


@parser("zero")
def zero(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    return whole(m, field, 0.0, negative=True)


# A decimal point ('a 3.0 cm deposit') ends no clause.
# Dictated punctuation ('... ovaries period received ...') ends a clause too.
# An export's empty field ('OBX|5|TX|EXT1^Extension||Serosa: ...', HL7) ends a clause too: the
# segment's code before it is no statement about the site (round 11).
_CLAUSE_END = re.compile(
    r"\.(?!\d)|(?<!\d)\.|[;\n]|\|\||\bbut\b|\bwhereas\b|\bhowever\b|\bperiod\b|\bfull stop\b|"
    r"\bnew paragraph\b|\bsemi-?colon\b",
    re.I,
)
# The next clause denying the site by a pronoun: 'reaches the serosa but does not breach it'.
_DENIED_AFTER = re.compile(
    r"but (?:does|did|do) not (?:breach|penetrate|involve|invade|reach|extend (?:into|through))\w* "
    r"(?:it|them)\b",
    re.I,
)
_POS = re.compile(
    r"\b(?:involv(?:ed|es|ing|ement)|invad\w*|invasion|infiltrat\w*|extend\w*|extension|metasta\w+|"
    r"deposits?|positive|penetrat\w*|perforat\w*|breach\w*|breaks?|breaking|broken|ruptur\w*|"
    r"compromised|spread|grows|growing|grown|grew|"
    r"reach(?:es|ed|ing)?|"
    r"tumou?r (?:present|identified|seen)|present|"
    r"confirmed|proven|biopsy-proven|(?:nodules?|foci|focus) of)\b",
    re.I,
)
_NEG = re.compile(
    r"\b(?:uninvolved|not\s+(?:involved|involving|breached|breaching|penetrated|reached|invaded|"
    r"compromised|infiltrated|perforated)|"
    r"no (?:tumou?r|involvement|malignancy|evidence|metastas[ie]s)|"
    r"negative|neg|free|benign|unremarkable|intact|clear|not identified|absent|none|NAD|"
    r"no \w+ (?:involvement|invasion)|without|within normal limits|histologically normal|"
    r"no (?:(?:significant|diagnostic|pathologic(?:al)?|specific)\s+)*(?:abnormalit(?:y|ies)|"
    r"pathology|change|lesion)s?)\b",
    re.I,
)


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a mention: bounded by . ; newline, 'but', 'whereas', 'however'."""
    lo = 0
    for hit in _CLAUSE_END.finditer(text, max(0, start - 200), start):
        lo = hit.end()
    after = _CLAUSE_END.search(text, end)
    hi = after.start() if after else len(text)
    return lo, hi


# A form's answer right after the site: 'Involvement of cervix: no', 'Adnexa | involved'.
# A form's label may name the finding after the site: 'serosa involved: no', 'Serosal
# involvement: no', 'cervical stroma invasion: no' (the answer, not the label word, decides).
# Sites joined by a slash share the answer ('Rectum/bowel mucosa: not involved'); a sign is an
# answer too ('serosa -, adnexa -', 'vagina (-)'; round 11). A wrapped line leaves two spaces.
_ANSWER = re.compile(
    r"(?:[ \t]*/[ \t]*[a-z][a-z ]{0,24}?)?"
    r"(?:(?:[ \t]+(?:involved|involvement|invaded|invasion|infiltrated|infiltration|extension|"
    r"status|spread))?\s*(?:\([^)\n]*\)\s*)?[:|]\s*(?:(?P<no>no|none|nil|absent|negative|neg|"
    r"not\s+involved|uninvolved|not\s+identified|free)|(?P<yes>yes|present|involved|positive)|"
    r"(?P<unknown>not applicable|n/?a|not assessed|not assessable|cannot be assessed|not known|"
    r"unknown|not sampled|not submitted|not received))(?![\w/])|"
    r"[ \t]*(?:(?P<sign_no>\([ \t]*-[ \t]*\)|-(?=[ \t]*(?:[.,;)|\n]|$)))|"
    r"(?P<sign_yes>\([ \t]*\+[ \t]*\)|\+(?=[ \t]*(?:[.,;)|\n]|$)))))",
    re.I,
)


# What was (not) received is no finding: a specimen line ('Specimen: uterus and cervix, no
# adnexa'), 'no omentum received', 'adnexa not submitted'.
_SPECIMEN_LINE = re.compile(
    r"[ \t]*(?:(?:nature|type|description) of (?:the )?specimens?|specimens?(?: type| received| "
    r"submitted)?|procedure|operation|received)\s*[:|]",
    re.I,
)
_BARE_NO = re.compile(r"\b(?:no|without|nor)\s+(?:\w+\s+)?$", re.I)
_NEGATOR = re.compile(r"\b(?:no|not|never)\b", re.I)
_NOT_RECEIVED = re.compile(
    r"\b(?:not |never )?(?:received|recieved|submitted|sampled|sent|included|removed|resected)\b",
    re.I,
)


def _not_received(m: re.Match[str], text: str) -> bool:
    """A site named only as absent from the specimen ('no adnexa', 'no omentum received')."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    bare = _BARE_NO.search(text, max(line_start, m.start() - 30), m.start())
    if bare and _SPECIMEN_LINE.match(text, line_start):
        return True
    lo, hi = clause(text, m.start(), m.end())
    near = text[max(lo, m.start() - 20) : min(hi, m.end() + 40)]
    return bool(_NOT_RECEIVED.search(text, m.end(), min(hi, m.end() + 40))) and bool(
        _NEGATOR.search(near)
    )


_UTERUS = re.compile(r"\buter(?:us|ine)\b", re.I)
# A site inside a margin's label or row: 'Margins (bladder, vaginal, ...)', 'closest: vaginal cuff'.
_IN_MARGIN = re.compile(r"\bmargins?\s*(?:\(|\|[^|\n]*\(?\s*closest\b[^|\n]*$)[^)\n]*$", re.I)
_LIST_SEP = re.compile(r",|\band\b|\bwith\b|&|\+", re.I)


# A part named by its site whose label's answer (on its line or the next) is a malignant tumour
# ('C: Right hemidiaphragm peritoneal biopsy: carcinosarcoma.') or its absence ('Omentum: no
# residual carcinosarcoma').
# The label does not run over a sentence end ('... serosal surface; ... Cervical stroma: involved
# by sarcoma' is the cervix's label, round 9).
_LABEL_TUMOUR = re.compile(
    r"(?:[^:\n;.]|\.(?!\s)){0,60}:[ \t]*(?:\n[ \t]*[-•*]?[ \t]*)?"
    r"(?P<no>(?:no|negative for|free of|without)\s+)?"
    r"(?:(?:metastatic|residual|deposits? of|involved by)\s+)*(?:\w*sarcoma|"
    r"\w*carcinoma|malignant (?:tumou?r|neoplasm))\b\s*(?:[,.;(]|$)",
    re.I | re.M,
)


def _uterine_label_end(text: str, start: int, end: int) -> int:
    """Where a part label listing the uterus and then the site ends ('UTERUS, BILATERAL ADNEXA
    (TAH/BSO): ...'): the part's diagnosis after the colon is the uterine tumour's, not a finding
    in each organ the label lists. Elsewhere the clause is not cut (len(text)).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    colon = text.find(":", end, len(text) if line_end < 0 else line_end)
    uterus = _UTERUS.search(text, line_start, start)
    if colon < 0 or uterus is None or not _LIST_SEP.search(text, uterus.end(), start):
        return len(text)
    return colon


# A distance to the site ('1 mm from the serosal surface', '2 mm short of the serosa'): not reached.
_DISTANCE_TO = re.compile(
    r"(?:within\s+\d+(?:\.\d+)?\s*(?:mm|cm)\s+of|\d+(?:\.\d+)?\s*(?:mm|cm)\s+(?:away\s+)?"
    r"(?:from|short of|beneath|below|deep to))\s+(?:the\s+)?(?:uterine\s+)?$",
    re.I,
)


_MARGIN_STATUS = re.compile(r"\bmargins?\b[^,;.\n]{0,20}$", re.I)
_MARGIN_AFTER = re.compile(r"[ \t]+(?:(?:resection|surgical)[ \t]+)?margins?\b", re.I)


def _asserted(m: re.Match[str], text: str, mods: list[Modifier]) -> bool | None:
    """Whether the clause asserts involvement of the site: True, False, or None (not said)."""
    if has(mods, ModifierCategory.UNCERTAIN):
        return None
    if _DISTANCE_TO.search(text, max(0, m.start() - 40), m.start()):
        return False
    answer = _ANSWER.match(text, m.end())
    if answer:  # 'Parametrial involvement: Not applicable' says nothing
        if answer.group("unknown"):
            return None
        return answer.group("yes") is not None or answer.group("sign_yes") is not None
    if _MARGIN_AFTER.match(text, m.end()):
        return None  # 'parametrial margin negative' is the margin's status, not the site's
    lo, hi = clause(text, m.start(), m.end())
    if _IN_MARGIN.search(text, max(lo, m.start() - 40), m.start()):
        return None  # 'Margins (bladder, vaginal, parametrial): negative' names where margins are
    if _DENIED_AFTER.match(text, hi):
        return False
    label = _LABEL_TUMOUR.match(text, m.end())
    if label and not _UTERUS.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
        if label.group("no"):
            return False  # 'Omentum, biopsy: no residual carcinosarcoma'
        if not _NEG.search(text, m.end(), hi):
            return not has(mods, ModifierCategory.NEGATED)  # 'Hemidiaphragm biopsy: carcinosarcoma'
    hi = min(hi, _uterine_label_end(text, m.start(), m.end()))
    line_start = text.rfind("\n", 0, m.start()) + 1
    specimen_line = _SPECIMEN_LINE.match(text, line_start) is not None
    neg = [
        h
        for h in _NEG.finditer(text, lo, hi)
        if not (m.start() <= h.start() < m.end())
        and not (specimen_line and h.group(0).lower() == "intact")  # 'TLH (uterus and cervix),
        # received intact' says how the specimen came, not that the cervix is free
        and not _MARGIN_STATUS.search(text, max(lo, h.start() - 30), h.start())
    ]  # 'metastatic LMS to the right ovary, margins clear': the margin's status (round 11)
    pos = [h for h in _POS.finditer(text, lo, hi) if not (m.start() <= h.start() < m.end())]
    if neg and pos:
        nearest = min(
            neg + pos, key=lambda h: min(abs(h.start() - m.end()), abs(m.start() - h.end()))
        )
        return nearest in pos and not has(mods, ModifierCategory.NEGATED)
    if neg:
        return None if _not_received(m, text) else False
    if pos:
        return not has(mods, ModifierCategory.NEGATED)
    if has(mods, ModifierCategory.NEGATED):
        return None if _not_received(m, text) else False
    return None


# The mucosa said to be spared on the organ's line: 'Bladder: serosal deposit; mucosa not
# involved', 'invades the bladder wall but does not reach the mucosa'.
_MUCOSA_SPARED = re.compile(
    r"\bmucosa\w*\s+(?:is\s+|are\s+)?(?:not involved|uninvolved|free|spared|intact|negative|"
    r"not (?:reached|breached|invaded))\b|\b(?:does|did) not (?:reach|involve|breach|invade)\s+"
    r"(?:the\s+)?mucosa\b|\bno mucosal (?:involvement|invasion|tumou?r)\b|\bsparing the mucosa\b",
    re.I,
)
_MUCOSA_FIELDS = {"extent.bladder_mucosa", "extent.bowel_mucosa"}
_GUT_OR_BLADDER = re.compile(r"\b(?:bladder|vesical|rect\w*|bowel|sigmoid|colon\w*)\b", re.I)


def _on_gut_or_bladder_line(text: str, line_start: int, start: int) -> bool:
    """A line that starts with the bladder or the bowel ('Bladder: serosal deposit')."""
    part = _PART_MARKER.match(text, line_start)
    at = _SIDES.match(text, part.end() if part else line_start)
    assert at is not None  # the pattern matches the empty string
    organ = _GUT_OR_BLADDER.match(text, at.end())
    return organ is not None and not _UTERUS.search(text, line_start, start)


@parser("extent")
def extent(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    line_start = text.rfind("\n", 0, m.start()) + 1
    if field == "extent.serosa" and _on_gut_or_bladder_line(text, line_start, m.start()):
        return []  # 'Bladder: serosal deposit' is the bladder's serosa
    said = _asserted(m, text, mods)
    if said and field in _MUCOSA_FIELDS:
        line_end = text.find("\n", m.end())
        stop = len(text) if line_end < 0 else line_end
        other = _GUT_OR_BLADDER.search(text, m.end(), stop)  # the next organ's own statement
        if _MUCOSA_SPARED.search(text, m.start(), other.start() if other else stop):
            said = False
    if said is None:
        return []
    return whole(m, field, said, negative=not said)


_OWN_DEPOSIT = re.compile(r"metasta\w*|deposits?", re.I)


@parser("extent_site")
def extent_site(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """A site in a list field: involved adds the site; uninvolved records that it was looked at."""
    said = _asserted(m, text, mods)
    if said is None and _OWN_DEPOSIT.search(m.group(0), m.end("site") - m.start()):
        said = not has(mods, ModifierCategory.NEGATED)  # 'brain metastasis', 'lung nodules'
    if said is None:
        return []
    site = m.group("site").lower().replace("omentectomy", "omentum").replace("omental", "omentum")
    site = "mesentery" if site == "mesenteric" else site
    site = {"lungs": "lung", "pulmonary": "lung", "hepatic": "liver"}.get(site, site)
    if said and (site.startswith("abdominal") or site in ("distant", "chest", "thorax")):
        return []  # 'abdominal disease' names no site, so the number of sites stays unknown
    if "diaphragm" in site:  # 'diaphragmatic', 'hemidiaphragm'
        site = "diaphragm"
    return whole(m, field, [site] if said else [], negative=not said)


_PART_SITES = {
    "omentum": "extent.abdominal_sites",
    "ovary": "extent.adnexa",
    "ovaries": "extent.adnexa",
    "adnexa": "extent.adnexa",
    "fallopian tube": "extent.adnexa",
    "fallopian tubes": "extent.adnexa",
    "vagina": "extent.vagina",
    "vaginal cuff": "extent.vagina",
    "parametrium": "extent.parametrium",
    "parametria": "extent.parametrium",
}
_PART_MARKER = re.compile(r"[ \t]*(?:(?:part|specimen)\s*(?:\d+|[a-z])|[a-z]|\d+)\s*[:.)]", re.I)


@parser("part_site")
def part_site(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """A part named by its site whose diagnosis is the next line: the line says involved or not.

    Not when the part's own line already gives its finding ('B) Omentum: negative') or the next
    line is another part.
    """
    head, line = m.group("head"), m.group("next")
    if _POS.search(head) or _NEG.search(head) or _PART_MARKER.match(line):
        return []
    hits = [h for h in (_POS.search(line), _NEG.search(line)) if h is not None]
    if not hits:
        return []
    said = min(hits, key=lambda h: h.start()).re is _POS
    site = m.group("site").lower()
    target = _PART_SITES.get(site, field)
    if target == field or target.endswith("_sites"):
        return [Value(target, [site] if said else [], m.start("site"), m.end(), negative=not said)]
    return [Value(target, said, m.start("site"), m.end(), negative=not said)]


_STATION_PA = re.compile(r"aortic|aorto-?caval|caval", re.I)  # paracaval and aortocaval nodes too
_STATION_PELVIC = re.compile(r"pelvic|obturator|iliac|sentinel", re.I)
_INVOLVEMENT = [
    (re.compile(r"isolated tumou?r cells|\bITCs?\b", re.I), "itc"),
    (re.compile(r"micro-?meta?s", re.I), "micrometastasis"),
    (re.compile(r"macro-?meta?s", re.I), "macrometastasis"),
]


_SENTENCE_END = re.compile(r"[.;\n](?!\d)")
# A deposit's stated size: 'largest deposit 8 mm', 'a 4 mm deposit', 'metastasis of 1.5 mm'.
_DEPOSIT = re.compile(
    r"\b(?:deposits?|metastas[ie]s|foci|focus)\b[^.;\n\d]{0,25}?(?P<n>\d+(?:\.\d+)?)\s*(?P<u>mm|cm)\b|"
    r"(?P<n2>\d+(?:\.\d+)?)\s*(?P<u2>mm|cm)\s+(?:[a-z-]+\s+)?(?:deposits?|metastas[ie]s|focus|foci)\b",
    re.I,
)


def involvement_of(positive: int, said: str) -> str:
    """The kind of a count's involvement: named ('macrometastasis'), else from the size of its
    largest stated deposit (the vocabulary's AJCC sizes), else 'positive' (or 'negative')."""
    if not positive:
        return "negative"
    named = [name for pattern, name in _INVOLVEMENT if pattern.search(said)]
    if named:
        return named[-1]  # 'macrometastasis' over 'micrometastasis' over 'ITC'
    sizes = [_mm(hit) for hit in _DEPOSIT.finditer(said)]
    if sizes:
        for row in vocabulary().node_deposits:
            if max(sizes) > row.above_mm:
                return row.involvement
    return "positive"


def _mm(hit: re.Match[str]) -> float:
    size = float(hit.group("n") or hit.group("n2"))
    return size * 10 if (hit.group("u") or hit.group("u2")).lower() == "cm" else size


def _rest_of_sentence(text: str, start: int) -> str:
    """The words after a count to its sentence's end ('..., the larger 6 mm (macrometastasis)')."""
    end = _SENTENCE_END.search(text, start, start + 150)
    return text[start : end.start() if end else start + 150]


_COUNT = re.compile(r"\d+\s*(?:/|of|out of)\s*\d+", re.I)
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def _breakdown(m: re.Match[str], text: str) -> bool:
    """A count inside a bracket after a total on its line ('2 of 13 ... (right 2/6; left 0/7)')."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    opened = text.rfind("(", line_start, m.start())
    if opened < 0 or text.find(")", opened, m.start()) >= 0:
        return False
    if _COLUMN_GAP.search(text, opened, m.start()):
        return False  # the count is in the next column ('2/15 (largest   Para-aortic LN   0/3')
    if _COUNT.search(text, line_start, opened) is None:
        return False
    if _STATION_PA.search(text, line_start, opened) or _STATION_PELVIC.search(
        text, line_start, opened
    ):
        return True  # a station's total: '2 of 13 pelvic lymph nodes (right 2/6; left 0/7)'
    # a total without a station ('Total lymph nodes: 0/20 (pelvic 0/15, para-aortic 0/5)'): its
    # breakdown names the stations, unless earlier lines already counted this station's nodes
    station = _STATION_PA if _STATION_PA.search(text, opened, m.end()) else _STATION_PELVIC
    return any(_COUNT.search(line) for line in _lines_naming(station, text[:line_start]))


def _lines_naming(station: re.Pattern[str], text: str) -> list[str]:
    return [line for line in text.split("\n") if station.search(line)]


@parser("nodes")
def nodes(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """Nodes positive/examined for one station (pelvic, para-aortic, or unspecified)."""
    if _breakdown(m, text):
        return []  # the total before the bracket counts these nodes
    groups = m.groupdict()
    label = (groups.get("label") or groups.get("label2") or "").strip(" ,")
    if label and groups.get("side"):  # 'Pelvic LN left | 0/10' (round 11)
        label = f"{label} {groups['side'].strip(' ,')}"
    if not label:  # 'E. Lymph nodes, para-aortic, excision:' / '- One of four lymph nodes (1/4)'
        count_at = next((m.start(k) for k in ("pos", "exa2", "pos3") if groups.get(k)), m.end())
        label = _part_header(text, m.start()) or _line_label(text, count_at) or ""
    station = "para_aortic" if _STATION_PA.search(label) else "pelvic"
    if not _STATION_PA.search(label) and not _STATION_PELVIC.search(label):
        station = "unspecified"
    examined = int(number(groups.get("exa") or groups.get("exa2") or groups.get("exa3") or "0"))
    pos_text = groups.get("pos") or groups.get("pos2") or groups.get("pos3")
    pos_text = pos_text or ("0" if groups.get("allneg") else None)
    if pos_text is None:
        return []
    positive = int(number(pos_text))
    if positive > examined:
        return []
    involvement = involvement_of(positive, m.group(0) + _rest_of_sentence(text, m.end()))
    value = {
        "station": station,
        "label": label or "lymph nodes",
        "positive": positive,
        "examined": examined,
        "involvement": involvement,
    }
    return whole(m, field, value, negative=positive == 0)


# A part as listed: at a line's start ('B Right obturator nodes', '(D) Pelvic lymph nodes'), after
# a space ('c) pelvic nodes'), after a sentence on the same line ('... right. 6. Pelvic nodes') or
# in columns ('B. Right pelvic nodes   C. Left pelvic nodes').
# A list separated by semicolons names its parts bare ('A uterus; B right pelvic LN', round 9).
_PART_ITEM = (
    "(?:^[ \\t]*(?:part\\s*)?\\(?{id}(?:\\s*[:.)]\\s*|[ \\t]+)|(?<=[\\s(]){id}\\)\\s*|"
    "(?<=[.;] ){id}[.)]\\s+|(?<=[.;]  ){id}[.)]\\s+|(?<=[ \\t]{{3}}){id}[.)]\\s+|"
    "(?<=; ){id}[ \\t]+(?=[A-Za-z]))"
)
_PART_END = re.compile(
    r"\s\(?(?:[A-Za-z]|\d{1,2})\)\s|[.;]\s+(?:[A-Z]|\d{1,2})[.)]\s|;\s+(?:[A-Z]|\d{1,2})[ \t]|"
    r"[ \t]{3,}(?:[A-Z]|\d{1,2})[.)]\s|\n"
)
_NODE_WORD = re.compile(r"\b(?:lymph )?nodes?\b|\bLNs?\b|\blymphadenectomy\b", re.I)


def _part_listing(text: str, part: str, line_start: int) -> str | None:
    """What a specimen part is, as first listed before ``line_start`` ('B Right iliac nodes')."""
    flags = re.M | (re.I if part.isdigit() else 0)  # 'c)' names part c, not part C
    item = re.compile(_PART_ITEM.format(id=re.escape(part)), flags)
    hit = item.search(text, 0, line_start)
    if hit is None:
        return None
    end = _PART_END.search(text, hit.end())
    return text[hit.end() : end.start() if end else len(text)].strip(" .,;")


def _part_station(text: str, part: str, line_start: int) -> tuple[str, str] | None:
    """The station and label of a specimen part as first listed ('B Right external iliac nodes')."""
    desc = _part_listing(text, part, line_start)
    if desc is None or not _NODE_WORD.search(desc):
        return None  # the part's first listing is not of nodes
    if _STATION_PA.search(desc):
        return "para_aortic", desc
    if _STATION_PELVIC.search(desc):
        return "pelvic", desc
    return None


_LISTED_SITE = re.compile(
    r"\b(?:(?P<omentum>omentum|omental|omentectomy)|"
    r"(?P<adnexa>ovary|ovaries|adnexa|fallopian tubes?)|(?P<vagina>vagina|vaginal cuff)|"
    r"(?P<parametrium>parametri(?:um|a)))\b",
    re.I,
)
_LISTED_FIELD = {
    "omentum": "extent.abdominal_sites",
    "adnexa": "extent.adnexa",
    "vagina": "extent.vagina",
    "parametrium": "extent.parametrium",
}
_VERDICT_NEG = re.compile(
    r"[ \t]*(?:negative|benign|uninvolved|not involved|free of (?:tumou?r|malignancy)|"
    r"no (?:tumou?r|malignancy|metasta\w+|evidence of (?:tumou?r|malignancy|metasta\w+)))\b",
    re.I,
)
_VERDICT_POS = re.compile(
    r"[ \t]*(?:positive|involved\b|(?:metastatic|deposits? of|involved by)\s+\w+)", re.I
)


_UTERINE_PART = re.compile(r"\b(?:uter\w*|\w*hysterectomy|TAH|TLH|corpus|cervix)\b", re.I)


@parser("part_verdict")
def part_verdict(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """A part's result line with only a verdict ('E: negative.') whose listing names one site
    ('E omental biopsy'): the site is free or involved (round 9). Not for the uterus or nodes."""
    desc = _part_listing(text, m.group("part"), m.start())
    if desc is None or _UTERINE_PART.search(desc) or _NODE_WORD.search(desc):
        return []
    sites = {k for hit in _LISTED_SITE.finditer(desc) for k, v in hit.groupdict().items() if v}
    if len(sites) != 1:
        return []
    said = m.group("said")
    involved = _VERDICT_POS.match(said) is not None
    if not involved and _VERDICT_NEG.match(said) is None:
        return []
    site = sites.pop()
    target = _LISTED_FIELD[site]
    value: Any = ([site] if involved else []) if target.endswith("_sites") else involved
    return [Value(target, value, m.start("said"), m.end(), negative=not involved)]


_LINE_LABEL = re.compile(
    r"\b((?:(?:right|left|bilateral)\s+)?(?:pelvic|obturator|(?:external |internal |common )?iliac|"
    r"para-?aortic|peri-?aortic|aorto-?caval|(?:pre|para|retro)-?caval)(?:\s*\([^)\n]{0,40}\))?\s+"
    r"(?:(?:lymph\s+)?nodes?|lymphadenectomy|(?:lymph )?node dissection))\s*[:|]",
    re.I,
)


def _line_label(text: str, start: int) -> str | None:
    """The station label a count's line starts with ('D. Para-aortic lymph nodes: two lymph
    nodes, one positive ... (1/2)'), when it is the line's only station label before the count."""
    labels = _LINE_LABEL.findall(text, text.rfind("\n", 0, start) + 1, start)
    return labels[0] if len(labels) == 1 else None


def _part_header(text: str, start: int) -> str | None:
    """The node part header just above a count's line ('E. Lymph nodes, para-aortic, excision:')."""
    line_start = text.rfind("\n", 0, start) + 1
    if _PART_MARKER.match(text, line_start):
        return None  # the count's own line is a part: its listing names the station
    prev_end = line_start - 1
    for _ in range(2):
        if prev_end <= 0:
            return None
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        if not line.strip():
            return None
        if _PART_MARKER.match(line):
            named = _STATION_PA.search(line) or _STATION_PELVIC.search(line)
            header = named and _NODE_WORD.search(line) and not _COUNT.search(line)
            return line.strip() if header else None  # a part line with its own count is no header
        prev_end = prev_start - 1
    return None


@parser("part_nodes")
def part_nodes(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """A count on a part's line ('C: 0/3', 'c) 0/4 nodes'), its station from the part's listing."""
    if _STATION_PA.search(m.group("line")) or _STATION_PELVIC.search(m.group("line")):
        return []  # the line names its station: the station rules read it
    part = m.group("part") or m.group("part2")
    found = _part_station(text, part, m.start())
    if found is None:
        return []
    station, label = found
    positive, examined = int(number(m.group("pos"))), int(number(m.group("exa")))
    if positive > examined or examined == 0:
        return []
    said = m.group("line") + _rest_of_sentence(text, m.start("pos"))
    involvement = involvement_of(positive, said)
    value = {
        "station": station,
        "label": f"{part}: {label.lower()}",
        "positive": positive,
        "examined": examined,
        "involvement": involvement,
    }
    return [Value(field, value, m.start("pos"), m.end("exa"), negative=positive == 0)]


# A node table's rows under its 'Examined  Positive' header: 'Right pelvic 7 0 Left pelvic 6 0
# Para-aortic 3 0' (flattened or one row a line), round 9.
_TABLE_ROW = re.compile(
    r"\s*(?P<label>(?:(?:right|left|bilateral)\s+)?(?:pelvic|obturator|(?:external |internal |"
    r"common )?iliac|para-?aortic|peri-?aortic|aorto-?caval|(?:pre|para|retro)-?caval|sentinel)"
    r"(?:\s+(?:lymph\s+)?(?:nodes?|LNs?))?)[ \t:|]+(?P<a>\d{1,2})[ \t|]+(?P<b>\d{1,2})\b"
    r"(?![ \t]*(?:/|mm|cm|%))",
    re.I,
)


@parser("node_table")
def node_table(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """Each station row after a node table's header, its counts in the header's column order."""
    examined_first = m.group("first").lower() in ("examined", "retrieved", "total", "number")
    out: list[Value] = []
    at = m.end()
    while (row := _TABLE_ROW.match(text, at)) is not None:
        a, b = int(row.group("a")), int(row.group("b"))
        examined, positive = (a, b) if examined_first else (b, a)
        at = row.end()
        if positive > examined or examined == 0:
            continue
        label = row.group("label")
        station = "para_aortic" if _STATION_PA.search(label) else "pelvic"
        value = {
            "station": station,
            "label": label.lower(),
            "positive": positive,
            "examined": examined,
            "involvement": involvement_of(positive, ""),
        }
        out.append(Value(field, value, row.start("label"), row.end(), negative=positive == 0))
    return out


_NODE_COUNT = re.compile(r"\d+\s*(?:/|of|out of)\s*\d+|\b\d+\s+(?:lymph\s+)?nodes?\b", re.I)
_NO_NODES = re.compile(
    r"\b(?:not (?:submitted|received|sampled|identified|found|applicable)|none (?:submitted|found|"
    r"identified|received)|cannot be assessed)\b",
    re.I,
)
_NODE_NEGATIVE = re.compile(
    r"^\s*(?:all\s+)?(?:(?:regional\s+)?(?:lymph\s+)?nodes?\s+(?:are\s+)?)?"
    r"(?:negative|benign|free(?: of| from)?|uninvolved|not involved|reactive|"
    r"no (?:metasta\w+|tumou?r|malignancy|evidence of (?:metasta\w+|malignancy|tumou?r)))\b",
    re.I,
)
_NODE_POSITIVE = re.compile(
    r"^\s*(?:positive|involved|metasta\w+|(?:with\s+)?(?:micro|macro)metasta\w+|"
    r"isolated tumou?r cells)\b",
    re.I,
)


@parser("node_status")
def node_status(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """'Pelvic lymph nodes: negative' (no counts): the station's involvement, counts unknown."""
    said = m.group("status")
    if _NODE_COUNT.search(said) or _NO_NODES.search(said):
        return []  # counted nodes are read by the count rules; absent nodes are not negative
    if _NODE_NEGATIVE.match(said):
        involvement = "negative"
    elif _NODE_POSITIVE.match(said):
        involvement = involvement_of(1, said)
    else:
        return []
    label = m.group("label").strip(" ,")
    stations = [
        name
        for name, pattern in (("pelvic", _STATION_PELVIC), ("para_aortic", _STATION_PA))
        if pattern.search(label)
    ]  # 'the pelvic and para-aortic nodes are negative': each station
    out = []
    for station in stations or ["unspecified"]:
        value: dict[str, Any] = {"station": station, "label": label, "involvement": involvement}
        if involvement == "negative":
            value["positive"] = 0  # none positive; how many were examined is not said
        negative = involvement == "negative"
        out.append(Value(field, value, m.start(), m.end("status"), negative=negative))
    return out


_SIDE_AFTER = re.compile(
    r"(?P<pos>\d+)\s*/\s*(?P<exa>\d+)\s+(?P<side>right|left|R|L)\b(?P<note>\s*\([^)\n]*\))?", re.I
)
_WORD_COUNT = (
    r"\d+|no|none|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
_SIDE = re.compile(
    rf"\b(?P<side>right|left|R|L)\b\.?\s*[:-]?\s*(?P<pos>{_WORD_COUNT})\s*(?:/|\bof\b|\bout of\b)"
    rf"\s*(?P<exa>{_WORD_COUNT})\b(?P<note>\s*\([^)\n]*\))?",
    re.I,
)


@parser("node_sides")
def node_sides(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """'Pelvic lymph nodes: right 0/8, left 1/9 (macrometastasis)': one count per side."""
    name = m.group("station")
    station = "para_aortic" if _STATION_PA.search(name) else "pelvic"
    out = []
    sides = _SIDE.finditer(m.group("sides"))
    if _SIDE_AFTER.match(m.group("sides")):  # count first: '0/8 right and 0/6 left pelvic nodes'
        sides = _SIDE_AFTER.finditer(m.group("sides"))
    for hit in sides:
        positive, examined = int(number(hit.group("pos"))), int(number(hit.group("exa")))
        if positive > examined:
            return []
        involvement = involvement_of(positive, hit.group("note") or "")
        side = {"r": "right", "l": "left"}.get(hit.group("side").lower(), hit.group("side"))
        value = {
            "station": station,
            "label": f"{side.lower()} {name.lower()}",
            "positive": positive,
            "examined": examined,
            "involvement": involvement,
        }
        start = m.start("sides") + hit.start()
        end = m.start("sides") + hit.end("exa")
        out.append(Value(field, value, start, end, negative=positive == 0))
    return out


# One station of a listed verdict: 'pelvic 12', 'para-aortic lymph nodes (6)', '12 pelvic'.
_LISTED_STATION = (
    r"(?:(?:right|left|bilateral)\s+)?(?:pelvic|obturator|(?:external|ext\.?|internal|int\.?|"
    r"common)\s+iliac|para[- ]?aortic|peri-?aortic|aorto-?caval|(?:pre|para|retro)-?caval)"
)
_LISTED = re.compile(
    rf"(?P<label>{_LISTED_STATION})(?:\s+(?:lymph\s+)?(?:nodes?|LNs?))?\s*\(?\s*[:-]?\s*"
    rf"(?P<n>{_WORD_COUNT})\b|(?P<n2>{_WORD_COUNT})\s+(?P<label2>{_LISTED_STATION})",
    re.I,
)
_TOTAL_BEFORE = re.compile(rf"(?<![/\w])(?P<n>{_WORD_COUNT})\s*\(\s*$", re.I)


@parser("node_list")
def node_list(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """'Total lymph nodes: 18 (pelvic 12, para-aortic 6), all negative': each listed station's
    nodes examined, none positive. A total before the bracket must be the stations' sum."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not _NODE_WORD.search(m.group(0)) and not _NODE_WORD.search(text, line_start, m.start()):
        return []  # no word says these are lymph nodes
    out = []
    for hit in _LISTED.finditer(m.group("list")):
        label = (hit.group("label") or hit.group("label2")).lower()
        examined = int(number(hit.group("n") or hit.group("n2")))
        if examined == 0:
            return []
        value = {
            "station": "para_aortic" if _STATION_PA.search(label) else "pelvic",
            "label": label,
            "positive": 0,
            "examined": examined,
            "involvement": "negative",
        }
        start = m.start("list") + hit.start()
        out.append(Value(field, value, start, m.start("list") + hit.end(), negative=True))
    total = _TOTAL_BEFORE.search(text, max(line_start, m.start() - 12), m.start())
    if total and int(number(total.group("n"))) != sum(v.value["examined"] for v in out):
        return []  # the stations do not add up to the stated total: ambiguous
    return out


_PAIR = re.compile(r"(\d+)\s*/\s*(\d+)")


@parser("node_sum")
def node_sum(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """'pelvic 0/4 + 0/3 (0/7)': the station's counts added up."""
    pairs = [(int(p), int(e)) for p, e in _PAIR.findall(m.group("counts"))]
    if any(p > e for p, e in pairs):
        return []
    label = m.group("label")
    positive, examined = sum(p for p, _ in pairs), sum(e for _, e in pairs)
    value = {
        "station": "para_aortic" if _STATION_PA.search(label) else "pelvic",
        "label": label.lower(),
        "positive": positive,
        "examined": examined,
        "involvement": involvement_of(positive, _rest_of_sentence(text, m.end())),
    }
    return whole(m, field, value, negative=positive == 0)


@parser("node_both")
def node_both(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """'Right and left pelvic lymph nodes: 0/5 and 0/7': the counts in the label's side order."""
    name = m.group("station").lower()
    station = "para_aortic" if _STATION_PA.search(name) else "pelvic"
    out = []
    for i, side in ((1, m.group("first")), (2, m.group("second"))):
        positive, examined = int(number(m.group(f"p{i}"))), int(number(m.group(f"e{i}")))
        if positive > examined or examined == 0:
            return []
        value = {
            "station": station,
            "label": f"{side.lower()} {name}",
            "positive": positive,
            "examined": examined,
            "involvement": involvement_of(positive, _rest_of_sentence(text, m.end())),
        }
        out.append(Value(field, value, m.start(f"p{i}"), m.end(f"e{i}"), negative=positive == 0))
    return out


_FORM_POSITIVE = re.compile(
    r"^\s*number of (?:[\w-]+\s+){0,2}?(?:lymph\s+)?nodes?\s+(?:with\s+|positive|involved)"
    r"(?P<kind>[^:\n|]*)[:|]\s*(?P<n>\d+)",
    re.I | re.M,
)


_ALL_NEGATIVE = re.compile(
    r"\ball\s+(?:regional\s+)?(?:lymph\s+)?nodes?\s+(?:are\s+)?negative\b", re.I
)


@parser("node_form")
def node_form(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """'Number of pelvic nodes examined: 12' and the form's next lines counting involved nodes.

    Macro- and micrometastases (and plain 'positive') are summed; isolated tumour cells are not
    counted as positive. Without any 'with ...' line the count of positives is not read.
    """
    label = (m.group("label") or "").strip()
    station = "para_aortic" if _STATION_PA.search(label) else "pelvic"
    if not label or label.lower() == "regional":
        station = "unspecified"
    examined, positive, kinds, seen = int(m.group("exa")), 0, set(), False
    for hit in _FORM_POSITIVE.finditer(m.group("rest")):
        kind = hit.group("kind").lower()
        if "examined" in kind:
            break  # the next station's block
        seen = True
        if "isolated" in kind or "itc" in kind:
            continue
        count = int(hit.group("n"))
        positive += count
        if count:
            kinds.add(next((n for p, n in _INVOLVEMENT if p.search(kind)), "positive"))
    if not seen and _ALL_NEGATIVE.search(text, max(0, m.start() - 300), m.start()):
        seen = True  # 'All regional lymph nodes negative' / 'Number of pelvic nodes examined: 10'
    if not seen or positive > examined:
        return []
    involvement = "negative" if not positive else (kinds.pop() if len(kinds) == 1 else "positive")
    value = {
        "station": station,
        "label": label or "lymph nodes",
        "positive": positive,
        "examined": examined,
        "involvement": involvement,
    }
    return [Value(field, value, m.start(), m.end("exa"), negative=not positive)]


@parser("node_pair")
def node_pair(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """'Pelvic and para-aortic lymph nodes: 0/15 and 0/4': one count per station, in order."""
    out = []
    for i, station, label in ((1, "pelvic", "pelvic"), (2, "para_aortic", "para-aortic")):
        positive, examined = int(m.group(f"p{i}")), int(m.group(f"e{i}"))
        if positive > examined:
            return []
        value = {
            "station": station,
            "label": label,
            "positive": positive,
            "examined": examined,
            "involvement": "negative" if positive == 0 else "positive",
        }
        out.append(Value(field, value, m.start(f"p{i}"), m.end(f"e{i}"), negative=positive == 0))
    return out


_FIGO_SUFFIX = re.compile(r"^(IIIC[12])\(?(i{1,2})?\)?$", re.I)


_SPOKEN_STAGE = {"one": "I", "two": "II", "three": "III", "four": "IV"}


# A stage the report moves away from ('the stage moves from FIGO 2023 stage II to stage IIIB1',
# 'revised from FIGO IB') is superseded, not stated.
_FROM_STAGE = re.compile(r"\b(?:from|previously|originally|formerly)\s*$", re.I)


@parser("figo")
def figo(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    if _FROM_STAGE.search(text, max(0, m.start() - 20), m.start()):
        return []
    g = m.groupdict()
    if g.get("s5"):  # FIGO 2023 with the molecular class: 'IICmp53abn'
        stage = f"{g['s5']}m_{g['mol'].replace(' ', '')}"
        return whole(m, field, {"system": "figo", "value": stage, "edition": "2023"})
    raw = (g["s"] or g["s2"] or "").replace(" ", "")
    if g["s4"]:  # spoken: 'figo 2009 stage three a'
        raw = _SPOKEN_STAGE[g["s4"].lower()] + (g["sub"] or "").upper()
    if g["s3"]:  # arabic numerals: 'FIGO stage 1B'
        raw = ["I", "II", "III", "IV"][int(g["s3"][0]) - 1] + g["s3"][1:].strip()
    split = _FIGO_SUFFIX.match(raw)
    stage = split.group(1).upper() + (split.group(2) or "").lower() if split else raw.upper()
    edition = g["ed"] or g["ed2"] or g["ed3"]
    value = {"system": "figo", "value": stage, "edition": edition}
    return whole(m, field, value)


@parser("tnm")
def tnm(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    parts = [f"T{m.group('t')}"]
    if m.group("n"):
        parts.append(f"N{m.group('n')}")
    if m.group("m"):
        parts.append(f"M{m.group('m')}")
    return whole(m, field, {"system": "tnm", "value": " ".join(parts), "edition": None})

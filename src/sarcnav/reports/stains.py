"""Parsers for stains (immunohistochemistry) and molecular findings (fusions, BCOR ITD)."""

from __future__ import annotations

import re
from typing import Any

from sarcnav.model.case import IHCResult, Marker
from sarcnav.model.report import Modifier, ModifierCategory
from sarcnav.reports.parsers import Value, clause, has, parser, whole

_MARKERS = [
    (r"er|o?estrogen(?: receptors?)?", Marker.ER),
    (r"pr|pgr|progesterone receptors?", Marker.PR),
    (r"desmin", Marker.DESMIN),
    (r"h-?cald(?:esmon)?|caldesmon", Marker.H_CALDESMON),
    (r"sma|smooth muscle actin", Marker.SMA),
    (r"cd ?(?:10|ten)", Marker.CD10),  # also dictated 'cd ten'
    (r"cyclin[- ]?d1", Marker.CYCLIN_D1),
    (r"bcor", Marker.BCOR),
    (r"p53", Marker.P53),
    (r"p16", Marker.P16),
    (r"fh|fumarate hydratase", Marker.FH),
    (r"ki-?67|mib-?1", Marker.KI67),
    (r"2-?sc", Marker.SC2),
]
_RESULT_WORDS = [
    (r"wild[- ]?type|normal pattern|normal", IHCResult.RETAINED),
    (r"retained|intact|preserved", IHCResult.RETAINED),
    (r"lost|loss|deficient|absent", IHCResult.LOST),
    (r"aberrant|abnormal|mutant|mutation[- ]type|null|overexpress\w*", IHCResult.ABERRANT),
    (r"equivocal", IHCResult.EQUIVOCAL),
    (r"nega?ti?ve|neg|non-?reactive|no staining", IHCResult.NEGATIVE),  # also 'negtive'
    (r"posi?ti?ve|positivity|pos|immunoreactive|reactive|express\w*|"  # also 'positve'
     r"block[- ]?(?:type|positive)?|patchy", IHCResult.POSITIVE),
]  # fmt: skip
_RESULT = re.compile(
    r"\b(?P<w>" + "|".join(w for w, _ in _RESULT_WORDS) + r")\b|(?P<pct>\d{1,3})\s*%", re.I
)
_LIST_TRIGGER = re.compile(
    r"\b(?:(?P<w>positive|negative|loss|retained|retention|expression|immunoreactive|non-?reactive)"
    r"\s+(?:staining\s+|expression\s+|immunoreactivity\s+)?(?:for|with|of)|"
    r"(?P<v>(?<!is )(?<!are )(?<!was )(?<!were )express(?:es|ed|ing)?|"  # not 'SMA is expressed'
    r"(?:show|shows|showed|demonstrates?|demonstrated)\s+(?:\w+\s+)?(?:positivity|immunoreactivity|"
    r"staining|expression)\s+(?:for|with|of)|stain(?:s|ed)?\s+(?:positively\s+|strongly\s+)?for|"
    r"label(?:s|led)?\s+(?:positively\s+)?for))\b|\b(?P<w2>positive|negative)(?:\s+(?:stains?|markers?))?"
    r"\s*[:|]",  # 'Positive: desmin, SMA. Negative: CD10'
    re.I,
)
# A qualifier in brackets between list items: 'desmin, CD10 (focal only), ER and PR are negative'.
_QUALIFIER = re.compile(r"^\s*\([^)]*\)[\s,/&]*(?:and\s*)?[\s,/&]*$", re.I)
_WORD_BEFORE = re.compile(r"\b([a-z-]+)\s+$", re.I)
_EXPRESSION = re.compile(r"\s*(?:immuno)?(?:expression|staining|immunoreactivity)\b", re.I)
_DIST = re.compile(r"\b(diffuse|focal|multifocal)(?:ly)?\b", re.I)
_CONJ = re.compile(r"^[\s,/&]*(?:and\s*)?[\s,/&]*$", re.I)
SENTENCE = re.compile(r"[.;\n]")


def marker_of(token: str) -> Marker | None:
    for pattern, marker in _MARKERS:
        if re.fullmatch(pattern, token, re.I):
            return marker
    return None


def result_of(word: str) -> IHCResult:
    for pattern, result in _RESULT_WORDS:
        if re.fullmatch(pattern, word, re.I):
            return result
    raise ValueError(word)


# A percent after '<' or 'less than' is a bound ('negative (<5%)'), not the stained fraction.
_BOUND = re.compile(r"(?:[<\u2264]=?|=<|\bless\s+than|\bbelow|\bunder)\s*$", re.I)
_SIGN = re.compile(
    r"[ \t]?(?:\([ \t]*)?([+\-−])(?:ve\b)?(?:[ \t]*\))?(?:(?![a-z])(?! \w)|(?=\s*(?:[,;.)|(]|$)))",
    re.I,
)
# p53's result is a pattern: 'aberrant (diffuse strong)' describes the pattern, not a distribution.
_PATTERN_RESULTS = {IHCResult.ABERRANT.value, IHCResult.RETAINED.value}


@parser("ihc")
def ihc(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """A stain's result (percent, distribution) after its marker or from a list ('positive for')."""
    marker = marker_of(m.group("marker"))
    if marker is None:
        return []
    window, nxt = _window(text, m)
    stain = _stain_from(window, marker)
    listed = _from_list(text, m.start(), marker)
    if _EXPRESSION.match(window):  # 'loss of FH expression', 'retained FH expression'
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and _RESULT.fullmatch(before.group(1)) and not before.group(1).isdigit():
            listed = {"result": result_of(before.group(1)).value}
        if listed is not None:
            stain = None  # the words before the marker give its result
    if stain is not None and listed is not None and stain.get("result") is None:
        stain = {**listed, **{k: v for k, v in stain.items() if k != "result"}}
    if stain is None and _CONJ.match(window) and listed is not None:
        stain = listed
        dist = _DIST.search(_chain(text, nxt)[1]) if nxt is not None else None
        if dist and "distribution" not in stain:  # 'expresses desmin and SMA focally'
            stain["distribution"] = dist.group(1).lower()
    sign = _SIGN.match(window)  # 'ER+', 'CD10 +,', 'cyclin D1 -'
    if sign and (stain is None or not any(h.group("w") for h in _RESULT.finditer(window))):
        # the sign is the result; a percent after it qualifies it ('BCOR - (<5%)', round 11)
        stain = {**(stain or {}), "result": "positive" if sign.group(1) == "+" else "negative"}
    if stain is None and nxt is not None and _CONJ.match(window):
        stain = _chain(text, nxt)[0]
    stain = stain or listed
    if stain is None:
        return []
    if stain.get("result") is None:
        stain["result"] = IHCResult.POSITIVE.value  # a distribution alone: 'desmin focal'
    if marker is Marker.P53 and stain["result"] in _PATTERN_RESULTS:
        stain.pop("distribution", None)
    stain["marker"] = marker.value
    return [Value(field, stain, m.start(), m.end() + len(window.rstrip()))]


def _window(text: str, m: re.Match[str]) -> tuple[str, re.Match[str] | None]:
    """The words after a marker up to the next marker (or the sentence end), and that marker."""
    stop = SENTENCE.search(text, m.end())
    end = stop.start() if stop else len(text)
    nxt = _next_marker(text, m.end(), end)
    window = text[m.end() : nxt.start() if nxt else min(end, m.end() + 60)]
    trigger = _LIST_TRIGGER.search(window)
    # a list trigger belongs to the next marker ('desmin positive, negative for SMA'); with no
    # marker after it, it is this marker's result ('FH: loss of expression')
    return (window[: trigger.start()] if trigger and nxt else window), nxt


def _chain(text: str, nxt: re.Match[str]) -> tuple[dict[str, Any] | None, str]:
    """'desmin, SMA (focal) and CD10 are negative': the result that ends a list of markers.

    Returns the result and distribution (a percent belongs to the last marker alone) and the
    window that ended the list.
    """
    current: re.Match[str] | None = nxt
    window = ""
    while current is not None:
        window, after = _window(text, current)
        if after is None or not (_CONJ.match(window) or _QUALIFIER.match(window)):
            break
        current = after
    marker = marker_of(current.group("marker")) if current is not None else None
    found = _stain_from(window, marker) if marker is not None else None
    if found is None or found.get("result") is None:
        return None, window
    return {k: v for k, v in found.items() if k != "percent"}, window


def _next_marker(text: str, start: int, end: int) -> re.Match[str] | None:
    from sarcnav.reports.patterns import compiled_rules

    pattern = next(p for r, p in compiled_rules() if r.parser == "ihc")
    return pattern.search(text, start, end)


def _stain_from(window: str, marker: Marker) -> dict[str, Any] | None:
    result: IHCResult | None = None
    pct: float | None = None
    hits = list(_RESULT.finditer(window))
    # 'expression is lost': the noun 'expression' is no result when the window states one
    stated = [h for h in hits if h.group("w") and not h.group("w").lower().startswith("express")]
    for hit in hits:
        if hit.group("pct") and pct is None and not _BOUND.search(window, 0, hit.start()):
            pct = float(hit.group("pct"))
        elif hit.group("w") and result is None and (not stated or hit in stated):
            result = result_of(hit.group("w"))
    dist = _DIST.search(window)
    if result is None and pct is None and dist is None:
        return None
    if result is None and pct is not None:
        result = IHCResult.NEGATIVE if pct == 0 else IHCResult.POSITIVE
    stain: dict[str, Any] = {"result": result.value if result else None}
    if pct is not None and pct <= 100:
        stain["percent"] = pct
    if dist:
        stain["distribution"] = dist.group(1).lower()
    return stain


def _from_list(text: str, start: int, marker: Marker) -> dict[str, Any] | None:
    lo = 0
    for hit in SENTENCE.finditer(text, max(0, start - 300), start):
        lo = hit.end()
    triggers = list(_LIST_TRIGGER.finditer(text, lo, start))
    if not triggers:
        return None
    last = triggers[-1]
    gap = text[last.end() : start]
    if _RESULT.search(gap):
        return None
    word = (last.group("w") or last.group("w2") or "expression").lower()
    mapping = {"loss": "lost", "retention": "retained", "expression": "positive"}
    result = mapping.get(word) or result_of(word).value
    stain: dict[str, Any] = {"result": result}
    dist = _DIST.search(text, max(lo, last.start() - 20), last.start())
    if dist:
        stain["distribution"] = dist.group(1).lower()
    return stain


_FUSIONS = {
    ("JAZF1", "SUZ12"): "JAZF1::SUZ12", ("JAZF1", "PHF1"): "JAZF1::PHF1",
    ("EPC1", "PHF1"): "EPC1::PHF1", ("MEAF6", "PHF1"): "MEAF6::PHF1",
    ("BRD8", "PHF1"): "BRD8::PHF1",
    ("YWHAE", "NUTM2"): "YWHAE::NUTM2", ("YWHAE", "FAM22"): "YWHAE::NUTM2",
    ("ZC3H7B", "BCOR"): "ZC3H7B::BCOR",
}  # fmt: skip
_METHOD = re.compile(
    r"\b(FISH|RT-PCR|NGS|RNA[- ]?seq\w*|next[- ]generation sequencing|break-?apart)\b", re.I
)
_NOT_DETECTED = re.compile(
    r"\b(?:not detected|negative|no \w* ?(?:fusion|rearrangement)|absent|not identified|not found|"
    r"(?:neither|none)(?: (?:was|were|is|are))? (?:detected|identified|found|present))\b",
    re.I,
)


# A test proposed, requested or awaited, not a result.
_PROPOSED = re.compile(
    r"\b(?:recommend\w*|advis\w*|suggest\w*|pending|request\w*|referr?al|refer|awaited|"
    r"to follow|will be (?:sent|performed|reported)|should be (?:tested|performed|considered)|"
    r"(?:is|are) (?:being )?(?:sent|in progress)|may be considered)\b",
    re.I,
)


@parser("fusion")
def fusion(m: re.Match[str], text: str, field: str, mods: list[Modifier]) -> list[Value]:
    """A fusion (or BCOR ITD, germline FH) and whether it was detected."""
    if m.group("itd"):
        alteration = "BCOR_ITD"
    elif m.group("germ"):
        alteration = "FH_germline"
    else:
        b = m.group("b").upper()
        b = "NUTM2" if b.startswith("NUTM2") else b
        alteration = _FUSIONS.get((m.group("a").upper(), b), "")
    if not alteration or has(mods, ModifierCategory.UNCERTAIN):
        return []  # 'YWHAE::NUTM2 suspected, partner not tested' is not a finding
    lo, hi = clause(text, m.start(), m.end())
    if _PROPOSED.search(text, lo, hi):
        return []  # 'referral for germline FH testing is recommended' is no result (round 9)
    detected = not (has(mods, ModifierCategory.NEGATED) or _NOT_DETECTED.search(text, lo, hi))
    method = _METHOD.search(text, lo, hi)
    value: dict[str, Any] = {"alteration": alteration, "detected": detected}
    if method:
        value["method"] = method.group(1)
    return whole(m, field, value, negative=not detected)


# A gene named alone, and the one fusion of the vocabulary it stands for (genes with several
# partners, such as JAZF1 or PHF1, are not read alone).
_GENE_FUSION = {"YWHAE": "YWHAE::NUTM2", "NUTM2": "YWHAE::NUTM2", "ZC3H7B": "ZC3H7B::BCOR",
                "BCOR": "ZC3H7B::BCOR", "SUZ12": "JAZF1::SUZ12"}  # fmt: skip
_GENE = re.compile(r"\b(?:YWHAE|BCOR|JAZF1|PHF1|NUTM2|SUZ12|ZC3H7B|EPC1|MEAF6|BRD8)\b", re.I)


@parser("rearrangement_absent")
def rearrangement_absent(
    m: re.Match[str], text: str, field: str, mods: list[Modifier]
) -> list[Value]:
    """'No YWHAE, BCOR or JAZF1 rearrangement': each named fusion not detected."""
    lo, hi = clause(text, m.start(), m.end())
    method = _METHOD.search(text, lo, hi)
    out: list[Value] = []
    seen: set[str] = set()
    for gene in _GENE.finditer(m.group("genes")):
        alteration = _GENE_FUSION.get(gene.group(0).upper())
        if alteration is None or alteration in seen:
            continue
        seen.add(alteration)
        value: dict[str, Any] = {"alteration": alteration, "detected": False}
        if method:
            value["method"] = method.group(1)
        start = m.start("genes") + gene.start()
        out.append(Value(field, value, start, start + len(gene.group(0)), negative=True))
    return out

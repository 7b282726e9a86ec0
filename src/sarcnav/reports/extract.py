"""Read one report's text into findings with evidence: patterns → context → values → case model."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sarcnav.model.report import (
    Extraction,
    Modifier,
    ModifierCategory,
    Problem,
    ReportReading,
    StatedDiagnosis,
)
from sarcnav.reports import stains  # noqa: F401  (registers the stain and fusion parsers)
from sarcnav.reports.context import modifiers
from sarcnav.reports.fill import NEGATIVE_PENALTY, fill
from sarcnav.reports.parsers import CLINICAL_LINE, PARSERS, Value, about_other_organ
from sarcnav.reports.patterns import Rule, compiled_rules, vocabulary

# Categories that make a mention unusable for each rule kind (parsers read negation themselves).
_DROP = {
    "assert": {ModifierCategory.HISTORICAL, ModifierCategory.OTHER_SPECIMEN},
    "value": {
        ModifierCategory.HISTORICAL,
        ModifierCategory.OTHER_SPECIMEN,
        ModifierCategory.UNCERTAIN,
    },
    "parse": {ModifierCategory.HISTORICAL, ModifierCategory.OTHER_SPECIMEN},
}
# A dot leader between a table's label and value ("Atypia ........ none") reads as a colon.
# A form whose label nearly fills the leader's width keeps one or two dots between spaces.
_LEADER = re.compile(r"[ \t]*\.{3,}[ \t.]*|(?<=[\w)]) \.{1,2}[ \t]+(?=\S)")
# An export's bracketed key ('[EXT.SEROSA]=involved', '[LN.PELVIC]=0/19') reads as 'EXT SEROSA :'
# (round 11); several may share a line.
_BRACKET_KEY = re.compile(r"\[([A-Za-z][\w.]{0,30})\]=")
# An export's 'key_name=value' line reads as 'key name: value'.
_KEY_VALUE = re.compile(r"^([ \t]*[A-Za-z][\w /()-]{0,40}?)=(?!=)", re.M)
# An upper-case teletype's 'LABEL/ value' line ('NECROSIS/ TUMOR CELL TYPE', 'ATYPIA/ SEVERE')
# reads as a colon: a slash and a space after a label (not a stain) at the line's start (round 9).
# A bullet's 'Label – value' line (an en or em dash between spaces) reads as a colon (round 9).
_DASH_LABEL = re.compile(
    r"^([ \t]*(?:[-•*][ \t]*)?[A-Za-z][A-Za-z ()/-]{2,40}?[ \t])[–—](?=[ \t])", re.M
)
_SLASH_LABEL = re.compile(
    r"^([ \t]*(?!(?:SMA|DESMIN|CALDESMON|H-CALDESMON|BCOR|ER|PR|FH)\b)[A-Z][A-Z ()-]{2,40}?)/"
    r"(?=[ \t])",
    re.M,
)
# A table in columns ('Necrosis       Present'): the gap after the label reads as a colon.
_COLUMNS = re.compile(r"^([ \t]*[A-Za-z][A-Za-z0-9 /()-]{0,40}?[A-Za-z0-9)]) {3,}(?=[^\s:|])", re.M)
# An export's snake_case key ('bladder_mucosa: negative', 'figo_2009: IIA') reads as words.
_SNAKE = re.compile(r"(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])")
# A hard-wrapped line (a long line that goes on, lower case, on the next: "No coagulative\n
# tumour necrosis") is one sentence: the break reads as a space. A next line that starts a label
# ("omentum: negative") or a list item ("b) ...", "(ii)") is not a continuation; a bracket that goes
# on ("... cyclin D1 positive\n(diffuse)") is (round 8).
_WRAP = re.compile(
    r"(?<=[\w,)%-])\n(?=[ \t]*\(?[a-z])"
    r"(?![ \t]*[a-z][\w /()-]{0,30}[:=|]|[ \t]*[a-z][.)] |[ \t]*\((?:[a-z]|[ivx]{1,4})\))"
)
_WRAP_MIN = 75  # characters of the line before the break: wrapped text, not a short template line
# A long line ending in the first word of a new sentence ('... not involved. Pelvic' / 'peritoneum:
# no tumour') goes on even when the next line looks like a label: the label was split (round 9).
_SPLIT_LABEL = re.compile(r"(?<=[.;][ \t])[ \t]*[A-Z][a-z-]*\n(?=[ \t]*[a-z])")
# A long line ending in a word whose measurement opens the next line ('... Invasion' / '   16 mm
# of a 20 mm myometrium') goes on (round 9), and so does one ending in a label's colon ('...
# Myometrial invasion:' / '10 mm over a thickness of 16 mm', round 11).
_SPLIT_MEASURE = re.compile(r"(?<=[A-Za-z:])\n(?=[ \t]*\d+(?:\.\d+)?[ \t]*(?:mm|cm|%)(?![\w²]))")
# A line ending in a word no sentence or label ends with ('Tumour confined to the' / 'uterus.') goes
# on whatever its length.
_OPEN_END = re.compile(r"\b(?:the|a|an|of|to|into|by|with|and|or|from|in|than)$", re.I)
# Such a line goes on even when the next one looks like a label ('Serosa, adnexa, parametria and'
# / 'vagina: free of neoplasia', round 11).
_OPEN_BEFORE_LABEL = re.compile(
    r"\b(?:the|a|an|of|to|into|by|with|and|or|from|in|than)\n(?=[ \t]*[a-z])", re.I
)
# An unpunctuated dictation's section word opening a line ('... no distant metastases' / 'diagnosis
# epithelioid leiomyosarcoma ...') starts a new sentence unless the line before ends open ('to
# support the' / 'diagnosis of ...'): a negation above never reaches it (round 10).
_SECTION_START = re.compile(
    r"[ \t]*(?:diagnos[ie]s|conclusions?|impression|microscop(?:y|ic)|macroscop(?:y|ic)|gross|"
    r"immunos|immunohistochemistry|immunostains|ihc|comments?)[ \t]+"
    r"(?!(?:of|is|was|were|has|had|in|for|to|and|that|are|shows?|showed|favou?red)\b)[a-z]"
)
# A checklist's unticked option ('[ ] Moderate') is no answer; a ticked one's box ('[X] ') is blank.
_UNTICKED = re.compile(r"\[ \][ \t]*[^\[\n]*?(?=[ \t]{2,}|\[|$)", re.M)
_TICKED = re.compile(r"\[[xX\u2713\u2714]\][ \t]?")
# A checklist row's mark under its column ('[X]', a bare 'X'), and its label (up to a wide gap).
_MARK = re.compile(r"(?<![^ \t])(?:\[[xX\u2713\u2714 ]\]|[xX\u2713\u2714])(?![^ \t])")
_ROW_LABEL = re.compile(r"[ \t]*\S.*?(?=[ \t]{2,}|$)")


# A finding named inside a diagnosis term that is negated or doubted says nothing of the tumour:
# 'Not leiomyoma with bizarre nuclei' (a negation cut off by 'with'), 'cellular leiomyoma is not
# favoured' (round 11).
_SET_ASIDE = {ModifierCategory.NEGATED, ModifierCategory.UNCERTAIN}
_SET_ASIDE_NOTE = "not used: named inside a diagnosis that is negated or doubted"

# A term with the prefix 'non-' names its opposite (round 9).
_NON = re.compile(r"\bnon[- ]?$", re.I)


@dataclass
class Mention:
    rule: Rule
    match: re.Match[str]
    start: int
    end: int


@cache
def _diagnosis_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    return [(t.id, t.code.value, re.compile(t.pattern, re.I)) for t in vocabulary().diagnosis_terms]


def leaders_as_colons(text: str) -> str:
    """``text`` with each dot leader replaced by a colon and spaces (same length, same offsets)."""
    return _LEADER.sub(lambda m: ":" + " " * (len(m.group(0)) - 1), text)


def checklists_read(text: str) -> str:
    """``text`` with checklist marks read as answers (same length, same offsets).

    A row under column headers ('Not identified   Present') reads 'label: <its column>'; an
    unticked inline option ('[ ] Moderate  [X] Severe') is blanked, as is a ticked option's box.
    """
    lines = text.split("\n")
    short = vocabulary().checklist_answers
    answers = "(?:" + "|".join(re.escape(a) for a in sorted(short, key=len, reverse=True)) + ")"
    header = re.compile(
        rf"(?:^|(?<=[ \t]{{2}}))[ \t]*\b{answers}(?:[ \t]{{2,}}{answers})+[ \t]*$", re.I
    )
    answer = re.compile(rf"\b{answers}\b", re.I)
    i = 0
    while i < len(lines):
        head = header.search(lines[i])
        if head is None:
            i += 1
            continue
        columns = [
            (m.start(), m.end(), m.group(0).lower())
            for m in answer.finditer(lines[i], head.start())
        ]
        lines[i] = lines[i][: head.start()] + " " * (len(lines[i]) - head.start())
        i += 1
        while i < len(lines) and (row := _checklist_row(lines[i], columns, short)) is not None:
            lines[i] = row
            i += 1
    text = _UNTICKED.sub(lambda m: " " * len(m.group(0)), "\n".join(lines))
    return _TICKED.sub(lambda m: " " * len(m.group(0)), text)


def _checklist_row(
    line: str, columns: list[tuple[int, int, str]], short: dict[str, str]
) -> str | None:
    """A checklist row as 'label: answer' (same length), or None when the line is no such row."""
    label = _ROW_LABEL.match(line)
    if label is None or label.group(0).endswith(":"):  # a form's own 'Margins:' line ends the grid
        return None
    marks = [m for m in _MARK.finditer(line, label.end()) if m.group(0) != "[ ]"]
    if len(marks) != 1:
        return None
    centre = (marks[0].start() + marks[0].end()) / 2
    chosen = min(columns, key=lambda c: max(c[0] - centre, centre - c[1], 0))
    # a column that says the finding cannot be told ('Indeterminate') reads as no answer ('n/a')
    full = chosen[2] if short[chosen[2]] != "n/a" else "n/a"
    for answer in (full, short[chosen[2]]):
        row = f"{label.group(0)}: {answer}"
        if len(row) <= len(line):
            return row.ljust(len(line))
    return None


def key_values_as_colons(text: str) -> str:
    """``text`` with 'key_name=value' lines as 'key name:value', '[KEY.SUB]=value' as ' KEY SUB:
    value', and 'LABEL/ value' and 'Label – value' as 'LABEL: value' (same length, same offsets)."""
    text = _BRACKET_KEY.sub(lambda m: " " + re.sub(r"[._]", " ", m.group(1)) + ": ", text)
    text = _KEY_VALUE.sub(lambda m: m.group(1).replace("_", " ") + ":", text)
    text = _DASH_LABEL.sub(lambda m: m.group(1) + ":", text)
    return _SLASH_LABEL.sub(lambda m: m.group(1) + ":", text)


def columns_as_colons(text: str) -> str:
    """``text`` with the gap after a column table's label as a colon (same length, same offsets)."""
    return _COLUMNS.sub(
        lambda m: m.group(1) + ":" + " " * (len(m.group(0)) - len(m.group(1)) - 1), text
    )


def unwrapped(text: str) -> str:
    """``text`` with line breaks inside hard-wrapped sentences as spaces (same offsets)."""
    chars = list(_SNAKE.sub(" ", text))
    for hit in _WRAP.finditer(text):
        line_start = text.rfind("\n", 0, hit.start()) + 1
        open_end = _OPEN_END.search(text, line_start, hit.start())
        if not open_end and _SECTION_START.match(text, hit.end()):
            continue
        if hit.start() - line_start >= _WRAP_MIN or open_end:
            chars[hit.start()] = " "
    for hit in _OPEN_BEFORE_LABEL.finditer(text):
        chars[hit.end() - 1] = " "
    for hit in _SPLIT_LABEL.finditer(text):
        if hit.end() - 1 - (text.rfind("\n", 0, hit.start()) + 1) >= _WRAP_MIN:
            chars[hit.end() - 1] = " "
    for hit in _SPLIT_MEASURE.finditer(text):
        if hit.start() - (text.rfind("\n", 0, hit.start()) + 1) >= _WRAP_MIN:
            chars[hit.start()] = " "
    return "".join(chars)


@cache
def _misspellings() -> dict[str, str]:
    """Each neighbour-letter swap of a spelling word (not itself a spelling word) → the word."""
    words = {w.lower() for w in vocabulary().spelling_words}
    swaps: dict[str, str] = {}
    for word in words:
        for i in range(len(word) - 1):
            swap = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            if swap not in words:
                swaps[swap] = word
    return swaps


_WORD = re.compile(r"\b[A-Za-z]{5,}\b")


# A dictation's filler words ('the atypia is, uh, mild') are blanked with the comma after them;
# 'um' after a number is a unit (micrometres) and a capital 'ER' is the receptor (round 9).
_FILLER = re.compile(
    r"(?<=[\w,])[ \t]+(?:(?i:uh+|uhm+|erm+|hmm+)|(?<![\d.][ \t])um+|er)(?:,|(?=[ \t]+[a-z]|[.]))"
)


# A decimal comma before a unit ('8,5 cm', '2,5 per mm²') is a decimal point (round 9).
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}[ \t]*(?:cm|mm|%|per\b))")


def decimal_commas_as_points(text: str) -> str:
    """``text`` with decimal commas before a unit as points (same offsets)."""
    return _DECIMAL_COMMA.sub(".", text)


def fillers_blanked(text: str) -> str:
    """``text`` with dictation fillers ('uh', 'um', 'erm') and their commas blanked."""
    return _FILLER.sub(lambda m: " " * len(m.group(0)), text)


def respelled(text: str) -> str:
    """``text`` with swapped-letter misspellings of the vocabulary's spelling words mended."""
    swaps = _misspellings()

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        fixed = swaps.get(word.lower())
        if fixed is None:
            return word
        if word.isupper():
            return fixed.upper()
        return fixed.capitalize() if word[0].isupper() else fixed

    return _WORD.sub(mend, text)


# A scanned report's OCR swaps letters for digits ('Le1omyosarc0ma', 'sp1ndle', '0mentum',
# 'D1AGNOSIS'): a 0 or 1 between two lower-case letters of a word of four or more letters, between
# two capitals of an upper-case word of five or more, or starting a word before three lower-case
# letters, is the letter (round 10). Codes keep their digits: a word with another digit ('ZC3H7B'),
# a digit at a word's end ('CD10', 'FIG0'), short or mixed codes ('pT1a', 'T1N0M0', 'pT1bN0M0') and
# stage numerals ('IIIC1i') are left alone.
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?![A-Za-z0-9])")
_OCR_LOWER = re.compile(r"(?<=[a-z])[01](?=[a-z])|^[01](?=[a-z]{3})")
_OCR_UPPER = re.compile(r"(?<=[A-Z])[01](?=[A-Z])")
_STAGE_LETTERS = re.compile(r"[IVXABCivxabc]+")
# 'Adnexa: n0 tumour', 'N0 bladder involvement' (not the node stage 'pN0', 'N0 (0/12)', 'N0 M0')
_OCR_NO = re.compile(r"(?<![A-Za-z0-9])([nN])0(?= [a-z]{3,}\b)")


def ocr_digits_as_letters(text: str) -> str:
    """``text`` with OCR digit-for-letter swaps inside words mended (same offsets)."""

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        letters = word.replace("0", "").replace("1", "")
        if not letters.isalpha() or len(letters) < 3 or _STAGE_LETTERS.fullmatch(letters):
            return word
        if letters.isupper() and len(letters) >= 5:
            return _OCR_UPPER.sub(lambda d: "O" if d.group(0) == "0" else "I", word)
        if len(letters) < 4 and word[0] not in "01":
            return word
        return _OCR_LOWER.sub(lambda d: "o" if d.group(0) == "0" else "i", word)

    return _TOKEN.sub(mend, _OCR_NO.sub(r"\1o", text))


def read_report(text: str) -> ReportReading:
    """Extract specimen, findings and extent (each value with its span and modifiers).

    Patterns and context read a copy of the text with dot leaders and export 'key=value' signs as
    colons, the gap after a column table's label as a colon, snake_case keys as words,
    hard-wrapped lines joined, dictation fillers blanked, decimal commas as points and
    swapped-letter misspellings mended; evidence quotes the text as given (offsets are the same
    in both).
    """
    original = text
    text = unwrapped(
        key_values_as_colons(
            columns_as_colons(
                leaders_as_colons(
                    checklists_read(
                        respelled(
                            fillers_blanked(decimal_commas_as_points(ocr_digits_as_letters(text)))
                        )
                    )
                )
            )
        )
    )
    mentions: list[Mention] = []
    lowered = text.lower()
    for rule, pattern in compiled_rules():
        if rule.requires and not any(word in lowered for word in rule.requires):
            continue
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            start, end = match.span("c") if "c" in pattern.groupindex else match.span()
            if rule.kind == "assert" and _NON.search(text, max(0, start - 4), start):
                continue  # 'non-coagulative necrosis', 'non-heterologous' name the opposite
            mentions.append(Mention(rule, match, start, end))
    dx_hits = [
        (term_id, code, match)
        for term_id, code, pattern in _diagnosis_patterns()
        for match in pattern.finditer(text)
    ]
    spans = [(m.start, m.end) for m in mentions] + [h[2].span() for h in dx_hits]
    mods = modifiers(_asides_unbracketed(_abbreviations_unbracketed(mentions, text)), spans)
    dx_mods = _nested_share_context(dx_hits, mods[len(mentions) :])
    set_aside = [
        hit.span()
        for (_, _, hit), found in zip(dx_hits, dx_mods, strict=True)
        if {m.category for m in found} & _SET_ASIDE
    ]
    extractions: list[Extraction] = []
    ranks: list[int] = []
    for mention, found in zip(mentions, mods, strict=False):
        inside = any(a <= mention.start and mention.end <= b for a, b in set_aside)
        for extraction, rank in _values(mention, text, found, original):
            if inside and extraction.used:
                extraction = extraction.model_copy(update={"used": False, "note": _SET_ASIDE_NOTE})
            extractions.append(extraction)
            ranks.append(rank)
    reading = ReportReading(stated_diagnosis=_stated_diagnosis(text, dx_hits, dx_mods, original))
    reading.uterine = bool(re.search(vocabulary().uterine_terms, text, re.I))
    fill(reading, extractions, ranks, text)
    if not reading.uterine:
        organ = re.search(vocabulary().other_organ_terms, text, re.I)
        about = f" (mentions {organ.group(0).lower()!r})" if organ else ""
        reading.warnings.append(
            Problem(
                code="not_uterine",
                message=f"no uterine specimen or tumour is named{about}; "
                "this reader covers the uterus only",
            )
        )
    return reading


_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"\s*\)")


def _abbreviations_unbracketed(mentions: list[Mention], text: str) -> str:
    """``text`` for the context pass, with the brackets around a mention that only restates the
    one before it as spaces ('no lymphovascular space invasion (LVSI) identified', 'LVSI
    (lymphovascular space invasion) is not identified'): a bracket would cut it off its context.
    """
    ends = {(m.rule.field, m.end) for m in mentions}
    chars: list[str] | None = None
    for m in mentions:
        opened = _OPEN.search(text, max(0, m.start - 3), m.start)
        closed = _CLOSE.match(text, m.end)
        if opened is None or closed is None:
            continue
        if {(m.rule.field, opened.start() - 1), (m.rule.field, opened.start())} & ends:
            chars = chars or list(text)
            chars[opened.start()] = chars[closed.end() - 1] = " "
    return text if chars is None else "".join(chars)


# A bracketed aside inside a list or a differential ('includes a smooth muscle neoplasm (STUMP
# cannot be excluded) and an endometrial stromal neoplasm', 'X (favoured) versus Y'): the list goes
# on after it (round 9).
# So is a bracket holding only a year or an identifier ('Prior myomectomy (2019) showed ...').
# And so is a bracket naming sites or kinds inside a noun phrase ('No parenchymal (liver/lung)
# metastasis', round 11): two to four words joined by '/', ',', 'or', 'and', before a word.
_ASIDE = re.compile(
    r"\([^()\n]{1,80}\)(?=,? (?:and|or|versus|vs\.?) [a-zA-Z])|"
    r"\((?:(?:19|20)\d\d|[A-Z]{1,4}[- ]?\d[\w/-]{1,14})\)|"
    r"(?<=[a-z] )\([a-z]+(?:[ \t]*(?:/|,|\bor\b|\band\b)[ \t]*[a-z]+){1,3}\)(?= [a-z])"
)


def _asides_unbracketed(text: str) -> str:
    """``text`` for the context pass with the brackets of an aside inside a list as spaces, so a
    trigger before the aside reaches the items after it."""
    return _ASIDE.sub(lambda m: " " + m.group(0)[1:-1] + " ", text)


# A list item with its own verdict ('No necrosis, LVI present'; 'LVI not seen, necrosis present')
_VERDICT = re.compile(r"\s(?:is\s+|are\s+)?(?:present|identified|seen|noted)\b", re.I)


def _own_verdict(modifier: Modifier, mention: Mention, text: str) -> bool:
    """A negation before an earlier list item does not reach the item after a comma that states
    its own finding ('No necrosis, LVI present'); 'No atypia, necrosis or LVI is seen' stays one
    negated list."""
    return (
        modifier.category is ModifierCategory.NEGATED
        and modifier.end <= mention.start
        and text[modifier.end : mention.start].rstrip().endswith(",")
        and _VERDICT.search(text, mention.start, mention.end + 12) is not None
    )


def _values(
    mention: Mention, text: str, mods: list[Modifier], original: str
) -> list[tuple[Extraction, int]]:
    rule, match = mention.rule, mention.match
    mods = [m for m in mods if not _own_verdict(m, mention, text)]
    cats = {m.category for m in mods}
    dropped = cats & _DROP[rule.kind]
    if rule.drop_negated:
        dropped |= cats & {ModifierCategory.NEGATED}
    if rule.kind == "parse":
        assert rule.parser is not None
        values = PARSERS[rule.parser](match, text, rule.field, mods)
    elif rule.kind == "value":
        values = _mapped(rule, match)
    else:
        values = _asserted(rule, match, mods, text)
    line_start = text.rfind("\n", 0, mention.start) + 1
    clinical = rule.skip_clinical and CLINICAL_LINE.match(text, line_start) is not None
    other_organ = rule.skip_other_organ and about_other_organ(text, line_start, mention.start)
    out = []
    for v in values:
        v.end = v.start + len(text[v.start : v.end].rstrip())
        note = v.note
        if dropped:
            note = "not used: " + ", ".join(sorted(c.value for c in dropped))
        elif clinical:
            note = "not used: named on a clinical-history line"
        elif other_organ:
            note = "not used: on a part line about another organ"
        elif rule.kind == "assert" and ModifierCategory.UNCERTAIN in cats and v.value is None:
            note = "not used: uncertain"
        used = not dropped and not clinical and not other_organ and v.value is not None
        extraction = Extraction(
            field=v.field,
            value=v.value,
            text=original[v.start : v.end],
            start=v.start,
            end=v.end,
            pattern_id=rule.id,
            modifiers=mods,
            used=used,
            note=note,
        )
        out.append((extraction, rule.rank + (NEGATIVE_PENALTY if v.negative else 0)))
    return out


def _mapped(rule: Rule, match: re.Match[str]) -> list[Value]:
    said = next(g for k, g in match.groupdict().items() if k.startswith("v") and g)
    said = said.strip().lower()
    for regex, value in rule.values:
        if re.fullmatch(regex, said, re.I):
            return [Value(rule.field, value, match.start(), match.end())]
    return []


# A form's answer right after an asserted label: 'lvi=no', 'Bizarre nuclei: yes', 'LVI: neg'.
# A sign after the label is its answer too, with or without a colon: 'LVI -.', '(TCN -)',
# 'LVSI (-)', 'Necrosis: (-)' (a dash going on to words, 'LVI - present', is no sign; round 11).
_ANSWER = re.compile(
    r"[ \t]*(?:\([^)\n]*\)[ \t]*)?[:|][ \t]*(?:(?P<no>no|none|nil|absent|negative|neg|"
    r"not identified|not seen)|(?P<yes>yes|present|identified|positive|pos)|(?P<unsure>equivocal|"
    r"indeterminate|uncertain|suspicious|cannot be (?:assessed|determined|evaluated)|"
    r"not assessable)|(?P<na>not applicable|n/?a|not assessed|not evaluated|not known|unknown))"
    r"(?![\w/])|[ \t]*(?:[:|][ \t]*)?(?:(?P<sign_unsure>\(?(?:\+/-|-/\+|\u00b1)\)?)|"
    r"(?P<sign_no>\([ \t]*-[ \t]*\)|-(?=[ \t]*(?:[.,;)\n]|$))))",
    re.I,
)


def _asserted(rule: Rule, match: re.Match[str], mods: list[Modifier], text: str) -> list[Value]:
    cats = {m.category for m in mods}
    answer = _ANSWER.match(text, match.end())
    if answer and answer.group("na"):  # 'LVI: not applicable' says nothing
        note = "not used: the answer says nothing (not applicable or not assessed)"
        return [Value(rule.field, None, match.start(), match.end(), note=note)]
    if answer and (answer.group("no") or answer.group("sign_no")) and rule.negated_value is None:
        note = "not used: the form answers no and this rule has no negative value"
        return [Value(rule.field, None, match.start(), match.end(), note=note)]  # round 9
    if answer and (answer.group("no") or answer.group("sign_no")):
        value, negative = rule.negated_value, True
    elif answer and answer.group("yes"):
        value, negative = rule.value, False
    elif (answer and (answer.group("unsure") or answer.group("sign_unsure"))) or (
        ModifierCategory.UNCERTAIN in cats
    ):
        # uncertainty outweighs a negation: 'no convincing LVI, cannot be excluded' (round 9)
        value, negative = rule.uncertain_value, False
    elif ModifierCategory.NEGATED in cats:
        value, negative = rule.negated_value, True
    else:
        value, negative = rule.value, False
    return [Value(rule.field, value, match.start(), match.end(), negative=negative)]


def _nested_share_context(
    hits: list[tuple[str, str, re.Match[str]]], mods: list[list[Modifier]]
) -> list[list[Modifier]]:
    """Each diagnosis term's modifiers, with those of a longer term that contains it: in
    'Leiomyosarcoma (myxoid type) is not favoured' the plain 'Leiomyosarcoma' is negated with the
    whole term (round 9)."""
    out = []
    for (_, _, match), found in zip(hits, mods, strict=True):
        extra = [
            m
            for (_, _, outer), outer_mods in zip(hits, mods, strict=True)
            if outer.start() <= match.start()
            and match.end() <= outer.end()
            and outer.end() - outer.start() > match.end() - match.start()
            for m in outer_mods
            if m not in found
        ]
        out.append(found + extra)
    return out


# A diagnosis section ends at a blank line or at the next label; a label naming the specimen
# ('Uterus: leiomyoma') is the diagnosis's own line.
_SECTION_END = re.compile(
    r"\n\s*\n|\n[ \t]*(?!(?i:uter|hyster|myomect|specimen|part\b|cervix|corpus|endometri))"
    r"[A-Z][A-Za-z /()-]{2,40}:"
)


def _diagnosis_section(text: str) -> tuple[int, int] | None:
    headers = list(re.finditer(vocabulary().diagnosis_headers, text, re.I | re.M))
    if not headers:
        return None
    header = headers[-1]  # the last one: a final diagnosis or an addendum supersedes earlier ones
    body = header.end() + len(text[header.end() :]) - len(text[header.end() :].lstrip())
    # the section's text starts after any blank lines below its header ('DIAGNOSIS:' / '' / ...)
    end = _SECTION_END.search(text[body:])
    stop = body + (end.start() if end else min(600, len(text) - body))
    return header.start(), stop


def _stated_diagnosis(
    text: str,
    hits: list[tuple[str, str, re.Match[str]]],
    mods: list[list[Modifier]],
    original: str,
) -> StatedDiagnosis | None:
    """The first vocabulary term in the diagnosis section (else anywhere) plainly asserted.

    Failing that, the first term stated with uncertainty ('favour X over Y' gives X), unless
    two terms are offered as alternatives ('X or Y', 'between X and Y'). With a diagnosis section
    but no term in it, the section's first line is kept, unmapped.
    """
    section = _diagnosis_section(text)
    comment = _SEE_COMMENT.search(text, *section) if section else None
    if section and comment:  # 'DIAGNOSIS: 1. Uterus: see comment.' / 'COMMENT: ... a leiomyoma'
        header = _COMMENT_HEADER.search(text, comment.end())
        if header and not any(section[0] <= h[2].start() < section[1] for h in hits):
            section = (header.start(), header.end() + min(600, len(text) - header.end()))
    for scope in [section] if section else [None]:
        uncertain: list[StatedDiagnosis] = []
        for (term_id, code, match), found in zip(hits, mods, strict=True):
            if scope and not (scope[0] <= match.start() < scope[1]):
                continue
            cats = {m.category for m in found}
            if cats - {ModifierCategory.UNCERTAIN} or _EXCLUDED.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            stated = StatedDiagnosis(
                text=original[line_start:line_end].strip(),
                start=match.start(),
                end=match.end(),
                code=code,
                pattern_id=term_id,
                uncertain=bool(cats),
            )
            if not cats:
                return stated
            uncertain.append(stated)
        if uncertain:
            first = min(uncertain, key=lambda s: s.start)  # 'favour X over Y': X
            if not any(_alternatives(text, first, other) for other in uncertain) and not (
                _OR_ANOTHER.match(text, first.end)
            ):
                return first
    if section is not None:
        lines = text[section[0] : section[1]].split("\n")
        head = lines[0].split(":", 1)[1].strip() if ":" in lines[0] else ""
        first_line = head or next((row.strip() for row in lines[1:] if row.strip()), "")
        return StatedDiagnosis(text=first_line, start=section[0], end=section[1])
    return None


# A diagnosis named as excluded ('sampling excluded myxoid leiomyosarcoma') is not the stated one.
_EXCLUDED = re.compile(
    r"\b(?:excluded|excludes|exclude|ruled out|rules out|rule out)\s+(?:[a-z-]+\s+){0,2}$",
    re.I,
)
# An uncertain term offered with another, unmapped one ('A leiomyosarcoma or an endometrial
# stromal sarcoma cannot be excluded') is not the stated diagnosis (round 11).
_OR_ANOTHER = re.compile(r"\s+(?:or|versus|vs\.?)\s+(?:an?\s+|the\s+)?[a-z]", re.I)
# A diagnosis line that only refers to the comment ('1. Uterus: see comment.') takes its diagnosis
# from the comment (round 11); not one that names a lesion first ('... neoplasm; see comment').
_SEE_COMMENT = re.compile(r"(?:^|:)[ \t]*\(?see (?:the )?comments?\b", re.I | re.M)
_COMMENT_HEADER = re.compile(r"^[ \t]*comments?[ \t]*:", re.I | re.M)
_ALTERNATIVE = re.compile(r"\b(?:and|or|versus|vs|from|nor)\b|/", re.I)
_SENTENCE_BREAK = re.compile(r"[.;\n](?!\d)")


def _alternatives(text: str, first: StatedDiagnosis, other: StatedDiagnosis) -> bool:
    """Two uncertain terms of one sentence offered as alternatives: 'between X and Y', 'X or Y'."""
    if other.code == first.code or other.start < first.end:
        return False
    between = text[first.end : other.start]
    return not _SENTENCE_BREAK.search(between) and bool(_ALTERNATIVE.search(between))

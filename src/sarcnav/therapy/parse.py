"""Free-text treatment history -> ordered lines of therapy (``parse_history``)."""

from __future__ import annotations

import itertools
import re

from sarcnav.therapy import lexicon as lx
from sarcnav.therapy.catalogue import (
    PACK,
    STEM_LENGTH,
    Catalogue,
    NameEntry,
    catalogue,
    in_class,
    normalize,
)
from sarcnav.therapy.fields import read_attributes, read_doses
from sarcnav.therapy.given_model import GivenModel, reach, shipped_given_model, window
from sarcnav.therapy.history import (
    Mention,
    OtherTreatment,
    ParsedLine,
    TreatmentHistory,
    UnknownTerm,
)
from sarcnav.therapy.modality import (
    NOT_GIVEN,
    ONGOING,
    box_reading,
    clause,
    effect_clause,
    given_evidence,
    given_next,
    not_given_cue,
)
from sarcnav.therapy.ordinary import is_noun_like, is_ordinary
from sarcnav.therapy.sequence import (
    Part,
    by_ordinal,
    by_year,
    chronological,
    merge_comma_combinations,
    ordinal_at,
)

_TOKEN = re.compile(r"[^\W_]+?(?=[x×]\d{1,2}(?!\d))|[^\W_]+")  # "AIMx6": AIM, x6
_JOIN = re.compile(r"^[ \t-]*$")
CODE_WHY = "looks like a study code"
CAPITAL_WHY = "capitalised word not in the catalogue"
SUFFIX_WHY = "drug-like ending"
DOSED_WHY = "capitalised word given a dose, a cycle count or a duration"
CHEMO_NOTE = "chemotherapy; agents not named"
_AFTER_STOP = re.compile(r"[:,(]")
_PLURAL_ABBREVIATION = re.compile(r"[A-Z]{2,}s")
_SENTENCE_END = re.compile(r"[.;\n]")
_LABEL_GAP = re.compile(r"^[\s:;.,\-–—|•]*(?:[1-9a-h][.)])?\s*$")
_BRACKET_GAP = re.compile(r"^\s*\(\s*$|^\s+(?:or|o|ou|oder|of|lub|ó)\s+$", re.IGNORECASE)
_FIRST_JUST_BEFORE = re.compile(lx.FIRST.pattern + r"[\s,:]*$", re.IGNORECASE)
_LIST_REST = re.compile(r"^[\s,]*(?:(?:or|and|o|y|e|ou|oder|und|of|en|lub|i|et)\s*)?[\s,.]*$", re.I)
_REACH = 50
_SINCE_BRACKET = re.compile(r"\s*\(\s*(?:since|desde|seit|depuis|dal|from|ab|od|sinds)\b", re.I)
_LIST_GOES_ON = re.compile(
    r"^[\s,]*(?:(?:and|y|e|et|und|i|a|en|och|ve|oraz)\s+)?(?:[\w']+\s+){0,3}$", re.I
)  # "doxorubicin x6, and in 2022 trabectedin": the list shares its verb
_NOT_AFTER = re.compile(
    r"\W*(?:[\w']+\s+){0,2}?(?:not|never|n't|nicht|nie|niet|pas|non|n[aã]o|no|nunca|jamais)\b", re.I
)
_BULLET = re.compile(r"(?:^|\n)[ \t]*[-*•][ \t]*$")


def parse_history(text: str, *, backstop: bool = True) -> TreatmentHistory:
    """Read a treatment history written by a patient or clinician into ordered lines.

    Lines are split at "then", "followed by", "now on", commas, semicolons and sentence ends
    (and Spanish "luego", "después", "ahora con"...); within a line agents are joined by
    "+", "/", "and", "with". Each line holds generic agent names, the regimen, cycles, years,
    response and whether it is current, with the matched words as evidence.

    Examples
    --------
    >>> [l.agents for l in parse_history("MAI x6 then gem/tax, now on Votrient").lines]
    [['doxorubicin', 'ifosfamide'], ['gemcitabine', 'docetaxel'], ['pazopanib']]
    """
    return read_history(text, shipped_given_model() if backstop else None)


def read_history(
    text: str, model: GivenModel | None, threshold: float | None = None, *, cues: bool = True
) -> TreatmentHistory:
    """:func:`parse_history` with the given / not-given backstop ``model`` (``None``: rules
    alone) at ``threshold`` (``None``: the model's own); ``cues=False`` leaves out the rules'
    not-given cues (how the training script mimics wordings the rules have never seen)."""
    cat = catalogue()
    parts, history, found = _rule_mentions(text, cat, cues=cues)
    if model is not None:
        _backstop(text, parts, found, cat, history, model, threshold)
    parts = merge_comma_combinations(text, parts, cat)
    parts = _continue_prior(text, [p for part in parts for p in _split_after(text, part)])
    _before_opening(text, parts)
    leads: list[str] = []
    for k, part in enumerate(parts):
        lines_before = len(history.lines)
        anchor = _read_part(text, part, cat, history, leads)
        after = parts[k + 1] if k + 1 < len(parts) else None
        if anchor is not None and after is not None and after.lead == "before":
            after.lead = f"before@{anchor}"  # "Before Halaven I had Doxil"
        elif (  # "Now on cycle 9 of a study drug, AZ-7732": "now" leads on to the drug
            lines_before == len(history.lines)
            and after is not None
            and after.lead == "mark"
            and (part.lead == "now" or (part.lead == "before" and bool(after.mentions)))
            and not _SENTENCE_END.search(text, part.end, after.start)
        ):  # also "before": "Antes disso tudo ela fez aquela vermelha, a Adriamicina"
            after.lead = part.lead
    read = _name_the_chemo(text, list(zip(history.lines, leads, strict=True)))
    history.lines = [line for line, _ in read]
    now_led = {id(line) for line, lead in read if lead == "now"}
    if lx.REVERSE.search(text) and not any(lead.startswith("before") for _, lead in read):
        read = _newest_first(read)  # "prior treatments (most recent first): ..."
    history.lines = _first_ever(text, by_ordinal(text, by_year(chronological(read))))
    for line in history.lines[:-1]:  # "letrozole since 2020, progressed; then ..." has ended
        if id(line) not in now_led and not lx.CURRENT_WORDS.search(line.text):
            line.current = False
    for number, line in enumerate(history.lines, start=1):
        line.line = number
    _review(history)
    return history


def _first_ever(text: str, lines: list[ParsedLine]) -> list[ParsedLine]:
    """A line said to be the first of all ("her very first treatment was X") goes first."""
    first = [line for line in lines if _said_first(text, line.span)]
    if len(first) != 1:
        return lines
    return [*first, *(line for line in lines if line is not first[0])]


def _said_first(text: str, span: tuple[int, int]) -> bool:
    m = lx.FIRST_EVER.search(text, max(0, span[0] - 90), span[1])
    return m is not None and span[0] <= m.end() <= span[1]


def _newest_first(read: list[tuple[ParsedLine, str]]) -> list[tuple[ParsedLine, str]]:
    """A list said to run newest first, read backwards ("before that" orders itself), except that
    a line led by "then" stays after the line it follows ("A x6, then A alone" in one item)."""
    blocks: list[list[tuple[ParsedLine, str]]] = []
    for item in read:
        if blocks and item[1] == "next":
            blocks[-1].append(item)
        else:
            blocks.append([item])
    return [item for block in reversed(blocks) for item in block]


def _rule_mentions(
    text: str, cat: Catalogue, *, cues: bool = True
) -> tuple[list[Part], TreatmentHistory, list[tuple[Mention, NameEntry]]]:
    """The stretches with the mentions the rules keep as given, the history begun (with the
    rules' not-given reasons) and every mention found before the rules dropped any."""
    lists = _lists_of_lines(text)
    parts = [p for seg in _segments(text) for p in _split_and(text, seg, lists)]
    for part in parts:
        _find_mentions(text, part, cat)
    _drop_weak(text, parts)
    found = [m for part in parts for m in part.mentions]
    history = TreatmentHistory(knowledge={PACK: cat.pack.version})
    starts = sorted(m.start for m, _ in found)
    ends = sorted(m.end for m, _ in found)
    spans = [(m.start, m.end) for m, _ in found]
    for k, part in enumerate(parts if cues else []):
        negated = _drop_negated(text, part, starts, _clause_start(text, part.start, ends))
        negated += _drop_governed(text, part, spans)
        history.review_reasons.extend(negated)
        part.negated = bool(negated) and not part.mentions  # "chemo with X was declined"
        history.unknown.extend(_drop_negated_unknown(text, part))
        history.unknown.extend(_drop_governed_unknown(text, part, spans))
        if k and part.mentions and _listed_after_negated(text, parts[k - 1], part, negated):
            history.review_reasons.extend(
                f'"{m.text}" read as not given (negated list)' for m, _ in part.mentions
            )
            part.mentions = []  # "Options include X, Y or Z": the list goes on after a comma
        if k and not part.mentions and lx.REFUSED_NEXT.match(text[part.start : part.end]):
            history.review_reasons.extend(
                f'"{m.text}" read as not given (refused)' for m, _ in parts[k - 1].mentions
            )
            parts[k - 1].mentions = []
    return parts, history, found


def _drop_governed(text: str, part: Part, spans: list[tuple[int, int]]) -> list[str]:
    """Remove drugs whose clause proposes, refuses or defers them with no word that they were
    given (:func:`sarcnav.therapy.modality.not_given_cue`)."""
    kept, notes = [], []
    for mention, entry in part.mentions:
        others = [s for s in spans if s != (mention.start, mention.end)]
        cue = not_given_cue(text, mention.start, mention.end, others)
        if cue is None:
            kept.append((mention, entry))
        else:
            notes.append(f'"{mention.text}" read as not given (clause cue: {cue})')
    part.mentions = kept
    return notes


def _drop_governed_unknown(
    text: str, part: Part, spans: list[tuple[int, int]]
) -> list[UnknownTerm]:
    """Take out of the stretch the unknown drugs whose clause proposes, refuses or defers them
    ("pembrolizumab/lenvatinib wordt aangevraagd"): still listed under ``unknown``, no line."""
    out = [u for u in part.unknown if not_given_cue(text, u.start, u.end, spans) is not None]
    part.unknown = [u for u in part.unknown if u not in out]
    return out


def _listed_after_negated(text: str, before: Part, part: Part, negated: list[str]) -> bool:
    """Whether ``part`` names drugs only and goes on, after a comma, a list whose drugs the rules
    just read as not given ("Options include trabectedin, eribulin or pazopanib")."""
    if before.mentions or not before.negated or negated:
        return False
    if text[before.end : part.start].strip() != ",":
        return False
    rest, pos = [], part.start
    for mention, _ in part.mentions:
        rest.append(text[pos : mention.start])
        pos = mention.end
    rest.append(text[pos : part.end])
    return all(_LIST_REST.match(r) for r in rest)


def mention_windows(text: str) -> list[tuple[list[str], str, str, bool]]:
    """Every mention of a drug or regimen found in ``text``: its agents, the masked window
    before and after it, and whether the rules keep it as given (the backstop's training data)."""
    cat = catalogue()
    parts, _, found = _rule_mentions(text, cat)
    kept = {id(m) for part in parts for m, _ in part.mentions}
    spans = [(m.start, m.end) for m, _ in found]
    out = []
    for mention, entry in found:
        agents = entry_agents(entry, cat)
        if agents:
            left, right = window(text, mention.start, mention.end, spans)
            out.append((agents, left, right, id(mention) in kept))
    return out


def entry_agents(entry: NameEntry, cat: Catalogue) -> list[str] | None:
    """The anticancer agents a name stands for (``None``: a class, an ambiguous term, or a
    supportive drug)."""
    if entry.kind in ("regimen", "joined"):
        return list(cat.regimens[entry.target].agents)
    if entry.kind in ("class", "ambiguous") or cat.drugs[entry.target].role == "supportive":
        return None
    return [entry.target]


def _backstop(
    text: str,
    parts: list[Part],
    found: list[tuple[Mention, NameEntry]],
    cat: Catalogue,
    history: TreatmentHistory,
    model: GivenModel,
    threshold: float | None,
) -> None:
    """Drop a drug the rules kept when the learned backstop is confident it was not given
    (proposed, planned, refused...); the reason names the words that weighed most. Held back
    where the rules already read another drug within reach as not given: they placed the cue
    ("X was declined, then Y", "Y instead of X"), and where words after it within reach say it
    was given after all ("X was offered and she accepted"), and where a relative clause about its
    effects follows it ("pazopanib, which could cause hypertension")."""
    cut = model.threshold if threshold is None else threshold
    spans = [(m.start, m.end) for m, _ in found]
    kept_ids = {id(m) for part in parts for m, _ in part.mentions}
    dropped = [m.start for m, _ in found if id(m) not in kept_ids]
    for part in parts:
        kept = []
        for mention, entry in part.mentions:
            lo, hi = reach(text, mention.start, mention.end)
            held = any(lo <= d < hi for d in dropped) or not entry_agents(entry, cat)
            held = held or effect_clause(text, mention.end, hi) is not None
            if not (held or _given_here(text, mention.start, mention.end, spans)):
                left, right = window(text, mention.start, mention.end, spans)
                probability = model.not_given(left, right)
                if probability >= cut:
                    words = ", ".join(model.words(left, right)) or "none"
                    history.review_reasons.append(
                        f'"{mention.text}" read as not given (learned backstop, '
                        f"p={probability:.2f}; words: {words})"
                    )
                    continue
            kept.append((mention, entry))
        part.negated = part.negated or (bool(part.mentions) and not kept)
        part.mentions = kept


def _given_here(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Words that hold the backstop back: "accepted", "was given" after the drug within reach,
    evidence of giving in its clause (a count, "received"), or in the clause of the drug it
    goes on a list after ("received doxorubicin x6, and in 2022 trabectedin"), or the drug is
    what a switch went to ("passou de letrozol para anastrozol")."""
    lo, hi = clause(text, start, end, spans)
    if lx.CARRIED_OUT.search(text, end, reach(text, start, end)[1]) or given_evidence(text, lo, hi):
        return True
    if given_next(text, hi, [s for s in spans if s != (start, end)]):
        return True
    before = [s for s in spans if s[1] <= start]
    if not before:
        return False
    last_start, last_end = max(before)
    gap = text[last_end:start]
    if lx.SWITCHED_TO.match(gap) and lx.SWITCHED_FROM.search(
        text, max(0, last_start - 60), last_start
    ):
        return True
    if _LIST_GOES_ON.match(gap) and not NOT_GIVEN.search(gap):
        return _given_here(text, last_start, last_end, spans)
    return False


def _name_the_chemo(text: str, read: list[tuple[ParsedLine, str]]) -> list[tuple[ParsedLine, str]]:
    """ "she started chemo ..., so she got doxorubicin x6": a line of unnamed chemotherapy followed
    after a comma by a line naming its agents is that line; "Chemo history: 1. AD x6 ..." is a
    heading."""
    kept = []
    for k, (line, lead) in enumerate(read):
        after = read[k + 1][0] if k + 1 < len(read) else None
        unnamed = line.notes == [CHEMO_NOTE] and not (line.agents or line.unknown or line.classes)
        gap = text[line.span[1] : after.span[0]] if after is not None else ""
        label = lx.CHEMO_LABEL.match(line.text) and _LABEL_GAP.match(gap)  # "Chemo history:"
        if unnamed and after is not None and after.agents and (gap.strip() == "," or label):
            continue
        kept.append((line, lead))
    return kept


def find_drugs(text: str) -> list[Mention]:
    """Every drug, regimen or class name in any text (e.g. an enquiry), with its words and span.

    Negated mentions are kept here (a question may name a drug not given); see ``parse_history``
    for lines of therapy.
    """
    cat = catalogue()
    lists = _lists_of_lines(text)
    parts = [p for seg in _segments(text) for p in _split_and(text, seg, lists)]
    for part in parts:
        _find_mentions(text, part, cat)
    _drop_weak(text, parts)
    return [mention for part in parts for mention, _ in part.mentions]


def _segments(text: str) -> list[Part]:
    parts: list[Part] = []
    lead, pos = "start", 0
    for m in lx.SEPARATOR.finditer(text):
        if m.lastgroup == "next" and lx.NOT_A_START.search(text, pos, m.start()):
            continue  # "considered but not started": the verb does not start a line
        if m.lastgroup == "ordinal" and lx.AFTER_LEADING.search(text, pos, m.start()):
            continue  # "after failing first-line doxorubicin": an adjective, not a heading
        words = bool(text[pos : m.start()].strip())
        if words:
            parts.append(Part(pos, m.start(), lead))
            lead = "mark"
        if parts and (
            (
                m.lastgroup == "now"
                and (_closes(text, m.end()) or _SINCE_BRACKET.match(text, m.end()))
            )  # "had AIM before.", "yondelis x10 b4 that, n ..." (a comma after a stretch's words)
            or (m.lastgroup == "before" and _closes(text, m.end(), ".;\n," if words else ".;\n"))
        ):
            if parts[-1].lead in ("start", "mark", "next"):
                parts[-1].lead = m.lastgroup  # "she is on Votrient now.", "had AIM before."
        elif m.lastgroup != "mark" and not _verb_after_lead(text, pos, m, lead):
            lead = "before" if m.lastgroup == "back" else m.lastgroup or lead
        pos = m.end()
    if text[pos:].strip():
        parts.append(Part(pos, len(text), lead))
    return parts


def _verb_after_lead(text: str, pos: int, m: re.Match[str], lead: str) -> bool:
    """ "antes recibió", "now started": a verb right after "before"/"now" keeps that lead."""
    return m.lastgroup == "next" and lead in ("before", "now") and not text[pos : m.start()].strip()


def _closes(text: str, pos: int, marks: str = ".;\n,)") -> bool:
    """Whether only a line-ending mark (or the end) follows ``pos``."""
    rest = text[pos:].lstrip(" \t")
    return not rest or rest[0] in marks


def _lists_of_lines(text: str) -> list[tuple[int, int]]:
    """Where a list announced as lines runs: from "three lines:" to the end of its sentence."""
    spans = []
    for m in lx.LINES_LIST.finditer(text):
        end = text.find(".", m.end())
        spans.append((m.end(), end if end >= 0 else len(text)))
    return spans


def _split_and(text: str, part: Part, lists: list[tuple[int, int]]) -> list[Part]:
    """Split "gem/tax and doxorubicin" into two lines (an explicit combination plus "and"),
    "Yondelis x6 and AIM x4" (each with its own cycle count, also beside a combination:
    "gem + doc (4 ciclos, 2024) e doxorrubicina (6 ciclos)"), and the items of a list of lines
    ("three lines: AIM, gem-doc and pazopanib"; ``lists`` holds where such lists run)."""
    chunk = text[part.start : part.end]
    if any(start <= part.start and part.end <= end for start, end in lists):
        joins = [m.span() for m in lx.AND_WORD.finditer(text, part.start, part.end)]
    elif lx.COMBINATION.search(chunk):
        split = [
            (part.start + m.start(), part.start + m.end()) for m in lx.AND_SPLIT.finditer(chunk)
        ]
        taken = {start for start, _ in split}  # and "e", "und" between counted stretches
        joins = sorted(split + [j for j in _counted_joins(text, part) if j[0] not in taken])
    else:
        joins = _counted_joins(text, part)
    pieces: list[Part] = []
    pos = part.start
    then = "before" if part.lead == "before" else "next"  # "before that X x6 and Y x6": Y, X
    for start, end in joins:
        pieces.append(Part(pos, start, part.lead if not pieces else then))
        pos = end
    pieces.append(Part(pos, part.end, part.lead if not pieces else then))
    return pieces


def _counted_joins(text: str, part: Part) -> list[tuple[int, int]]:
    """The "and"s between two stretches that each carry a cycle count, or after a stretch closed by
    a count or a year and before one with a count or a year ("Yondelis x6 and AIM x4", "gem/doc x4
    and pazopanib since 2022", "doxorubicina (2020) y trabectedina (2021-2022)"), unless both
    stretches carry the same years only ("gemcitabine (2019) and docetaxel (2019)")."""
    found = [m.span() for m in lx.AND_WORD.finditer(text, part.start, part.end)]
    if not found:
        return []
    starts = [part.start] + [end for _, end in found]
    bounds = list(zip(starts, [start for start, _ in found] + [part.end], strict=True))
    counted = [bool(lx.CYCLES.search(text, a, b)) for a, b in bounds]
    elliptic = [
        k > 0 and counted[k - 1] and bool(lx.ELLIPTIC_COUNT.match(text, a))
        for k, (a, _) in enumerate(bounds)
    ]
    counted = [c or e for c, e in zip(counted, elliptic, strict=True)]  # "6 cicli di X e 4 di Y"
    dated = [bool(lx.ANY_YEAR.search(text, a, b)) for a, b in bounds]
    closed = [bool(lx.CLOSED_BY_COUNT_OR_YEAR.search(text, a, b)) for a, b in bounds]
    years = [lx.ANY_YEAR.findall(text, a, b) for a, b in bounds]
    return [
        j
        for k, j in enumerate(found)
        if (counted[k] and counted[k + 1])
        or (
            closed[k]
            and (counted[k + 1] or dated[k + 1])
            and not (years[k] and years[k] == years[k + 1])  # "gem (2019) and doc (2019)"
        )
    ]


def _find_mentions(text: str, part: Part, cat: Catalogue) -> None:
    tokens = list(_TOKEN.finditer(text, part.start, part.end))
    i = 0
    while i < len(tokens):
        found = None
        key = normalize(tokens[i].group())
        several = key in cat.leading_words or key[:STEM_LENGTH] in cat.leading_stems
        for n in range(min(cat.max_words if several else 1, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            gaps = (text[a.end() : b.start()] for a, b in itertools.pairwise(span))
            if not all(_JOIN.match(g) for g in gaps):
                continue
            written = text[span[0].start() : span[-1].end()]
            entry = cat.lookup(written)
            if entry is None and n == 2:  # "doxorubicin liposomal" names "liposomal doxorubicin"
                entry = cat.lookup(f"{span[1].group()} {span[0].group()}") or (
                    cat.inflected_lookup(span[0].group(), span[1].group())
                )  # "liposomales Doxorubicin", "doxorubicina liposomiale"
            if entry is not None:
                found = (entry, n, written, 100.0)
                break
        word = tokens[i].group()
        if found is None and word[0].isupper() and _name_or_place(text, tokens, i):
            i += 1
            continue
        if (
            found is None
            and not word.isdigit()
            and (not is_ordinary(word) or lx.CODE_NAME.match(text, tokens[i].start()))  # "AZ-7732"
        ):
            found = _inexact(cat, word)
            if found is None:
                _maybe_unknown(tokens[i], part)
        if found is None:
            i += 1
            continue
        entry, n, written, score = found
        start, end = tokens[i].start(), tokens[i + n - 1].end()
        kind = entry.kind if score == 100.0 or entry.kind == "prefix" else "fuzzy"
        mention = Mention(
            text=written,
            start=start,
            end=end,
            kind=kind,
            target=entry.target,
            matched_name=entry.name,
            score=round(score, 1),
            verified=entry.verified,
        )
        part.mentions.append((mention, entry))
        i += n


def _inexact(cat: Catalogue, word: str) -> tuple[NameEntry, int, str, float] | None:
    """A clipped name ("pazo", scored by the share of the name written) or a misspelling."""
    clipped = cat.prefix(word)
    if clipped is not None:
        return clipped, 1, word, 100 * len(normalize(word)) / len(normalize(clipped.name))
    glued = cat.joined(word)
    if glued is not None:
        return glued, 1, word, 100.0
    fuzzy = cat.fuzzy(word) or cat.sounds_like(word) or cat.in_script(word)
    return (fuzzy[0], 1, word, fuzzy[1]) if fuzzy is not None else None


def _name_or_place(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """A capitalised word after "Dr", "at", "in"... or before "Clinic", "Hospital"... (a person or
    a place, so neither a misspelt drug nor an unknown one)."""
    if lx.CODE_NAME.match(text, tokens[i].start()):
        return False  # "enrolled in study ABC-123": a study code, not a place
    before = {t.group().lower() for t in tokens[max(0, i - 2) : i]}
    after = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
    return bool(before & lx.NAME_CUES) or after in lx.PLACE_WORDS


def _maybe_unknown(token: re.Match[str], part: Part) -> None:
    code = lx.CODE_NAME.match(token.string, token.start())
    word = code.group() if code else token.group()
    if (len(word) < 4 and not code) or _PLURAL_ABBREVIATION.fullmatch(word):
        return  # "LFTs", "CTs"
    if lx.DRUG_SUFFIX.search(word):  # "Fulvestrant 500 mg monthly" is given as a drug
        why = DOSED_WHY if _given_as_drug(token, word) else SUFFIX_WHY
    elif code:
        why = CODE_WHY
    elif (
        word[0].isupper()
        and not word.isupper()
        and not is_ordinary(word)  # German nouns ("Rezidiv") are capitalised
        and not is_noun_like(word)  # "Nachbeobachtung", "Lokalrezidiv"
    ):
        if _given_as_drug(token, word):
            why = DOSED_WHY  # "Zoladex for 1 year", "Décapeptyl pendant 6 mois", "Opdivo 240 mg"
        elif _sentence_initial(token):
            return
        else:
            why = CAPITAL_WHY
    else:
        return
    end = token.start() + len(word)
    part.unknown.append(UnknownTerm(text=word, start=token.start(), end=end, why=why))


def _given_as_drug(token: re.Match[str], word: str) -> bool:
    """A capitalised word followed by a dose, a count or a time on it, which is not a clipped
    catalogue name ("Votri"), a past verb ("Terminó 6 ciclos") nor, before German "für", a German
    noun ("Nachsorge für 2 Jahre")."""
    given = lx.GIVEN_AS_DRUG.match(token.string, token.end())
    if given is None or catalogue().begins_a_name(word) or lx.PAST_VERB_END.search(word):
        return False
    return not (lx.GERMAN_FOR.match(given.group()) and lx.GERMAN_NOUN_END.search(word))


def _sentence_initial(token: re.Match[str]) -> bool:
    before = token.string[: token.start()].rstrip()
    return not before or before[-1] in ".!?¿¡\n:;" or bool(_BULLET.search(before))


def _drop_weak(text: str, parts: list[Part]) -> None:
    """Keep short everyday-word aliases ("gem", "doc") only where the context supports them."""
    every = [m for p in parts for m in p.mentions]
    strong = any(e.tier == "strong" for _, e in every)
    for part in parts:
        chunk = text[part.start : part.end]
        cue = part.lead in ("now", "next", "ordinal", "before") or any(
            p.search(chunk) for p in (lx.CYCLES, lx.CHEMO, lx.TAKING, lx.FIRST_WORD)
        )
        kept = []
        for k, (mention, entry) in enumerate(part.mentions):
            near = [part.mentions[j] for j in (k - 1, k + 1) if 0 <= j < len(part.mentions)]
            gaps = [text[min(mention.end, o.end) : max(mention.start, o.start)] for o, _ in near]
            joined = any(lx.OPERATOR_GAP.match(g) for g in gaps)
            tier = entry.tier
            if tier != "strong" and is_ordinary(mention.text):
                if any(not g.strip() for g in gaps):
                    continue  # "doce" is also Spanish for twelve: "chemo doce MIA" is no line
                tier = "operator"
            if tier == "operator" and any(lx.WORD_GAP.match(g) for g in gaps):
                tier = "weak"  # "gem and tax x6": joined by a word, so it needs context
            if tier == "strong" or joined or (tier == "weak" and (strong or cue)):
                kept.append((mention, entry))
        part.mentions = kept


def _clause_start(text: str, start: int, ends: list[int]) -> int:
    """Where the words that may negate the first drug of a stretch begin: back across stretches
    that name no drug, to the sentence start or the last drug named ("On lui propose maintenant
    l'éribuline": "maintenant" splits the stretch, the proposal still reaches the drug)."""
    stop = max(text.rfind(mark, 0, start) for mark in ".;\n") + 1
    return max([stop] + [e for e in ends if e <= start])


def _drop_negated_unknown(text: str, part: Part) -> list[UnknownTerm]:
    """Take out of the stretch the unknown drugs the text says were not given ("pembrolizumab
    was not given"): still listed under ``unknown``, but they make no line."""
    unknown = sorted(part.unknown, key=lambda u: u.start)
    negated = [
        bool(
            lx.NEGATED_AFTER.match(text[u.end : part.end])
            or lx.NEGATED_BEFORE.search(_reach_back(text, part.start, u.start))
        )
        for u in unknown
    ]
    joined = [_joined(text, a.end, b.start) for a, b in itertools.pairwise(unknown)]
    for k, linked in enumerate(joined):  # "pembrolizumab + lenvatinib": the pair shares it
        negated[k + 1] = negated[k + 1] or (linked and negated[k])
    for k, linked in reversed(list(enumerate(joined))):  # "X/Y wird erwogen"
        negated[k] = negated[k] or (linked and negated[k + 1])
    out = [u for u, no in zip(unknown, negated, strict=True) if no]
    part.unknown = [u for u in part.unknown if u not in out]
    return out


def _joined(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return bool(lx.OPERATOR_GAP.match(gap) or lx.WITH_GAP.match(gap))


def _asked(text: str, start: int, end: int) -> bool:
    """Whether the drug stands in a question ("Is trabectedin worth trying?")."""
    stop = min([i for i in (text.find(c, end) for c in ".;\n?!؟") if i >= 0] + [len(text)])
    if stop == len(text) or text[stop] not in "?؟":  # Arabic "؟"
        return False
    opening = max(text.rfind(c, 0, start) for c in ".;\n?!؟") + 1
    return bool(lx.QUESTION.match(text, opening))


def _reach_back(text: str, start: int, end: int) -> str:
    """The words before a drug that a negation cue may stand in: at most ``_REACH`` characters,
    cut at a space (a cue reaches a few words, so longer stretches only cost time)."""
    if end - start > _REACH:
        space = text.find(" ", end - _REACH, end)
        start = space if space >= 0 else start
    return text[start:end]


def _drop_negated(text: str, part: Part, starts: list[int], clause: int) -> list[str]:
    """Remove drugs the text says were not given ("Lartruvo was never offered", "X was
    considered but not started", "X might be an option"), unless the words after it, up to the
    next drug named or the end of the sentence, say it was given after all (``starts``: where
    every drug named begins)."""
    kept, notes = [], []
    stop = _SENTENCE_END.search(text, part.end)  # "wants her on X now but mum said no"
    refused = lx.NOT_TAKEN_UP.search(text, part.start, stop.start() if stop else len(text))
    if refused and refused.start() >= part.end:
        refused = None
    negated_end = -1
    for k, (mention, entry) in enumerate(part.mentions):
        before = _reach_back(text, clause if k == 0 else part.start, mention.start)
        end = _combination_end(text, part, k)
        after = text[end : part.end]  # "the gem/tax they offered"
        gap = text[negated_end : mention.start] if negated_end >= 0 else ""
        joined = negated_end >= 0 and (
            lx.OPERATOR_GAP.match(gap) or lx.WITH_GAP.match(gap) or _BRACKET_GAP.match(gap)
        )  # "X + Y (AI) geplant", "offered me X or Y": the next name shares the negation
        if (
            joined  # "considered for olaparib/TMZ", "supposed to get X with the Y": the combination
            or (lx.NEGATED_BEFORE.search(before) and not ONGOING.search(before))
            or lx.NEGATED_AFTER.match(after)
            or box_reading(text, mention.start, end) is False  # "[ ] X" or "X [ ]" on a form
            or lx.UNSTARTED.match(text, end)
            or _asked(text, mention.start, end)
            or (refused and mention.end <= refused.start("but"))
        ) and not _carried_out(text, mention.end, end, part.end, starts):  # "but 4 were given"
            notes.append(f'"{mention.text}" read as not given (negated)')
            negated_end = mention.end
        else:
            kept.append((mention, entry))
    part.mentions = kept
    return notes


def _carried_out(text: str, mention_end: int, end: int, part_end: int, starts: list[int]) -> bool:
    """Whether words after a drug say it was given after all ("planned for 4 cycles and all 4
    were completed"): up to the end of the sentence, or of the stretch when another drug is
    named later in the sentence ("the discussion about X ..., she was given AIM")."""
    sentence = _SENTENCE_END.search(text, end)
    stop = sentence.start() if sentence else len(text)
    following = [s for s in starts if s >= end]
    if following and following[0] < stop:
        stop = min(part_end, following[0])
    return bool(lx.CARRIED_OUT.search(text, mention_end, stop))


def _combination_end(text: str, part: Part, k: int) -> int:
    """Where the combination that the ``k``-th drug begins ends ("gem/tax", "Gem 900/Doc 75"),
    or its name given again in brackets ("trabectedin (Yondelis)")."""
    end = part.mentions[k][0].end
    for mention, _ in part.mentions[k + 1 :]:
        gap = text[end : mention.start]
        if not (lx.OPERATOR_GAP.match(gap) or gap.strip() == "("):
            break
        end = mention.end
        if gap.strip() == "(":  # "Trabectedin (Yondelis) was mentioned"
            end = text.find(")", end) + 1 if text[end:].lstrip().startswith(")") else end
    return end


def _split_after(text: str, part: Part) -> list[Part]:
    """ "ifosfamide after progression on doxorubicin": the drug after "after" came first;
    "dacarbazine before the trial of AB-1234": the drug before "before" did; "switched from
    letrozole to Aromasin": two lines."""
    if len(part.mentions) == 2:
        (old, _), (new, _) = part.mentions
        switched = lx.SWITCHED_FROM.search(text, part.start, old.start) or (
            lx.SWITCHED_VON.search(text, part.start, old.start)
            and lx.SWITCHED_AFTER.match(text, new.end)
        )
        if switched and lx.SWITCHED_TO.match(text[old.end : new.start]):
            return [
                Part(part.start, old.end, part.lead, part.mentions[:1], []),
                Part(new.start, part.end, "next", part.mentions[1:], part.unknown),
            ]
    opening = lx.BEFORE_LEADING.match(text, part.start) if part.mentions else None
    if opening:  # "Before letrozole she had megestrol": megestrol came before letrozole
        split = _after_then(text, part, opening.end())
        if split is not None:
            split[0].anchor, split[1].lead = True, "before"
            return split
    leading = part.mentions and lx.AFTER_LEADING.search(text, part.start, part.mentions[0][0].start)
    ahead = [u for u in part.unknown if leading and u.start < leading.start()]
    if leading and not ahead:  # "(so) after the doxorubicin she went on olaparib"
        split = _after_then(text, part, leading.end())
        if split is not None:
            return split
    if leading:  # "Dacarbazine was started | in 2021 after progressing on trabectedin"
        words = Part(part.start, leading.start(), part.lead, [], ahead)  # a line of its own
        rest = [u for u in part.unknown if u not in ahead]
        drugs = Part(leading.start(), part.end, "prior", part.mentions, rest)
        return [words, drugs] if text[words.start : words.end].strip() else [drugs]
    for m in lx.AFTER.finditer(text, part.start, part.end):
        head = [x for x in part.mentions if x[0].end <= m.start()]
        tail = [x for x in part.mentions if x[0].start >= m.end()]
        if head and tail and _after_reaches(text, m, tail[0][0].start):
            # a remark if just given; "Previously Gemzar x5 after Caelyx x4": both lead back
            back = part.lead == "before"
            earlier = Part(m.end(), part.end, "before" if back else "after", tail, [])
            later = Part(part.start, m.start(), "next", head, [])
            for unknown in part.unknown:
                (earlier if unknown.start >= m.end() else later).unknown.append(unknown)
            return [earlier, later]
    for m in lx.BEFORE.finditer(text, part.start, part.end):
        head = [x for x in part.mentions if x[0].end <= m.start()]
        tail = [x for x in part.mentions if x[0].start >= m.end()]
        codes = [u for u in part.unknown if u.start >= m.end() and u.why == CODE_WHY]
        if head and (tail or codes):
            first = Part(part.start, m.start(), part.lead, head, [])
            then = Part(m.end(), part.end, "next", tail, [])
            for unknown in part.unknown:
                (then if unknown.start >= m.end() else first).unknown.append(unknown)
            return [first, then]
    return [part]


def _continue_prior(text: str, parts: list[Part]) -> list[Part]:
    """The drugs listed after "after" all came before: "X after failing gem/doc and then
    Votrient" (gem/doc, Votrient, X), "X after progression on dox and later on gem/doc", "XR-518
    after three lines (doxorubicin, gem-doc, trabectedin)". A stretch goes on the list when a
    "then"-word joins it to the listed drugs within the clause, or a bracket opened before the
    list is still open."""
    out = list(parts)
    k = 0
    while k < len(out):
        head = out[k]
        split = head.lead == "after" and k + 1 < len(out) and out[k + 1].start < head.start
        if head.lead != "prior" and not split:
            k += 1
            continue
        j, listed = k + (2 if split else 1), head
        while j < len(out) and _listed_on(text, listed, out[j], head.start):
            listed = out[j]
            if not split:
                listed.lead = "prior"
            j += 1
        if split:  # "olaparib was started after progression on dox and later on gem/doc"
            out[k + 1 : j] = [*out[k + 2 : j], out[k + 1]]
        k = max(j, k + 1)
    return out


def _before_opening(text: str, parts: list[Part]) -> None:
    """A stretch that opens with "before X" and names nothing else leads the next one back in
    time ("Antes del pazopanib, recibió trabectedina": trabectedin came first)."""
    for part, then in itertools.pairwise(parts):
        opening = part.mentions and lx.BEFORE_LEADING.match(text, part.start)
        joined = not _SENTENCE_END.search(text, part.end, then.start)
        if opening and joined and then.mentions and then.lead in ("next", "mark"):
            part.anchor, then.lead = True, "before"


def _listed_on(text: str, listed: Part, part: Part, began: int) -> bool:
    if part.lead not in ("mark", "next") or not (part.mentions and listed.mentions):
        return False
    gap = text[listed.mentions[-1][0].end : part.start]
    opened = text[began : part.start]
    return bool(lx.LISTED_ON.match(gap)) or opened.count("(") > opened.count(")")


def _after_reaches(text: str, after: re.Match[str], drug: int) -> bool:
    """Whether "after" is about the drug at ``drug``: at most two words lie between them, or words
    of progression, a count, an article ("after progression on", "after 6 cycles of the"); not
    "dropped after C2 for nausea and she continued doxorubicin"."""
    between = lx.WORD.findall(text, after.end(), drug)
    return len(between) <= 2 or bool(lx.AFTER_LEADING.match(text, after.start(), drug))


def _after_then(text: str, part: Part, begin: int) -> list[Part] | None:
    """ "After doxorubicin she had cabozantinib", "after gem/doc x6: nivolumab": the drugs right
    after "after" came first, what follows them next."""
    head = [part.mentions[0]]
    for item in part.mentions[1:]:
        gap = text[head[-1][0].end : item[0].start]
        if not (lx.OPERATOR_GAP.match(gap) or lx.WORD_GAP.match(gap)):
            break
        head.append(item)
    head_end = head[-1][0].end
    tail = part.mentions[len(head) :]
    unknown = [u for u in part.unknown if u.start >= head_end]
    if not tail and not unknown:
        return None
    first_next = min([m.start for m, _ in tail] + [u.start for u in unknown])
    stop = _AFTER_STOP.search(text, head_end, first_next)
    cycles = lx.CYCLES.match(text, head_end, first_next)
    cut = stop.end() if stop else cycles.end() if cycles else head_end
    earlier = Part(begin, cut, part.lead, head, [u for u in part.unknown if u.start < head_end])
    later = Part(cut, part.end, "next", tail, unknown)
    return [earlier, later]


def _read_part(
    text: str, part: Part, cat: Catalogue, history: TreatmentHistory, leads: list[str]
) -> int | None:
    """Read one stretch into a line (or a remark on a line read before). Returns the index of
    the earlier line when the stretch is the X of "Before X she had Y" and only names X again."""
    chunk = text[part.start : part.end]
    radiation = lx.RADIATION.search(chunk) or lx.RADIATION_CI.search(chunk.lower())
    surgery = lx.SURGERY.search(chunk)
    for hit, kind in ((radiation, "radiotherapy"), (surgery, "surgery")):
        if hit:
            history.other_treatments.append(
                OtherTreatment(
                    kind=kind,
                    text=chunk.strip(),
                    start=part.start,
                    end=part.end,
                    chest=kind == "radiotherapy" and bool(lx.CHEST.search(chunk)),
                )
            )
    line = ParsedLine(line=0, text=chunk.strip(), span=(part.start, part.end))
    _drop_causes(text, part, history.lines)
    _fill_agents(part, cat, line, chunk)
    supportive_only = not line.agents and (
        lx.SUPPORT.search(chunk)
        or (lx.CYCLE_DAY.search(chunk) and all(u.why == CAPITAL_WHY for u in part.unknown))
    )
    therapy_cue = not supportive_only and (
        part.lead in ("now", "next", "ordinal", "before", "prior", "after")
        or (
            part.lead == "mark"
            and history.lines
            and any(u.why != CAPITAL_WHY for u in part.unknown)
        )
        or lx.TAKING.search(chunk)
        or lx.CYCLES.search(chunk)
        or any(u.why in (CODE_WHY, DOSED_WHY) for u in part.unknown)
    )
    if part.unknown and not (radiation or surgery) and (line.agents or therapy_cue):
        line.unknown = part.unknown
    elif part.unknown:
        history.unknown.extend(part.unknown)
    chemo = next(
        (
            m
            for m in lx.CHEMO.finditer(chunk)
            if not (
                lx.NEGATED_BEFORE.search(_reach_back(chunk, 0, m.start()))
                or lx.NONE_AFTER.match(chunk, m.end())
                or lx.NEGATED_AFTER.match(chunk[m.end() :])
            )
        ),
        None,
    )  # "she had no chemotherapy before", "chemotherapy: none" are no line
    is_line = bool(line.agents or line.classes or line.unknown or line.notes)
    repeat = None
    if not line.agents and history.lines:
        repeat = lx.REPEAT.search(chunk) or (
            None if lx.RESUMED_AT.search(chunk) else lx.RESTART.search(chunk)
        )
    if repeat and _unrealised(chunk, repeat.start(), repeat.end()):
        repeat = None  # "she should not be restarted on it", "will be restarted after surgery"
    if repeat:
        before = history.lines[-1]
        _add(line.agents, before.agents)
        _add(line.supportive, before.supportive)
        line.regimen, line.regimen_id = before.regimen, before.regimen_id
        line.notes.append(f'the line before repeated ("{repeat.group()}")')
        is_line = True
    elif not is_line and chemo and not (radiation or surgery or part.negated):
        line.notes.append(CHEMO_NOTE)
        is_line = True
    if part.anchor and line.agents and not repeat:
        same = [i for i, e in enumerate(history.lines) if set(e.agents) == set(line.agents)]
        if same:
            history.lines[same[-1]].evidence.extend(line.evidence)
            return same[-1]
    remark_on = _remark_on(history.lines, line, part, chunk) if is_line and not repeat else None
    if remark_on is not None:
        remark_on.evidence.extend(line.evidence)  # the same drugs named again in a remark
        remark_on.current = remark_on.current or part.lead == "now"
        is_line = False
    if not is_line:
        if history.lines and not (radiation or surgery):
            read_attributes(chunk, history.lines[-1], keep_existing=True)
        return None
    line.current = part.lead == "now" or bool(
        lx.CURRENT_WORDS.search(chunk) or lx.SINCE_YEAR.search(chunk)
    )
    read_attributes(chunk, line, keep_existing=False)
    read_doses(text, part.start, part.end, line)
    history.lines.append(line)
    first = (
        lx.FIRST.search(chunk)
        or _FIRST_JUST_BEFORE.search(
            text, max(0, part.start - 40), part.start
        )  # "y, al principio, X"
        or (  # "before that X and first-line doxorubicin"
            part.lead == "ordinal"
            and leads[-1:] == ["before"]
            and ordinal_at(text, part.start) == 1
        )
    )
    leads.append("first" if first else part.lead)
    history.unknown.extend(line.unknown)
    return None


def _unrealised(chunk: str, start: int, end: int) -> bool:
    """Whether the words just around ``start:end`` negate, defer or propose it ("should not
    be restarted", "the same regimen should not be repeated")."""
    before, after = chunk[max(0, start - 40) : start], chunk[end : end + 30]
    return bool(
        lx.NEGATION.search(before)
        or NOT_GIVEN.search(before)
        or NOT_GIVEN.search(after)
        or _NOT_AFTER.match(after)
    )


def _drop_causes(text: str, part: Part, lines: list[ParsedLine]) -> None:
    """ "trabectedin because the pazopanib raised her liver enzymes": a drug an earlier line holds,
    named after a causal word, is evidence for that line, not an agent of this one."""
    cause = lx.CAUSE.search(text, part.start, part.end)
    if cause is None or not lines:
        return
    given = {agent: line for line in lines for agent in line.agents}
    kept = []
    for mention, entry in part.mentions:
        if mention.start >= cause.end() and entry.target in given and len(part.mentions) > 1:
            given[entry.target].evidence.append(mention)
        else:
            kept.append((mention, entry))
    part.mentions = kept


def _remark_on(
    lines: list[ParsedLine], line: ParsedLine, part: Part, chunk: str
) -> ParsedLine | None:
    """The earlier line a stretch only remarks on: its drugs were all given in the line just
    before, or in any earlier line when the words say it is a remark ("the ifosfamide caused")."""
    if not lines or not line.agents or part.lead not in ("mark", "before", "now", "prior", "after"):
        return None
    if lx.CYCLES.search(chunk) or lx.AGAIN.search(chunk):
        return None
    if part.lead == "now":  # "switched to Aromasin ...; currently on exemestane"
        return lines[-1] if set(line.agents) == set(lines[-1].agents) else None
    if set(line.agents) < set(lines[-1].agents) and lx.ALONE.search(chunk):
        return None  # "continued Lartruvo alone"
    if set(line.agents) <= set(lines[-1].agents):
        return lines[-1]
    if part.lead in ("before", "prior", "after"):
        return None
    if lx.REMARK.search(chunk):
        return next((e for e in reversed(lines) if set(line.agents) <= set(e.agents)), None)
    return None


def _fill_agents(part: Part, cat: Catalogue, line: ParsedLine, chunk: str) -> None:
    explicit = None
    for mention, entry in part.mentions:
        line.evidence.append(mention)
        if entry.kind == "ambiguous":
            resolved = _disambiguate(entry, part, cat, chunk, line)
            if resolved is None:
                continue
            entry = resolved
        if entry.kind in ("regimen", "joined"):
            explicit = cat.regimens[entry.target]
            _add(line.agents, explicit.agents)
            _add(line.supportive, explicit.supportive)
        elif entry.kind == "class":
            term = next(t for t in cat.pack.class_terms if t.id == entry.target)
            _add(line.classes, [term.drug_class])
        elif cat.drugs[entry.target].role == "supportive":
            _add(line.supportive, [entry.target])
        else:
            _add(line.agents, [entry.target])
    for cls in line.classes:
        if not any(in_class(agent, cls) for agent in line.agents):
            line.notes.append(f"{cls} (agent not named)")
    named = cat.regimen_for(line.agents) if line.agents else None
    chosen = named or explicit
    if chosen is not None and set(chosen.agents) == set(line.agents):
        line.regimen, line.regimen_id = chosen.label, chosen.id
    elif line.agents:
        line.regimen = " + ".join(line.agents)


def _disambiguate(
    entry: NameEntry, part: Part, cat: Catalogue, chunk: str, line: ParsedLine
) -> NameEntry | None:
    term = next(t for t in cat.pack.ambiguous if t.id == entry.target)
    words = {normalize(w) for w in _TOKEN.findall(chunk)}
    if lx.CYCLES.search(chunk):
        words.add("cycles")
    fits = [r for r in term.readings if words & {normalize(c) for c in r.cues}]
    if len(fits) != 1:
        line.notes.append(f'"{term.text}" is ambiguous here; not resolved')
        return None
    reading = fits[0]
    if reading.regimen is not None:
        return NameEntry(term.text, "regimen", reading.regimen, False, True, "strong")
    cls = next(c for c in cat.pack.class_terms if c.drug_class == reading.drug_class)
    return NameEntry(term.text, "class", cls.id, False, True, "strong")


def _add(target: list[str], items: list[str]) -> None:
    target.extend(i for i in items if i not in target)


def _review(history: TreatmentHistory) -> None:
    reasons = []
    for line in history.lines:
        for mention in line.evidence:
            if mention.kind == "prefix":
                reasons.append(
                    f'line {line.line}: "{mention.text}" read as {mention.target} '
                    f'(clipped name "{mention.matched_name}")'
                )
            elif mention.kind == "joined":
                label = catalogue().regimens[mention.target].label
                reasons.append(
                    f'line {line.line}: "{mention.text}" read as {label} '
                    "(two drug names written as one word)"
                )
            elif mention.kind == "fuzzy":
                reasons.append(
                    f'line {line.line}: "{mention.text}" read as {mention.target} '
                    f'(closest name "{mention.matched_name}", similarity {mention.score:g})'
                )
            elif not mention.verified:
                reasons.append(
                    f'line {line.line}: "{mention.text}" is a name the reference does not verify'
                )
        reasons.extend(f"line {line.line}: {n}" for n in line.notes if "ambiguous" in n)
        if not line.agents:
            reasons.append(f"line {line.line}: no agent named")
    reasons.extend(f'unknown drug-like word "{u.text}"' for u in history.unknown)
    history.review_reasons.extend(reasons)
    history.needs_review = bool(history.review_reasons)

"""The mood of a drug mention's clause: proposed, refused or yet to come, or given.

One general rule behind the phrase-specific cues of :mod:`sarcnav.therapy.lexicon`: a drug whose
clause (its sentence, cut at the nearest drug named apart from it) holds a word of proposal,
decision, request, refusal, unsuitability or the future ("recommended", "authorisation request",
"denied", "felt unsuitable", "starts next week", "would only matter if"), and no evidence that it
was given (a cycle count, "received", "completed", "stopped", a response word, a span of years),
was not given. A form's tick boxes are read by the side they stand on. Cues are rows of
:data:`CUES` (id, kind, languages, pattern), read from the ``therapy_modality`` knowledge pack
(one row per cue, its pattern the row's alternatives joined with ``|``); words only, no clinical
facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sarcnav.knowledge.loader import load_pack
from sarcnav.knowledge.modality import ModalityPack
from sarcnav.therapy import lexicon as lx


@dataclass(frozen=True)
class Cue:
    """One row of the pack, as the engine uses it."""

    id: str
    """The row id without ``ther-mood-``: the regex group name and the reason shown."""
    kind: str
    """``proposal``, ``refusal`` or ``future`` (not given unless the clause shows it given),
    ``other`` (someone else's drug, whatever the clause says), ``given`` (evidence it was)."""
    languages: str
    pattern: str


PACK = "therapy_modality"


@cache
def mood_pack() -> ModalityPack:
    """The clause-mood cue rows (``knowledge/data/therapy_modality.yaml``), loaded once."""
    return load_pack(PACK, ModalityPack)


CUES: tuple[Cue, ...] = tuple(
    Cue(row.name, row.kind, " ".join(row.languages), row.pattern) for row in mood_pack().cues
)

_KINDS = ("proposal", "refusal", "future", "other")
_KIND = {c.id: c.kind for c in CUES}
NEXT_REACH = 40
"""Characters of the next sentence a refusal of a proposal may stand in."""


def _union(kinds: tuple[str, ...]) -> re.Pattern[str]:
    rows = [c for c in CUES if c.kind in kinds]
    return re.compile(
        r"(?=\w)(?<![\w'])(?:" + "|".join(f"(?P<{c.id}>{c.pattern})" for c in rows) + r")(?!\w)",
        re.IGNORECASE,
    )


NOT_GIVEN = _union(_KINDS)
GIVEN = _union(("given",))
ONGOING = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(c.pattern for c in CUES if c.id in ("on_it", "later_cycle"))
    + r")(?!\w)",
    re.IGNORECASE,
)
"""Words that the drug is under way ("continue", "stays on", "C4"): a label such as "Plan:"
before them does not make it unstarted."""
REACH = 80
"""Characters read on each side of the mention, within its sentence."""
_SENTENCE_END = re.compile(r"[;\n!?؛؟\u0387]|·(?=\s)|\.(?!\d)")
LEFT_STOP = re.compile(
    r"[,،]|\b(?:but|then|pero|luego|despu[eé]s|mais|puis|ma|poi|mas|depois|aber|dann|danach|maar"
    r"|daarna|ale|potem|men|sedan|därefter|ama|sonra|لكن|ثم|но|затем|αλλά)\b",
    re.IGNORECASE,
)
"""Where a clause begins on the mention's left: after a comma or a "but"/"then" ("tamoxifen was
considered but not started, then letrozole": no proposal reaches letrozole)."""
_CONDITION = re.compile(
    r"\b(?:if|should|upon|at|on|in\s+case\s+of|si|se|caso|en\s+cas\s+de|en\s+caso\s+de|wenn"
    r"|falls|bei|als|indien|bij|om|e[ğg]er|vid|ifall|w\s+razie)\s+(?:[\w']+\s+){0,4}$",
    re.IGNORECASE,
)
"""Words that make a response word a condition ("if it progresses", "caso haja progressão")."""
_JOINED = re.compile(
    r"^\s+(?:combined\s+with|in\s+combination\s+with|together\s+with|along\s+with|och|ve|ile"
    r"|i|oraz|en|og)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r",\s*(?:which|that|que|qui|che|die|dat|das|der|welche[rs]?|som|kt[óo]r[ya]|care)\b",
    re.IGNORECASE,
)
"""A relative clause opening on the mention's right ("pazopanib, which could cause ...")."""
_EFFECT = re.compile(
    r"\b(?:cause[sd]?|need|require|raise|increase|worsen|lead\s+to|induce|trigger|interact"
    r"|caus(?:ar|er|are)|provo(?:car|quer|care|ca)|requerir|necesitar|precisar|exigir|n[ée]cessiter"
    r"|richiedere|verursach\w*|erforder\w*|ausl[öo]s\w*|veroorza\w*|verei\w*|orsaka|kr[äa]va"
    r"|wymaga\w*|powodow\w*|spowodow\w*|cauza|necesita)\b",
    re.IGNORECASE,
)
"""An effect predicate ("could cause", "zal vereisen"): a future cue in a relative clause that
holds one speaks of the drug's effects, not of whether it was given."""
_OR_GAP = re.compile(r"[\s,]*(?:or|o|ou|oder|of|lub|albo|eller|veya|ya\s+da|sau)\b", re.IGNORECASE)
"""A gap that opens with "or": the drug after it is an alternative to the one before."""
_BOX = r"\[\s?(?P<tick>[xX✓✔])?\s?\]|(?P<ticked>[☒☑✅])|☐|□"
BOX = re.compile(_BOX)
BOX_BEFORE = re.compile(
    r"(?:" + _BOX + r")\s*(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_][\w-]*\s*[/+&]\s*){0,2}$"
)
"""A tick box just before a drug or its combination ("[x] gemcitabine/docetaxel")."""
BOX_AFTER = re.compile(r"(?:\s*[/+&]\s*[^\W\d_][\w-]*){0,2}\s*(?:" + _BOX + r")")
"""A tick box just after a drug or its combination ("doxorubicin [x]")."""


def clause(text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[int, int]:
    """The mention's sentence within ``REACH``, cut at the nearest other drug on each side unless
    joined to it ("gemcitabine and docetaxel", "gem/tax": one combination)."""
    lo, hi = max(0, start - REACH), min(len(text), end + REACH)
    lo = max([lo] + [m.end() for m in _SENTENCE_END.finditer(text, lo, start)])
    lo = max([lo] + [m.end() for m in LEFT_STOP.finditer(text, lo, start)])
    stop = _SENTENCE_END.search(text, end, hi)
    hi = stop.start() if stop else hi
    left, right = start, end
    for o_start, o_end in sorted(others, reverse=True):
        if lo <= o_start and o_end <= left:
            if not _joined(text[o_end:left]):
                lo = o_end
                break
            left = o_start
    for o_start, o_end in sorted(others):
        if right <= o_start and o_end <= hi:
            if not _joined(text[right:o_start]):
                hi = o_start
                break
            right = o_end
    return lo, hi


def _joined(gap: str) -> bool:
    joined = lx.OPERATOR_GAP.match(gap) or lx.WITH_GAP.match(gap) or _JOINED.match(gap)
    return bool(joined or not gap.strip())


def not_given_cue(text: str, start: int, end: int, others: list[tuple[int, int]]) -> str | None:
    """The id of the cue that reads the mention at ``start:end`` as not given, or ``None`` (no
    cue in its clause, or evidence there that it was given)."""
    box = box_reading(text, start, end)
    if box is not None:
        return None if box else "unticked_box"
    cues, _ = _found(text)
    if not cues:
        return None
    lo, hi = clause(text, start, end, others)
    inside = [c for s, e, c in cues if lo <= s <= e <= hi and not _effect_only(text, end, hi, s, c)]
    inside = _alternative_cues(text, lo, others, cues) + inside
    if not inside:
        return None
    cue = next((c for c in inside if _KIND[c] == "other"), inside[0])
    if _KIND[cue] == "other":
        return cue
    if not (given_evidence(text, lo, hi) or given_next(text, hi, others)):
        return cue
    if _KIND[cue] == "proposal" and not GIVEN.search(text, lo, hi):
        return _refused_next(text, hi, others, cues)
    return None


def _effect_only(text: str, end: int, hi: int, at: int, cue: str) -> bool:
    """Whether the future cue at ``at`` stands in a relative clause on the mention's right about
    its effects ("pazopanib, which could cause hypertension"): it does not govern the mention."""
    if _KIND[cue] != "future":
        return False
    rel = effect_clause(text, end, hi)
    return rel is not None and rel <= at


def effect_clause(text: str, end: int, hi: int) -> int | None:
    """Where a relative clause about the drug's effects opens between ``end`` and ``hi``
    ("pazopanib, which could cause hypertension"), or ``None``."""
    rel = _RELATIVE.search(text, end, hi)
    return rel.start() if rel and _EFFECT.search(text, rel.end(), hi) else None


def _alternative_cues(
    text: str, lo: int, others: list[tuple[int, int]], cues: list[tuple[int, int, str]]
) -> list[str]:
    """The proposal cues of the drug an "or" makes this one an alternative to ("Options: continue
    letrozole or switch to exemestane"): they govern this drug too, its evidence does not."""
    before = [(s, e) for s, e in others if e == lo]
    if not before or not _OR_GAP.match(text, lo):
        return []
    b_lo, _ = clause(text, before[0][0], before[0][1], [o for o in others if o != before[0]])
    return [c for s, e, c in cues if b_lo <= s and e <= before[0][0] and _KIND[c] == "proposal"]


def given_next(text: str, hi: int, others: list[tuple[int, int]]) -> bool:
    """Evidence of giving in a short next sentence that names no drug ("Foi proposta
    eribulina; fez 4 ciclos")."""
    sentence = _SENTENCE_END.match(text, hi)
    if sentence is None:
        return False
    end = _SENTENCE_END.search(text, sentence.end())
    stop = end.start() if end else len(text)
    if stop - hi > NEXT_REACH or any(hi <= s < stop for s, _ in others):
        return False
    return given_evidence(text, hi, stop)


def _refused_next(
    text: str, hi: int, others: list[tuple[int, int]], cues: list[tuple[int, int, str]]
) -> str | None:
    """ "my onc offered gem/tax x4. I said no": a proposal (its count no evidence of giving)
    refused early in the next sentence, no other drug named before the refusal."""
    stop = min([s for s, _ in others if s >= hi] + [hi + NEXT_REACH])
    sentence = _SENTENCE_END.search(text, hi, stop)
    if sentence is None or sentence.start() != hi:
        return None
    refusal = [s for s, e, c in cues if hi < s and e <= stop and _KIND[c] == "refusal"]
    return "refused_next" if refusal else None


def given_evidence(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` says a drug was given: a "given" cue row, a cycle count, a span
    of years, "since", or a response word not under a condition ("if it progresses")."""
    return any(lo <= s and e <= hi for s, e in _found(text)[1])


@lru_cache(maxsize=8)
def _found(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Every not-given cue (span, row id) and every piece of given evidence (span) in the text,
    found once per text (a clause then only picks those inside it)."""
    cues = [(m.start(), m.end(), m.lastgroup or "") for m in NOT_GIVEN.finditer(text)]
    given = [
        m.span()
        for p in (GIVEN, lx.CYCLES, lx.YEAR_RANGE, lx.SINCE_YEAR, lx.CURRENT_WORDS)
        for m in p.finditer(text)
    ]
    given += [
        m.span()
        for _, p in lx.RESPONSES
        for m in p.finditer(text)
        if not _CONDITION.search(text, max(0, m.start() - 50), m.start())
    ]
    return cues, given


@lru_cache(maxsize=64)
def box_side(text: str) -> str | None:
    """Where a form's tick boxes stand: ``before`` the names ("[x] doxorubicin [ ] ifosfamide"),
    ``after`` them ("doxorubicin [x]  ifosfamide [ ]"; the first box follows a word), or
    ``None`` (no box)."""
    first = BOX.search(text)
    if first is None:
        return None
    before = text[: first.start()].rstrip()
    return "after" if before and before[-1].isalnum() else "before"


def box_reading(text: str, start: int, end: int) -> bool | None:
    """Whether the form's box for the drug at ``start:end`` is ticked (``None``: no box of its
    own, on the side the form puts them)."""
    side = box_side(text)
    if side == "before":
        box = BOX_BEFORE.search(text, max(0, start - 40), start)
    elif side == "after":
        box = BOX_AFTER.match(text, end)
    else:
        return None
    return None if box is None else bool(box["tick"] or box["ticked"])

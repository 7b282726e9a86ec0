"""Read one eligibility item into a :class:`Criterion` with machine checks.

Each reader below looks for one kind of statement and returns checks; the phrases it knows for
diseases, drugs, settings and scales come from the vocabulary pack. What no reader understands
keeps its text and a category (or ``other``) and no checks: matching reports it ``unknown``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sarcnav.model.trial import Category, Check, Criterion, Section
from sarcnav.trials.eligibility import looks_cut
from sarcnav.trials.phrases import (
    AGE_CONTEXT,
    AGE_EQUALS,
    AGE_MAX,
    AGE_MIN,
    ALLOWED,
    ALTERNATIVES,
    BRAIN,
    CARVE_OUT,
    ER,
    EXTENT_WORDS,
    HIT_NEGATION,
    INCLUDING,
    KPS_MIN,
    LABEL,
    MAX_LINES,
    MEASURABLE,
    MENOPAUSE,
    MIN_LINES,
    NEGATED_START,
    NO_LIMIT,
    NO_PRIOR,
    NOT_TAKEN,
    OTHER_CANCER,
    PERCENT,
    POSITIVE,
    PR,
    PRIOR_CUE,
    PS_BOUND,
    PS_RANGE,
    RECIST,
    RELAXING,
    ROMAN,
    STAGE,
    UNASSESSABLE,
    WASHOUT,
    WITH_OR_WITHOUT,
    WORDS,
)
from sarcnav.trials.vocabulary import Hit, Vocabulary, vocabulary


def parse_criterion(section: Section, text: str, ident: str) -> Criterion:
    """One criterion with its checks (cached by text: registries repeat boilerplate items)."""
    return _parse(section, text, ident)


@lru_cache(maxsize=65536)
def _parse(section: Section, text: str, ident: str) -> Criterion:
    vocab = vocabulary()
    body = LABEL.sub("", text, count=1)
    checks = _checks(body, vocab)
    if checks:
        category = checks[0].category
    else:
        category = next((c for c, rx in UNASSESSABLE if rx.search(body)), Category.OTHER)
    return Criterion(
        id=ident,
        section=section,
        text=text,
        category=category,
        checks=tuple(checks),
        truncated=looks_cut(text),
    )


def _checks(body: str, vocab: Vocabulary) -> list[Check]:
    if NO_LIMIT.search(body):
        return [Check(category=Category.OTHER, value="no_requirement", evidence=body[:60])]
    sentences = re.split(r"(?<=[.;])\s+", body)
    run_on = len(sentences) == 1 and len(body) > 150  # a legacy paragraph: "allowed" is local
    pregnancy = UNASSESSABLE[1][1].search(body)
    if ALTERNATIVES.search(body) or (pregnancy and (not run_on or pregnancy.start() < 60)):
        return []  # alternatives we cannot weigh, or pregnancy wording (drugs named in passing)
    strict = " ".join(
        s for s in sentences if not RELAXING.search(s) and (run_on or not ALLOWED.search(s))
    )
    strict = RECIST.sub("RECIST", strict)
    negated = bool(NEGATED_START.match(strict))
    lines = _prior_lines(strict)
    agents = _prior_agents(strict, vocab, negated, drop_chemo=bool(lines))
    if lines or agents:
        return lines + agents + _washout(strict)
    washout = _washout(strict)
    if washout:
        return washout
    if OTHER_CANCER.search(strict):
        return [Check(category=Category.OTHER_MALIGNANCY, negated=negated, evidence=strict[:80])]
    if BRAIN.search(strict) and not EXTENT_WORDS.search(strict):
        return [Check(category=Category.BRAIN_METASTASES, negated=negated, evidence=strict[:80])]
    menopausal = _menopausal(strict)
    found = [
        *_histology(strict, vocab),
        *_setting(strict, vocab, negated),
        *_stage(strict),
        *_performance(strict, vocab),
        *(menopausal or _age(strict)),
        *_receptors(strict),
        *_measurable(strict),
    ]
    return list(dict.fromkeys(found))


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    return WORDS.get(word.lower(), int(word) if word.isdigit() else None)


def _prior_lines(text: str) -> list[Check]:
    if not re.search(r"prior|previous|regimen|lines?\b", text, re.IGNORECASE):
        return []
    low = high = None
    if m := MIN_LINES.search(text):
        low, high = _count(m.group(1)), _count(m.group(2))
    if m2 := MAX_LINES.search(text):
        high = _count(m2.group(1))
    if low is None and high is None:
        if NO_PRIOR.search(text):
            evidence = _span(NO_PRIOR, text)
            return [Check(category=Category.PRIOR_LINES, maximum=0, evidence=evidence)]
        return []
    found = m or m2
    evidence = found.group(0) if found else ""
    return [Check(category=Category.PRIOR_LINES, minimum=low, maximum=high, evidence=evidence)]


def _prior_agents(text: str, vocab: Vocabulary, negated: bool, drop_chemo: bool) -> list[Check]:
    if not PRIOR_CUE.search(text) or NOT_TAKEN.search(text):
        return []
    hits = [
        h
        for h in vocab.drug_finder.find(text) + vocab.class_finder.find(text)
        if PRIOR_CUE.search(text[max(0, h.start - 60) : h.start])
        and not (drop_chemo and h.id == "chemotherapy")
    ]
    if any(h.id != "chemotherapy" for h in hits):
        hits = [h for h in hits if h.id != "chemotherapy"]  # "platinum-based chemotherapy"
    if not hits:
        return []
    plain = tuple(dict.fromkeys(h.id for h in hits if not _hit_negated(text, h, hits)))
    negs = tuple(dict.fromkeys(h.id for h in hits if _hit_negated(text, h, hits)))
    out = []
    if plain:
        out.append(
            Check(category=Category.PRIOR_THERAPY, terms=plain, negated=negated, evidence=text[:80])
        )
    if negs:
        out.append(Check(category=Category.PRIOR_THERAPY, terms=negs, negated=True, evidence=text))
    return out


def _washout(text: str) -> list[Check]:
    m = WASHOUT.search(text)
    if not m or not re.search(r"therap|treatment|chemotherap|anticancer|drug", text, re.I):
        return []
    days = int(m.group(1)) * (7 if m.group(2).lower().startswith("week") else 1)
    return [Check(category=Category.WASHOUT, minimum=days, evidence=m.group(0))]


def _hit_negated(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A negation cue shortly before the hit (not one inside another phrase, "not amenable")."""
    start = max(0, hit.start - 40)
    m = HIT_NEGATION.search(WITH_OR_WITHOUT.sub("with/with", text[start : hit.start]))
    if not m:
        return False
    cue = start + m.start()
    return not any(h.start <= cue < h.end for h in hits if h is not hit)


def _histology(text: str, vocab: Vocabulary) -> list[Check]:
    hits = vocab.concept_finder.find(text)
    if not hits:
        return []
    scopes = _carve_out_scopes(text)
    admitted: list[str] = []
    carved: list[str] = []
    for hit in hits:
        if any(a <= hit.start < b for a, b in scopes) or _hit_negated(text, hit, hits):
            carved.append(hit.id)
        else:
            admitted.append(hit.id)
    admitted = _most_specific(admitted, vocab)
    carved = [c for c in carved if c not in admitted]
    return [
        Check(
            category=Category.HISTOLOGY,
            terms=tuple(dict.fromkeys(admitted)),
            excluded=tuple(dict.fromkeys(carved)),
            evidence=text[hits[0].start : hits[-1].end],
        )
    ]


def _carve_out_scopes(text: str) -> list[tuple[int, int]]:
    scopes = []
    for m in CARVE_OUT.finditer(text):
        inside = text.count("(", 0, m.start()) > text.count(")", 0, m.start())
        stops = ")" if inside else ";."
        end = min((i for i in (text.find(c, m.end()) for c in stops) if i >= 0), default=len(text))
        scopes.append((m.start(), end))
    return scopes


def _most_specific(ids: list[str], vocab: Vocabulary) -> list[str]:
    """Drop a concept when a narrower one is also named ("STS of these types: LMS, ...")."""
    narrower = {a for i in ids for a in vocab.ancestors(i) if a != i}
    return [i for i in ids if i not in narrower]


def _setting(text: str, vocab: Vocabulary, negated: bool) -> list[Check]:
    examples = [m.span() for m in INCLUDING.finditer(text)]
    hits = [
        h for h in vocab.setting_finder.find(text) if not any(a <= h.start < b for a, b in examples)
    ]
    if not hits:
        return []
    neg_start = NEGATED_START.match(text)
    negated = negated and neg_start is not None and hits[0].start >= neg_start.end()
    plain = tuple(dict.fromkeys(h.id for h in hits if not _hit_negated(text, h, hits)))
    negs = tuple(dict.fromkeys(h.id for h in hits if _hit_negated(text, h, hits)))
    out = []
    if plain:
        out.append(Check(category=Category.SETTING, terms=plain, negated=negated, evidence=text))
    out.extend(Check(category=Category.SETTING, terms=(n,), negated=True) for n in negs)
    return out


def _stage(text: str) -> list[Check]:
    m = STAGE.search(text)
    if not m:
        return []
    parts = re.findall(r"(IV|I{1,3})([ABC]?\d?)", m.group(1))
    groups: list[str] = []
    joined = re.split(r"\s*(?:-|–|to)\s*", m.group(1))
    if len(joined) == 2 and len(parts) == 2:
        lo, hi = ROMAN.index(parts[0][0]), ROMAN.index(parts[1][0])
        groups = ROMAN[lo : hi + 1]
    else:
        groups = [g + sub for g, sub in parts]
    return [Check(category=Category.STAGE, terms=tuple(groups), evidence=m.group(0))]


def _performance(text: str, vocab: Vocabulary) -> list[Check]:
    hits = vocab.scale_finder.find(text)
    if not hits:
        return []
    hit = next((h for h in hits if h.text.lower() != "performance status"), hits[0])
    after = text[hit.end : hit.end + 70]
    if not re.search(r"\d", after):
        after = text[hits[0].end : hits[0].end + 70]
    if hit.id == "karnofsky":
        m = KPS_MIN.search(after)
        if not m:
            return []
        return [Check(category=Category.PERFORMANCE_STATUS, scale=hit.id, minimum=int(m.group(1)))]
    if m := PS_BOUND.search(after):
        top = int(m.group(2)) - (1 if m.group(1) == "<" else 0)
        low = 0
    elif m := PS_RANGE.search(after):
        low, top = int(m.group(1)), int(m.group(2))
    else:
        digits = [int(d) for d in re.findall(r"\b([0-5])\b", after)]
        if not digits:
            return []
        low, top = min(digits), max(digits)
    return [
        Check(
            category=Category.PERFORMANCE_STATUS,
            scale=hit.id,
            minimum=low,
            maximum=top,
            evidence=text[hit.start : hit.end + 20],
        )
    ]


def _age(text: str) -> list[Check]:
    if not AGE_CONTEXT.search(text):
        return []
    if AGE_EQUALS.search(text):
        return [Check(category=Category.AGE, value="ambiguous", evidence=text[:60])]
    low = AGE_MIN.search(text)
    high = AGE_MAX.search(text)
    if not low and not high:
        return []
    return [
        Check(
            category=Category.AGE,
            minimum=float(low.group(1) or low.group(2)) if low else None,
            maximum=float(high.group(1)) if high else None,
            evidence=text[:60],
        )
    ]


def _menopausal(text: str) -> list[Check]:
    m = MENOPAUSE.search(text)
    if not m:
        return []
    return [Check(category=Category.MENOPAUSAL, value=m.group(1).lower(), evidence=m.group(0))]


def _receptors(text: str) -> list[Check]:
    markers = tuple(name for name, rx in (("ER", ER), ("PR", PR)) if rx.search(text))
    if not markers or not POSITIVE.search(text):
        return []
    pct = PERCENT.search(text)
    return [
        Check(
            category=Category.BIOMARKER,
            terms=markers,
            value="positive",
            minimum=float(pct.group(1)) if pct else None,
            evidence=text[:80],
        )
    ]


def _measurable(text: str) -> list[Check]:
    found = MEASURABLE.findall(text)
    if not found:
        return []
    negs = {bool(f) for f in found}
    if len(negs) > 1 and not re.search(r"must have no measurable", text, re.I):
        return []
    negated = bool(found[0])
    value = "or_evaluable" if re.search(r"measurable or evaluable", text, re.I) else None
    return [
        Check(
            category=Category.MEASURABLE_DISEASE, negated=negated, value=value, evidence=text[:60]
        )
    ]


def _span(rx: re.Pattern[str], text: str) -> str:
    m = rx.search(text)
    return m.group(0) if m else ""

"""Stretches of a history and their order: comma-joined combinations, "before that" narratives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

from sarcnav.therapy import lexicon as lx
from sarcnav.therapy.catalogue import Catalogue, NameEntry, normalize
from sarcnav.therapy.history import Mention, ParsedLine, UnknownTerm

T = TypeVar("T")
_WORD = re.compile(r"[^\W_]+")


@dataclass
class Part:
    """A stretch of text that may become one line; ``lead`` is the separator before it
    (start, mark, next, now, ordinal, before; "prior" and "after" for the drugs after "after")."""

    start: int
    end: int
    lead: str
    mentions: list[tuple[Mention, NameEntry]] = field(default_factory=list)
    unknown: list[UnknownTerm] = field(default_factory=list)
    negated: bool = False
    """Every drug the stretch named was not given ("chemotherapy with X was declined")."""
    anchor: bool = False
    """The X of "Before X she had Y": when an earlier line holds X, Y goes just before it."""


def merge_comma_combinations(text: str, parts: list[Part], cat: Catalogue) -> list[Part]:
    """Join "doxorubicin, ifosfamide x6" into one stretch.

    Stretches separated only by commas are joined when every stretch but the last names drugs
    and nothing else, the drugs together are exactly a multi-agent catalogue regimen, and the
    last stretch says they went together (cycles, a dose, "together") or "then" follows it,
    and no list announced as lines comes before them.
    """
    merged: list[Part] = []
    listed = min((m.end() for m in lx.LINES_LIST.finditer(text)), default=len(text) + 1)
    i = 0
    while i < len(parts):
        # no combination inside a list announced as lines ("three lines: A, B and C")
        end = i if parts[i].start >= listed else _combination_end(text, parts, i, cat)
        if end == i:
            merged.append(parts[i])
        else:
            group = parts[i : end + 1]
            merged.append(
                Part(
                    group[0].start,
                    group[-1].end,
                    group[0].lead,
                    [m for p in group for m in p.mentions],
                    [u for p in group for u in p.unknown],
                )
            )
        i = end + 1
    return merged


def _combination_end(text: str, parts: list[Part], i: int, cat: Catalogue) -> int:
    best = i
    agents: set[str] = set()
    for j in range(i, len(parts)):
        part = parts[j]
        drugs = _drug_targets(part, cat)
        if drugs is None:
            break
        agents |= drugs
        if j > i and _is_combination(text, parts, j, agents, cat):
            best = j
        if not _bare(text, part) or j + 1 == len(parts):
            break
        if text[part.end : parts[j + 1].start].strip() != ",":
            break
    return best


def _drug_targets(part: Part, cat: Catalogue) -> set[str] | None:
    """The anticancer drugs a stretch names, or None when it names a regimen, class or nothing."""
    if not part.mentions or any(e.target not in cat.drugs for _, e in part.mentions):
        return None
    return {e.target for _, e in part.mentions if cat.drugs[e.target].role != "supportive"}


def _bare(text: str, part: Part) -> bool:
    """Whether the stretch holds drug names and joining words only."""
    pieces, pos = [], part.start
    for mention, _ in part.mentions:
        pieces.append(text[pos : mention.start])
        pos = mention.end
    pieces.append(text[pos : part.end])
    words = _WORD.findall(" ".join(pieces).lower())
    return all(w in lx.JOINERS for w in words)


def _is_combination(text: str, parts: list[Part], j: int, agents: set[str], cat: Catalogue) -> bool:
    regimen = cat.regimen_for(sorted(agents))
    if regimen is None or len(regimen.agents) < 2:
        return False
    chunk = text[parts[j].start : parts[j].end]
    said = any(p.search(chunk) for p in (lx.CYCLES, lx.DOSE, lx.TOGETHER))
    then_follows = j + 1 < len(parts) and parts[j + 1].lead in ("next", "now")
    return said or then_follows


def chronological(items: list[tuple[T, str]]) -> list[T]:
    """Put lines in the order given: a line led by "before that" / "previously" goes just
    before the line read last, one that says it was the first ("first chemo was") goes first,
    current therapy ("now on") after all lines read so far; any other goes just after the line
    read last, except that a line after a plain mark (a full stop, comma, line break) read just
    after current therapy goes before it ("Now on X. Had Y x6.": Y, X). A line led by "prior"
    ("X for 6 months after progressing on Y": Y) goes just before the line read last, which
    stays the one later lines follow.

    >>> chronological([("eribulin", "now"), ("trabectedin", "before"), ("doxorubicin", "before")])
    ['doxorubicin', 'trabectedin', 'eribulin']
    >>> chronological([("trial", "start"), ("doxorubicin", "prior"), ("carboplatin", "next")])
    ['doxorubicin', 'trial', 'carboplatin']
    >>> chronological([("pazopanib", "now"), ("AIM", "mark"), ("gem/doc", "mark")])
    ['AIM', 'gem/doc', 'pazopanib']

    A lead ``before@N`` puts the line just before the ``N``-th line read ("Before Halaven she
    had Doxil", Halaven read earlier).
    """
    ordered: list[T] = []
    last = -1
    now: T | None = None
    for item, lead in items:
        if lead.startswith("before@"):
            target = items[int(lead.removeprefix("before@"))][0]
            last = next(k for k, o in enumerate(ordered) if o is target)
            ordered.insert(last, item)
            continue
        if lead == "prior":
            position = max(last, 0)
            ordered.insert(position, item)
            last = position + 1 if last >= 0 else position
            continue
        if lead == "before":
            position = max(last, 0)
        elif lead == "first":
            position = 0
        elif lead == "now":  # current therapy comes after everything read so far
            position = len(ordered)
            now = item
        elif lead == "mark" and last >= 0 and ordered[last] is now:
            position = last  # "Now on X. Had Y x6.": a plain sentence after it came before it
        else:
            position = last + 1
        ordered.insert(position, item)
        last = position
    return ordered


def by_ordinal(text: str, lines: list[ParsedLine]) -> list[ParsedLine]:
    """Lines headed by an ordinal ("2nd line: ...; 1st line was ...") take the places of the
    numbered lines in number order; other lines keep their places."""
    numbers = [ordinal_at(text, line.span[0]) for line in lines]
    slots = [i for i, n in enumerate(numbers) if n is not None]
    if len(slots) < 2:
        return lines
    ranked = sorted(slots, key=lambda i: numbers[i] or 0)
    ordered = list(lines)
    for slot, source in zip(slots, ranked, strict=True):
        ordered[slot] = lines[source]
    return ordered


def ordinal_at(text: str, start: int) -> int | None:
    """The number of the ordinal heading just before ``start`` ("2nd line:", "second was")."""
    m = lx.ORDINAL_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return None
    digit = (
        m.group("ordinal_n")
        or m.group("ordinal_l")
        or m.group("ordinal_r")
        or m.group("ordinal_b")
        or m.group("ordinal_s")
    )
    if digit:
        return int(digit)
    return lx.ORDINAL_WORDS.get(normalize(m.group("ordinal_w")))


def by_year(lines: list[ParsedLine]) -> list[ParsedLine]:
    """When every line carries a year, order the lines by it (a stable sort, so lines of one
    year keep their order): "2023: eribulin. 2021: trabectedin. 2019: AIM" reads AIM first.
    A single current line without a year ("currently eribulin") goes last. Otherwise the lines
    with a year are put in year order in the places they hold ("Eribulin stopped. Previous:
    Yondelis (2023), Adriamycin (2022)" reads Adriamycin, Yondelis, eribulin). With no year at
    all, "4 yrs ago", "hace 2 años" order the lines the same way."""
    years = [_year(line) for line in lines]
    if all(y is None for y in years):  # "4 yrs ago it was gem/doc, 2 yrs ago trabectedin"
        years = [_years_ago(line) for line in lines]
    undated = [i for i, y in enumerate(years) if y is None]
    if len(lines) < 2:
        return lines
    if len(undated) > 1 or (undated and not lines[undated[0]].current):
        slots = [i for i, y in enumerate(years) if y is not None]  # dated lines among themselves
        ordered = list(lines)
        for slot, i in zip(slots, sorted(slots, key=lambda i: years[i] or 0), strict=True):
            ordered[slot] = lines[i]
        return ordered
    order = sorted(range(len(lines)), key=lambda i: years[i] or 10_000)  # current, undated: last
    return [lines[i] for i in order]


def _years_ago(line: ParsedLine) -> int | None:
    ago = lx.YEARS_AGO.search(line.text)
    return -int(next(g for g in ago.groups() if g)) if ago else None


def _year(line: ParsedLine) -> int | None:
    if line.start is not None:
        return line.start.year
    return line.start_year or line.end_year

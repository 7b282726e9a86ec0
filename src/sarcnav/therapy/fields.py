"""Fields of a line read from its words: cycles, response, setting, dates, doses."""

from __future__ import annotations

from datetime import date

from sarcnav.therapy import lexicon as lx
from sarcnav.therapy.history import ParsedLine


def read_attributes(chunk: str, line: ParsedLine, keep_existing: bool) -> None:
    """Cycles, response, setting and dates of one stretch of text, onto ``line``."""
    cycles = lx.CYCLES.search(chunk)
    if cycles and not (keep_existing and line.cycles is not None):
        value = next(g for g in cycles.groups() if g)
        line.cycles = int(value) if value.isdigit() else lx.NUMBER_WORDS[value.lower()]
    response = read_response(chunk)
    if response:
        line.response = response
    for label, pattern in lx.SETTINGS:
        if pattern.search(chunk) and line.setting is None:
            line.setting = label
            break
    if keep_existing and (line.start_year or line.start):
        return
    dates = lx.ISO_DATE.findall(chunk)
    if dates:
        line.start = date.fromisoformat(dates[0])
        line.end = date.fromisoformat(dates[1]) if len(dates) > 1 else None
        return
    span = lx.YEAR_RANGE.search(chunk)
    if span:
        line.start_year, line.end_year = int(span.group(1)), int(span.group(2))
        return
    years = [int(y) for y in lx.YEAR_ONE.findall(chunk)]
    if years:
        line.start_year = years[0]
        line.end_year = years[1] if len(years) > 1 else None


def read_response(chunk: str) -> str | None:
    hits: list[tuple[int, int, str]] = []
    for label, pattern in lx.RESPONSES:  # most specific first: it claims the words
        for m in pattern.finditer(chunk):
            if lx.NEGATION.search(chunk[: m.start()]):
                continue
            if any(h[0] < m.end() and m.start() < h[1] for h in hits):
                continue
            hits.append((m.start(), m.end(), label))
    return max(hits)[2] if hits else None


def read_doses(text: str, start: int, end: int, line: ParsedLine) -> None:
    """Attach "75 mg/m2" to the agent named just before it."""
    agents = [(m.start, m.target) for m in line.evidence if m.target in line.agents]
    for m in lx.DOSE.finditer(text, start, end):
        before = [a for pos, a in agents if pos < m.start()]
        if before:
            line.dose_mg_m2[before[-1]] = float(m.group(1).replace(",", "."))

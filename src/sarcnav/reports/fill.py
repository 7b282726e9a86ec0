"""Merge the used extractions into the case model (Specimen, Findings, Extent) and the reading.

One value per field: the lowest rank wins, then the earliest mention (a statement of absence ranks
below any statement of presence). Some fields combine mentions instead: the largest tumour size,
the highest atypia grade and mitotic count, sites as lists, stains per marker, nodes per station.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from pydantic import ValidationError

from sarcnav.model.case import Marker, MitoticCount, MolecularFinding, Nodes, Stain
from sarcnav.model.report import (
    Extraction,
    ModifierCategory,
    NodeStation,
    Problem,
    ReportReading,
    StatedStage,
)
from sarcnav.reports.parsers import BOUND_NOTE, GRADE_ORDER

NEGATIVE_PENALTY = 100  # added to a rank when the mention states absence
_LISTS = {"extent.abdominal_sites", "extent.distant_sites"}
_CONFINED = "extent.confined_to_uterus"
_SPECIAL = {
    "findings.max_dimension_cm",
    "findings.atypia_grade",
    "findings.mitoses",
    "findings.mitoses.field_diameter_mm",
    "findings.mitoses.area_mm2",
    "findings.ihc",
    "findings.molecular",
    "extent.nodes",
    "report.stated_stage",
}


def fill(
    reading: ReportReading, extractions: list[Extraction], ranks: list[int], text: str = ""
) -> None:
    """Set the reading's models from ``extractions``; mark the ones not chosen as unused.

    ``text`` (the text the offsets point into) lets the size given with the stated diagnosis win.
    """
    by_field: dict[str, list[tuple[int, Extraction]]] = defaultdict(list)
    for extraction, rank in zip(extractions, ranks, strict=True):
        if extraction.used:
            by_field[extraction.field].append((rank, extraction))
    chosen: set[int] = set()
    doubted = {(e.field, e.pattern_id) for e in extractions if e.value is None and _uncertain(e)}
    for field, items in by_field.items():
        if field in _SPECIAL or field in _LISTS or field == _CONFINED:
            continue
        rank, best = min(items, key=lambda item: (item[0], item[1].start))
        if rank >= NEGATIVE_PENALTY and (field, best.pattern_id) in doubted:
            continue  # 'no definite LVI; ... LVI cannot be excluded': unknown, not absent (round 9)
        if _set(reading, field, best.value):
            chosen.add(id(best))
    for field in _LISTS:
        items = by_field.get(field, [])
        if items:
            sites = sorted({site for _, e in items for site in e.value})
            _set(reading, field, sites)
            chosen.update(id(e) for _, e in items)
    chosen |= _size(reading, by_field.get("findings.max_dimension_cm", []), text)
    chosen |= _atypia(reading, by_field.get("findings.atypia_grade", []))
    chosen |= _mitoses(reading, by_field)
    chosen |= _stains(reading, by_field.get("findings.ihc", []))
    chosen |= _molecular(reading, by_field.get("findings.molecular", []))
    chosen |= _nodes(reading, by_field.get("extent.nodes", []))
    for _, e in by_field.get("report.stated_stage", []):
        stage = StatedStage(text=e.text, start=e.start, end=e.end, **e.value)
        if stage not in reading.stated_stages:
            reading.stated_stages.append(stage)
        chosen.add(id(e))
    chosen |= _confinement(reading, by_field.get(_CONFINED, []))
    reading.extractions = [
        e
        if id(e) in chosen or not e.used
        else e.model_copy(update={"used": False, "note": _why(e, doubted)})
        for e in extractions
    ]


def _uncertain(e: Extraction) -> bool:
    return any(m.category is ModifierCategory.UNCERTAIN for m in e.modifiers)


def _why(e: Extraction, doubted: set[tuple[str, str]]) -> str:
    if e.note:
        return e.note
    if (e.field, e.pattern_id) in doubted:
        return "not used: another mention of this field is uncertain"
    return "not used: another mention of this field was preferred"


def _set(reading: ReportReading, field: str, value: Any) -> bool:
    """Assign ``field`` (``specimen.x``, ``findings.x``, ``extent.x``, ``report.x``).

    Returns False (with a warning on the reading) when the model rejects the value.
    """
    head, _, name = field.partition(".")
    target: Any = reading if head == "report" else getattr(reading, head)
    old = getattr(target, name)
    try:
        setattr(target, name, value)
    except ValidationError as exc:
        target.__dict__[name] = old  # an after-validator may have failed once the value was set
        reading.warnings.append(
            Problem(
                code="invalid_value", message=f"{field}: {exc.errors()[0]['msg']} (got {value!r})"
            )
        )
        return False
    return True


# The size given with the stated diagnosis, in its clause ('Leiomyosarcoma, spindle cell type,
# 3.7 cm, arising among multiple leiomyomas'), is that tumour's even when a benign tumour elsewhere
# is larger (round 11); not a size after another tumour or a metastasis in between.
_OWN_SIZE_GAP = 40
_OTHER_TUMOUR = re.compile(
    r"[.;\n]|metasta|deposit|leiomyom|fibroid|myoma|nodule|implant|polyp|ovar|oment|lung|liver|node",
    re.I,
)


def _size(reading: ReportReading, items: list[tuple[int, Extraction]], text: str) -> set[int]:
    if not items:
        return set()
    best = max(items, key=lambda item: item[1].value)[1]
    stated = reading.stated_diagnosis
    if stated and stated.code and text:
        own = [
            e
            for _, e in items
            if stated.end <= e.start <= stated.end + _OWN_SIZE_GAP
            and not _OTHER_TUMOUR.search(text, stated.end, e.start)
        ]
        best = min(own, key=lambda e: e.start) if own else best
    return {id(best)} if _set(reading, "findings.max_dimension_cm", best.value) else set()


def _atypia(reading: ReportReading, items: list[tuple[int, Extraction]]) -> set[int]:
    if not items:
        return set()
    best = max(items, key=lambda item: GRADE_ORDER.index(item[1].value))[1]
    return {id(best)} if _set(reading, "findings.atypia_grade", best.value) else set()


def _mitoses(reading: ReportReading, by_field: dict[str, list[tuple[int, Extraction]]]) -> set[int]:
    counts = [e for _, e in by_field.get("findings.mitoses", [])]
    if not counts:
        return set()
    exact = [e for e in counts if e.note != BOUND_NOTE]
    counts = exact or counts  # a stated count, not a bound quoted beside it ('just below 10')
    unit = min(counts, key=lambda e: (e.value["value"] == 0, e.start)).value["unit"]
    best = max((e for e in counts if e.value["unit"] == unit), key=lambda e: e.value["value"])
    chosen = {id(best)}
    extra: dict[str, float] = {}
    if unit == "per_10_hpf":
        for key in ("field_diameter_mm", "area_mm2"):
            found = by_field.get(f"findings.mitoses.{key}", [])
            if found:
                first = min(found, key=lambda item: item[1].start)[1]
                extra[key] = first.value
                chosen.add(id(first))
    try:
        reading.findings.mitoses = MitoticCount(**best.value, **extra)
    except ValidationError as exc:
        reading.warnings.append(Problem(code="invalid_value", message=f"findings.mitoses: {exc}"))
        return set()
    return chosen


def _stains(reading: ReportReading, items: list[tuple[int, Extraction]]) -> set[int]:
    """The first mention of each marker gives its result; a later mention with the same result
    adds a distribution or percent the first lacked ('desmin and h-caldesmon are positive
    (h-caldesmon patchy/focal)')."""
    chosen: set[int] = set()
    found: dict[str, dict[str, Any]] = {}
    for _, e in sorted(items, key=lambda item: item[1].start):
        value = dict(e.value)
        marker = value.pop("marker")
        first = found.get(marker)
        if first is None:
            found[marker] = value
            chosen.add(id(e))
        elif first["result"] == value["result"] and value.keys() - first.keys():
            found[marker] = {**value, **first}
            chosen.add(id(e))
    reading.findings.ihc = {
        **reading.findings.ihc,
        **{Marker(marker): Stain(**value) for marker, value in found.items()},
    }
    return chosen


def _molecular(reading: ReportReading, items: list[tuple[int, Extraction]]) -> set[int]:
    chosen: set[int] = set()
    seen: dict[str, MolecularFinding] = {}
    for _, e in sorted(items, key=lambda item: item[1].start):
        name = e.value["alteration"]
        if name in seen and not (e.value["detected"] and not seen[name].detected):
            continue
        seen[name] = MolecularFinding(**e.value)
        chosen.add(id(e))
    reading.findings.molecular = list(seen.values())
    return chosen


def _nodes(reading: ReportReading, items: list[tuple[int, Extraction]]) -> set[int]:
    stations: list[tuple[Extraction, NodeStation]] = []
    labels: set[tuple[str, str]] = set()
    kept: list[Extraction] = []
    for _, e in sorted(items, key=lambda item: item[1].start):
        # two patterns reading one count (overlapping spans): keep the one naming its station,
        # then the narrower
        last = kept[-1] if kept else None
        one_read = last is not None and (last.pattern_id, last.start) == (e.pattern_id, e.start)
        if last is not None and e.start < last.end and not one_read:  # one read: both stations
            if _node_key(e) > _node_key(last):
                kept[-1] = e
            continue
        kept.append(e)
    for e in kept:
        key = (e.value["label"].lower(), e.value["station"])
        if key in labels:
            continue
        labels.add(key)
        stations.append((e, NodeStation(start=e.start, end=e.end, **e.value)))
    stations = [s for s in stations if not _summary(s[1], [t for _, t in stations])]
    named = [s for s in stations if s[1].station != "unspecified"]
    if named:
        stations = named
    elif stations:
        reading.warnings.append(
            Problem(
                code="node_station_unstated",
                message="lymph nodes are counted without a station; they are recorded as pelvic",
            )
        )
    reading.node_stations = [s for _, s in stations]
    for station, field in (("pelvic", "pelvic_nodes"), ("para_aortic", "para_aortic_nodes")):
        group = [
            s
            for _, s in stations
            if s.station == station or (station == "pelvic" and s.station == "unspecified")
        ]
        if not group:
            continue
        counted = [s for s in group if s.positive is not None]
        positive = sum(s.positive or 0 for s in counted) if len(counted) == len(group) else None
        examined = sum(s.examined or 0 for s in group)
        if any(s.examined is None for s in group):
            examined = 0
        kinds = {s.involvement for s in group if s.involvement != "negative"}
        involvement = "negative" if not kinds else (kinds.pop() if len(kinds) == 1 else "positive")
        setattr(
            reading.extent,
            field,
            Nodes(involvement=involvement, positive=positive, examined=examined or None),
        )
    return {id(e) for e, _ in stations}


# a label naming only the station ('pelvic', 'para-aortic lymph nodes'): a summary's restatement
_STATION_ONLY = re.compile(
    r"^(?:pelvic|para[- ]?aortic)(?:\s+(?:lymph\s+)?(?:nodes?|LNs?))?$", re.I
)


def _summary(station: NodeStation, stations: list[NodeStation]) -> bool:
    """A count that is the sum of two or more others of its station (a summary line's total), or
    that restates the one other count of its station under the bare station's name ('D:
    para-aortic nodes 0/4' ... 'Summary: para-aortic nodes negative (0/4)')."""
    others = [s for s in stations if s is not station and s.station == station.station]
    enough = len(others) >= 2 or (
        len(others) == 1
        and _bare(station)
        and (not _bare(others[0]) or others[0].start < station.start)  # two bare: the later
    )
    return (
        enough
        and station.examined is not None
        and all(s.examined is not None and s.positive is not None for s in others)
        and station.examined == sum(s.examined or 0 for s in others)
        and station.positive == sum(s.positive or 0 for s in others)
    )


def _bare(station: NodeStation) -> bool:
    return _STATION_ONLY.match(station.label.strip()) is not None


def _node_key(e: Extraction) -> tuple[bool, int]:
    return e.value["station"] != "unspecified", e.start - e.end


def _confinement(reading: ReportReading, items: list[tuple[int, Extraction]]) -> set[int]:
    """'Confined to the uterus', set last: dropped with a warning if the extent contradicts it."""
    if not items:
        return set()
    first = min(items, key=lambda item: item[1].start)[1]
    try:
        reading.extent.confined_to_uterus = True
    except ValidationError:
        reading.extent.__dict__["confined_to_uterus"] = None
        reading.warnings.append(
            Problem(
                code="confinement_contradicted",
                message="the report says the tumour is confined to the uterus, "
                "but names disease beyond it",
            )
        )
        return set()
    return {id(first)}

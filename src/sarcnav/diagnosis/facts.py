"""The facts the diagnosis rows read, taken lazily from a case. ``None`` is unknown."""

from __future__ import annotations

from collections.abc import Callable

from sarcnav.model.case import Alteration, Case, Marker
from sarcnav.rules import Known, known
from sarcnav.rules.evaluate import PLAIN_TYPES

_FINDINGS = (
    "lineage",
    "morphology",
    "atypia_grade",
    "atypia_distribution",
    "bizarre_nuclei",
    "necrosis",
    "border",
    "border_projections",
    "border_projection_max_mm",
    "lymphovascular_invasion",
    "cellularity",
    "stromal_grade",
    "sarcomatous_overgrowth_percent",
    "fh_deficient_morphology",
    "mitoses",
)

Reader = Callable[[Case], Known]


def _finding(name: str) -> Reader:
    path = f"findings.{name}"

    def read(case: Case) -> Known:
        value = getattr(case.findings, name)
        return (value, value, path) if type(value) in PLAIN_TYPES else known(value, path)

    return read


def _stain(marker: Marker, attribute: str) -> Reader:
    path = f"findings.ihc.{marker.value}"
    unknown = known(None, path)

    def read(case: Case) -> Known:
        stain = case.findings.ihc.get(marker)
        return unknown if stain is None else known(getattr(stain, attribute), path)

    return read


def _molecular(alteration: Alteration, tested: bool) -> Reader:
    """Whether an alteration was reported detected (``False`` when not reported), or was tested."""

    def read(case: Case) -> Known:
        found = [m for m in case.findings.molecular if m.alteration == alteration]
        value = bool(found) if tested else any(m.detected for m in found)
        return (value, value, "findings.molecular")

    return read


# Each fact's reader; stains as "ihc.FH", "ihc.FH.percent", "ihc.FH.distribution".
_READERS: dict[str, Reader] = {
    **{name: _finding(name) for name in _FINDINGS},
    **{
        f"ihc.{m.value}{suffix}": _stain(m, attribute)
        for m in Marker
        for suffix, attribute in (
            ("", "result"),
            (".percent", "percent"),
            (".distribution", "distribution"),
        )
    },
    "specimen_integrity": lambda case: known(case.specimen.integrity, "specimen.integrity"),
    # An alteration counts as detected only when reported; which ones matter is the pack's data.
    **{f"molecular.{a.value}": _molecular(a, tested=False) for a in Alteration},
    **{f"molecular.{a.value}.tested": _molecular(a, tested=True) for a in Alteration},
}


def fact_names() -> set[str]:
    """Every fact name a diagnosis rule may read (for the whole-data check)."""
    return set(_READERS) | {"diagnosis"}


class DiagnosisFacts(dict[str, Known]):
    """Facts computed on first use (the diagnosis, for flags, is added by the engine)."""

    def __init__(self, case: Case) -> None:  # starts empty: no dict.__init__ needed
        self.case = case

    def __missing__(self, name: str) -> Known:
        read = _READERS.get(name)
        if read is None:
            raise KeyError(f"rule reads unknown fact {name!r}")
        fact = self[name] = read(self.case)
        return fact

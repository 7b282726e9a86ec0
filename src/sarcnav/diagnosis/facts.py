"""The facts the diagnosis rows read, taken lazily from a case. ``None`` is unknown."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from sarcnav.model.case import Alteration, Case, Marker
from sarcnav.rules import Fact

HG_ESS_ALTERATIONS = (Alteration.YWHAE_NUTM2, Alteration.ZC3H7B_BCOR, Alteration.BCOR_ITD)

_FINDINGS = frozenset(
    {
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
    }
)
_MARKERS = {m.value: m for m in Marker}
_OTHER = ("specimen_integrity", "hg_ess_fusion_detected", "hg_ess_fusion_tested", "diagnosis")


def fact_names() -> set[str]:
    """Every fact name a diagnosis rule may read (for the whole-data check)."""
    names = set(_FINDINGS) | set(_OTHER)
    for marker in _MARKERS:
        names |= {f"ihc.{marker}", f"ihc.{marker}.percent", f"ihc.{marker}.distribution"}
    return names


class DiagnosisFacts(Mapping[str, Fact]):
    """Facts computed on first use; ``extra`` holds facts added later (the diagnosis, for flags)."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.extra: dict[str, Fact] = {}
        self._cache: dict[str, Fact] = {}

    def get(self, name: str, default: Fact | None = None) -> Fact | None:  # type: ignore[override]
        try:
            return self[name]
        except KeyError:
            return default

    def __getitem__(self, name: str) -> Fact:
        fact = self.extra.get(name) or self._cache.get(name)
        if fact is None:
            fact = self._compute(name)
            if fact is None:
                raise KeyError(name)
            self._cache[name] = fact
        return fact

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(fact_names() - {"diagnosis"} | set(self.extra)))

    def __len__(self) -> int:
        return len(list(iter(self)))

    def _compute(self, name: str) -> Fact | None:
        f = self.case.findings
        if name in _FINDINGS:
            return Fact(getattr(f, name), f"findings.{name}")
        if name == "specimen_integrity":
            return Fact(self.case.specimen.integrity, "specimen.integrity")
        if name.startswith("ihc."):
            marker_name, _, attribute = name[4:].partition(".")
            marker = _MARKERS.get(marker_name)
            if marker is None:
                return None
            stain = f.ihc.get(marker)
            value = getattr(stain, attribute or "result") if stain else None
            return Fact(value, f"findings.ihc.{marker.value}")
        tested = [m for m in f.molecular if m.alteration in HG_ESS_ALTERATIONS]
        if name == "hg_ess_fusion_detected":
            # A fusion counts as detected only when reported; "not tested" is raised as a flag.
            return Fact(any(m.detected for m in tested), "findings.molecular")
        if name == "hg_ess_fusion_tested":
            return Fact(bool(tested), "findings.molecular")
        return None

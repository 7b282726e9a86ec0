"""The facts the diagnosis rows read, taken lazily from a case. ``None`` is unknown."""

from __future__ import annotations

from sarcnav.model.case import Alteration, Case, Marker
from sarcnav.rules import Known, known

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
_FINDING_PATHS = {name: f"findings.{name}" for name in _FINDINGS}
# "ihc.FH" -> (marker, stain attribute, input path); also "ihc.FH.percent", "ihc.FH.distribution".
_STAINS = {
    f"ihc.{m.value}{suffix}": (m, attribute, f"findings.ihc.{m.value}")
    for m in Marker
    for suffix, attribute in (
        ("", "result"),
        (".percent", "percent"),
        (".distribution", "distribution"),
    )
}
_OTHER = ("specimen_integrity", "hg_ess_fusion_detected", "hg_ess_fusion_tested", "diagnosis")


def fact_names() -> set[str]:
    """Every fact name a diagnosis rule may read (for the whole-data check)."""
    return set(_FINDINGS) | set(_OTHER) | set(_STAINS)


class DiagnosisFacts(dict[str, Known]):
    """Facts computed on first use (the diagnosis, for flags, is added by the engine)."""

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case

    def __missing__(self, name: str) -> Known:
        path = _FINDING_PATHS.get(name)
        if path is not None:
            fact: Known | None = known(getattr(self.case.findings, name), path)
        else:
            fact = _compute(self.case, name)
        if fact is None:
            raise KeyError(f"rule reads unknown fact {name!r}")
        self[name] = fact
        return fact


def _compute(case: Case, name: str) -> Known | None:
    f = case.findings
    if name == "specimen_integrity":
        return known(case.specimen.integrity, "specimen.integrity")
    if name in _STAINS:
        marker, attribute, path = _STAINS[name]
        stain = f.ihc.get(marker)
        return known(getattr(stain, attribute) if stain else None, path)
    tested = [m for m in f.molecular if m.alteration in HG_ESS_ALTERATIONS]
    if name == "hg_ess_fusion_detected":
        # A fusion counts as detected only when reported; "not tested" is raised as a flag.
        return known(any(m.detected for m in tested), "findings.molecular")
    if name == "hg_ess_fusion_tested":
        return known(bool(tested), "findings.molecular")
    return None

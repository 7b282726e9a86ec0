"""The facts the diagnosis rows read, taken from a case. ``None`` is unknown."""

from __future__ import annotations

from sarcnav.model.case import Alteration, Case, Marker
from sarcnav.rules import Fact

HG_ESS_ALTERATIONS = (Alteration.YWHAE_NUTM2, Alteration.ZC3H7B_BCOR, Alteration.BCOR_ITD)

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
)


def fact_names() -> set[str]:
    """Every fact name a diagnosis rule may read (for the whole-data check)."""
    names = {*_FINDINGS, "mitoses", "specimen_integrity", "diagnosis"}
    names |= {"hg_ess_fusion_detected", "hg_ess_fusion_tested"}
    for marker in Marker:
        names |= {f"ihc.{marker.value}", f"ihc.{marker.value}.percent"}
        names.add(f"ihc.{marker.value}.distribution")
    return names


def diagnosis_facts(case: Case) -> dict[str, Fact]:
    """Map fact names to values and input paths."""
    f = case.findings
    facts = {name: Fact(getattr(f, name), f"findings.{name}") for name in _FINDINGS}
    facts["mitoses"] = Fact(f.mitoses, "findings.mitoses")
    facts["specimen_integrity"] = Fact(case.specimen.integrity, "specimen.integrity")
    for marker in Marker:
        stain = f.ihc.get(marker)
        path = f"findings.ihc.{marker.value}"
        facts[f"ihc.{marker.value}"] = Fact(stain.result if stain else None, path)
        facts[f"ihc.{marker.value}.percent"] = Fact(stain.percent if stain else None, path)
        facts[f"ihc.{marker.value}.distribution"] = Fact(
            stain.distribution if stain else None, path
        )
    tested = [m for m in f.molecular if m.alteration in HG_ESS_ALTERATIONS]
    # A fusion counts as detected only when reported; "not tested" is raised as a flag.
    facts["hg_ess_fusion_detected"] = Fact(any(m.detected for m in tested), "findings.molecular")
    facts["hg_ess_fusion_tested"] = Fact(bool(tested), "findings.molecular")
    return facts

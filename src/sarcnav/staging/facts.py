"""The facts staging rows read, taken from a case's extent and findings. ``None`` is unknown."""

from __future__ import annotations

from sarcnav.model.case import Case, NodeInvolvement, Nodes
from sarcnav.rules import Known, known

POSITIVE = {NodeInvolvement.POSITIVE, NodeInvolvement.MICRO, NodeInvolvement.MACRO}

_SITES = (
    "cervical_stroma",
    "serosa",
    "adnexa",
    "vagina",
    "parametrium",
    "other_pelvic_tissue",
    "pelvic_peritoneum",
)


def fact_names() -> set[str]:
    """Every fact name a staging rule may read (for the whole-data check)."""
    return set(staging_facts(Case()).keys())


def staging_facts(case: Case) -> dict[str, Known]:
    """Three-valued facts.

    ``confined_to_uterus: true`` makes every site beyond the uterus negative, the serosa included
    (serosal involvement is stage III in endometrial staging); the cervix is part of the uterus.
    """
    ext = case.extent
    confined = ext.confined_to_uterus is True

    def site(name: str) -> Known:
        value = getattr(ext, name)
        if value is None and confined and name != "cervical_stroma":
            value = False
        return known(value, f"extent.{name}")

    facts = {name: site(name) for name in _SITES}
    facts["size_cm"] = known(case.findings.max_dimension_cm, "findings.max_dimension_cm")
    facts["myometrial_invasion_fraction"] = known(
        case.findings.myometrial_invasion_fraction, "findings.myometrial_invasion_fraction"
    )
    facts["abdominal_site_count"] = known(
        _count(ext.abdominal_sites, confined), "extent.abdominal_sites"
    )
    facts["distant"] = known(_any_listed(ext.distant_sites, confined), "extent.distant_sites")
    mucosa = _or(ext.bladder_mucosa, ext.bowel_mucosa, confined)
    facts["bladder_or_bowel_mucosa"] = known(
        mucosa, _paths(mucosa, bladder_mucosa=ext.bladder_mucosa, bowel_mucosa=ext.bowel_mucosa)
    )
    pelvic, para = _nodes(ext.pelvic_nodes, confined), _nodes(ext.para_aortic_nodes, confined)
    facts["pelvic_nodes"] = known(pelvic, "extent.pelvic_nodes")
    facts["para_aortic_nodes"] = known(para, "extent.para_aortic_nodes")
    facts["pelvic_nodes_positive"] = known(_positive(pelvic), "extent.pelvic_nodes")
    facts["para_aortic_nodes_positive"] = known(_positive(para), "extent.para_aortic_nodes")
    regional = _or(_positive(pelvic), _positive(para), False)
    facts["regional_nodes_positive"] = known(
        regional, _paths(regional, pelvic_nodes=pelvic, para_aortic_nodes=para)
    )
    itc = _itc(pelvic, para)
    facts["regional_nodes_itc"] = known(
        itc, _paths(itc, pelvic_nodes=pelvic, para_aortic_nodes=para)
    )
    facts["molecular_class"] = known(case.findings.molecular_class, "findings.molecular_class")
    return facts


def _paths(value: object, **parts: object) -> str:
    """Input paths of a combined fact: all of them, or only the missing ones when it is unknown."""
    names = [n for n, v in parts.items() if value is not None or v is None]
    return "|".join(f"extent.{n}" for n in names)


def _count(sites: list[str] | None, confined: bool) -> int | None:
    if sites is None:
        return 0 if confined else None
    return len(sites)


def _any_listed(sites: list[str] | None, confined: bool) -> bool | None:
    if sites is None:
        return False if confined else None
    return bool(sites)


def _or(a: bool | None, b: bool | None, confined: bool) -> bool | None:
    if a or b:
        return True
    if a is False and b is False:
        return False
    return False if confined and a is None and b is None else None


def _nodes(nodes: Nodes | None, confined: bool) -> NodeInvolvement | None:
    if nodes is None:
        return NodeInvolvement.NEGATIVE if confined else None
    return nodes.involvement


def _positive(involvement: NodeInvolvement | None) -> bool | None:
    return None if involvement is None else involvement in POSITIVE


def _itc(pelvic: NodeInvolvement | None, para: NodeInvolvement | None) -> bool | None:
    states = (pelvic, para)
    if any(s in POSITIVE for s in states):
        return False
    if NodeInvolvement.ITC in states:
        return True
    return None if None in states else False

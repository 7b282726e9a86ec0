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
    A fact combined from several inputs names them all, or only the missing ones when unknown.
    """
    ext = case.extent
    confined = ext.confined_to_uterus is True
    facts: dict[str, Known] = {}
    for name, path in _SITE_PATHS:
        value = getattr(ext, name)
        if value is None and confined and name != "cervical_stroma":
            value = False
        facts[name] = (value, value, path)  # a site is True, False or None
    findings = case.findings
    facts["size_cm"] = known(findings.max_dimension_cm, "findings.max_dimension_cm")
    facts["myometrial_invasion_fraction"] = known(
        findings.myometrial_invasion_fraction, "findings.myometrial_invasion_fraction"
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
    pelvic_positive, para_positive = _positive(pelvic), _positive(para)
    facts["pelvic_nodes_positive"] = (pelvic_positive, pelvic_positive, "extent.pelvic_nodes")
    facts["para_aortic_nodes_positive"] = (para_positive, para_positive, "extent.para_aortic_nodes")
    regional = _or(pelvic_positive, para_positive, False)
    nodes = _NODE_PATHS[pelvic is None, para is None] if regional is None else _BOTH_NODES
    facts["regional_nodes_positive"] = (regional, regional, nodes)
    itc = _itc(pelvic, para)
    nodes = _NODE_PATHS[pelvic is None, para is None] if itc is None else _BOTH_NODES
    facts["regional_nodes_itc"] = (itc, itc, nodes)
    facts["molecular_class"] = known(findings.molecular_class, "findings.molecular_class")
    return facts


_SITE_PATHS = tuple((name, f"extent.{name}") for name in _SITES)
_BOTH_NODES = "extent.pelvic_nodes|extent.para_aortic_nodes"
# The node fields named when a combined node fact is unknown: (pelvic missing, para missing).
_NODE_PATHS = {
    (True, True): _BOTH_NODES,
    (True, False): "extent.pelvic_nodes",
    (False, True): "extent.para_aortic_nodes",
    (False, False): "",
}


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

"""A reading as a flat map of field paths to plain values (gold annotations use the same form)."""

from __future__ import annotations

from typing import Any

from sarcnav.model.case import Nodes
from sarcnav.model.report import ReportReading


def flatten(reading: ReportReading) -> dict[str, Any]:
    """``{"findings.necrosis": "tumour_cell", "findings.ihc.ER": "positive", ...}``.

    Unknown values are left out.
    """
    out: dict[str, Any] = {}
    for key, value in reading.specimen.model_dump(mode="json", exclude_none=True).items():
        out[f"specimen.{key}"] = value
    findings = reading.findings.model_dump(mode="json", exclude_none=True)
    mitoses = findings.pop("mitoses", None)
    if mitoses:
        out["findings.mitoses"] = f"{mitoses['value']:g} {mitoses['unit']}"
        for extra in ("field_diameter_mm", "area_mm2"):
            if extra in mitoses:
                out[f"findings.mitoses.{extra}"] = mitoses[extra]
    for marker, stain in findings.pop("ihc", {}).items():
        out[f"findings.ihc.{marker}"] = stain["result"]
        for extra in ("percent", "distribution"):
            if extra in stain:
                out[f"findings.ihc.{marker}.{extra}"] = stain[extra]
    for found in findings.pop("molecular", []):
        out[f"findings.molecular.{found['alteration']}"] = found["detected"]
    out.update({f"findings.{k}": v for k, v in findings.items()})
    extent = reading.extent
    for key in type(extent).model_fields:
        value = getattr(extent, key)
        if value is None:
            continue
        if isinstance(value, Nodes):
            value = f"{value.involvement.value} {value.positive}/{value.examined}"
        elif isinstance(value, list):
            value = sorted(value)
        out[f"extent.{key}"] = value
    if reading.stated_diagnosis and reading.stated_diagnosis.code:
        out["report.stated_diagnosis"] = reading.stated_diagnosis.code.value
    figo = [s.value for s in reading.stated_stages if s.system == "figo"]
    if figo:
        out["report.stated_figo"] = figo[0]
    if reading.depth_of_invasion_mm is not None:
        out["report.depth_of_invasion_mm"] = reading.depth_of_invasion_mm
    return out


def same(a: Any, b: Any) -> bool:
    """Equal, with numbers compared to 0.01."""
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 0.01
    return bool(a == b)

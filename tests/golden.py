"""Golden cases as data: ``tests/cases/<engine>/*.yaml`` (base case, overrides, expectations)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CASES = Path(__file__).parent / "cases"


@dataclass(frozen=True)
class Golden:
    file: str
    id: str
    case: dict[str, Any]
    expect: dict[str, Any]
    code: str | None = None
    system: str | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.id}"


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Override ``base`` section by section: a field named in the override replaces the base's."""
    out = copy.deepcopy(base)
    for section, fields in override.items():
        out[section] = {**out.get(section, {}), **copy.deepcopy(fields or {})}
    return out


def load(engine: str) -> list[Golden]:
    """Every golden case of one engine, with its full input."""
    found = []
    for path in sorted((CASES / engine).glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        base = doc.get("base", {})
        for item in doc["cases"]:
            override = {
                k: item[k] for k in ("findings", "extent", "specimen", "patient") if k in item
            }
            case = merge(base, override)
            case.update(id=item["id"], synthetic=True)
            found.append(
                Golden(
                    path.stem, item["id"], case, item["expect"], doc.get("code"), doc.get("system")
                )
            )
    return found

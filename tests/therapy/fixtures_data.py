"""Shared fixtures of the therapy tests (synthetic data only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).parent.parent / "fixtures" / "therapy"


def load_fixture(name: str) -> Any:
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


HISTORIES: list[dict[str, Any]] = load_fixture("histories.yaml")["cases"]
HELD_OUT: list[dict[str, Any]] = load_fixture("histories_heldout.yaml")["cases"]
LIMITS: list[dict[str, Any]] = load_fixture("histories_limits.yaml")["cases"]
ROUND3: list[dict[str, Any]] = load_fixture("histories_round3.yaml")["cases"]

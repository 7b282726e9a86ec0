"""Shared helpers of the enquiry tests (all messages are synthetic)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parents[1] / "fixtures" / "enquiries"
CASES = Path(__file__).parents[1] / "cases" / "enquiries"


def labelled(name: str) -> list[dict[str, Any]]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]

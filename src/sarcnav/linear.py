"""Shared plumbing of the shipped linear text models (plain-JSON weights, numpy at run time):
reading their weights and the command line of their training scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np


def read_weights(path: Path) -> dict[str, Any]:
    """The fields of a model file, as keyword arguments of the model's dataclass."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        "vocabulary": {t: i for i, t in enumerate(data["vocabulary"])},
        "idf": np.array(data["idf"], dtype=np.float64),
        "coef": np.array(data["coef"], dtype=np.float64),
        "intercept": float(data["intercept"]),
        "threshold": float(data["threshold"]),
        "provenance": data["provenance"],
    }


def trainer_main(
    argv: list[str],
    usage: str | None,
    train: Callable[[], dict[str, Any]],
    report: Callable[[], None],
    path: Path,
) -> int:
    """``--report`` prints the cross-validated figures; no argument trains and writes ``path``."""
    if argv == ["--report"]:
        report()
        return 0
    if argv:
        print(usage, file=sys.stderr)
        return 2
    path.write_text(json.dumps(train(), separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {path}")
    return 0

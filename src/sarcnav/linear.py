"""Shared plumbing of the shipped linear text models (plain-JSON weights, numpy at run time):
their weights, the digest of their training files and the command line of their trainers."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class LinearWeights:
    """A binary logistic model over TF-IDF terms, with its decision threshold (a model parameter
    chosen by cross-validation, never a clinical number) and where it came from."""

    vocabulary: dict[str, int]
    idf: NDArray[np.float64]
    coef: NDArray[np.float64]
    intercept: float
    threshold: float
    provenance: dict[str, Any]


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


def files_digest(paths: Iterable[Path]) -> str:
    """SHA-256 of the files' names and contents, in order (a shipped model records it)."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


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

"""Registry exports (CSV or JSONL) for survival models: the columns, and a strict reader.

One row per patient (pseudonymous id only — no names, dates of birth or record numbers):

=====================  ========  ===============================================================
column                 required  meaning
=====================  ========  ===============================================================
patient_id             yes       pseudonymous registry id
synthetic              yes       true for generated data (every test fixture)
diagnosis_code         no        WHO 2020 code from the design vocabulary
age_years              no        age at primary surgery, years
figo_stage             no        FIGO stage at primary surgery (e.g. ``IB``); ``stage_group``
                                 (I-IV) is derived from it
tumour_size_cm         no        largest tumour dimension, cm
mitoses_per_10_hpf     no        mitotic count per 10 HPF
time_months            yes       months from primary surgery to death or last follow-up, > 0
event                  yes       1 = died (any cause), 0 = alive at last follow-up
=====================  ========  ===============================================================

Empty cells mean unknown. Models use complete cases for their covariates and report how many rows
they dropped; nothing is imputed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from sarcnav.errors import InputError
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.staging.stages import parts

STAGE_GROUPS = ("I", "II", "III", "IV")


class RegistryRow(BaseModel):
    """One validated registry row (see the module docstring for the columns)."""

    model_config = ConfigDict(extra="forbid")

    patient_id: Annotated[str, Field(min_length=1)]
    synthetic: bool
    diagnosis_code: DiagnosisCode | None = None
    age_years: Annotated[float, Field(ge=0, le=120)] | None = None
    figo_stage: str | None = None
    tumour_size_cm: Annotated[float, Field(gt=0, le=100)] | None = None
    mitoses_per_10_hpf: Annotated[float, Field(ge=0)] | None = None
    time_months: Annotated[float, Field(gt=0)]
    event: Annotated[int, Field(ge=0, le=1)]

    @field_validator("figo_stage")
    @classmethod
    def _figo(cls, value: str | None) -> str | None:
        if value is not None and parts(value)[0] not in STAGE_GROUPS:
            raise ValueError(f"not a FIGO stage: {value!r}")
        return value

    def stage_group(self) -> str | None:
        return None if self.figo_stage is None else parts(self.figo_stage)[0]


COLUMNS = list(RegistryRow.model_fields)


def read_registry(path: Path) -> pd.DataFrame:
    """Read and validate a ``.csv`` or ``.jsonl`` export; InputError names the line and column."""
    raw = _raw_rows(path)
    rows: list[dict[str, Any]] = []
    for line, record in raw:
        cleaned = {k: (None if v in ("", None) else v) for k, v in record.items()}
        try:
            row = RegistryRow.model_validate(cleaned)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            msg = "unknown column" if err["type"] == "extra_forbidden" else err["msg"]
            raise InputError(f"{path}: line {line}: {where}: {msg}") from exc
        rows.append({**row.model_dump(mode="json"), "stage_group": row.stage_group()})
    if not rows:
        raise InputError(f"{path}: no rows")
    frame = pd.DataFrame(rows)
    ids = frame["patient_id"]
    if ids.duplicated().any():
        raise InputError(f"{path}: duplicate patient_id {ids[ids.duplicated()].iloc[0]!r}")
    return frame


def _raw_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    if path.suffix not in (".csv", ".jsonl"):
        raise InputError(f"{path}: registry export must be .csv or .jsonl")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix == ".jsonl":
        out = []
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not text.strip():
                continue
            try:
                out.append((n, json.loads(text)))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}: line {n}: not valid JSON ({exc.msg})") from exc
        return out
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return [(i + 2, dict(r)) for i, r in enumerate(frame.to_dict("records"))]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_registry(frame: pd.DataFrame, path: Path) -> None:
    """Write rows in the export format (CSV or JSONL by suffix), registry columns only."""
    out = frame[COLUMNS]
    if path.suffix == ".jsonl":
        out.to_json(path, orient="records", lines=True)
    elif path.suffix == ".csv":
        out.to_csv(path, index=False)
    else:
        raise InputError(f"{path}: output must be .csv or .jsonl")

"""The registry as CSV: one row per case, the columns a registry analysis needs."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from sarcnav.model import Case

COLUMNS = [
    "case_id",
    "synthetic",
    "age_years",
    "menopausal_status",
    "procedure",
    "max_dimension_cm",
    "recorded_diagnosis",
    "assessed_diagnosis",
    "figo_stage",
    "therapy_lines",
    "agents",
    "last_follow_up",
    "vital_status",
    "recurrence",
    "recurrence_date",
]


def _cell(value: object) -> str:
    """Text for a spreadsheet: empty for unknown, formulas defused."""
    if value is None:
        return ""
    text = str(value.value if hasattr(value, "value") else value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def registry_csv(rows: Iterable[tuple[Case, str | None, str | None]]) -> str:
    """CSV text for (case, assessed diagnosis, FIGO stage) triples."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for case, diagnosis, stage in rows:
        outcome = case.outcome
        agents = sorted({a for line in case.treatments for a in line.agents})
        writer.writerow(
            _cell(v)
            for v in (
                case.id,
                case.synthetic,
                case.patient.age_years,
                case.patient.menopausal_status,
                case.specimen.procedure,
                case.findings.max_dimension_cm,
                case.diagnosis_code,
                diagnosis,
                stage,
                len(case.treatments),
                ";".join(agents),
                outcome.last_follow_up if outcome else None,
                outcome.vital_status if outcome else None,
                outcome.recurrence if outcome else None,
                outcome.recurrence_date if outcome else None,
            )
        )
    return out.getvalue()

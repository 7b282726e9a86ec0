"""Registry CSV: header, one row per case, unknown as empty, spreadsheet formulas defused."""

from __future__ import annotations

import csv
import io

from sarcnav.exchange import registry_csv
from sarcnav.exchange.csv_export import COLUMNS
from sarcnav.model import Case


def test_rows_and_columns() -> None:
    known = Case.model_validate(
        {
            "id": "SYN-1",
            "synthetic": True,
            "patient": {"age_years": 50},
            "treatments": [{"line": 1, "agents": ["ifosfamide", "doxorubicin"]}],
            "outcome": {"vital_status": "alive", "last_follow_up": "2025-01-02"},
        }
    )
    text = registry_csv([(known, "leiomyosarcoma_spindle", "IB"), (Case(id="=cmd()"), None, None)])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == COLUMNS
    assert rows[0]["agents"] == "doxorubicin;ifosfamide" and rows[0]["figo_stage"] == "IB"
    assert rows[0]["last_follow_up"] == "2025-01-02" and rows[0]["synthetic"] == "True"
    assert (
        rows[1]["case_id"] == "'=cmd()"
        and rows[1]["age_years"] == ""
        and rows[1]["therapy_lines"] == "0"
    )

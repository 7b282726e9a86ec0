"""Kaplan-Meier from the registry: values checked by hand, cases without dates left out, page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from tests.app.apphelp import page_sign_in

from sarcnav.app.demo import seed_demo
from sarcnav.app.survival import MONTH_DAYS, survival
from sarcnav.model import Case
from sarcnav.store import Store

START = date(2020, 1, 1)


def _case(months: float, dead: bool, start: date | None = START) -> Case:
    return Case.model_validate(
        {
            "id": f"SYN-{months}-{dead}",
            "synthetic": True,
            "treatments": [{"line": 1, "start": start.isoformat() if start else None}],
            "outcome": {
                "last_follow_up": (START + timedelta(days=round(months * MONTH_DAYS))).isoformat(),
                "vital_status": "dead" if dead else "alive",
            },
        }
    )


def test_kaplan_meier_by_hand() -> None:
    # deaths at 6 and 30 months, censored at 18 and 48: S(12) = 3/4, S(36) = 3/4 * 1/2
    rows = [
        (_case(m, d), "leiomyosarcoma_spindle", "IB")
        for m, d in [(6, True), (18, False), (30, True), (48, False)]
    ]
    rows.append((_case(10, True, start=None), "leiomyosarcoma_spindle", "IB"))  # no start: out
    rows.append((_case(10, True), "leiomyosarcoma_spindle", None))  # no stage: out by stage
    view = survival(rows, "stage")
    assert view is not None and view.used == 4 and view.left_out == 2
    (curve,) = view.curves
    assert curve.group == "I" and curve.n == 4 and curve.events == 2
    at = {p.month: p for p in curve.at}
    assert at[0].survival == 1 and at[0].at_risk == 4
    assert at[12].survival == pytest.approx(0.75) and at[12].at_risk == 3
    assert at[36].survival == pytest.approx(0.375) and at[36].at_risk == 1
    assert view.plot_png.startswith("data:image/png;base64,")
    by_type = survival(rows, "histotype")
    assert by_type is not None and by_type.used == 5


def test_no_usable_case_gives_none() -> None:
    assert survival([(Case(id="x"), None, None)], "stage") is None


def test_survival_page(client: TestClient, store: Store) -> None:
    seed_demo(store, cases=40)
    page_sign_in(client, "clinician")
    page = client.get("/survival", params={"by": "histotype"})
    assert page.status_code == 200
    assert '<img class="plot" src="data:image/png;base64,' in page.text
    assert "survival (at risk)" in page.text and "cases used" in page.text
    assert client.get("/survival", params={"by": "nonsense"}).status_code == 200

"""Cases survive storage unchanged; lists filter and page; refs are unique (SQLite, PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sarcnav.model import Case
from sarcnav.store import Store
from sarcnav.store.admin import empty
from sarcnav.store.cases import (
    Assessed,
    CaseQuery,
    ConflictError,
    add_case,
    facets,
    get_case,
    get_case_by_ref,
    list_cases,
    load_case,
    replace_case,
    to_case,
)

FULL = Case.model_validate(
    {
        "id": "SYN-FULL-1",
        "synthetic": True,
        "patient": {"age_years": 54, "menopausal_status": "postmenopausal"},
        "specimen": {"procedure": "total_hysterectomy", "integrity": "intact"},
        "findings": {
            "site": "uterine corpus",
            "max_dimension_cm": 9.5,
            "lineage": "smooth_muscle",
            "morphology": "spindle",
            "atypia_grade": "severe",
            "mitoses": {"value": 12, "unit": "per_10_hpf", "field_diameter_mm": 0.55},
            "necrosis": "tumour_cell",
            "ihc": {"desmin": {"result": "positive", "percent": 80}, "ER": {"result": "negative"}},
            "molecular": [{"alteration": "JAZF1::SUZ12", "detected": False, "method": "FISH"}],
        },
        "extent": {
            "confined_to_uterus": False,
            "adnexa": True,
            "pelvic_nodes": {"involvement": "negative", "examined": 12, "positive": 0},
            "distant_sites": [],
        },
        "diagnosis_code": "leiomyosarcoma_spindle",
        "treatments": [
            {
                "line": 1,
                "setting": "adjuvant",
                "regimen": "gemcitabine-docetaxel",
                "agents": ["gemcitabine", "docetaxel"],
                "cycles": 6,
                "start": "2024-02-01",
                "end": "2024-06-15",
                "response": "CR",
            },
            {
                "line": 2,
                "agents": ["doxorubicin"],
                "current": True,
                "start_year": 2025,
                "dose_mg_m2": {"doxorubicin": 75},
            },
        ],
        "therapy": {"setting": "later_line", "er": "positive", "contraindications": ["x"]},
        "preop": {"tumour_max_diameter_cm": 8.5, "ldh_u_per_l": 300},
        "outcome": {
            "last_follow_up": "2025-05-01",
            "vital_status": "alive",
            "recurrence": True,
            "recurrence_date": "2025-01-10",
        },
    }
)


def test_full_case_round_trip(store: Store) -> None:
    with store.write() as s:
        row = add_case(s, FULL, Assessed("leiomyosarcoma_spindle", "IIA"), report_text="TEXT")
        case_id = row.id
    with store.read() as s:
        row = get_case(s, case_id)
        assert row is not None
        assert to_case(row) == FULL
        assert row.figo_stage == "IIA"
        assert [r.text for r in row.reports] == ["TEXT"]
        assert get_case_by_ref(s, "SYN-FULL-1") is not None
        page = load_case(s, case_id)  # the case page's plain queries give the same case
        assert page is not None and page.case == FULL and page.revision == 1
        assert [r.text for r in page.reports] == ["TEXT"] and page.results is None
        fields = ("id", "text", "reader", "extracted", "received_at")
        read = [[getattr(r, f) for f in fields] for r in (*row.reports, *page.reports)]
        assert read[0] == read[1] and read[0][-1].tzinfo is not None  # same report, in UTC
        assert load_case(s, case_id + 1) is None


def test_empty_case_round_trip(store: Store) -> None:
    with store.write() as s:
        case_id = add_case(s, Case(id="bare"), Assessed()).id
    with store.read() as s:
        row = get_case(s, case_id)
        assert row is not None and to_case(row) == Case(id="bare")


def test_duplicate_ref_is_a_conflict_and_rolls_back(store: Store) -> None:
    with store.write() as s:
        add_case(s, Case(id="dup"), Assessed())
    with (
        pytest.raises(ConflictError, match="id: a case with id 'dup' already exists"),
        store.write() as s,
    ):
        add_case(s, Case(id="dup"), Assessed())
    with store.read() as s:
        assert list_cases(s, CaseQuery())[1] == 1


def test_replace_keeps_ref_and_changes_content(store: Store) -> None:
    with store.write() as s:
        row = add_case(s, FULL, Assessed())
        case_id = row.id
    changed = FULL.model_copy(update={"treatments": [], "outcome": None, "diagnosis_code": None})
    with store.write() as s:
        row = get_case(s, case_id)
        assert row is not None
        replace_case(s, row, changed, Assessed("stump", None))
    with store.read() as s:
        row = get_case(s, case_id)
        assert row is not None and to_case(row) == changed and row.assessed_diagnosis == "stump"


def test_list_filters_search_and_pages(store: Store) -> None:
    with store.write() as s:
        for i in range(7):
            diag = "low_grade_ess" if i % 2 else "leiomyosarcoma_spindle"
            case = Case(id=f"SYN-{i:02d}", synthetic=i < 5)
            add_case(s, case, Assessed(diag, "IB" if i < 3 else "IIIA"))
    with store.read() as s:
        rows, total = list_cases(s, CaseQuery(limit=3))
        assert total == 7 and len(rows) == 3
        assert [r.ref for r in rows] == ["SYN-06", "SYN-05", "SYN-04"]  # newest first
        assert list_cases(s, CaseQuery(diagnosis="low_grade_ess"))[1] == 3
        assert list_cases(s, CaseQuery(stage="IB"))[1] == 3
        assert list_cases(s, CaseQuery(synthetic=False))[1] == 2
        assert list_cases(s, CaseQuery(text="syn-0"))[1] == 7
        assert list_cases(s, CaseQuery(text="STROMAL"))[1] == 0
        assert list_cases(s, CaseQuery(text="ess"))[1] == 3
        assert [r.ref for r in list_cases(s, CaseQuery(limit=3, offset=6))[0]] == ["SYN-00"]
        assert facets(s) == (["leiomyosarcoma_spindle", "low_grade_ess"], ["IB", "IIIA"])


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    age=st.none() | st.integers(0, 120),
    size=st.none() | st.floats(0, 100, allow_nan=False),
    agents=st.lists(st.sampled_from(["doxorubicin", "ifosfamide", "trabectedin"]), max_size=3),
    follow_up=st.none() | st.dates(date(2000, 1, 1), date(2030, 1, 1)),
)
def test_any_case_round_trips(
    store: Store, age: int | None, size: float | None, agents: list[str], follow_up: date | None
) -> None:
    case = Case.model_validate(
        {
            "id": "prop",
            "patient": {"age_years": age},
            "findings": {"max_dimension_cm": size},
            "treatments": [{"line": 1, "agents": agents}] if agents else [],
            "outcome": {"last_follow_up": follow_up},
        }
    )
    empty(store)
    with store.write() as s:
        case_id = add_case(s, case, Assessed()).id
    with store.read() as s:
        row = get_case(s, case_id)
        assert row is not None and to_case(row) == case
        page = load_case(s, case_id)
        assert page is not None and page.case == case

"""The trial store on SQLite and on the suite's PostgreSQL server (``SARCNAV_TEST_PG_URL``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from sarcnav.errors import InputError
from sarcnav.model.trial import Trial
from sarcnav.store.admin import ensure_postgres_database
from sarcnav.trials.store import TrialStore, default_url, metadata
from sarcnav.trials.vocabulary import vocabulary

# The suite's PostgreSQL server (``make test`` starts one), in a database of its own.
_BASE = make_url(
    os.environ.get(
        "SARCNAV_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/sarcnav_app_test"
    )
)
PG_URL = _BASE.set(database=f"{_BASE.database}_trials").render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TrialStore]:
    if request.param == "sqlite":
        yield TrialStore(f"sqlite:///{tmp_path / 'trials.sqlite'}")
        return
    if os.environ.get("SARCNAV_SKIP_POSTGRES") == "1":
        pytest.skip("SARCNAV_SKIP_POSTGRES=1")
    ensure_postgres_database(PG_URL)
    engine = create_engine(PG_URL)
    metadata.drop_all(engine)  # a fresh schema each test
    engine.dispose()
    s = TrialStore(PG_URL)
    yield s
    s.engine.dispose()


def test_round_trip_keeps_parsed_criteria(store: TrialStore, trials: dict[str, Trial]) -> None:
    assert store.upsert(trials.values()) == 33
    assert store.count() == 33
    back = store.get("NCT03517449")
    assert back is not None
    assert back.criteria == trials["NCT03517449"].criteria
    assert store.get("NCT00000000") is None


def test_upsert_replaces(store: TrialStore, trials: dict[str, Trial]) -> None:
    trial = trials["NCT04383119"].model_copy(update={"status": "COMPLETED"})
    store.upsert([trials["NCT04383119"]])
    store.upsert([trial])
    assert store.count() == 1
    got = store.get("NCT04383119")
    assert got is not None and got.status == "COMPLETED"


def test_candidates_by_histology_and_filters(store: TrialStore, trials: dict[str, Trial]) -> None:
    store.upsert(trials.values())
    found, total = store.candidates({"low_grade_ess"})
    assert [t.nct_id for t in found] == ["NCT03624244"] and total == 1
    lms, _ = store.candidates({"leiomyosarcoma", "soft_tissue_sarcoma"}, statuses=("RECRUITING",))
    assert {t.nct_id for t in lms} == {"NCT04383119", "NCT06805669"}
    capped, total = store.candidates(None, limit=5)
    assert len(capped) == 5 and total == 33
    assert capped[0].status == "RECRUITING"  # recruiting first
    old, _ = store.candidates(None, age=80)
    assert "NCT06524583" not in {t.nct_id for t in old}  # registry maximum age 75
    phase, _ = store.candidates(None, phases=("PHASE3",))
    assert phase and all("PHASE3" in t.phases for t in phase)


def test_candidates_most_specific_first(store: TrialStore, trials: dict[str, Trial]) -> None:
    store.upsert(trials.values())
    related = set(vocabulary().ancestors("uterine_leiomyosarcoma"))
    found, _ = store.candidates(related, limit=3)
    # all three recruiting; a uterine-LMS trial, then an LMS trial, then a sarcoma trial
    assert [t.nct_id for t in found] == ["NCT06524583", "NCT04383119", "NCT06805669"]


def test_full_text_search(store: TrialStore, trials: dict[str, Trial]) -> None:
    store.upsert(trials.values())
    hits = [h[0] for h in store.search("letrozole leiomyosarcoma")]
    assert "NCT00856050" in hits
    assert store.search("zzzznotaword") == []


def test_revision_changes_with_every_write(store: TrialStore, trials: dict[str, Trial]) -> None:
    assert store.revision() == ""
    store.upsert([trials["NCT04383119"]])
    first = store.revision()
    store.upsert([trials["NCT04383119"]])
    assert first != "" and store.revision() not in ("", first)
    assert store.last_update("__schema__") is not None  # the other sync keys are untouched


def test_sync_state(store: TrialStore) -> None:
    assert store.last_update("q") is None
    store.set_last_update("q", "2026-01-02")
    store.set_last_update("q", "2026-02-03")
    assert store.last_update("q") == "2026-02-03"


def test_default_location_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SARCNAV_TRIALS_DB", raising=False)
    monkeypatch.setenv("SARCNAV_DATA_DIR", "/somewhere")
    assert default_url() == "sqlite:////somewhere/trials.sqlite"
    monkeypatch.setenv("SARCNAV_TRIALS_DB", "postgresql://x/y")
    assert default_url() == "postgresql://x/y"


def test_old_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    store = TrialStore(url)
    store.set_last_update("__schema__", "0")
    with pytest.raises(InputError, match="schema 0"):
        TrialStore(url)

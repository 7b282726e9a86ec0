"""The registry client against recorded pages (httpx.MockTransport): never the network."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from sarcnav.errors import InputError
from sarcnav.trials.client import Query, RegistryClient, RegistryError
from sarcnav.trials.service import sync
from sarcnav.trials.store import TrialStore
from tests.trials.helpers import FIXTURES

PAGES = {
    None: json.loads((FIXTURES / "api" / "page1.json").read_text()),
    "tok-2": json.loads((FIXTURES / "api" / "page2.json").read_text()),
}


class Recorder:
    """Serves the recorded pages; can fail the first N calls with a status code."""

    def __init__(self, fail: int = 0, status: int = 503, headers: dict[str, str] | None = None):
        self.requests: list[httpx.Request] = []
        self.fail, self.status, self.headers = fail, status, headers or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.fail:
            self.fail -= 1
            return httpx.Response(self.status, headers=self.headers)
        return httpx.Response(200, json=PAGES[request.url.params.get("pageToken")])


def client(recorder: Recorder, sleeps: list[float]) -> RegistryClient:
    clock = iter(float(i) / 10 for i in range(10_000))
    return RegistryClient(
        transport=httpx.MockTransport(recorder),
        sleep=sleeps.append,
        clock=lambda: next(clock),
        backoff=1.0,
        min_interval=0.5,
    )


def test_follows_page_tokens_and_sends_the_query() -> None:
    rec, sleeps = Recorder(), []
    studies = list(
        client(rec, sleeps).studies(Query(condition="leiomyosarcoma", statuses=("RECRUITING",)))
    )
    assert len(studies) == len(PAGES[None]["studies"]) + len(PAGES["tok-2"]["studies"])
    first, second = (r.url.params for r in rec.requests)
    assert first["query.cond"] == "leiomyosarcoma" and first["filter.overallStatus"] == "RECRUITING"
    assert "pageToken" not in first and second["pageToken"] == "tok-2"
    assert sleeps == [pytest.approx(0.4)]  # polite pace: 0.5 s between calls, 0.1 s had passed


def test_retries_with_exponential_backoff() -> None:
    rec, sleeps = Recorder(fail=2), []
    studies = list(client(rec, sleeps).studies(Query(term="x"), max_studies=3))
    assert len(studies) == 3
    assert len(rec.requests) == 3
    assert [s for s in sleeps if s >= 1] == [1.0, 2.0]


def test_retry_after_header_is_honoured() -> None:
    rec, sleeps = Recorder(fail=1, status=429, headers={"Retry-After": "7"}), []
    list(client(rec, sleeps).studies(Query(term="x"), max_studies=1))
    assert 7.0 in sleeps


def test_gives_up_after_the_retries() -> None:
    rec = Recorder(fail=100)
    with pytest.raises(RegistryError, match="HTTP 503"):
        list(client(rec, []).studies(Query(term="x")))
    assert len(rec.requests) == 5


def test_bad_query_is_an_input_error() -> None:
    rec = Recorder(fail=1, status=400)
    with pytest.raises(InputError):
        list(client(rec, []).studies(Query(term="x")))


def test_incremental_sync(tmp_path: Path) -> None:
    store = TrialStore(f"sqlite:///{tmp_path / 't.sqlite'}")
    rec = Recorder()
    query = Query(condition="leiomyosarcoma")
    first = sync(store, client(rec, []), query)
    assert first.since is None and first.stored == store.count() == 14
    assert first.latest == store.last_update(query.key()) == "2026-09-18"
    second = sync(store, client(rec, []), query)
    assert second.since == "2026-09-18"
    assert rec.requests[-1].url.params["filter.advanced"] == (
        "AREA[LastUpdatePostDate]RANGE[2026-09-18,MAX]"
    )
    full = sync(store, client(rec, []), query, full=True)
    assert full.since is None

"""ClinicalTrials.gov API v2 client: search, page tokens, retries with backoff, a polite pace.

``GET /api/v2/studies`` with ``query.cond`` / ``query.term``, ``filter.overallStatus`` and, for
incremental sync, ``filter.advanced=AREA[LastUpdatePostDate]RANGE[<day>,MAX]``; each page returns
``studies`` and, while more remain, ``nextPageToken``. Tests pass an ``httpx.MockTransport``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from sarcnav.errors import InputError

BASE_URL = "https://clinicaltrials.gov/api/v2"
_RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Query:
    """What to fetch; empty fields are not sent."""

    condition: str | None = None
    term: str | None = None
    statuses: tuple[str, ...] = ()
    updated_since: str | None = None

    def key(self) -> str:
        """A stable name for this query (the sync state is kept per query)."""
        return (
            f"cond={self.condition or ''};term={self.term or ''};status={','.join(self.statuses)}"
        )

    def params(self, page_size: int) -> dict[str, str]:
        params = {"format": "json", "pageSize": str(page_size)}
        if self.condition:
            params["query.cond"] = self.condition
        if self.term:
            params["query.term"] = self.term
        if self.statuses:
            params["filter.overallStatus"] = ",".join(self.statuses)
        if self.updated_since:
            params["filter.advanced"] = f"AREA[LastUpdatePostDate]RANGE[{self.updated_since},MAX]"
        return params


class RegistryError(Exception):
    """The registry could not be reached or kept failing after the retries."""


class RegistryClient:
    """Fetches study pages politely: at most one request per ``min_interval`` seconds."""

    def __init__(
        self,
        *,
        base_url: str = BASE_URL,
        transport: httpx.BaseTransport | None = None,
        retries: int = 4,
        backoff: float = 1.0,
        min_interval: float = 0.5,
        page_size: int = 100,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = httpx.Client(
            base_url=base_url,
            transport=transport,
            timeout=timeout,
            headers={"User-Agent": "sarcnav-trials/0.1 (research; polite client)"},
        )
        self.retries = retries
        self.backoff = backoff
        self.min_interval = min_interval
        self.page_size = page_size
        self._sleep = sleep
        self._clock = clock
        self._last: float | None = None

    def close(self) -> None:
        self._http.close()

    def studies(self, query: Query, max_studies: int | None = None) -> Iterator[dict[str, Any]]:
        """Every study the query returns, following ``nextPageToken`` until the last page."""
        token: str | None = None
        sent = 0
        while True:
            params = query.params(self.page_size)
            if token:
                params["pageToken"] = token
            page = self._get("/studies", params)
            studies = page.get("studies")
            if not isinstance(studies, list):
                raise RegistryError("registry page without a 'studies' list")
            for study in studies:
                yield study
                sent += 1
                if max_studies is not None and sent >= max_studies:
                    return
            token = page.get("nextPageToken")
            if not token:
                return

    def _get(self, path: str, params: dict[str, str]) -> dict[str, Any]:
        for attempt in range(self.retries + 1):
            self._pace()
            try:
                response = self._http.get(path, params=params)
            except httpx.TransportError as exc:
                if attempt == self.retries:
                    raise RegistryError(f"registry unreachable: {exc.__class__.__name__}") from exc
                self._sleep(self.backoff * 2**attempt)
                continue
            if response.status_code in _RETRY_STATUS and attempt < self.retries:
                self._sleep(_retry_after(response) or self.backoff * 2**attempt)
                continue
            if response.status_code == 400:
                raise InputError(f"registry rejected the query: {response.text[:200]}")
            if response.status_code != 200:
                raise RegistryError(f"registry answered HTTP {response.status_code}")
            data = response.json()
            if not isinstance(data, dict):
                raise RegistryError("registry answered with something other than a JSON object")
            return data
        raise RegistryError("registry kept failing")  # pragma: no cover - loop always returns

    def _pace(self) -> None:
        now = self._clock()
        if self._last is not None:
            wait = self.min_interval - (now - self._last)
            if wait > 0:
                self._sleep(wait)
                now += wait
        self._last = now


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def latest_update(studies: list[dict[str, Any]]) -> str | None:
    """The most recent ``lastUpdatePostDateStruct.date`` among studies (ISO dates sort)."""
    days = [
        s.get("protocolSection", {})
        .get("statusModule", {})
        .get("lastUpdatePostDateStruct", {})
        .get("date")
        for s in studies
    ]
    found = [d for d in days if isinstance(d, str)]
    return max(found) if found else None

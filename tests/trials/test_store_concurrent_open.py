"""Opening a new trial store from several threads at once (as web workers do) never fails."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sarcnav.trials import TrialStore


def test_many_threads_open_a_new_store_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'trials.sqlite'}"
    with ThreadPoolExecutor(8) as pool:
        stores = list(pool.map(lambda _: TrialStore(url), range(16)))
    assert all(store.last_update("__schema__") for store in stores)
    assert stores[0].search("leiomyosarcoma") == []

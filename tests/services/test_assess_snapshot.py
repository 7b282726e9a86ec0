"""``assess`` gives exactly the frozen outputs (every field) on ~6,000 varied inputs."""

from __future__ import annotations

from tests.services.snapshot import GENERATED, VARIED, outputs, read


def test_outputs_match_the_snapshot() -> None:
    want, got = read(), outputs()
    assert len(want) >= GENERATED + 2 * VARIED
    assert got.keys() == want.keys()
    changed = [key for key in want if got[key] != want[key]]
    assert not changed, f"{len(changed)} outputs changed, first {changed[:5]}"

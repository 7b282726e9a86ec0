"""``assess`` gives exactly the frozen outputs (every field) on ~6,000 varied inputs."""

from __future__ import annotations

from itertools import islice

from benchmarks.assess import generate
from tests.services.snapshot import GENERATED, UNSET, VARIED, outputs, read, unset_digest, varied

from sarcnav.services import Assessment, assess


def test_outputs_match_the_snapshot() -> None:
    want, got = read(), outputs()
    assert len(want) >= GENERATED + 2 * VARIED
    assert got.keys() == want.keys()
    changed = [key for key in want if got[key] != want[key]]
    assert not changed, f"{len(changed)} outputs changed, first {changed[:5]}"


def test_fields_set_and_repr_match_the_snapshot() -> None:
    assert unset_digest() == UNSET.read_text(encoding="utf-8").strip()


def test_results_are_the_models_validation_would_build() -> None:
    for case in [*generate(300), *islice(varied(300), 300)]:
        made = assess(case, alternatives=True)
        built = Assessment.model_validate(made.model_dump())
        assert made == built
        assert made.model_fields_set == built.model_fields_set
        assert made.diagnosis.model_fields_set == built.diagnosis.model_fields_set

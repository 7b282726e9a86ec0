"""The therapy clause-mood cue pack: it loads, every row compiles, a bad row is named."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from sarcnav.knowledge import KnowledgeError
from sarcnav.knowledge.loader import DATA, load_pack
from sarcnav.knowledge.modality import ModalityPack
from sarcnav.therapy.modality import CUES, NOT_GIVEN, mood_pack

RAW: dict[str, Any] = yaml.safe_load((DATA / "therapy_modality.yaml").read_text(encoding="utf-8"))


def test_the_pack_loads_and_every_row_compiles() -> None:
    pack = mood_pack()
    assert {row.kind for row in pack.cues} == {"proposal", "refusal", "future", "other", "given"}
    for row in pack.cues:
        assert row.id == f"ther-mood-{row.name}" and row.name.isidentifier()
        for alternative in row.patterns:
            re.compile(alternative)
        assert re.compile(f"(?P<{row.name}>{row.pattern})", re.IGNORECASE).groups >= 1


def test_the_engine_uses_every_row_in_order() -> None:
    rows = [(r.name, r.kind, r.pattern) for r in mood_pack().cues]
    assert [(c.id, c.kind, c.pattern) for c in CUES] == rows
    not_given = [r.name for r in mood_pack().cues if r.kind != "given"]
    assert list(NOT_GIVEN.groupindex) == not_given


def _set(field: str, value: object) -> Any:
    def change(raw: dict[str, Any]) -> None:
        raw["cues"][2][field] = value

    return change


def _duplicate(raw: dict[str, Any]) -> None:
    raw["cues"].append(copy.deepcopy(raw["cues"][2]))


BAD = [
    (_set("kind", "maybe"), r"cues\.2: .*row ther-mood-offer: kind: Input should be 'proposal'"),
    (_set("patterns", []), r"row ther-mood-offer: patterns: .*at least 1 item"),
    (_set("patterns", ["offered", " "]), r"row ther-mood-offer: patterns: .*empty pattern"),
    (_set("patterns", ["offer(ed"]), r"row ther-mood-offer: .*'offer\(ed' does not compile"),
    (_set("patterns", ["(?P<x>offer)"]), r"row ther-mood-offer: .*names a group"),
    (_set("languages", ["english"]), r"row ther-mood-offer: languages\.0: String should match"),
    (_set("languages", ["da", False]), r"row ther-mood-offer: languages\.1: Input should be"),
    (_set("id", "ther-mood-next-line"), r"row ther-mood-next-line: id: String should match"),
    (_set("tone", "soft"), r"row ther-mood-offer: tone: Extra inputs are not permitted"),
    (_duplicate, r"duplicate record ids: \['ther-mood-offer'\]"),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_a_bad_row_fails_loudly_naming_it(
    change: Any, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sarcnav.knowledge import loader

    raw = copy.deepcopy(RAW)
    assert raw["cues"][2]["id"] == "ther-mood-offer"
    change(raw)
    (tmp_path / "bibliography").symlink_to(DATA / "bibliography")
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(loader, "DATA", tmp_path)
    with pytest.raises(KnowledgeError, match=f"^bad.yaml: .*{message}"):
        load_pack("bad", ModalityPack)


def test_the_unchanged_file_loads_from_a_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sarcnav.knowledge import loader

    (tmp_path / "bibliography").symlink_to(DATA / "bibliography")
    (tmp_path / "good.yaml").write_text(yaml.safe_dump(RAW, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(loader, "DATA", tmp_path)
    assert load_pack("good", ModalityPack) == mood_pack()

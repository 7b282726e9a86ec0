"""Whole-data checks: every pack loads, every record cites a known source, references resolve."""

from __future__ import annotations

from datetime import date

import pytest
import yaml
from pydantic import ValidationError

from sarcnav.diagnosis.facts import fact_names as diagnosis_facts
from sarcnav.knowledge import KnowledgeError, bibliography
from sarcnav.knowledge.base import Record
from sarcnav.knowledge.loader import DATA, load_pack
from sarcnav.knowledge.packs import diagnosis_pack, staging_pack
from sarcnav.knowledge.registry import PACKS, load_all
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.staging.facts import fact_names as staging_facts


def test_every_pack_loads_and_every_record_cites_a_known_source() -> None:
    bib = bibliography()
    for name, pack in load_all().items():
        assert pack.records(), name
        for record in pack.records():
            assert record.sources, record.id
            assert set(record.sources) <= bib.keys(), record.id
            assert record.as_of <= date.today()


def test_every_yaml_file_is_registered_or_a_bibliography() -> None:
    files = {p.stem for p in DATA.glob("*.yaml")}
    assert files == set(PACKS)


def test_record_ids_are_unique_across_packs() -> None:
    ids = [r.id for pack in load_all().values() for r in pack.records()]
    assert len(ids) == len(set(ids))


def test_bibliography_entries_have_a_locator_or_full_citation() -> None:
    for entry in bibliography().values():
        assert len(entry.citation) > 20, entry.id


def test_diagnosis_rules_read_only_known_facts_and_criteria() -> None:
    pack = diagnosis_pack()
    criteria = {c.id for c in pack.criteria}
    variants = {v.id for v in pack.variants}
    trees = [c.when for c in pack.criteria] + [r.when for r in pack.rows]
    trees += [f.when for f in pack.flags] + [v.when for v in pack.variants]
    for tree in trees:
        assert tree.facts_read() <= diagnosis_facts(), tree.facts_read() - diagnosis_facts()
        assert tree.criteria_named() <= criteria
    for row in pack.rows:
        assert set(row.variants) <= variants


def test_every_diagnosis_code_has_one_label() -> None:
    labels = [entry.code for entry in diagnosis_pack().labels]
    assert sorted(labels) == sorted(DiagnosisCode)


def test_staging_rules_read_only_known_facts_and_known_systems() -> None:
    pack = staging_pack()
    systems = {r.system for r in pack.rows}
    for row in pack.rows:
        assert row.when.facts_read() <= staging_facts(), row.id
    for choice in pack.systems:
        assert set(choice.figo) <= systems
        assert set(choice.ajcc_tables.values()) <= systems
        assert choice.ajcc in {g.system for g in pack.groups}
        assert set(choice.figo) <= pack.system_labels.keys()
    staged = {code for choice in pack.systems for code in choice.codes}
    malignant = {c for c in DiagnosisCode if "sarcoma" in c.value or c.value.endswith("_ess")}
    assert malignant <= staged


def test_unverified_records_are_few_and_named() -> None:
    unverified = [
        r.id for p in load_all().values() for r in p.records() if r.verification == "UNVERIFIED"
    ]
    assert "sm-epithelioid-lms" in unverified and "sm-myxoid-lms" in unverified
    assert "sm-spindle-lms" not in unverified


def test_a_record_without_sources_is_rejected() -> None:
    with pytest.raises(ValidationError, match="sources"):
        Record.model_validate({"id": "x", "sources": [], "as_of": "2026-01-01"})


def test_unknown_keys_and_unknown_sources_fail_loudly(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sarcnav.knowledge import loader
    from sarcnav.knowledge.diagnosis import DiagnosisPack

    raw = yaml.safe_load((DATA / "diagnosis_who2020.yaml").read_text(encoding="utf-8"))
    (tmp_path / "bibliography").symlink_to(DATA / "bibliography")
    monkeypatch.setattr(loader, "DATA", tmp_path)

    raw["rows"][0]["colour"] = "red"
    (tmp_path / "bad_key.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"bad_key.yaml: rows.0.colour"):
        load_pack("bad_key", DiagnosisPack)

    del raw["rows"][0]["colour"]
    raw["rows"][0]["sources"] = ["nobody-2099"]
    (tmp_path / "bad_source.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="nobody-2099"):
        load_pack("bad_source", DiagnosisPack)

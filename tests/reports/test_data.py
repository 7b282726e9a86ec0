"""The reader's data: ids unique, fields real, parsers known, ICCR pack valid and UNVERIFIED."""

from __future__ import annotations

import re

from sarcnav.knowledge.registry import load_all
from sarcnav.model.case import Extent, Findings, Specimen
from sarcnav.model.report import ModifierCategory, ReportReading
from sarcnav.reports.assess import iccr_pack
from sarcnav.reports.parsers import PARSERS
from sarcnav.reports.patterns import context_file, pattern_file, vocabulary

# Fields a rule may fill that are not model attributes but are merged specially.
_MERGED = {"extent.nodes", "report.stated_stage"}


def _field_exists(path: str) -> bool:
    head, _, rest = path.partition(".")
    name = rest.split(".")[0]
    models = {
        "specimen": Specimen,
        "findings": Findings,
        "extent": Extent,
        "report": ReportReading,
    }
    return path in _MERGED or name in models[head].model_fields


def test_rule_ids_unique_and_fields_exist() -> None:
    rules = pattern_file().rules
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert _field_exists(rule.field), rule.id
        if rule.kind == "parse":
            assert rule.parser in PARSERS, rule.id


def test_value_maps_give_valid_values() -> None:
    for rule in pattern_file().rules:
        for regex, _value in rule.values:
            re.compile(regex)


def test_every_context_category_has_triggers() -> None:
    ctx = context_file()
    assert set(ctx.categories) == set(ModifierCategory)
    for terms in ctx.categories.values():
        assert terms.preceding and terms.following


def test_vocabulary_covers_every_stated_code_but_indeterminate() -> None:
    codes = {t.code.value for t in vocabulary().diagnosis_terms}
    from sarcnav.model.diagnosis import DiagnosisCode

    assert codes == {c.value for c in DiagnosisCode} - {"indeterminate"}


def test_iccr_pack_loads_with_every_element_unverified() -> None:
    packs = load_all()
    assert "reports_iccr_mesenchymal" in packs
    pack = iccr_pack()
    assert pack.elements
    assert all(e.verification.value == "UNVERIFIED" for e in pack.elements)
    reading_fields = {f for e in pack.elements for f in e.fields}
    for path in reading_fields:
        head, _, name = path.partition(".")
        model = {"specimen": Specimen, "findings": Findings, "extent": Extent}.get(head)
        assert (model or ReportReading).model_fields.get(name) is not None, path


def test_required_words_never_hide_a_match() -> None:
    """A rule's `requires` words are in every match on the measured fixtures and family wordings."""
    from pathlib import Path

    from tests.reports.test_families import CASES

    from sarcnav.reports.extract import key_values_as_colons, leaders_as_colons
    from sarcnav.reports.patterns import compiled_rules

    root = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
    sets = ("corpus", "holdout", "blind2", "blind3")  # measured sets only, never an unmeasured one
    texts = [p.read_text(encoding="utf-8") for s in sets for p in sorted((root / s).glob("*.txt"))]
    texts += [text for _, text, _ in CASES]
    checked = 0
    for rule, pattern in compiled_rules():
        if not rule.requires:
            continue
        for text in texts:
            for match in pattern.finditer(key_values_as_colons(leaders_as_colons(text))):
                checked += 1
                assert any(w in match.group(0).lower() for w in rule.requires), (rule.id, match)
    assert checked > 100

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

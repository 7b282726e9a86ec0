"""The reader's data: ids unique, fields real, parsers known, ICCR pack valid and UNVERIFIED;
the blind sets' gold files well formed (format only: the reader is not run on them here)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from sarcnav.knowledge.loader import bibliography
from sarcnav.knowledge.registry import load_all
from sarcnav.model.case import Extent, Findings, MitoticCount, Nodes, Specimen
from sarcnav.model.diagnosis import DiagnosisCode
from sarcnav.model.report import ModifierCategory, ReportReading
from sarcnav.reports.assess import iccr_pack
from sarcnav.reports.parsers import PARSERS
from sarcnav.reports.patterns import Rule, context_file, pattern_file, vocabulary

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


def test_cited_reader_data_is_in_the_bibliography() -> None:
    """Rules that read a clinical convention, the node deposit sizes and the morphology defaults
    cite known sources."""
    known = bibliography().keys()
    cited = [(r.id, r.sources) for r in pattern_file().rules if r.sources]
    cited += [(d.id, d.sources) for d in vocabulary().node_deposits]
    cited += [(d.id, d.sources) for d in vocabulary().morphology_defaults]
    assert len(cited) >= 4
    for rid, sources in cited:
        assert set(sources) <= known, rid


def test_a_cited_rule_needs_its_date() -> None:
    rule = {"id": "x", "field": "findings.necrosis", "kind": "assert", "pattern": "x"}
    with pytest.raises(ValidationError, match="go together"):
        Rule.model_validate({**rule, "sources": ["path-s21"]})
    assert Rule.model_validate({**rule, "sources": ["path-s21"], "as_of": "2026-11-26"}).as_of


def test_node_deposit_sizes_run_largest_first() -> None:
    """The first row whose size a deposit exceeds gives its kind, so rows run largest first."""
    sizes = [d.above_mm for d in vocabulary().node_deposits]
    assert sizes == sorted(sizes, reverse=True)
    assert {d.involvement for d in vocabulary().node_deposits} == {
        "macrometastasis",
        "micrometastasis",
        "itc",
    }


def test_rule_ids_unique_and_fields_exist() -> None:
    rules = pattern_file().rules
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert _field_exists(rule.field), rule.id
        if rule.kind == "parse":
            assert rule.parser in PARSERS, rule.id


def test_rule_values_are_valid_values_of_their_field() -> None:
    """Every value a rule can give (its value map included) validates as its field's type."""
    models: dict[str, type[BaseModel]] = {
        "specimen": Specimen,
        "findings": Findings,
        "extent": Extent,
    }
    checked = 0
    for rule in pattern_file().rules:
        head, _, name = rule.field.partition(".")
        given = [rule.value, rule.negated_value, rule.uncertain_value]
        for regex, value in rule.values:
            re.compile(regex)
            given.append(value)
        for value in (v for v in given if v is not None):
            models[head].model_validate_json(json.dumps({name: value}), strict=True)
            checked += 1
    assert checked > 50


def test_every_context_category_has_triggers() -> None:
    ctx = context_file()
    assert set(ctx.categories) == set(ModifierCategory)
    for terms in ctx.categories.values():
        assert terms.preceding and terms.following


def test_vocabulary_covers_every_stated_code_but_indeterminate() -> None:
    codes = {t.code.value for t in vocabulary().diagnosis_terms}
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


# --- Gold files of the blind sets: format only (the reader is never run on them here) ---

_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
BLIND_SETS = tuple(f"blind{n}" for n in range(2, 13))
_FIGO = re.compile(r"^(I|II|III|IV)([ABC]\d?(i|ii)?)?(m_(POLEmut|MMRd|NSMP|p53abn))?$")
_NODES = re.compile(r"^(negative|itc|micrometastasis|macrometastasis|positive) (\d+)/(\d+)$")
_REPORT_KEYS = {"stated_diagnosis", "stated_figo", "depth_of_invasion_mm"}


def _gold(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_FIXTURES / name / "gold.json").read_text(encoding="utf-8"))
    return data


def _value_error(key: str, value: Any) -> str | None:
    """Why a flattened gold value is not a valid value of its field (None when it is)."""
    head, _, rest = key.partition(".")
    parts = rest.split(".")
    models: dict[str, type[BaseModel]] = {
        "specimen": Specimen,
        "findings": Findings,
        "extent": Extent,
    }
    try:
        if head == "report":
            if rest not in _REPORT_KEYS:
                return "unknown report key"
            if rest == "stated_diagnosis":
                DiagnosisCode(value)
            elif rest == "stated_figo":
                return None if _FIGO.match(value) else "not a FIGO stage"
            elif not isinstance(value, (int, float)) or value < 0:
                return "not a depth"
        elif parts[0] == "ihc" and len(parts) in (2, 3):
            extra = {"result": "positive", parts[-1]: value}
            stain = {"result": value} if len(parts) == 2 else extra
            Findings.model_validate_json(json.dumps({"ihc": {parts[1]: stain}}), strict=True)
        elif parts[0] == "molecular" and len(parts) == 2:
            finding = {"alteration": parts[1], "detected": value}
            Findings.model_validate_json(json.dumps({"molecular": [finding]}), strict=True)
        elif parts[0] == "mitoses" and len(parts) == 1:
            count, unit = value.split(" ")
            MitoticCount(value=float(count), unit=unit)
        elif parts[0] == "mitoses" and len(parts) == 2:
            count = {"value": 1, "unit": "per_10_hpf", parts[1]: value}
            MitoticCount.model_validate_json(json.dumps(count), strict=True)
        elif rest in ("pelvic_nodes", "para_aortic_nodes") and head == "extent":
            match = _NODES.match(value)
            if not match or int(match[2]) > int(match[3]):
                return "not '<involvement> <positive>/<examined>'"
            Nodes(involvement=match[1], positive=int(match[2]), examined=int(match[3]))
        elif head in models and len(parts) == 1 and rest in models[head].model_fields:
            models[head].model_validate_json(json.dumps({rest: value}), strict=True)
        else:
            return "unknown field"
    except (ValueError, ValidationError) as err:
        return str(err).splitlines()[0]
    return None


@pytest.mark.parametrize("name", BLIND_SETS)
def test_blind_gold_file_format(name: str) -> None:
    """Every blind set: the same keys, one gold entry per report, valid codes and values."""
    gold = _gold(name)
    assert set(gold) == {"note", "field_format", "reports"}
    assert "SYNTHETIC" in gold["note"] and gold["field_format"] == _gold("blind4")["field_format"]
    files = sorted(f"{name}/{p.name}" for p in (_FIXTURES / name).glob("*.txt"))
    assert files == sorted(gold["reports"])
    codes = {c.value for c in DiagnosisCode}
    for report, entry in gold["reports"].items():
        assert set(entry) == {"set", "diagnosis", "figo", "conflicts", "fields"}, report
        assert entry["set"] == name and entry["diagnosis"] in codes, report
        assert entry["figo"] is None or _FIGO.match(entry["figo"]), report
        assert set(entry["conflicts"]) <= {"diagnosis", "stage"}, report
        fields = entry["fields"]
        bad = {k: e for k, v in fields.items() if (e := _value_error(k, v)) is not None}
        assert not bad, f"{report}: {bad}"
        if "stage" in entry["conflicts"]:
            assert fields.get("report.stated_figo") not in (None, entry["figo"]), report
        if "diagnosis" in entry["conflicts"]:
            assert fields.get("report.stated_diagnosis") not in (None, entry["diagnosis"]), report
        text = (_FIXTURES / report).read_text(encoding="utf-8").lower()
        assert "synth" in text, report  # every report says it is synthetic


def test_blind5_covers_every_diagnosis_and_stage_group() -> None:
    """The fifth blind set covers every diagnosis code and stage groups I-IV of each system."""
    reports = _gold("blind5")["reports"].values()
    assert len(reports) >= 32
    assert {r["diagnosis"] for r in reports} == {c.value for c in DiagnosisCode}
    figo = {r["figo"] for r in reports if r["figo"]}
    sarcoma = {"IA", "IB", "IIA", "IIB", "IIIA", "IIIB", "IIIC", "IVB"}
    carcinosarcoma = {"IIC", "IIIA2", "IIIB1", "IIIC1i", "IVB", "IVC"}
    assert sarcoma | carcinosarcoma | {"IC", "IV"} <= figo
    assert {c for r in reports for c in r["conflicts"]} == {"diagnosis", "stage"}


def test_blind6_covers_every_diagnosis_and_stage_group() -> None:
    """The sixth blind set covers every diagnosis code and stage groups I-IV of each system."""
    reports = _gold("blind6")["reports"].values()
    assert len(reports) >= 30
    assert {r["diagnosis"] for r in reports} == {c.value for c in DiagnosisCode}
    figo = {r["figo"] for r in reports if r["figo"]}
    sarcoma = {"IA", "IB", "IC", "IIA", "IIB", "IIIA", "IIIB", "IIIC", "IVA", "IVB"}
    carcinosarcoma = {"IC", "IICm_p53abn", "IIIA1", "IIIB2", "IIIC2ii", "IVA", "IVB"}
    assert sarcoma | carcinosarcoma <= figo
    assert {c for r in reports for c in r["conflicts"]} == {"diagnosis", "stage"}

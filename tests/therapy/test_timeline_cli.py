"""Regulatory timeline as of a date, the CLI contracts and the public API."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sarcnav.therapy as therapy
from sarcnav.cli import app
from sarcnav.commands import app as registered  # noqa: F401  (registers the commands)
from sarcnav.knowledge.registry import load_all
from sarcnav.therapy.timeline import drug_report, period

runner = CliRunner()
CASE = Path(__file__).parent.parent / "fixtures" / "therapy" / "cases" / "ulms-later-line.json"


def report(name: str, on: str):  # type: ignore[no-untyped-def]
    match = therapy.resolve_drug(name)
    assert match is not None
    return drug_report(match, date.fromisoformat(on))


@pytest.mark.parametrize(
    ("on", "withdrawn", "status_part"),
    [("2016-10-18", False, "no approval recorded"),
     ("2016-10-19", False, "FDA: approved (accelerated)"),
     ("2019-03-31", False, "restricted"), ("2019-04-15", None, "uncertain"),
     ("2019-05-01", True, "withdrawn")],
)  # fmt: skip
def test_olaratumab_as_of(on: str, withdrawn: bool | None, status_part: str) -> None:
    result = report("Lartruvo", on)
    assert result.withdrawn is withdrawn
    assert status_part in result.regulatory_status


def test_dates_known_only_to_the_year_are_periods() -> None:
    assert period("2007") == (date(2007, 1, 1), date(2007, 12, 31))
    assert period("2019-04") == (date(2019, 4, 1), date(2019, 4, 30))
    events = {e.id: e.happened for e in report("Yondelis", "2007-06-01").events}
    assert events["reg-trabectedin-eu-2007"] == "uncertain"
    assert events["reg-trabectedin-fda-2015"] == "no"


def test_drug_without_events_says_so() -> None:
    result = report("gemzar", "2026-01-01")
    assert result.regulatory_status == "no regulatory events recorded in the reference"
    assert result.sources and "gemcitabine + docetaxel" in result.regimens


def test_every_pack_loads_and_cites() -> None:
    packs = load_all()
    for name in ("therapy_catalogue", "therapy_regulatory", "therapy_dose", "therapy_options"):
        assert packs[name].records()


def test_all_is_complete() -> None:
    modules = {"catalogue", "cli", "dose", "fields", "history", "lexicon", "options", "parse"}
    modules |= {"ordinary", "sequence", "timeline", "given_model", "train_given", "modality"}
    modules |= {"script"}
    public = {n for n in dir(therapy) if not n.startswith("_")} - modules
    assert public == set(therapy.__all__)


def test_cli_parse_json_contract() -> None:
    out = runner.invoke(app, ["therapy", "parse", "MAI x6 then gem/tax, now on Votrient", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert [line["agents"] for line in data["lines"]] == [
        ["doxorubicin", "ifosfamide"],
        ["gemcitabine", "docetaxel"],
        ["pazopanib"],
    ]
    assert {"line", "regimen", "agents", "cycles", "current"} <= set(data["lines"][0])


def test_cli_drug_and_bad_input() -> None:
    out = runner.invoke(app, ["drug", "Lartruvo", "--as-of", "2020-01-01", "--json"])
    assert out.exit_code == 0 and json.loads(out.stdout)["withdrawn"] is True
    bad = runner.invoke(app, ["drug", "Lartruvo", "--as-of", "2020-13-01"])
    assert bad.exit_code == 2 and "--as-of" in bad.output and "Traceback" not in bad.output
    regimen = runner.invoke(app, ["drug", "AIM"])
    assert regimen.exit_code == 2 and "is a regimen" in regimen.output
    unknown = runner.invoke(app, ["drug", "Keytruda"])
    assert unknown.exit_code == 2 and "Keytruda" in unknown.output


def test_cli_options(tmp_path: Path) -> None:
    out = runner.invoke(app, ["therapy", "options", str(CASE), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert "not recommendations" in data["disclaimer"]
    assert data["options"][0]["label"] == "clinical trial"
    text = runner.invoke(app, ["therapy", "options", str(CASE)])
    assert "not recommendations" in text.output and "received" in text.output
    broken = tmp_path / "bad.json"
    broken.write_text('{"therapy": {"setting": "sometime"}}')
    bad = runner.invoke(app, ["therapy", "options", str(broken)])
    assert bad.exit_code == 2 and "therapy.setting" in bad.output

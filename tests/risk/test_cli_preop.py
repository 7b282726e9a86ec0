"""`sarcnav risk preop` end to end: JSON contract, bad input, batches."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401  (registers the commands)
from sarcnav.cli import app

EXAMPLE = Path(__file__).parents[2] / "examples/risk/preop_synthetic.json"
runner = CliRunner()


def test_json_output() -> None:
    out = runner.invoke(app, ["risk", "preop", str(EXAMPLE), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["suspicious"] == "met"
    assert [e["id"] for e in data["age_stratified"]] == ["prev-wang2020-50to59"]
    assert {s["id"]: s["verdict"] for s in data["scores"]} == {
        "score-zhang2020": "met",
        "score-lakhman2017": "unknown",
    }
    assert data["missing"] == ["preop.mri.central_unenhanced_area"]  # menopausal status given


def test_text_output_cites_sources() -> None:
    out = runner.invoke(app, ["risk", "preop", str(EXAMPLE)])
    assert out.exit_code == 0, out.output
    assert "[risk-s43]" in out.stdout and "Zhang 2020" in out.stdout


def test_bad_field_is_named_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"preop": {"ldh_u_per_l": -5}}))
    out = runner.invoke(app, ["risk", "preop", str(bad)])
    assert out.exit_code == 2
    assert "preop.ldh_u_per_l" in out.stderr
    assert "Traceback" not in out.output


def test_one_bad_file_in_a_batch_does_not_stop_the_rest(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    out = runner.invoke(app, ["risk", "preop", str(bad), str(EXAMPLE), "--json"])
    assert out.exit_code == 2
    assert "not valid JSON" in out.stderr
    assert json.loads(out.stdout)["file"] == str(EXAMPLE)

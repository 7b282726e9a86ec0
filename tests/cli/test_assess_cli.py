"""The foundation CLI: the JSON contract, readable output, and clear errors with exit code 2."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401  (registers the commands)
from sarcnav.cli import app
from sarcnav.core_cli import EXAMPLES

runner = CliRunner()
LMS = EXAMPLES / "01-lms-spindle-ib.json"


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_assess_json_follows_the_contract() -> None:
    code, out, _ = invoke("assess", str(LMS), "--json")
    assert code == 0
    data = json.loads(out)
    assert {"code", "needs_expert_review", "reasons"} <= data["diagnosis"].keys()
    assert {"system", "figo", "ajcc", "reasons"} <= data["stage"].keys()
    assert data["diagnosis"]["code"] == "leiomyosarcoma_spindle"
    assert (data["stage"]["system"], data["stage"]["figo"]) == ("figo2009_sarcoma", "IB")
    assert data["stage"]["ajcc"] == {"t": "T1b", "n": "N0", "m": "M0", "group": "IB"}


def test_stage_is_null_where_staging_does_not_apply() -> None:
    code, out, _ = invoke("assess", str(EXAMPLES / "03-stump-necrosis-uncertain.json"), "--json")
    assert code == 0 and json.loads(out)["stage"] is None


def test_readable_report_shows_reasons_sources_and_flags() -> None:
    code, out, _ = invoke("assess", str(EXAMPLES / "04-leiomyoma-fh-deficient.json"))
    assert code == 0
    assert "leiomyoma_fh_deficient" in out and "genetics_referral" in out and "path-s16" in out


def test_carcinosarcoma_system_on_request() -> None:
    path = str(EXAMPLES / "08-carcinosarcoma-p53abn.json")
    code, out, _ = invoke("assess", path, "--json", "--system", "figo2009_endometrial")
    assert code == 0 and json.loads(out)["stage"]["figo"] == "IB"


BAD = {
    "unknown-field.json": ({"findings": {"colour": "red"}}, "findings.colour: unknown field"),
    "negative-size.json": ({"findings": {"max_dimension_cm": -2}}, "findings.max_dimension_cm"),
    "text-number.json": ({"findings": {"max_dimension_cm": "big"}}, "findings.max_dimension_cm"),
    "impossible.json": (
        {"extent": {"confined_to_uterus": True, "distant_sites": ["lung"]}},
        "confined_to_uterus is true but disease is recorded beyond the uterus: distant_sites",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_named_with_exit_2_and_no_traceback(tmp_path: Path, name: str) -> None:
    data, message = BAD[name]
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = invoke("assess", str(path))
    assert code == 2
    assert message in err and "Traceback" not in err + out


def test_not_json_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Uterus, hysterectomy: leiomyoma", encoding="utf-8")
    code, _, err = invoke("assess", str(path))
    assert code == 2 and "not valid JSON (line 1, column 1" in err
    code, _, err = invoke("assess", str(tmp_path / "absent.json"))
    assert code == 2 and "no such file" in err


def test_a_bad_file_in_a_batch_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    shutil.copy(LMS, tmp_path / "a.json")
    (tmp_path / "b.json").write_text("{broken", encoding="utf-8")
    shutil.copy(EXAMPLES / "05-lgess-iia.json", tmp_path / "c.json")
    code, out, err = invoke("assess", str(tmp_path), "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 2 and "b.json" in err and "1 of 3 file(s) failed" in err
    assert [Path(line["file"]).name for line in lines] == ["a.json", "c.json"]


def test_wrong_system_is_a_clear_error() -> None:
    code, _, err = invoke("assess", str(LMS), "--system", "figo2023_endometrial")
    assert code == 2 and "does not stage" in err


def test_schema_and_knowledge_browser() -> None:
    code, out, _ = invoke("schema")
    assert code == 0 and "max_dimension_cm" in json.loads(out)["$defs"]["Findings"]["properties"]
    code, out, _ = invoke("knowledge", "list")
    assert code == 0 and "diagnosis_who2020" in out and "UNVERIFIED" in out
    code, out, _ = invoke("knowledge", "show", "sm-spindle-lms", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["citations"]["path-s3"]["doi"] == "10.1111/apm.13135"
    code, _, err = invoke("knowledge", "show", "no-such-rule")
    assert code == 2 and "no knowledge record" in err


def test_demo_assesses_every_example() -> None:
    code, out, _ = invoke("demo")
    assert code == 0
    assert out.count("(synthetic): diagnosis") == len(list(EXAMPLES.glob("*.json")))


def test_installed_entry_point_reports_errors_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"findings": {"max_dimension_cm": -1}}', encoding="utf-8")
    exe = Path(sys.executable).parent / "sarcnav"
    proc = subprocess.run(
        [str(exe), "assess", str(bad)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert "findings.max_dimension_cm" in proc.stderr and "Traceback" not in proc.stderr

"""``sarcnav report``: the JSON contract, folders as JSONL, and robustness to bad files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401  (registers the commands)
from sarcnav.cli import app

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reports"
REPORT = FIXTURES / "corpus" / "t07_lms_nodes.txt"
runner = CliRunner()


def test_single_report_json_contract() -> None:
    result = runner.invoke(app, ["report", str(REPORT), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for key in ("findings", "diagnosis", "stage", "missing_required", "conflicts"):
        assert key in data
    assert data["diagnosis"]["code"] == "leiomyosarcoma_spindle"
    assert data["stage"]["figo"] == "IIIC"
    assert data["findings"]["mitoses"]["value"] == 12
    assert all("start" in e and "pattern_id" in e for e in data["evidence"])


def test_synoptic_markdown_and_json_with_synoptic() -> None:
    md = runner.invoke(app, ["report", str(REPORT), "--synoptic", "md"])
    assert md.exit_code == 0 and "UNVERIFIED" in md.stdout and md.stdout.startswith("## ")
    both = runner.invoke(app, ["report", str(REPORT), "--json", "--synoptic", "html"])
    assert "<table>" in json.loads(both.stdout)["synoptic"]


def test_text_view_runs() -> None:
    result = runner.invoke(app, ["report", str(REPORT)])
    assert result.exit_code == 0 and "Computed diagnosis" in result.stdout


def _bad_folder(tmp: Path) -> Path:
    folder = tmp / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.pdf").write_bytes(b"%PDF-1.7\x00\x01\x02" * 100)
    (folder / "huge.txt").write_bytes(b"uterus leiomyoma " * 320_000)  # about 5 MB
    (folder / "latin1.txt").write_bytes("Synthetic. Utérus: leiomyoma, 5 cm.".encode("latin-1"))
    (folder / "breast.txt").write_text("Breast core biopsy: invasive carcinoma.", encoding="utf-8")
    (folder / "utf16.txt").write_text("Synthetic. Uterus: leiomyoma, 5 cm.", encoding="utf-16")
    return folder


def test_folder_gives_jsonl_and_goes_on_after_bad_files(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(_bad_folder(tmp_path)), "--json"])
    assert result.exit_code == 2  # some files failed
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    by_name = {Path(line["file"]).name: line for line in lines}
    assert set(by_name) == {
        "good.txt",
        "empty.txt",
        "binary.pdf",
        "huge.txt",
        "latin1.txt",
        "breast.txt",
        "utf16.txt",
    }
    assert by_name["utf16.txt"]["findings"]["max_dimension_cm"] == 5.0
    assert by_name["empty.txt"]["error"]["code"] == "empty"
    assert by_name["binary.pdf"]["error"]["code"] == "binary"
    assert by_name["huge.txt"]["error"]["code"] == "too_large"
    assert by_name["latin1.txt"]["warnings"][0]["code"] == "not_utf8"
    assert by_name["breast.txt"]["status"] == "out_of_scope"
    assert by_name["good.txt"]["stage"]["figo"] == "IIIC"
    assert "7 files: 4 read, 3 failed" in result.stderr


def test_folder_of_good_reports_exits_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 0 and "leiomyosarcoma_spindle" in result.stdout


def test_bad_single_file_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    result = runner.invoke(app, ["report", str(empty)])
    assert result.exit_code == 2 and "empty" in result.stderr and "Traceback" not in result.output
    missing = runner.invoke(app, ["report", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr

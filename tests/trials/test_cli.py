"""``sarcnav trials``: import, match (JSON contract), search, show, clear errors with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401  (registers the commands)
from sarcnav.cli import app
from tests.trials.helpers import SAMPLE, patient

runner = CliRunner()


def flat(text: str) -> str:
    """Output with Rich's line wrapping undone."""
    return " ".join(text.split())


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    result = runner.invoke(app, ["trials", "import", str(SAMPLE), "--db", url])
    assert result.exit_code == 0, result.output
    assert "imported 33 trials" in result.output
    return url


def write_case(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_match_json_contract(db: str, tmp_path: Path) -> None:
    case = write_case(tmp_path, patient().model_dump(mode="json"))
    result = runner.invoke(
        app, ["trials", "match", str(case), "--json", "--db", db, "--today", "2026-11-26"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and all(r["verdict"] in {"eligible", "possibly_eligible"} for r in rows)
    for row in rows:
        assert {"nct_id", "title", "status", "verdict", "criteria"} <= row.keys()
        for c in row["criteria"]:
            assert {"text", "kind", "verdict", "reason"} <= c.keys()
            assert c["verdict"] in {"met", "not_met", "unknown"}
    everything = runner.invoke(app, ["trials", "match", str(case), "--json", "--all", "--db", db])
    assert any(r["verdict"] == "excluded" for r in json.loads(everything.output))


def test_match_accepts_a_plain_case_file(db: str, tmp_path: Path) -> None:
    case = write_case(tmp_path, patient().case.model_dump(mode="json"))
    result = runner.invoke(
        app, ["trials", "match", str(case), "--db", db, "--status", "recruiting"]
    )
    assert result.exit_code == 0, result.output
    assert "NCT04383119" in result.output and "decision support only" in flat(result.output)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"patient": {"age_years": "old"}}, "patient.age_years"),
        ({"case": {}, "facts": {"ecog": 9}}, "facts.ecog"),
        ("not json", "not valid JSON"),
    ],
)
def test_bad_case_names_the_field(db: str, tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    result = runner.invoke(app, ["trials", "match", str(path), "--db", db])
    assert result.exit_code == 2
    assert message in flat(result.output) and "Traceback" not in result.output


def test_one_bad_record_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:3]
    lines.insert(1, '{"protocolSection": {"identificationModule": {"nctId": "bad"}}}')
    lines.insert(2, "{not json")
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'b.sqlite'}"
    result = runner.invoke(app, ["trials", "import", str(path), "--db", url])
    assert result.exit_code == 0
    assert "imported 3 trials" in result.output
    out = flat(result.output)
    assert "batch.jsonl:2" in out and "nctId" in out
    assert "batch.jsonl:3" in out


def test_import_missing_path(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["trials", "import", str(tmp_path / "nope.json"), "--db", "sqlite://"]
    )
    assert result.exit_code == 2 and "no such file" in flat(result.output)


def test_search_and_show(db: str) -> None:
    found = runner.invoke(app, ["trials", "search", "letrozole", "--db", db])
    assert "NCT00856050" in found.output
    shown = runner.invoke(app, ["trials", "show", "NCT03517449", "--json", "--db", db])
    data = json.loads(shown.output)
    assert data["criteria"][-1]["section"] == "exclusion"
    missing = runner.invoke(app, ["trials", "show", "NCT00000001", "--db", db])
    assert missing.exit_code == 2


@pytest.mark.parametrize("command", [["search", "letrozole"], ["show", "NCT03517449"], ["match"]])
def test_read_commands_need_a_filled_store(tmp_path: Path, command: list[str]) -> None:
    """A mistyped --db creates nothing, and an empty store is said to be empty (exit 2)."""
    case = write_case(tmp_path, patient().model_dump(mode="json"))
    args = [*command, str(case)] if command == ["match"] else command
    typo = tmp_path / "no" / "such" / "trials.sqlite"
    missing = runner.invoke(app, ["trials", *args, "--db", f"sqlite:///{typo}"])
    assert missing.exit_code == 2 and "no trial store" in flat(missing.output)
    assert not typo.parent.exists()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    result = runner.invoke(app, ["trials", *args, "--db", f"sqlite:///{empty}"])
    assert result.exit_code == 2 and "holds no trials" in flat(result.output)
    assert "Traceback" not in result.output


def test_sync_needs_a_query() -> None:
    result = runner.invoke(app, ["trials", "sync", "--db", "sqlite://"])
    assert result.exit_code == 2 and "--condition" in flat(result.output)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--near", "48.8,2.3"], "--near and --within-km go together"),
        (["--near", "north", "--within-km", "50"], "--near: give LAT,LON"),
        (["--near", "95,2", "--within-km", "50"], "out of range"),
    ],
)
def test_distance_options_are_checked(
    db: str, tmp_path: Path, args: list[str], message: str
) -> None:
    case = write_case(tmp_path, patient().model_dump(mode="json"))
    result = runner.invoke(app, ["trials", "match", str(case), "--db", db, *args])
    assert result.exit_code == 2 and message in flat(result.output)


def test_free_text_history_through_the_therapy_reader(db: str, tmp_path: Path) -> None:
    case = write_case(tmp_path, patient(treatments=[]).model_dump(mode="json"))
    args = ["trials", "match", str(case), "--json", "--db", db, "--all", "--limit", "50"]
    before = {r["nct_id"]: r for r in json.loads(runner.invoke(app, args).output)}
    told = runner.invoke(app, [*args, "--history", "doxorubicin 6 cycles, then trabectedin"])
    after = {r["nct_id"]: r for r in json.loads(told.output)}
    prior = next(c for c in after["NCT04383119"]["criteria"] if c["id"] == "inc-3")
    assert prior["verdict"] == "met" and "doxorubicin" in prior["reason"]
    was = next(c for c in before["NCT04383119"]["criteria"] if c["id"] == "inc-3")
    assert was["verdict"] == "unknown"
    assert after["NCT06088290"]["verdict"] == "excluded"  # first-line trial: anthracycline given


def test_registry_text_with_brackets_is_printed_verbatim(db: str) -> None:
    result = runner.invoke(app, ["trials", "show", "NCT03517449", "--db", db])
    assert result.exit_code == 0, result.output
    assert "[TPC]" in flat(result.output)  # not swallowed as console markup

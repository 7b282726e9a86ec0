"""`sarcnav inbox triage`: the JSON contract, JSONL in and out, stdin, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sarcnav import commands  # noqa: F401  (registers the commands)
from sarcnav.cli import app
from sarcnav.enquiries.routing import INTENTS

runner = CliRunner()
CONTRACT = {"language", "intents", "relation", "location", "urgency", "routes", "entities", "draft"}


def test_one_text_message_follows_the_json_contract(tmp_path: Path) -> None:
    path = tmp_path / "message.txt"
    path.write_text(
        "My daughter has LMS. Are there clinical trials? Thanks, Ruth", encoding="utf-8"
    )
    out = runner.invoke(app, ["inbox", "triage", str(path), "--json"])
    assert out.exit_code == 0, out.stderr
    data = json.loads(out.stdout)
    assert data.keys() >= CONTRACT
    assert isinstance(data["language"], str) and data["language"] == "en"
    assert isinstance(data["intents"], list) and set(data["intents"]) <= set(INTENTS)
    assert all(isinstance(x, str) for x in data["routes"])
    assert (data["relation"], data["location"], data["urgency"]) == ("parent", "unknown", "routine")
    assert "clinical_trials" in data["intents"] and "trial_search" in data["routes"]
    assert data["explanations"]["intents"][0]["cues"], "each intent shows the words behind it"
    assert data["draft"].startswith("Dear Ruth,")


def test_jsonl_gives_one_line_each_and_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "inbox.jsonl"
    path.write_text(
        '{"id": "m1", "text": "Is leiomyosarcoma hereditary?"}\n'
        "this is not json\n"
        '{"id": "m3"}\n'
        "\n"
        '{"id": "m5", "text": "Gracias por todo, son maravillosos."}\n',
        encoding="utf-8",
    )
    out = runner.invoke(app, ["inbox", "triage", str(path), "--json"])
    assert out.exit_code == 2
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [(x["id"], x["line"]) for x in lines] == [("m1", 1), ("m5", 5)]
    assert lines[1]["language"] == "es" and lines[1]["routes"] == ["acknowledge"]
    assert "line 2: not valid JSON" in out.stderr
    assert "line 3: text: Field required" in out.stderr


def test_standard_input_and_readable_output() -> None:
    out = runner.invoke(app, ["inbox", "triage", "-"], input="I have chest pain since this morning")
    assert out.exit_code == 0
    assert "EMERGENCY" in out.stdout and "urgent_care" in out.stdout
    assert "not sent" in out.stdout


def test_jsonl_from_standard_input_is_recognised() -> None:
    text = '{"text": "hello, is LMS rare?"}\n{"text": "thanks!!"}\n'
    out = runner.invoke(app, ["inbox", "triage", "-", "--json"], input=text)
    assert out.exit_code == 0 and len(out.stdout.splitlines()) == 2


def test_a_missing_file_is_a_clear_error() -> None:
    out = runner.invoke(app, ["inbox", "triage", "/no/such/inbox.jsonl"])
    assert out.exit_code == 2 and "no such file" in out.stderr
    assert "Traceback" not in out.stdout + out.stderr


def test_a_binary_file_is_refused_and_broken_text_is_read(tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(32)) * 8)
    out = runner.invoke(app, ["inbox", "triage", str(image), "--json"])
    assert out.exit_code == 2 and "binary" in out.stderr and out.stdout == ""
    latin1 = tmp_path / "carta.txt"  # Latin-1 bytes, not UTF-8: still a message
    latin1.write_bytes("Mi mamá tiene leiomiosarcoma, ¿pueden ver sus estudios?".encode("latin-1"))
    out = runner.invoke(app, ["inbox", "triage", str(latin1), "--json"])
    assert out.exit_code == 0 and json.loads(out.stdout)["language"] == "es"


def test_an_empty_jsonl_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "inbox.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    out = runner.invoke(app, ["inbox", "triage", str(path), "--json"])
    assert out.exit_code == 2 and "no messages" in out.stderr
    assert "Traceback" not in out.stdout + out.stderr

"""``sarcnav inbox``: triage messages and show drafts (for a person to approve; nothing is sent).

Input is one message as plain text, or JSONL with a ``text`` field (one output per line). A JSONL
line that cannot be read is reported on stderr by line number and the rest go on; the exit code
is then 2. Message text is never printed as Rich markup.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import typer
from pydantic import ValidationError
from rich.text import Text

from sarcnav.cli import clean_errors, console, err_console, print_json
from sarcnav.enquiries.backend import IntentBackend, OpenAICompatibleBackend
from sarcnav.enquiries.masking import mask_data, mask_text, names_in, personal_data
from sarcnav.enquiries.policy import load_policy
from sarcnav.enquiries.text import clean, decode
from sarcnav.enquiries.triage import triage
from sarcnav.errors import InputError, describe
from sarcnav.files import looks_binary
from sarcnav.model.enquiry import Enquiry, EnquiryResult

inbox_app = typer.Typer(
    help="Triage patients' and families' messages; draft replies for staff to approve.",
    no_args_is_help=True,
)


def read_messages(data: bytes, name: str) -> tuple[list[tuple[int, Enquiry]], list[str]]:
    """Messages (with their line numbers) and one problem per unreadable JSONL line."""
    if looks_binary(data, nul_is_binary=False):
        raise InputError(f"{name}: the file is binary, not text")
    text = decode(data)
    lines = text.splitlines()
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    if not (name.endswith(".jsonl") or _is_record(first)):
        return [(1, Enquiry(text=text))], []
    messages, problems = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            messages.append((number, Enquiry.model_validate(json.loads(line))))
        except json.JSONDecodeError as exc:
            problems.append(f"{name}: line {number}: not valid JSON ({exc.msg})")
        except ValidationError as exc:
            problems.append(f"{name}: line {number}: {describe(exc)}")
    if not messages and not problems:
        raise InputError(f"{name}: no messages (the file holds no JSON line)")
    return messages, problems


def backend_from_env() -> IntentBackend | None:
    """The optional LLM backend when ``SARCNAV_LLM_URL`` is set (model: ``SARCNAV_LLM_MODEL``)."""
    url = os.environ.get("SARCNAV_LLM_URL")
    if not url:
        return None
    model = os.environ.get("SARCNAV_LLM_MODEL", "default")
    return OpenAICompatibleBackend(url, model, os.environ.get("SARCNAV_LLM_KEY", ""))


def _is_record(line: str) -> bool:
    if not line.startswith("{"):
        return False
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "text" in record


def output(result: EnquiryResult, message: Enquiry, mask: bool) -> dict[str, Any]:
    """The JSON form of one triage; with ``mask``, e-mails, phones and names are masked."""
    data = result.model_dump(mode="json")
    if not mask:
        return data
    text = clean(message.text)[0]
    masked: dict[str, Any] = mask_data(data, personal_data(text), frozenset({"draft"}))
    masked["text_masked"] = mask_text(text, names_in(text))
    return masked


@inbox_app.command("triage")
@clean_errors
def triage_cmd(
    source: str = typer.Argument(..., help="a text or JSONL file, or - for standard input"),
    as_json: bool = typer.Option(False, "--json", help="JSON (one line per message for JSONL)"),
    mask: bool = typer.Option(False, "--mask", help="mask e-mail addresses, phones and names"),
    policy_file: Path | None = typer.Option(None, "--policy", help="the centre's policy YAML"),
) -> None:
    """Triage messages: language, intents, who writes, from where, urgency, routes, draft."""
    policy = load_policy(policy_file)
    if source == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        path = Path(source)
        if not path.is_file():
            raise InputError(f"{source}: no such file")
        data, name = path.read_bytes(), path.name
    messages, problems = read_messages(data, name)
    backend = backend_from_env()
    single = len(messages) == 1 and not name.endswith(".jsonl") and not problems
    for number, message in messages:
        result = triage(message, policy, backend=backend)
        shown = output(result, message, mask)
        if as_json and single:
            print_json(shown)
        elif as_json:
            typer.echo(json.dumps({"line": number, **shown}, ensure_ascii=False))
        else:
            _render(shown, number if not single else None)
    for problem in problems:
        err_console.print(Text(f"error: {problem}"), highlight=False)
    if problems:
        raise typer.Exit(2)


@inbox_app.command("check-policy")
@clean_errors
def check_policy(policy_file: Path) -> None:
    """Validate a centre's policy file and summarise it."""
    policy = load_policy(policy_file)
    example = " (EXAMPLE centre)" if policy.centre.example else ""
    console.print(Text(f"{policy.centre.name}{example}: policy v{policy.version} is valid"))
    console.print(Text(f"routes: {', '.join(r.route for r in policy.routes)}"))
    languages = sorted({lang for t in policy.templates for lang in t.text})
    console.print(Text(f"draft languages: {', '.join(languages)}"))


def _render(data: dict[str, Any], line: int | None) -> None:
    """Readable triage; every message-derived string goes out as plain text, never markup."""
    head = f"line {line}: " if line is not None else ""
    console.print(
        Text(
            f"{head}{data['urgency'].upper()}  language {data['language']}  "
            f"relation {data['relation']}  location {data['location']}",
            style="bold red" if data["urgency"] == "emergency" else "bold",
        )
    )
    for field in ("relation", "location", "urgency"):
        why = data["explanations"][field]
        if why and why["cues"]:
            cues = ", ".join(f"{c['text']!r}" for c in why["cues"][:4])
            console.print(Text(f"  {field} {why['label']}: {cues} ({why['detail']})"))
    explained = {e["label"]: e for e in data["explanations"]["intents"]}
    for intent in data["intents"]:
        words = [c["text"] for c in explained[intent]["cues"]]
        model = explained[intent].get("model")
        if model:
            words += [f"{w} ({v})" for w, v in model["features"][:3]]
        console.print(Text(f"  intent {intent}: {', '.join(words)}"))
    for route in data["explanations"]["routes"]:
        console.print(Text(f"  route {route['label']}: {route['detail']}"))
    for mention in data["entities"]:
        console.print(Text(f"  {mention['kind']} {mention['value']} ({mention['text']!r})"))
    for reason in data["review_reasons"]:
        console.print(Text(f"  review {reason['code']}: {reason['detail']}", style="yellow"))
    if data["draft"]:
        console.print(Text("  draft (for a person to approve; not sent):", style="dim"))
        console.print(Text("    " + data["draft"].replace("\n", "\n    ")))


def register(app: typer.Typer) -> None:
    app.add_typer(inbox_app, name="inbox")

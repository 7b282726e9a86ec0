"""Foundation commands: schema, knowledge browsing, assess, demo."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import typer

from sarcnav.cli import clean_errors, console, err_console, print_json
from sarcnav.errors import InputError, load_json_model
from sarcnav.knowledge import bibliography
from sarcnav.knowledge.registry import load_all
from sarcnav.model import Case
from sarcnav.render import render
from sarcnav.services import assess

EXAMPLES = Path(str(resources.files("sarcnav") / "examples" / "cases"))

knowledge_app = typer.Typer(help="Browse the cited knowledge packs.", no_args_is_help=True)


@clean_errors
def schema() -> None:
    """Print the JSON Schema of a case file."""
    typer.echo(json.dumps(Case.model_json_schema(), indent=2))


@knowledge_app.command("list")
@clean_errors
def knowledge_list() -> None:
    """List every pack with its version and record count."""
    for name, pack in load_all().items():
        console.print(
            f"[bold]{name}[/]  {pack.title}  v{pack.version}  as of {pack.as_of}  "
            f"{len(pack.records())} records",
            highlight=False,
        )
        for record in pack.records():
            flag = "" if record.verification == "VERIFIED" else f" [yellow]{record.verification}[/]"
            console.print(f"  {record.id}{flag}", highlight=False)


@knowledge_app.command("show")
@clean_errors
def knowledge_show(record_id: str, as_json: bool = typer.Option(False, "--json")) -> None:
    """Show one record (or pack) with its full citations."""
    bib = bibliography()
    for name, pack in load_all().items():
        found = (
            pack
            if record_id == name
            else next((r for r in pack.records() if r.id == record_id), None)
        )
        if found is None:
            continue
        data = found.model_dump(mode="json", by_alias=True, exclude_none=True)
        if found is not pack:
            data["pack"] = f"{name} v{pack.version}"
        cited = data.get("sources", [])
        data["citations"] = {s: bib[s].model_dump(exclude_none=True) for s in cited}
        if as_json:
            print_json(data)
        else:
            console.print_json(json.dumps(data, default=str))
        return
    raise InputError(
        f"no knowledge record or pack with id {record_id!r} (see 'sarcnav knowledge list')"
    )


@clean_errors
def assess_cmd(
    paths: list[Path] = typer.Argument(..., help="case JSON file(s) or folder(s)"),
    as_json: bool = typer.Option(
        False, "--json", help="JSON (one object; JSONL for several files)"
    ),
    system: str | None = typer.Option(None, help="FIGO system, e.g. figo2009_endometrial"),
    alternatives: bool = typer.Option(
        False, "--all-systems", help="also stage under other systems"
    ),
) -> None:
    """Diagnose (WHO 2020) and stage (FIGO, AJCC 8) case files, with reasons and sources."""
    files = _expand(paths)
    failed = 0
    for path in files:
        try:
            case = load_json_model(path, Case)
            result = assess(case, system=system, alternatives=alternatives)
        except InputError as exc:
            failed += 1
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
            continue
        if as_json and len(files) == 1:
            print_json(result.model_dump(mode="json"))
        elif as_json:
            line = {"file": str(path), **result.model_dump(mode="json")}
            typer.echo(json.dumps(line, ensure_ascii=False, default=str))
        else:
            render(result, console)
    if failed:
        err_console.print(f"{failed} of {len(files)} file(s) failed")
        raise typer.Exit(2)


@clean_errors
def demo() -> None:
    """Assess the bundled synthetic example cases (the main job of `make run`)."""
    console.print("[bold]sarcnav demo[/]: synthetic example cases — decision support, not advice\n")
    for path in sorted(EXAMPLES.glob("*.json")):
        render(assess(load_json_model(path, Case), alternatives=True), console)


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.json")))
        else:
            files.append(path)
    if not files:
        raise InputError("no case files found in " + ", ".join(map(str, paths)))
    return files


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)
    app.command("assess")(assess_cmd)
    app.command("demo")(demo)
    app.add_typer(knowledge_app, name="knowledge")

"""Foundation commands: schema, knowledge browsing, assess, demo."""

from __future__ import annotations

import json

import typer

from sarcnav.cli import clean_errors, console, print_json
from sarcnav.knowledge import bibliography
from sarcnav.knowledge.registry import load_all
from sarcnav.model import Case

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
    from sarcnav.errors import InputError

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


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)
    app.add_typer(knowledge_app, name="knowledge")

"""The ``sarcnav`` command line: one Typer app, sub-apps per capability."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console

from sarcnav.errors import InputError
from sarcnav.knowledge import KnowledgeError

P = ParamSpec("P")
T = TypeVar("T")

app = typer.Typer(
    help="sarcnav: decision support for a uterine-sarcoma service (not medical advice).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True, soft_wrap=True)


def clean_errors(func: Callable[P, T]) -> Callable[P, T]:
    """Report InputError / KnowledgeError as one message and exit 2, never a traceback."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            err_console.print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
            raise typer.Exit(2) from None
        except KnowledgeError as exc:
            err_console.print(f"[bold red]knowledge error:[/] {exc}", highlight=False)
            raise typer.Exit(2) from None

    return wrapper


def print_json(data: Any) -> None:
    """Write JSON to stdout (no Rich markup)."""
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def main() -> None:
    """Entry point of the ``sarcnav`` script."""
    from sarcnav import commands  # noqa: F401  (registers the sub-commands)

    app()

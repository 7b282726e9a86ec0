"""Commands: ``sarcnav serve`` (the web app) and ``sarcnav users add``."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import typer

from sarcnav.cli import clean_errors, console
from sarcnav.errors import InputError
from sarcnav.store.users import Role

users_app = typer.Typer(help="Manage the web app's users.", no_args_is_help=True)


@clean_errors
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, min=1, max=65535),
    data_dir: Path = typer.Option(Path("data"), help="Where the SQLite database lives."),
    database_url: str | None = typer.Option(
        None, envvar="SARCNAV_DATABASE_URL", help="PostgreSQL URL (instead of SQLite)."
    ),
    demo: bool = typer.Option(False, help="Seed synthetic demo data and print demo sign-ins."),
    secure_cookies: bool = typer.Option(False, help="Mark cookies Secure (serving over HTTPS)."),
    workers: int = typer.Option(1, min=1, max=64, help="Worker processes."),
) -> None:
    """Run the web app and REST API."""
    import uvicorn

    from sarcnav.app.demo import reset_demo_users, seed_demo
    from sarcnav.app.main import create_app
    from sarcnav.store import Store

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    store = Store.open(database_url, data_dir)
    if demo:
        seed_demo(store)
        passwords = reset_demo_users(store)
        console.print("[bold]sarcnav demo[/] (all cases and enquiries are synthetic)")
        console.print(f"Open http://{host}:{port}/ and sign in as one of:", highlight=False)
        for name, password in passwords.items():
            console.print(f"  {name:<10} password: {password}", highlight=False)
        console.print("Stop with Ctrl-C.")
    if workers == 1:
        app = create_app(store, secure_cookies=secure_cookies)
        uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")
        return
    store.close()
    os.environ["SARCNAV_DATA_DIR"] = str(data_dir)
    if database_url:
        os.environ["SARCNAV_DATABASE_URL"] = database_url
    os.environ["SARCNAV_SECURE_COOKIES"] = "1" if secure_cookies else "0"
    uvicorn.run(
        "sarcnav.app.main:app_from_env",
        factory=True,
        workers=workers,
        timeout_worker_healthcheck=60,  # start-up imports are slow on a busy machine
        host=host,
        port=port,
        access_log=False,
        log_level="warning",
    )


@users_app.command("add")
@clean_errors
def add(
    username: str,
    role: Role = typer.Option(..., help="clinician, navigator or admin"),
    data_dir: Path = typer.Option(Path("data")),
    database_url: str | None = typer.Option(None, envvar="SARCNAV_DATABASE_URL"),
    password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True),
) -> None:
    """Add a user (the password is stored as an argon2 hash)."""
    from sarcnav.app.security import hash_password
    from sarcnav.store import Store
    from sarcnav.store.users import add_user, get_user

    if len(password) < 10:
        raise InputError("password: use at least 10 characters")
    store = Store.open(database_url, data_dir)
    with store.write() as session:
        if get_user(session, username) is not None:
            raise InputError(f"username: {username!r} already exists")
        add_user(session, username, hash_password(password), role)
    console.print(f"added {username} ({role})", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")

"""`materiel serve`: the web workbench over the store, run by uvicorn. `register_commands(app)` adds it
to the Typer app of `materiel.cli`.

On loopback the workbench is single-user unless `--require-login` is given. On any other address it
always requires accounts, and refuses to start while the store has none."""
from __future__ import annotations

import ipaddress
import threading
from typing import Annotated

import typer

from materiel.cli.follow import after_cycle_hooks
from materiel.record.errors import MaterielError
from materiel.security.accounts import count_users
from materiel.sources import fetch as web
from materiel.store.db import Store
from materiel.store.watch_loop import start_thread
from materiel.store.watcher import WatchConfig


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    db: Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default $MATERIEL_DB, else ./materiel.db)")] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default)")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on")] = 8000,
    require_login: Annotated[bool, typer.Option("--require-login", help="Accounts even on loopback (always on other addresses)")] = False,
    secure_cookies: Annotated[bool, typer.Option("--secure-cookies", help="Mark the session cookie Secure (behind a TLS proxy)")] = False,
    session_hours: Annotated[float, typer.Option("--session-hours", min=0.1, help="Hours a sign-in lasts")] = 12.0,
    proxy_headers: Annotated[bool, typer.Option("--proxy-headers", help="Trust X-Forwarded-For/-Proto from --forwarded-allow-ips")] = False,
    forwarded_allow_ips: Annotated[str, typer.Option("--forwarded-allow-ips", help="Proxies whose X-Forwarded headers are trusted")] = "127.0.0.1",
    allowed_host: Annotated[list[str] | None, typer.Option("--allowed-host", help="A name the workbench answers for besides localhost, IP addresses and --host (the name behind a proxy; .example.org for every name under it; repeat for more). Other Host headers get 400 (DNS rebinding)")] = None,
    allow_private_urls: Annotated[bool, typer.Option("--allow-private-urls", help="Let the Add page fetch URLs on loopback, private and other non-public addresses (refused by default; also $MATERIEL_ALLOW_PRIVATE_URLS=1)")] = False,
    watch: Annotated[bool, typer.Option("--watch", help="Also poll the followed sources when due (as `materiel watch`, in a background thread; it waits while another watcher holds the lease)")] = False,
) -> None:
    """Open the store in a web page: register, records, documents, actors, Add; JSON under /api (see /docs)."""
    try:  # deferred: FastAPI, Jinja and uvicorn, only for `serve`
        import uvicorn

        from materiel.web.app import create_app  # deferred: FastAPI (see `try`)
    except ImportError as exc:
        typer.echo(f"error: the workbench needs {exc.name}: pip install 'materiel'", err=True)
        raise typer.Exit(2) from None
    web.configure(allow_private=allow_private_urls)
    accounts_needed = require_login or not is_loopback(host)
    try:
        app = create_app(db, require_login=accounts_needed, secure_cookies=secure_cookies, session_hours=session_hours,
                         allowed_hosts=[host, *(allowed_host or [])])
        if accounts_needed:
            with app.state.store.read() as session:
                n = count_users(session)
            if n == 0:
                app.state.store.close()
                why = "--require-login is given" if is_loopback(host) else f"{host} is not a loopback address"
                typer.echo(f"error: refusing to serve: {why}, so accounts are required, and the store has none. "
                           "Add one first: materiel users add NAME --admin; then grant it collections: "
                           "materiel grant NAME COLLECTION read|write", err=True)
                raise typer.Exit(2)
    except MaterielError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    mode = "accounts required" if accounts_needed else "single-user mode (loopback); --require-login for accounts"
    typer.echo(f"materiel workbench on http://{host}:{port}/ (store {app.state.store.url}; {mode}); Ctrl-C to stop",
               err=True)
    stop = start_watcher(app.state.store) if watch else None
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=proxy_headers,
                    forwarded_allow_ips=forwarded_allow_ips)
    finally:
        if stop is not None:
            stop.set()


def start_watcher(store: Store) -> threading.Event:
    """`serve --watch`: the watcher's loop in a background thread; the event stops it."""
    _, stop = start_thread(store, WatchConfig(), after_cycle=after_cycle_hooks(store))
    typer.echo("watching the followed sources (materiel following lists them)", err=True)
    return stop


def register_commands(app: typer.Typer) -> None:
    app.command("serve")(serve)

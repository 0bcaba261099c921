"""`materiel serve`: the web workbench over the store, run by uvicorn. `register_commands(app)` adds it
to the Typer app of `materiel.cli`."""
from __future__ import annotations

from typing import Annotated

import typer

from materiel.errors import MaterielError


def serve(
    db: Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default $MATERIEL_DB, else ./materiel.db)")] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default)")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on")] = 8000,
) -> None:
    """Open the store in a web page: register, records, documents, actors, Add; JSON under /api (see /docs)."""
    try:
        import uvicorn

        from materiel.web.app import create_app
    except ImportError as exc:
        typer.echo(f"error: the workbench needs {exc.name}: pip install 'materiel'", err=True)
        raise typer.Exit(2) from None
    try:
        app = create_app(db)
    except MaterielError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"materiel workbench on http://{host}:{port}/ (store {app.state.store.url}); Ctrl-C to stop", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register_commands(app: typer.Typer) -> None:
    app.command("serve")(serve)

"""The `materiel` command line: `app` (the Typer app) and `main` (the console script). One module per
command group: `app` (extract, evaluate, schema), `store` (add, record, actors, actor, show, sources,
events, export), `register` (register, search), `serve`, `users`, `audit`; `options` holds what they
share, `views` and `render` print."""
from __future__ import annotations

from materiel.cli.app import app, main

__all__ = ["app", "main"]

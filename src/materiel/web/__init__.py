"""The analyst's web workbench (`materiel serve`): register, records, document reader, actor profiles and
an Add page over the store, each page with a JSON twin. See `materiel.web.app.create_app`."""
from __future__ import annotations

__all__ = ["create_app"]


def __getattr__(name: str) -> object:
    if name == "create_app":
        from materiel.web.app import create_app  # deferred: FastAPI, Jinja, only to serve

        return create_app
    raise AttributeError(name)

"""Rendering: the Jinja2 environment (autoescape always on), and `twin`, which serves one data function
as an HTML page, its `.json` twin and its `/api` route."""
from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from pydantic import BaseModel

from materiel.record.vocabulary import STAGES
from materiel.web.auth import csrf_token
from materiel.web.highlight import LABELS, pieces, resolve

TEMPLATES = Path(__file__).resolve().parent / "templates"


def marked(hit: dict[str, Any]) -> Markup:
    """A search hit's snippet, escaped, its matches (the offsets `marks`, see `materiel.store.snippets`)
    in <mark>: nothing in the text itself can open or close a highlight."""
    text = str(hit.get("snippet") or "")
    spans = [(s, e, "match") for s, e in hit.get("marks") or []]
    return Markup("".join(f"<mark>{escape(piece)}</mark>" if kind else str(escape(piece))
                          for piece, kind in pieces(text, resolve(spans))))


def _csrf_token(request: Request) -> str:
    return csrf_token(request)


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["urlpart"] = lambda v: quote(str(v), safe="")
    env.filters["label"] = lambda v: "" if v is None else str(v).replace("_", " ")
    env.filters["num"] = lambda v: "" if v is None else f"{v:,.0f}" if float(v) == int(float(v)) else f"{v:,g}"
    env.filters["http"] = lambda v: v if isinstance(v, str) and v.lower().startswith(("http://", "https://")) else ""
    env.filters["marked"] = marked
    env.globals.update(kinds=LABELS, stages=STAGES, urlencode=urlencode, csrf_token=_csrf_token)
    return env


ENV = _env()


def page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    html = ENV.get_template(name).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


def public(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON twin of a page: its data without the template-only keys (those starting with '_')."""
    encoded: dict[str, Any] = jsonable_encoder({k: v for k, v in data.items() if not k.startswith("_")})
    return encoded


class ErrorBody(BaseModel):
    status: int
    message: str


class ErrorEnvelope(BaseModel):
    """Every error of the API: `{"error": {"status": 404, "message": "..."}}`."""

    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorEnvelope, "description": "A request the store cannot answer (an ambiguous id, ...)"},
    404: {"model": ErrorEnvelope, "description": "Unknown id"},
    422: {"model": ErrorEnvelope, "description": "A parameter out of range or in the wrong form"},
}


def twin(router: APIRouter, path: str, api: str, template: str, *, summary: str) -> Callable[[Callable[..., dict[str, Any]]], Callable[..., dict[str, Any]]]:
    """Serve `fn(request, ...) -> dict` at `path` (HTML), `path.json` and `api` (JSON, in the OpenAPI)."""

    def deco(fn: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        @functools.wraps(fn)
        def as_json(*args: Any, **kwargs: Any) -> JSONResponse:
            return JSONResponse(public(fn(*args, **kwargs)))

        @functools.wraps(fn)
        def as_html(*args: Any, **kwargs: Any) -> HTMLResponse:
            return page(kwargs["request"], template, fn(*args, **kwargs))

        router.add_api_route(path + ".json", as_json, methods=["GET"], include_in_schema=False)
        router.add_api_route(api, as_json, methods=["GET"], summary=summary, response_class=JSONResponse,
                             description=fn.__doc__ or summary, responses=ERRORS)
        router.add_api_route(path, as_html, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
        return fn

    return deco

"""The map (`/map`, its twin `/map.json`, `/api/map`): the records a register filter keeps (the same query
string as /register), countries shaded by their records and arrows supplier -> recipient weighted by
records, with a time slider over the years; drawn in the browser from vendored boundaries (see
`static/map.js`). Counted within the caller's scope, like the register."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from materiel.store.names import actor_names
from materiel.web import geo
from materiel.web.register_query import RegisterQuery, link, params
from materiel.web.render import twin
from materiel.web.security import access_of

router = APIRouter()


@twin(router, "/map", "/api/map", "map.html", summary="The register on a world map: flows between countries by year")
def map_page(request: Request, qy: RegisterQuery) -> dict[str, Any]:
    """The records matched by the register's filters (same parameters as /register), by supplier country,
    recipient country and year, under `map`: `flows` (the heaviest pairs of countries, `from` -> `to`, records in all and
    by year) and `countries` (records supplied and received, in all and by year)."""
    scope = access_of(request).scope(qy.collection)
    with request.app.state.store.read() as session:
        data = geo.register_map(session, qy, scope=scope)
        names = actor_names(session, [qy.supplier, qy.recipient, qy.intercepted_by], scope=scope)
    return {"query": params(qy), "total": data["total"], "register": link(qy), "map": data,
            "_qy": qy, "_link": link, "_names": names}

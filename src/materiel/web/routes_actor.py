"""Actor profile (aliases, kind, country, transfers in and out, counterpart network, event timeline) and
the list of actors. Within the caller's scope an actor exists only if a document of the scope names it,
and every count, date, counterpart, event and graph node comes from the scope's documents. A profile
shows evidence (its events' sentences): each view is one "read" entry of the audit trail."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from materiel.store import actor_aliases, queries
from materiel.store import profile as profiles
from materiel.store.errors import NotFound
from materiel.store.lookup import find_actors, suggest
from materiel.web import geo
from materiel.web.graph import actor_events, network, timeline
from materiel.web.render import ERRORS, twin
from materiel.web.security import access_of, reading, refused

router = APIRouter()


@twin(router, "/actor/{actor_id}", "/api/actors/{actor_id}", "actor.html",
      summary="One actor: profile, transfers in and out, counterpart network, event timeline")
def actor_page(request: Request, actor_id: str, collection: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    """`actor_id` is the actor's id or any name of it (see `materiel.store.lookup`). `network` holds
    Cytoscape.js elements (nodes and edges); `timeline` the chart's lanes, ticks and points, each point
    linking to its evidence; `map` the countries and flows of its transfer records (as /map.json's `map`);
    `analyst_aliases` the names analysts gave it (merges and aliases, see `materiel review`; shared by every
    collection, so listed only to a caller who reads every one)."""
    access = access_of(request)
    scope = access.scope(collection)
    with request.app.state.store.read() as session:
        try:
            prof = profiles.profile(session, actor_id, scope=scope)
        except NotFound:
            refused(request, queries.holders(session, actor=actor_id))
            raise
        evs = actor_events(session, prof["actor"]["id"], scope=scope)
        net = network(session, prof, evs)
        flows = geo.flow_map(session, geo.actor_records(prof["actor"]["id"], scope=scope))
        # the analysts' aliases are shared by every collection (a merged actor's name may come from any):
        # shown to those who read them all
        aliases = actor_aliases.of(session, prof["actor"]["id"]) if access.readable is None else []
    reading(request, f"actor:{prof['actor']['id']}", collection or None,
            records=prof["transfers_out_records"] + prof["transfers_in_records"],
            documents=len({e["document"] for e in evs}))
    return prof | {"network": net, "timeline": timeline(evs), "all_events": len(evs), "map": flows,
                   "analyst_aliases": aliases, "_edit_actors": access.writable is None}


@twin(router, "/actors", "/api/actors", "actors.html", summary="Every actor with its counts")
def actors_page(request: Request, kind: Annotated[str | None, Query()] = None,
                q: Annotated[str | None, Query(description="an id, name, alias or the start of a name")] = None,
                collection: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    """Every actor with documents, transfers out and in, events, first and last seen; most documented first."""
    scope = access_of(request).scope(collection)
    with request.app.state.store.read() as session:
        rows = profiles.actors(session, scope=scope, kind=kind or None)
        if q and q.strip():  # the actors the name designates (see `materiel.store.lookup`), every candidate
            wanted = set(find_actors(session, q, scope=scope).ids)
            rows = [r for r in rows if r["id"] in wanted]
    kinds = sorted({r["kind"] for r in rows})
    return {"query": {"kind": kind or None, "q": q or None, "collection": collection or None}, "actors": rows, "kinds": kinds}


@router.get("/api/lookup/actors", summary="Autocompletion: the actors a name designates, best first",
            responses=ERRORS)
def lookup_actors(request: Request, q: Annotated[str, Query(description="what was typed")] = "",
                  collection: Annotated[str | None, Query()] = None,
                  limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict[str, Any]:
    """The actors `q` designates by id, name, alias (US, Britain, Ankara, Kiev) or the start of a name,
    the better matches first, each with its kind and country; within the caller's scope."""
    scope = access_of(request).scope(collection)
    with request.app.state.store.read() as session:
        found = suggest(session, q, scope=scope, limit=limit)
    return {"query": q, "actors": [c.as_dict() for c in found]}

"""An actor's counterpart network (Cytoscape.js elements) and its event timeline (an SVG chart laid out
here: a lane per event type, a dated point per event, each point a link to its evidence). Both are
built from the caller's scope only: the profile and events passed in are scoped, and so are the nodes."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from materiel.store.queries import events
from materiel.store.rows import Row
from materiel.store.schema import ActorRow
from materiel.store.scope import ScopeLike

EVENT_LIMIT = 500


def actor_url(actor_id: str) -> str:
    return "/actor/" + quote(actor_id, safe="")


def evidence_url(doc_short: str, start: int) -> str:
    return f"/document/{quote(doc_short, safe='')}#s-{start}"


def actor_events(session: Session, actor_id: str, *, scope: ScopeLike) -> list[Row]:
    """Every event within `scope` the actor takes part in (as actor or target), oldest first."""
    found = {e["event"]: e for e in events(session, actor=actor_id, scope=scope, limit=EVENT_LIMIT)
             + events(session, target=actor_id, scope=scope, limit=EVENT_LIMIT)
             if actor_id in (e["actor_id"], e["target_id"])}
    return sorted(found.values(), key=lambda e: (e["when_start"] or e["published"] or "", e["event"]))


def network(session: Session, prof: Row, evs: list[Row]) -> list[dict[str, Any]]:
    """Cytoscape elements: the actor, its counterparts, an edge per counterpart and direction."""
    me = prof["actor"]["id"]
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for side, groups in (("out", prof["transfers_out"]), ("in", prof["transfers_in"])):
        for g in groups:
            other = g["counterpart_id"]
            if not other or other == me:
                continue
            src, dst = (me, other) if side == "out" else (other, me)
            e = edges.setdefault((src, dst, "transfer"), {"items": [], "records": 0, "contradiction": False})
            e["items"].append(g["item"])
            e["records"] += g["records"]
            e["contradiction"] = e["contradiction"] or g["contradiction"]
    for ev in evs:
        if not ev["target_id"] or ev["target_id"] == ev["actor_id"]:
            continue
        e = edges.setdefault((ev["actor_id"], ev["target_id"], "event"), {"items": [], "records": 0, "contradiction": False})
        if ev["type"] not in e["items"]:
            e["items"].append(ev["type"])
        e["records"] += 1
    ids = {me} | {x for s, d, _ in edges for x in (s, d)}
    actors = {a.id: a for a in session.scalars(select(ActorRow).where(ActorRow.id.in_(sorted(ids))))}
    nodes = [{"data": {"id": i, "label": actors[i].name if i in actors else i,
                       "kind": actors[i].kind if i in actors else "other", "focus": i == me, "href": actor_url(i)}}
             for i in sorted(ids)]
    links = []
    for n, ((s, d, kind), e) in enumerate(sorted(edges.items())):
        items = e["items"][:3] + (["…"] if len(e["items"]) > 3 else [])
        links.append({"data": {"id": f"e{n}", "source": s, "target": d, "kind": kind, "weight": e["records"],
                               "label": ", ".join(items), "contradiction": e["contradiction"]}})
    return nodes + links


def _day(e: Row) -> date | None:
    """The event's own date, else (when the text gives none) its document's publication date."""
    value = e["when_start"] or e["published"]
    return date.fromisoformat(value) if value else None


def _ticks(lo: date, hi: date) -> list[date]:
    span = (hi - lo).days
    if span <= 75:  # a few weeks: a tick a week
        return [lo + timedelta(days=d) for d in range(3, span, 7)]
    months = 1 if span <= 240 else 3 if span <= 900 else 12 if span <= 3650 else 60
    d = date(lo.year, 1, 1) if months >= 12 else date(lo.year, lo.month, 1)
    out = []
    while d <= hi:
        if d >= lo:
            out.append(d)
        m = d.month - 1 + months
        d = date(d.year + m // 12, m % 12 + 1, 1)
    return out


def timeline(evs: list[Row], width: int = 640) -> dict[str, Any]:
    """Lanes, axis ticks and points (x, y, link, tooltip) of the actor's dated events. An event the text
    gives no date for is placed at its document's publication date (`dated_by`: "publication", drawn as a
    ring; `by_publication` counts them); only events with neither are left out (`undated`)."""
    dated = [(e, d) for e in evs if (d := _day(e)) is not None]
    lanes = sorted({e["type"] for e, _ in dated})
    left, right, top, lane_h = 96, 20, 14, 30
    chart: dict[str, Any] = {
        "width": width, "height": top + lane_h * max(len(lanes), 1) + 40, "left": left, "right": width - right,
        "top": top, "lanes": [], "ticks": [], "points": [], "undated": len(evs) - len(dated)}
    if not dated:
        return chart
    lo, hi = min(d for _, d in dated), max(d for _, d in dated)
    pad = max(timedelta(days=10), (hi - lo) / 20)
    lo, hi = lo - pad, hi + pad
    span = (hi - lo).days or 1

    def x(d: date) -> float:
        return round(left + (width - right - left) * (d - lo).days / span, 1)

    chart["axis_y"] = top + lane_h * len(lanes)
    for i, lane in enumerate(lanes):
        chart["lanes"].append({"label": lane, "y": top + lane_h * i + lane_h / 2})
    fmt = "%Y" if (hi - lo).days > 900 else "%b %Y" if (hi - lo).days > 75 else "%d %b %Y"
    chart["ticks"] = [{"x": x(t), "label": t.strftime(fmt)} for t in _ticks(lo, hi)]
    stacked: dict[tuple[str, date], int] = {}
    for e, d in dated:
        n = stacked[(e["type"], d)] = stacked.get((e["type"], d), -1) + 1
        lane_y = top + lane_h * lanes.index(e["type"]) + lane_h / 2
        who = " → ".join(filter(None, (e["actor"], e["target"])))
        by = "event" if e["when_start"] else "publication"
        chart["points"].append({
            "x": x(d) + 13 * n, "y": lane_y, "date": d.isoformat(), "dated_by": by, "type": e["type"],
            "factuality": e["factuality"], "href": evidence_url(e["document"], e["evidence_start"]),
            "title": f"{d.isoformat()}{' (published; the text gives no date)' if by == 'publication' else ''} {e['type']}"
            f"{' (' + e['mode'] + ')' if e['mode'] else ''}: {who} — {e['evidence']}"})
    chart["by_publication"] = sum(p["dated_by"] == "publication" for p in chart["points"])
    return chart

"""The register in space and time: the records a register filter keeps, counted by the supplier's and the
recipient's country and by month or year (the map), or by month (the register's histogram).

A record's country on either side is its actor's `country` (a state's is its own code; a company's or an
armed group's, its home state). A record's time is its first date (already the publication date of its
reporting when the text gives no date). Everything is counted within the caller's scope.
"""
from __future__ import annotations

import dataclasses
import heapq
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.orm import Session

from materiel.lexicon import csv_rows
from materiel.store.filters import RegisterFilter
from materiel.store.schema import ActorRow, RecordRow
from materiel.store.scope import ScopeLike, restrict
from materiel.web.register_query import filtered

Row = dict[str, Any]
MAX_FLOWS = 1000  # pairs of countries sent to the map (the heaviest); it draws at most 200 of them at a time


@cache
def countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 -> (name, ISO numeric code: the id of its shape in the vendored world boundaries)."""
    numeric = {r["iso3"]: r["numeric"] for r in csv_rows("iso_numeric.csv")}
    return {r["iso3"]: (r["name"], numeric.get(r["iso3"], "")) for r in csv_rows("countries.csv")}


def _when(sub: Any) -> Any:
    """A record's time: its first date. A mention's span is its `when` else its document's publication date
    (see `materiel.store.consolidate`), so a record without a first date has no publication date either
    (first_seen is null too): the register's coalesce(first_date, first_seen) is first_date, which the
    index ix_records_order holds (the map's grouping reads that index alone)."""
    return sub.c.first_date


def _matched(session: Session, f: RegisterFilter, scope: ScopeLike) -> Any:
    return filtered(session, dataclasses.replace(f, sort=None), scope=scope).order_by(None).subquery()


def actor_records(actor_id: str, *, scope: ScopeLike) -> Any:
    """The records within `scope` in which the actor is supplier or recipient (an actor page's map)."""
    q: Select[Any] = select(RecordRow).where(or_(RecordRow.supplier_id == actor_id, RecordRow.recipient_id == actor_id))
    return restrict(q, RecordRow.collection, scope).subquery()


def _periods(lo: date, hi: date, monthly: bool) -> list[str]:
    if not monthly:
        return [str(y) for y in range(lo.year, hi.year + 1)]
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(lo.year * 12 + lo.month - 1, hi.year * 12 + hi.month)]


def _day(value: Any) -> date | None:
    return None if value is None else value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


Tally = dict[tuple[str | None, str | None], dict[str, int]]


def _tally(rows: Iterable[Any], country: dict[str, str | None]) -> tuple[Tally, dict[str, dict[str, list[int]]]]:
    """(supplier id, recipient id, period, records) rows -> records by pair of countries and period, and by
    country, period and side ([supplied, received]). One pass with plain dict operations: with 100,000 records
    it reads some 60,000 rows, the map's main cost after the query."""
    pairs: Tally = {}
    sides: dict[str, dict[str, list[int]]] = {}
    to_country = country.get
    for a, b, p, n in rows:
        src, dst, key = to_country(a) if a else None, to_country(b) if b else None, p or ""
        by_period = pairs.get((src, dst))
        if by_period is None:
            by_period = pairs[(src, dst)] = {}
        by_period[key] = by_period.get(key, 0) + n
        for side, c in ((0, src), (1, dst)) if src or dst else ():
            if c:
                mine = sides.get(c)
                if mine is None:
                    mine = sides[c] = {}
                counts = mine.get(key)
                if counts is None:
                    counts = mine[key] = [0, 0]
                counts[side] += n
    return pairs, sides


def flow_map(session: Session, sub: Any, max_flows: int = MAX_FLOWS) -> Row:
    """Flows (supplier country -> recipient country, records by period) and countries of the records of `sub`.

    Periods are months ("2024-03") when the records span less than three calendar years, else years
    ("2024"); `periods` lists them all from the first to the last, "" stands for undated records.
    `flows`: the `max_flows` heaviest pairs, heaviest first (how many more were left out is said); `from` or
    `to` is null where a side is unknown or has no country (such a record shades its one known country and
    draws no arrow). `countries`: every country's records as supplier and as recipient, in all and by period
    ([supplied, received]), complete."""
    when = _when(sub)
    lo, hi = (_day(v) for v in session.execute(select(func.min(when), func.max(when)).select_from(sub)).one())
    monthly = lo is not None and hi is not None and hi.year - lo.year < 3
    # the period as text, "2024" or "2024-03": the first characters of the ISO date (cheaper than extract);
    # grouped by actor ids (no join: the cheapest grouping), mapped to countries here
    period = func.substr(cast(when, String), 1, 7 if monthly else 4)
    q = select(sub.c.supplier_id, sub.c.recipient_id, period, func.count()).group_by(
        sub.c.supplier_id, sub.c.recipient_id, period)
    country = {i: c for i, c in session.execute(select(ActorRow.id, ActorRow.country).where(ActorRow.country.is_not(None)))}
    result = session.connection().execute(q)
    try:  # the driver's plain tuples: no Row objects for some 60,000 rows
        pairs, sides = _tally(result.cursor.fetchall(), country)
    finally:
        result.close()
    totals = {k: sum(v.values()) for k, v in pairs.items()}
    top = heapq.nsmallest(max_flows, totals, key=lambda k: (-totals[k], k[0] or "", k[1] or ""))
    known = countries()
    table = [{"id": c, "name": known.get(c, (c, ""))[0], "numeric": known.get(c, ("", ""))[1],
              "supplied": (out := sum(v[0] for v in ps.values())), "received": (into := sum(v[1] for v in ps.values())),
              "records": out + into, "periods": dict(sorted(ps.items()))} for c, ps in sorted(sides.items())]
    return {"total": sum(totals.values()),
            "flows": [{"from": a, "to": b, "records": totals[(a, b)], "periods": dict(sorted(pairs[(a, b)].items()))}
                      for a, b in top],
            "flows_left_out": len(totals) - len(top), "records_left_out": sum(totals.values()) - sum(totals[k] for k in top),
            "countries": table, "grain": "month" if monthly else "year",
            "periods": _periods(lo, hi, monthly) if lo and hi else [],
            "undated": sum(v.get("", 0) for v in pairs.values())}


def register_map(session: Session, f: RegisterFilter, *, scope: ScopeLike) -> Row:
    """`flow_map` of the records `f` keeps within `scope`."""
    return flow_map(session, _matched(session, f, scope))


def months(session: Session, f: RegisterFilter, *, scope: ScopeLike) -> Row:
    """Records by month of their time, for every record `f` keeps leaving its dates aside (so that the
    histogram shows where the selected range lies): {"months": [{"month": "2024-03", "records": n}], "undated"}.
    Months without a record between the first and the last are listed with 0."""
    sub = _matched(session, dataclasses.replace(f, since=None, until=None), scope)
    month = func.substr(cast(_when(sub), String), 1, 7)
    counts: dict[str, int] = {}
    undated = 0
    for key, n in session.execute(select(month, func.count()).select_from(sub).group_by(month)):
        if key:
            counts[key] = int(n)
        else:
            undated += int(n)
    out: list[Row] = []
    if counts:
        lo, hi = min(counts), max(counts)
        for key in _periods(date(int(lo[:4]), int(lo[5:7]), 1), date(int(hi[:4]), int(hi[5:7]), 1), monthly=True):
            out.append({"month": key, "records": counts.get(key, 0)})
    return {"months": out, "undated": undated}

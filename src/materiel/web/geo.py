"""The register in space and time: the records a register filter keeps, counted by the supplier's and the
recipient's country and by year (the map), or by month (the register's histogram).

A record's country on either side is its actor's `country` (a state's is its own code; a company's or an
armed group's, its home state). A record's time is its first date, else the first publication date of
its reporting (what the register's date filter reads too). Everything is counted within the caller's scope.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Select, extract, func, or_, select
from sqlalchemy.orm import Session, aliased

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
    return func.coalesce(sub.c.first_date, sub.c.first_seen)


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
    year = extract("year", when)
    period = year * 100 + extract("month", when) if monthly else year
    s, r = aliased(ActorRow), aliased(ActorRow)
    q = (select(s.country, r.country, period, func.count()).select_from(sub)
         .outerjoin(s, s.id == sub.c.supplier_id).outerjoin(r, r.id == sub.c.recipient_id)
         .group_by(s.country, r.country, period))
    by_pair: dict[tuple[str | None, str | None], dict[str, int]] = defaultdict(dict)
    by_country: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for src, dst, p, n in session.execute(q):
        key = "" if p is None else f"{int(p) // 100:04d}-{int(p) % 100:02d}" if monthly else str(int(p))
        by_pair[(src, dst)][key] = int(n)
        for side, c in enumerate((src, dst)):
            if c:
                by_country[c].setdefault(key, [0, 0])[side] += int(n)
    flows: list[Row] = sorted(
        ({"from": a, "to": b, "records": sum(ps.values()), "periods": dict(sorted(ps.items()))} for (a, b), ps in by_pair.items()),
        key=lambda fl: (-fl["records"], fl["from"] or "", fl["to"] or ""))
    known = countries()
    table = [{"id": c, "name": known.get(c, (c, ""))[0], "numeric": known.get(c, ("", ""))[1],
              "supplied": (out := sum(v[0] for v in ps.values())), "received": (into := sum(v[1] for v in ps.values())),
              "records": out + into, "periods": dict(sorted(ps.items()))} for c, ps in sorted(by_country.items())]
    return {"total": sum(fl["records"] for fl in flows), "flows": flows[:max_flows],
            "flows_left_out": max(0, len(flows) - max_flows),
            "records_left_out": sum(fl["records"] for fl in flows[max_flows:]), "countries": table,
            "grain": "month" if monthly else "year", "periods": _periods(lo, hi, monthly) if lo and hi else [],
            "undated": sum(ps.get("", 0) for ps in by_pair.values())}


def register_map(session: Session, f: RegisterFilter, *, scope: ScopeLike) -> Row:
    """`flow_map` of the records `f` keeps within `scope`."""
    return flow_map(session, _matched(session, f, scope))


def months(session: Session, f: RegisterFilter, *, scope: ScopeLike) -> Row:
    """Records by month of their time, for every record `f` keeps leaving its dates aside (so that the
    histogram shows where the selected range lies): {"months": [{"month": "2024-03", "records": n}], "undated"}.
    Months without a record between the first and the last are listed with 0."""
    sub = _matched(session, dataclasses.replace(f, since=None, until=None), scope)
    when = _when(sub)
    y, m = extract("year", when), extract("month", when)
    counts: dict[tuple[int, int], int] = {}
    undated = 0
    for a, b, n in session.execute(select(y, m, func.count()).select_from(sub).group_by(y, m)):
        if a is None:
            undated += int(n)
        else:
            counts[(int(a), int(b))] = int(n)
    out: list[Row] = []
    if counts:
        (y0, m0), (y1, m1) = min(counts), max(counts)
        for i in range(y0 * 12 + m0 - 1, y1 * 12 + m1):
            key = (i // 12, i % 12 + 1)
            out.append({"month": f"{key[0]:04d}-{key[1]:02d}", "records": counts.get(key, 0)})
    return {"months": out, "undated": undated}

"""The register in SIPRI's shape: each record's deal fields, derived from its mentions.

- `number_ordered`: the largest count an asserted (or uncertain) mention at stage ordered gives;
  `year_of_order`: the earliest year of those mentions (a mention's `when`, else its publication date).
- `number_delivered`: the largest count an asserted delivered mention gives (reports of one delivery repeat
  it); `years_of_delivery`: the years of the asserted delivered mentions ("2023; 2024").
- `status`: the record's latest stage (words.toml [sipri.status]); "delivering" when the record is ordered or
  delivered and deliveries are reported of fewer than were ordered.
- `description`: the item's words without its designation and count when they say more than the category
  ("self-propelled howitzer"), else the category in words ([sipri.descriptions]).
- `comments`: made from the mentions: orders and deliveries with their counts and months, denials, seizures,
  contradictions.
- `value`: the value of the earliest mention at stage ordered that gives one, else of any mention.

`sipri_rows(session, f, scope=...)` streams the register `f` selects as rows with SIPRI's columns
(`COLUMNS`), a thousand records at a time, their mentions read in one query per thousand.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from materiel import lexicon
from materiel.store.filters import RegisterFilter, select_records
from materiel.store.names import actor_names
from materiel.store.schema import DocumentRow, MentionRow, RecordRow
from materiel.store.scope import ScopeLike, restrict

COLUMNS = ("Supplier", "Recipient", "Number ordered", "Weapon designation", "Weapon description", "Year of order",
           "Year(s) of delivery", "Number delivered", "Status", "Comments", "Value", "Currency", "Value (USD)",
           "Record")
STATUS: dict[str, str] = lexicon.word_table("sipri", "status")
DESCRIPTIONS: dict[str, str] = lexicon.word_table("sipri", "descriptions")
BATCH = 1000
# what a SIPRI row reads of a record: only these columns are fetched (no ORM objects, no JSON columns)
FIELDS = (RecordRow.id, RecordRow.supplier_id, RecordRow.recipient_id, RecordRow.designation, RecordRow.category,
          RecordRow.item_text, RecordRow.latest_stage)


class RecordLike(Protocol):
    id: int
    supplier_id: str | None
    recipient_id: str | None
    designation: str | None
    category: str
    item_text: str
    latest_stage: str
SURE = ("asserted", "uncertain")


@dataclass
class Told:
    """A mention as the deal fields read it."""

    record_id: int
    stage: str
    factuality: str
    quantity: float | None
    day: date | None
    denied_by: str | None
    intercepted_by: str | None
    value: tuple[float, str, str | None, float | None] | None  # amount, currency, text, usd


def _n(x: float | None) -> int | float | None:
    return int(x) if x is not None and x == int(x) else x


def _most(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def description(r: RecordLike) -> str:
    named = set((r.designation or "").casefold().split())
    kept = [w for w in r.item_text.split() if w.casefold() not in named and (not w[:1].isdigit() or w[-2:].lower() == "mm")]
    text = " ".join(kept).strip(" ,-")
    if len(kept) >= 2 and text.lower() != r.category.replace("_", " "):
        return text[:-1] if text.endswith("s") and not text.endswith("ss") else text
    return DESCRIPTIONS.get(r.category, r.category.replace("_", " "))


def _month(d: date | None) -> str:
    return d.strftime("%Y-%m") if d else "undated"


def comments(told: list[Told], names: dict[str, str]) -> str:
    out: list[str] = []
    for t in sorted(told, key=lambda t: (t.day or date.min, t.stage)):
        count = f" of {_n(t.quantity)}" if t.quantity is not None else ""
        if t.factuality in SURE and t.stage == "ordered":
            out.append(f"Order{count} reported {_month(t.day)}")
        elif t.factuality in SURE and t.stage == "delivered":
            out.append(f"Deliveries{count} reported {_month(t.day)}")
        elif t.factuality in SURE and t.stage in ("requested", "offered", "considered", "refused"):
            out.append(f"{t.stage.capitalize()} {_month(t.day)}")
        elif t.factuality == "denied":
            out.append(f"{t.stage} denied by {names.get(t.denied_by or '', t.denied_by or 'a party')}")
        elif t.factuality == "negated":
            out.append(f"not {t.stage} ({_month(t.day)})")
        if t.intercepted_by:
            out.append(f"intercepted by {names.get(t.intercepted_by, t.intercepted_by)}")
    return "; ".join(dict.fromkeys(out))


def deal(r: RecordLike, told: list[Told], names: dict[str, str]) -> dict[str, Any]:
    """The SIPRI fields of one record (see the module docstring)."""
    ordered = [t for t in told if t.stage == "ordered" and t.factuality in SURE]
    delivered = [t for t in told if t.stage == "delivered" and t.factuality == "asserted"]
    n_ordered, n_delivered = _most([t.quantity for t in ordered]), _most([t.quantity for t in delivered])
    order_years = sorted(t.day.year for t in ordered if t.day)
    status = STATUS.get(r.latest_stage, r.latest_stage)
    if status in ("ordered", "delivered") and n_ordered and n_delivered is not None and n_delivered < n_ordered:
        status = "delivering"
    valued = sorted((t for t in told if t.value), key=lambda t: (t.stage != "ordered", t.day or date.max))
    value = valued[0].value if valued else None
    return {"number_ordered": _n(n_ordered), "year_of_order": order_years[0] if order_years else None,
            "number_delivered": _n(n_delivered),
            "years_of_delivery": "; ".join(str(y) for y in sorted({t.day.year for t in delivered if t.day})) or None,
            "status": status, "description": description(r), "comments": comments(told, names),
            "value": {"amount": _n(value[0]), "currency": value[1], "text": value[2], "usd": _n(value[3])}
            if value else None}


def _told(session: Session, ids: list[int], scope: ScopeLike) -> dict[int, list[Told]]:
    q = (select(MentionRow.record_id, MentionRow.stage, MentionRow.factuality, MentionRow.quantity,
                MentionRow.when_start, DocumentRow.published, MentionRow.denied_by_id, MentionRow.intercepted_by_id,
                MentionRow.value_amount, MentionRow.value_currency, MentionRow.value_text, MentionRow.value_usd)
         .join(DocumentRow, DocumentRow.id == MentionRow.document_id).where(MentionRow.record_id.in_(ids)))
    out: dict[int, list[Told]] = {}
    for rid, stage, fact, qty, start, published, denied, seized, amount, cur, text, usd in \
            session.execute(restrict(q, DocumentRow.collection, scope)):
        value = (amount, cur, text, usd) if amount is not None and cur else None
        if rid is None:
            continue
        out.setdefault(rid, []).append(Told(rid, stage, fact, qty, start or published, denied, seized, value))
    return out


def deal_of(session: Session, r: RecordLike, *, scope: ScopeLike) -> dict[str, Any]:
    """One record's SIPRI fields (for `materiel record N` and the record page)."""
    told = _told(session, [r.id], scope).get(r.id, [])
    names = actor_names(session, [x for t in told for x in (t.denied_by, t.intercepted_by)], scope=scope)
    return deal(r, told, names)


def deals(session: Session, records: Sequence[RecordLike], *, scope: ScopeLike) -> dict[int, dict[str, Any]]:
    """The SIPRI fields of these records by id (for the CSV export), their mentions read in one query."""
    told = _told(session, [r.id for r in records], scope)
    names = actor_names(session, [x for ts in told.values() for t in ts for x in (t.denied_by, t.intercepted_by)],
                        scope=scope)
    return {r.id: deal(r, told.get(r.id, []), names) for r in records}


def sipri_row(r: RecordLike, told: list[Told], names: dict[str, str]) -> dict[str, Any]:
    d = deal(r, told, names)
    v = d["value"] or {}
    return dict(zip(COLUMNS, (
        names.get(r.supplier_id or "", r.supplier_id), names.get(r.recipient_id or "", r.recipient_id),
        d["number_ordered"], r.designation, d["description"], d["year_of_order"], d["years_of_delivery"],
        d["number_delivered"], d["status"], d["comments"], v.get("amount"), v.get("currency"), v.get("usd"), r.id),
        strict=True))


def sipri_rows(session: Session, f: RegisterFilter, *, scope: ScopeLike,
               references: ScopeLike | bool = True) -> Iterator[dict[str, Any]]:
    """The records `f` selects within `scope`, as rows of SIPRI's columns, in the register's order."""
    q = select_records(session, f, scope=scope, references=references).with_only_columns(*FIELDS)
    records = iter(session.execute(q.execution_options(yield_per=BATCH)))
    while batch := list(islice(records, BATCH)):
        told = _told(session, [r.id for r in batch], scope)
        names = actor_names(session, [x for r in batch for x in (r.supplier_id, r.recipient_id)]
                            + [x for ts in told.values() for t in ts for x in (t.denied_by, t.intercepted_by)],
                            scope=scope)
        for r in batch:
            yield sipri_row(r, told.get(r.id, []), names)


__all__ = ["COLUMNS", "deal", "deal_of", "deals", "sipri_rows"]

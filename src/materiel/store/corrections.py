"""An analyst's corrections of one mention: parsed from what they typed, stored as JSON on the review,
and read back as the values consolidation uses in place of the machine's.

Stored form (every key optional; present keys replace the machine's reading, which is kept as it was):

    {"supplier": "USA", "recipient": "UKR", "intermediary": "POL",
     "item": {"text": "K9 Thunder", "designation": "K9 Thunder", "category": "howitzer"},
     "quantity": 40, "stage": "ordered", "factuality": "asserted",
     "date": {"start": "2024-03-01", "end": "2024-03-31"}}

Actors are given as an actor's id or exact name (any case) among the actors the caller's scope names,
or a country's name or alias from the gazetteer; items as a designation or generic name of
`materiel.csv` (its category comes with it), else as written, keeping the mention's category.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from materiel import lexicon
from materiel.record.vocabulary import FACTUALITIES, STAGES
from materiel.store.errors import StoreError
from materiel.store.names import named_in
from materiel.store.schema import ActorRow
from materiel.store.scope import ScopeLike

FIELDS = ("supplier", "recipient", "intermediary", "item", "quantity", "stage", "factuality", "date")
ACTOR_FIELDS = ("supplier", "recipient", "intermediary")


def resolve_actor(session: Session, text: str, *, scope: ScopeLike) -> str:
    """The id of the actor `text` names: an id or exact name in the store (within `scope`), else a
    country of the gazetteer (added to the actors when the store has none of that id)."""
    t = text.strip()
    if not t:
        raise StoreError("an actor correction needs a name or an id")
    q = select(ActorRow.id).where(or_(func.lower(ActorRow.id) == t.lower(), func.lower(ActorRow.name) == t.lower()))
    cond = named_in(scope)
    found = sorted(set(session.scalars(q if cond is None else q.where(cond))))
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise StoreError(f"{text!r} names several actors: {', '.join(found)}; give one id")
    for c in lexicon.load().countries.values():
        if t.lower() in {c.iso3.lower(), c.name.lower(), *(a.lower() for a in c.aliases)}:
            if session.get(ActorRow, c.iso3) is None:
                session.add(ActorRow(id=c.iso3, name=c.name, kind="state", country=c.iso3))
                session.flush()
            return c.iso3
    raise StoreError(f"no actor {text!r}: give an actor's id or exact name (see `materiel actors`) or a country")


def resolve_item(text: str, category: str) -> dict[str, Any]:
    t = text.strip()
    if not t:
        raise StoreError("an item correction needs a name")
    for m in lexicon.load().materiel:
        if t.lower() in {m.name.lower(), *(a.lower() for a in m.aliases)}:
            return {"text": t, "designation": None if m.generic else m.name, "category": m.category}
    return {"text": t, "designation": t, "category": category}


def parse_date(value: str) -> dict[str, str]:
    """`YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` as a range."""
    parts = [p.strip() for p in value.split("..")]
    try:
        days = [date.fromisoformat(p) for p in parts]
    except ValueError:
        raise StoreError(f"{value!r} is not a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD") from None
    if len(days) not in (1, 2) or days[0] > days[-1]:
        raise StoreError(f"{value!r} is not a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD")
    return {"start": days[0].isoformat(), "end": days[-1].isoformat()}


def parse(session: Session, raw: dict[str, str | None], category: str, *, scope: ScopeLike) -> dict[str, Any]:
    """The stored form of the corrections an analyst typed (values None are left out); one readable
    StoreError for the first bad value."""
    out: dict[str, Any] = {}
    for name, value in raw.items():
        if value is None:
            continue
        if name not in FIELDS:
            raise StoreError(f"cannot correct {name!r}: give one of {', '.join(FIELDS)}")
        if name in ACTOR_FIELDS:
            out[name] = resolve_actor(session, value, scope=scope)
        elif name == "item":
            out[name] = resolve_item(value, category)
        elif name == "quantity":
            try:
                out[name] = float(value.replace(",", ""))
            except ValueError:
                raise StoreError(f"quantity {value!r} is not a number") from None
        elif name in ("stage", "factuality"):
            allowed = STAGES if name == "stage" else FACTUALITIES
            if value.lower() not in allowed:
                raise StoreError(f"{name} {value!r} is not one of {', '.join(allowed)}")
            out[name] = value.lower()
        else:
            out[name] = parse_date(value)
    if not out:
        raise StoreError(f"a correction needs at least one field: {', '.join(FIELDS)}")
    return out


def mention_values(corrections: dict[str, Any] | None) -> dict[str, Any]:  # ("split" only changes the key)
    """The corrected values under the names of `consolidate.Mention`'s fields."""
    c = corrections or {}
    out: dict[str, Any] = {f"{k}_id": c[k] for k in ("supplier", "recipient") if k in c}
    if "item" in c:
        out.update(item_text=c["item"]["text"], designation=c["item"]["designation"], category=c["item"]["category"])
    out.update({k: c[k] for k in ("quantity", "stage", "factuality") if k in c})
    if "date" in c:
        out.update(start=date.fromisoformat(c["date"]["start"]), end=date.fromisoformat(c["date"]["end"]))
    return out

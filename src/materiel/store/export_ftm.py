"""`materiel export --format ftm`: FollowTheMoney entities, one JSON object per line (`{"id", "schema",
"properties"}`), the format `ftm` tools and Aleph (`alephclient write-entities`, Aleph 4.1 pins
followthemoney 3.5.9) load. Needs the optional extra: `pip install 'materiel[ftm]'`.

Mapping (choices where the brief was silent):

- document        -> Article: title, bodyText (the stored text), publishedAt, publisher, sourceUrl.
- actor           -> PublicBody (kind state or government_body), Person (kind person), else Organization
                     (armed groups, companies, IGOs, other); `country` = ISO 3166 alpha-2 lower case
                     (converted from the store's alpha-3 with pycountry; a state is its own country).
- transfer record -> Event, not UnknownLink: an UnknownLink only joins two Things, while a transfer has a
                     supplier, a recipient, sometimes an intermediary, an item and a time span. The Event
                     has `organizer` = supplier, `involved` = supplier, recipient, intermediary and
                     the seizer of an intercepted shipment (also an UnknownLink seizer -> Event, role
                     "intercepted the shipment"),
                     startDate/endDate = first/last date, `proof` = the Articles reporting it, and a
                     summary with stage, factuality, sources and contradiction.
- item            -> Asset (name = designation, else the item as written; amount = quantity), one per
                     record, joined to the record's Event by an UnknownLink (subject Event, object Asset,
                     role "item transferred"): FtM has no Event->Asset property.
- mention         -> Documentation (a mention an analyst rejected is left out, and so is a record whose
                   mentions were all rejected): document = the Article, entity = the record's Event, role = stage and
                     factuality, summary = the evidence sentence.

Ids are stable: make_id of a fixed prefix and the document id, actor id or record id, so exporting the
same store again (or a bigger one) gives the same ids and Aleph updates entities instead of duplicating.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from materiel.store.errors import StoreError
from materiel.store.review_schema import ReviewRow
from materiel.store.schema import ActorRow, DocumentRow, MentionRow, RecordRow
from materiel.store.scope import ScopeLike, restrict

if TYPE_CHECKING:
    from followthemoney.model import Model
    from followthemoney.proxy import EntityProxy

PREFIX = "materiel"
SCHEMA_OF_KIND = {"state": "PublicBody", "government_body": "PublicBody", "person": "Person"}


def ftm_model() -> Model:
    """followthemoney's model; a StoreError saying how to install it when it is missing."""
    try:
        from followthemoney import model  # optional: the ftm extra
    except ImportError:
        raise StoreError("the ftm export needs followthemoney: pip install 'materiel[ftm]'") from None
    return model


@lru_cache(maxsize=512)
def iso2(code: str | None) -> str | None:
    """'UKR' -> 'ua' (FtM's country codes); None when pycountry does not know the code."""
    if not code:
        return None
    found = pycountry.countries.get(alpha_3=code.upper()) if len(code) == 3 else None
    return found.alpha_2.lower() if found else None


def _entity_id(*parts: str) -> str:
    """make_entity_id of PREFIX and `parts`; it gives None only when every part is empty, and PREFIX is not."""
    from followthemoney.util import make_entity_id

    made = make_entity_id(PREFIX, *parts)
    if made is None:
        raise StoreError(f"no FtM id for {parts!r}")
    return made


def doc_entity_id(doc_id: str) -> str:
    return _entity_id("document", doc_id)


def actor_entity_id(actor_id: str) -> str:
    return _entity_id("actor", actor_id)


def record_entity_id(record_id: int, what: str = "transfer") -> str:
    return _entity_id(what, str(record_id))


def _article(model: Model, d: DocumentRow) -> EntityProxy:
    e = model.make_entity("Article")
    e.id = doc_entity_id(d.id)
    e.add("title", d.title or d.source)
    e.add("name", d.title or d.source)
    e.add("bodyText", d.text)
    e.add("publishedAt", d.published.isoformat() if d.published else None)
    e.add("publisher", d.publisher)
    e.add("sourceUrl", d.url)
    return e


def _actor(model: Model, a: ActorRow) -> EntityProxy:
    e = model.make_entity(SCHEMA_OF_KIND.get(a.kind, "Organization"))
    e.id = actor_entity_id(a.id)
    e.add("name", a.name)
    e.add("country", iso2(a.country or (a.id if a.kind == "state" else None)))
    e.add("description", f"materiel actor {a.id} ({a.kind.replace('_', ' ')})")
    return e


def _title(names: dict[str, str], r: RecordRow) -> str:
    item = r.designation or r.category
    return f"Transfer of {item}: {names.get(r.supplier_id or '', '?')} to {names.get(r.recipient_id or '', '?')}"


def entities(session: Session, *, scope: ScopeLike) -> Iterator[EntityProxy]:
    """Every entity of the export within `scope`, each once; linked entities come before the links to them."""
    model = ftm_model()
    q = (select(MentionRow, DocumentRow).join(DocumentRow, DocumentRow.id == MentionRow.document_id)
         .order_by(MentionRow.record_id, MentionRow.id))
    q = q.outerjoin(ReviewRow, ReviewRow.mention_id == MentionRow.id).where(  # rejected mentions are left out
        or_(ReviewRow.decision.is_(None), ReviewRow.decision != "rejected"))
    mentions = list(session.execute(restrict(q, DocumentRow.collection, scope)))
    dq = restrict(select(DocumentRow).order_by(DocumentRow.published, DocumentRow.id), DocumentRow.collection, scope)
    for d in session.scalars(dq):
        yield _article(model, d)

    record_ids = sorted({m.record_id for m, _ in mentions if m.record_id is not None})
    records = list(session.scalars(restrict(select(RecordRow).where(RecordRow.id.in_(record_ids)),
                                            RecordRow.collection, scope))) if record_ids else []
    actor_ids = {x for r in records for x in (r.supplier_id, r.recipient_id) if x}
    actor_ids |= {m.intermediary_id for m, _ in mentions if m.intermediary_id}
    actor_ids |= {x for m, _ in mentions for x in (m.intercepted_by_id,) if x}
    actors = list(session.scalars(select(ActorRow).where(ActorRow.id.in_(sorted(actor_ids))))) if actor_ids else []
    for a in actors:
        yield _actor(model, a)

    by_record: dict[int, list[tuple[MentionRow, DocumentRow]]] = {}
    for m, d in mentions:
        if m.record_id is not None:
            by_record.setdefault(m.record_id, []).append((m, d))
    for r in records:
        yield from _record_entities(model, r, by_record.get(r.id, []), {a.id: a for a in actors})


def _record_entities(model: Model, r: RecordRow, rows: list[tuple[MentionRow, DocumentRow]],
                     actors: dict[str, ActorRow]) -> Iterator[EntityProxy]:
    """A record's Event, the links of its seizers to it, its item (an Asset and its link) and its mentions."""
    ev = _event(model, r, rows, actors)
    yield ev
    names = {a.id: a.name for a in actors.values()}
    for actor_id in sorted({m.intercepted_by_id for m, _ in rows if m.intercepted_by_id}):
        if actor_id in names:  # who seized the shipment: a party of the Event in its own role
            yield _link(model, record_entity_id(r.id, f"intercepted-by-{actor_id}"), actor_entity_id(actor_id),
                        ev.id, "intercepted the shipment")
    asset = model.make_entity("Asset")
    asset.id = record_entity_id(r.id, "item")
    asset.add("name", r.designation or r.item_text)
    asset.add("description", f"{r.category}: {r.item_text}")
    if r.quantity is not None:
        asset.add("amount", f"{r.quantity:g}")
    yield asset
    yield _link(model, record_entity_id(r.id, "item-link"), ev.id, asset.id, "item transferred")
    for m, d in rows:
        yield _documentation(model, m, d, ev.id)


def _event(model: Model, r: RecordRow, rows: list[tuple[MentionRow, DocumentRow]],
           actors: dict[str, ActorRow]) -> EntityProxy:
    """The record as an Event: its parties, dates, country of the recipient, articles and a summary."""
    names = {a.id: a.name for a in actors.values()}
    ev = model.make_entity("Event")
    ev.id = record_entity_id(r.id)
    ev.add("name", _title(names, r))
    ev.add("startDate", r.first_date.isoformat() if r.first_date else None)
    ev.add("endDate", r.last_date.isoformat() if r.last_date else None)
    seizers = sorted({m.intercepted_by_id for m, _ in rows if m.intercepted_by_id})
    for actor_id in (r.supplier_id, r.recipient_id, *sorted({m.intermediary_id for m, _ in rows if m.intermediary_id}),
                     *seizers):
        if actor_id in names:
            ev.add("involved", actor_entity_id(actor_id))
    if r.supplier_id in names:
        ev.add("organizer", actor_entity_id(r.supplier_id))
    recipient = actors.get(r.recipient_id or "")
    ev.add("country", iso2(recipient.country or recipient.id
                           if recipient is not None and (recipient.country or recipient.kind == "state") else None))
    for doc_id in sorted({d.id for _, d in rows}):
        ev.add("proof", doc_entity_id(doc_id))
    ev.add("summary", f"materiel record {r.id}: latest stage {r.latest_stage} ({r.stages}), {r.factuality}, "
                      f"{r.sources} independent source(s) asserting, {r.sources_against} against"
                      + (", contradicted" if r.contradiction else "")
                      + (f", intercepted by {', '.join(names.get(x, x) for x in seizers)}" if seizers else ""))
    ev.add("publisher", sorted(r.publishers or []))
    return ev


def _link(model: Model, entity_id: str, subject: str | None, obj: str | None, role: str) -> EntityProxy:
    link = model.make_entity("UnknownLink")
    link.id = entity_id
    link.add("subject", subject)
    link.add("object", obj)
    link.add("role", role)
    return link


def _documentation(model: Model, m: MentionRow, d: DocumentRow, event_id: str | None) -> EntityProxy:
    doc = model.make_entity("Documentation")
    doc.id = record_entity_id(m.id, "mention")
    doc.add("document", doc_entity_id(d.id))
    doc.add("entity", event_id)
    doc.add("role", f"{m.stage}, {m.factuality}")
    doc.add("summary", m.evidence_text)
    doc.add("date", d.published.isoformat() if d.published else None)
    doc.add("publisher", d.publisher)
    doc.add("sourceUrl", d.url)
    return doc


def write_ftm(session: Session, path: Path, *, scope: ScopeLike) -> int:
    """Write the entities as JSON Lines; returns how many."""
    n = 0
    with path.open("w", encoding="utf-8") as handle:
        for e in entities(session, scope=scope):
            handle.write(json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n

"""Consolidation: mentions of the same transfer in many documents become one record.

- Key: the document's collection, supplier id, recipient id and item, the item being its designation when the row
  has one ("d:k9 thunder"), else its category ("c:howitzer"). A missing party is "?". A record never mixes
  collections: every figure on it (sources, publishers, stages, contradictions) comes from one collection's
  documents, so a reader with a grant to that collection learns nothing of the others (need-to-know). The same
  transfer in two collections is two records.
- Time: a mention's span is its `when` range, else its document's publication date. Within a key, mentions sorted by
  span start join the current record while they start no later than one year (GAP) after its latest end; a longer
  silence starts a new record (a new transfer of the same kind). Mentions with no date at all (no `when`, an
  undated document) never join a dated record: together they make the key's undated record. A follow-on order
  ("30 more") is a record of its own (`clusters`).
- Record id: the id of its first stored mention, stable as later documents add to it.
- Sources: independent publisher groups (`publishers`) asserting (`sources`) and denying or negating it (`sources_against`).
- Contradiction: at one stage, one mention asserts and another denies or negates ("delivered" vs "denied sending").
- Latest stage: the stage of the latest-dated asserted (else uncertain, else any) mention; on the same date the
  later step of a transfer's life wins (`vocabulary.STAGE_RANK`). Seizer: the one most intercepted mentions name.
- Reviews (`materiel.store.reviews`): each mention is read through its analyst's decision. A corrected field
  replaces the machine's value (the key follows a corrected party or item); a rejected mention stays with its record
  but counts for nothing (stages, sources, contradictions, figures), and a record whose mentions are all rejected is
  marked `rejected` (out of the register unless asked for); its summary on the record: `review_summary`.

`refresh(session, keys)` recomputes the records of the given keys inside the caller's transaction.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import column, delete, insert, select, table, update
from sqlalchemy.orm import Session

from materiel.record.vocabulary import STAGE_RANK as STAGE_ORDER
from materiel.sources import publishers
from materiel.store import alerting, alias_map, matching
from materiel.store.clusters import cluster
from materiel.store.corrections import mention_values
from materiel.store.review_schema import ReviewRow
from materiel.store.review_summary import reviewed
from materiel.store.schema import DocumentRow, MentionRow, RecordRow
from materiel.store.schema_deals import ReferenceMatchRow

LAYER_COLUMNS = ("unreviewed", "reviewers", "corrected", "rejected", "review_priority")  # migration 0006
AGAINST = ("negated", "denied")
DETAIL_LIMIT = 5


def key_of(collection: str, supplier: str | None, recipient: str | None, designation: str | None,
           category: str) -> str:
    item = "d:" + designation.casefold() if designation else "c:" + category.casefold()
    return f"{collection}|{supplier or '?'}|{recipient or '?'}|{item}"


@dataclass
class Mention:
    """A transfer row as consolidation reads it: the mention's fields and its document's."""

    id: int
    document_id: str
    supplier_id: str | None
    recipient_id: str | None
    designation: str | None
    category: str
    item_text: str
    quantity: float | None
    stage: str
    factuality: str
    denied_by_id: str | None
    start: date | None
    end: date | None
    published: date | None
    publisher: str | None
    publisher_key: str
    evidence: str
    confidence: float
    collection: str
    intercepted_by_id: str | None = None
    quantity_text: str | None = None  # "30 more": a follow-on order (`clusters`)
    decision: str | None = None  # the analyst's: accepted, rejected, corrected (None: not reviewed)
    reviewer: str | None = None

    @property
    def span(self) -> tuple[date, date] | None:
        if self.start and self.end:
            return self.start, self.end
        return (self.published, self.published) if self.published else None


_COLUMNS = (MentionRow.id, MentionRow.document_id, MentionRow.supplier_id, MentionRow.recipient_id,
            MentionRow.designation, MentionRow.category, MentionRow.item_text, MentionRow.quantity,
            MentionRow.stage, MentionRow.factuality, MentionRow.denied_by_id, MentionRow.when_start,
            MentionRow.when_end, DocumentRow.published, DocumentRow.publisher, DocumentRow.publisher_key,
            MentionRow.evidence_text, MentionRow.confidence, DocumentRow.collection)


def _load(session: Session, key: str, seizers: bool = True, reviews: bool = True,
          aliases: dict[str, str] | None = None) -> list[Mention]:
    columns = (*_COLUMNS, MentionRow.intercepted_by_id) if seizers else _COLUMNS
    q = (select(*columns, MentionRow.quantity_text).join(DocumentRow, DocumentRow.id == MentionRow.document_id)
         .where(MentionRow.record_key == key).order_by(MentionRow.id))
    n = len(columns)
    if not reviews:
        return [Mention(*row[:n], quantity_text=row[n]) for row in session.execute(q)]  # type: ignore[misc]
    q = q.add_columns(ReviewRow.decision, ReviewRow.reviewer, ReviewRow.corrections).outerjoin(
        ReviewRow, ReviewRow.mention_id == MentionRow.id)
    out = [replace(Mention(*row[:n], quantity_text=row[n]), decision=row[n + 1],  # type: ignore[misc]
                   reviewer=row[n + 2], **mention_values(row[n + 3])) for row in session.execute(q)]
    if aliases:  # the analysts' actor merges and aliases
        out = [replace(m, supplier_id=alias_map.follow(aliases, m.supplier_id),
                       recipient_id=alias_map.follow(aliases, m.recipient_id))
               for m in out]
    return out


def _common(values: Iterable[object]) -> object:
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def latest_stage_of(ms: list[Mention]) -> str:
    pool = ([m for m in ms if m.factuality == "asserted"] or [m for m in ms if m.factuality == "uncertain"] or ms)
    best = max(pool, key=lambda m: ((m.span[1] if m.span else date.min), STAGE_ORDER.get(m.stage, 0), m.id))
    return best.stage


def _factuality(ms: list[Mention], contradiction: bool) -> str:
    present = {m.factuality for m in ms}
    if contradiction:
        return "contested"
    for f in ("asserted", "uncertain", "denied", "negated"):
        if f in present:
            return f
    return "asserted"


def stage_factualities(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{stage: its factuality} from (stage, factuality) pairs of mentions, in the stages' order: "contested"
    when one asserts and another denies or negates it, else asserted, uncertain, denied or negated."""
    seen: dict[str, set[str]] = {}
    for stage, fact in pairs:
        seen.setdefault(stage, set()).add(fact)
    out = {}
    for stage in sorted(seen, key=lambda s: STAGE_ORDER.get(s, 0)):
        facts = seen[stage]
        contested = "asserted" in facts and bool(facts & set(AGAINST))
        out[stage] = "contested" if contested else next((f for f in ("asserted", "uncertain", "denied", "negated")
                                                         if f in facts), sorted(facts)[0])
    return out


def _side(ms: list[Mention]) -> list[dict[str, object]]:
    seen: dict[str, dict[str, object]] = {}
    for m in ms:
        seen.setdefault(m.document_id, {"document": m.document_id, "publisher": m.publisher, "stage": m.stage,
                                        "factuality": m.factuality, "denied_by": m.denied_by_id,
                                        "evidence": m.evidence})
    return list(seen.values())[:DETAIL_LIMIT]


def contradiction_of(ms: list[Mention]) -> dict[str, object] | None:
    pro = [m for m in ms if m.factuality == "asserted"]
    con = [m for m in ms if m.factuality in AGAINST]
    stages = sorted({m.stage for m in pro} & {m.stage for m in con}, key=lambda s: STAGE_ORDER.get(s, 0))
    if not stages:
        return None
    return {"stages": stages, "asserted": _side([m for m in pro if m.stage in stages]),
            "against": _side([m for m in con if m.stage in stages])}


_CITATIONS: dict[tuple[str, str, frozenset[str]], bool] = {}


def _load_texts(session: Session) -> Callable[[set[str]], dict[str, str]]:
    def load(ids: set[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        wanted = sorted(ids)
        for i in range(0, len(wanted), 500):
            q = select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(wanted[i:i + 500]))
            out.update((doc_id, publishers.strip_accents(text)) for doc_id, text in session.execute(q))
        return out
    return load


def count_sources(ms: list[Mention], load: Callable[[set[str]], dict[str, str]]) -> int:
    """How many independent sources the documents of these mentions are (see `publishers`)."""
    docs = {m.document_id: m.publisher_key for m in ms}
    if len(set(docs.values())) <= 1:
        return len(set(docs.values()))
    names: dict[str, set[str]] = {}
    for m in ms:
        if m.publisher:
            names.setdefault(m.publisher_key, set()).add(m.publisher)
    cites = publishers.Citations(load, names, _CITATIONS)
    cites.prefetch(docs)
    return len(publishers.independent_groups(docs, cites))


def build(ms: list[Mention], key: str, load: Callable[[set[str]], dict[str, str]]) -> RecordRow:
    detail = contradiction_of(ms)
    spans = [m.span for m in ms if m.span]
    seen = [m.published for m in ms if m.published]
    pro = [m for m in ms if m.factuality == "asserted"]
    con = [m for m in ms if m.factuality in AGAINST]
    item_text = _common(m.item_text.casefold() for m in ms)
    return RecordRow(
        id=ms[0].id, key=key, supplier_id=ms[0].supplier_id, recipient_id=ms[0].recipient_id,
        designation=_common(m.designation for m in ms), category=str(_common(m.category for m in ms)),
        item_text=next(m.item_text for m in ms if m.item_text.casefold() == item_text),
        quantity=_common(m.quantity for m in pro or ms),
        first_date=min(s[0] for s in spans) if spans else None,
        last_date=max(s[1] for s in spans) if spans else None,
        latest_stage=latest_stage_of(ms),
        stages=",".join(sorted({m.stage for m in ms}, key=lambda s: STAGE_ORDER.get(s, 0))),
        factuality=_factuality(ms, detail is not None),
        n_mentions=len(ms), n_documents=len({m.document_id for m in ms}),
        sources=count_sources(pro, load), sources_against=count_sources(con, load),
        publishers=sorted({m.publisher or "(unknown)" for m in ms}),
        contradiction=detail is not None, contradiction_detail=detail,
        confidence=max(m.confidence for m in ms),
        first_seen=min(seen) if seen else None, last_seen=max(seen) if seen else None,
        factualities=",".join(sorted({m.factuality for m in ms})),
        collection=ms[0].collection,
    )


def _values(record: RecordRow, without: set[str]) -> dict[str, object]:
    return {c.key: getattr(record, c.key) for c in RecordRow.__table__.columns if c.key not in without}


def refresh(session: Session, keys: Iterable[str], seizers: bool = True, reviews: bool | None = None) -> int:
    """Recompute the records of `keys` (inside the caller's transaction); returns how many there are.
    `seizers=False` leaves out who intercepted a shipment and the review layer, for the migrations
    before 0004 and 0006 (which added their columns) that rebuild the records with this module;
    `reviews` (default: as `seizers`) says whether the reviews table is there."""
    load = _load_texts(session)
    layer = seizers if reviews is None else reviews
    aliases = alias_map.load(session) if layer else {}  # the analysts' actor merges (migration 0006)
    made = 0
    keys = sorted(set(keys))
    rebuilt: list[int] = []
    for key in keys:  # all first: a mention moved by a correction takes its record id to its new key
        if seizers:  # the records about to go: their matches go too (see `matching`)
            rebuilt += session.scalars(select(RecordRow.id).where(RecordRow.key == key)).all()
        session.execute(delete(RecordRow).where(RecordRow.key == key))
    for key in keys:
        for group in cluster(_load(session, key, seizers, layer, aliases)):
            if not group:
                continue
            live = [m for m in group if m.decision != "rejected"]
            record = build(live or group, key, load)
            record.id = group[0].id  # stable while its first mention is rejected
            if layer:
                reviewed(record, group)
            if seizers:  # the seizer most mentions name (stage intercepted)
                record.intercepted_by_id = _common(m.intercepted_by_id for m in group)  # type: ignore[assignment]
            if seizers and layer:
                session.add(record)
            else:  # a table without some columns: insert only the columns it has
                without = (set() if seizers else {"intercepted_by_id"}) | (set() if layer else set(LAYER_COLUMNS))
                values = _values(record, without=without)  # a bare table clause: typed, with no column defaults
                typed = (column(c, RecordRow.__table__.c[c].type) for c in values)
                session.execute(insert(table("records", *typed)), [values])
            session.execute(update(MentionRow).where(MentionRow.id.in_([m.id for m in group]))
                            .values(record_id=record.id))
            rebuilt.append(record.id)
            made += 1
    session.flush()
    if seizers:  # the schema of 0007 and later: matched against the reference tables, then the watchlists
        matching.rematch(session, rebuilt)
        alerting.evaluate(session, rebuilt)
    return made


def rebuild(session: Session, seizers: bool = True, reviews: bool | None = None) -> int:
    """Recompute every record (after a change of the rules above); `seizers`, `reviews` as for `refresh`."""
    keys = session.scalars(select(MentionRow.record_key).distinct()).all()
    session.execute(delete(RecordRow))
    if seizers:
        session.execute(delete(ReferenceMatchRow))
    return refresh(session, keys, seizers, reviews)

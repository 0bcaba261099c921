"""`materiel reextract`: the current rules over the stored documents (after an upgrade), keeping the
analysts' reviews.

Each document is extracted again from its stored text and its transfer rows and events are replaced, in
one transaction per document (as `add` writes them). Each review of the document is then attached to the
new row read from the same evidence span (document and character offsets): `kept` when that row reads as
the machine read it when the review was made (parties, item, stage, factuality), `moved` when the span
yields a row that now reads differently (the review follows it: the closest reading wins), `listed` when
the span yields no row any more (the review stays, with `mention_id` None and the machine's reading of
the time, and is listed, never lost). The records of every key the document touched are rebuilt.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from materiel.compute.runners import make_runner
from materiel.compute.spec import Extract
from materiel.record.models import Report
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming
from materiel.store import consolidate
from materiel.store.alias_map import load
from materiel.store.db import Store
from materiel.store.review_schema import ReviewRow
from materiel.store.reviews import effective_key
from materiel.store.schema import DocumentRow, EventRow, MentionRow
from materiel.store.scope import ScopeLike, restrict
from materiel.store.writer import event_row, mention_row

SAME = ("supplier", "recipient", "designation", "category", "stage", "factuality")


@dataclass
class Outcome:
    documents: int = 0
    transfers: int = 0
    kept: int = 0
    moved: int = 0
    listed: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)  # documents whose extraction failed: left as they were

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "transfers": self.transfers, "kept": self.kept, "moved": self.moved,
                "listed": len(self.listed), "failed": len(self.failed), "orphans": self.listed,
                "failures": self.failed}


def _reading(m: MentionRow) -> dict[str, Any]:
    return {"supplier": m.supplier_id, "recipient": m.recipient_id, "designation": m.designation,
            "category": m.category, "stage": m.stage, "factuality": m.factuality}


def _anchor(review: ReviewRow, rows: list[MentionRow], taken: set[int]) -> tuple[MentionRow | None, bool]:
    """The new row of the review's span that reads closest to the reading it reviewed, and whether it is the same."""
    span = [m for m in rows if (m.evidence_start, m.evidence_end) == (review.evidence_start, review.evidence_end)
            and m.id not in taken]
    if not span:
        return None, False
    then = review.machine or {}
    best = max(span, key=lambda m: sum(_reading(m)[k] == then.get(k) for k in SAME))
    return best, all(_reading(best)[k] == then.get(k) for k in SAME)


def redo(session: Session, doc: DocumentRow, report: Report, out: Outcome) -> None:
    """Replace one document's rows and events with `report`'s and re-anchor its reviews."""
    old_keys = set(session.scalars(select(MentionRow.record_key).where(MentionRow.document_id == doc.id)))
    session.execute(delete(MentionRow).where(MentionRow.document_id == doc.id))
    session.execute(delete(EventRow).where(EventRow.document_id == doc.id))
    session.flush()
    rows = [mention_row(doc.id, i, t, doc.collection) for i, t in enumerate(report.transfers)]
    session.add_all(rows)
    for i, e in enumerate(report.events):
        ev = event_row(doc.id, i, e)
        ev.day = ev.when_start or doc.published
        session.add(ev)
    doc.n_transfers, doc.n_events = len(report.transfers), len(report.events)
    session.flush()
    taken: set[int] = set()
    reviews = list(session.scalars(select(ReviewRow).where(ReviewRow.document_id == doc.id).order_by(ReviewRow.id)))
    for r in reviews:
        r.mention_id = None
    session.flush()
    by_id = {m.id: m for m in rows}
    corrections: dict[int, dict[str, Any]] = {}
    for r in reviews:
        m, same = _anchor(r, rows, taken)
        if m is None:
            out.listed.append({"review": r.id, "document": doc.id, "evidence": r.machine.get("evidence"),
                               "decision": r.decision, "reviewer": r.reviewer, "machine": r.machine})
            continue
        taken.add(m.id)
        r.mention_id = m.id
        corrections[m.id] = dict(r.corrections or {})
        out.kept += same
        out.moved += not same
    aliases = load(session)
    for m in rows:
        m.record_key = effective_key(by_id[m.id], doc.collection, corrections.get(m.id, {}), aliases)
    session.flush()
    consolidate.refresh(session, old_keys | {m.record_key for m in rows})
    out.documents += 1
    out.transfers += len(rows)


READ_AHEAD = 32  # stored documents read in one query, in order, for the runner


def documents(store: Store, *, scope: ScopeLike) -> Iterator[str]:
    with store.read() as session:
        ids = list(session.scalars(restrict(select(DocumentRow.id), DocumentRow.collection, scope).order_by(DocumentRow.id)))
    yield from ids


def _texts(store: Store, ids: list[str], order: deque[str]) -> Iterator[Incoming]:
    """Each stored document as `add` extracts it; its id is queued in `order` as it goes to the runner."""
    for i in range(0, len(ids), READ_AHEAD):
        chunk = ids[i:i + READ_AHEAD]
        with store.read() as session:
            found = {d.id: Document(text=d.text, source=d.source, title=d.title, published=d.published)
                     for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(chunk)))}
        for doc_id in chunk:
            if doc_id in found:
                order.append(doc_id)
                yield Incoming(found[doc_id])


def reextract(store: Store, extract: Extract, *, scope: ScopeLike, workers: int = 1,
              progress: Callable[[int], None] | None = None) -> Outcome:
    """Extract every document within `scope` again (see the module docstring), one transaction each.

    `extract` is what `add` runs (an `ExtractSpec`: the model and the prefilter), in this process or in
    `workers` processes (`materiel.compute.runners`): the documents come back in order and this process
    writes them, so the store is the same whatever the number of workers. A document whose extraction
    fails keeps its rows and is counted in `failed`."""
    out, order = Outcome(), deque[str]()
    runner = make_runner(extract, workers)
    try:
        for item, result in runner.run(_texts(store, list(documents(store, scope=scope)), order)):
            doc_id = order.popleft()
            if not isinstance(result, Report):
                out.failed.append({"document": doc_id, "source": item.document.source, "reason": str(result)})
                continue
            with store.write() as session:
                doc = session.get(DocumentRow, doc_id)
                if doc is not None:
                    redo(session, doc, result, out)
            if progress is not None:
                progress(out.documents + len(out.failed))
    finally:
        runner.close()
    return out

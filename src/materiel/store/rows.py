"""The store's objects as plain rows (dicts of JSON-ready values), so that the CLI, the exports, the
workbench and the Python API print them as tables, JSON Lines or CSV alike."""
from __future__ import annotations

from datetime import date
from typing import Any

from materiel.store.schema import DocumentRow, EventRow, MentionRow, RecordRow
from materiel.store.schema_deals import ReferenceRow

SHORT = 12  # characters of a document id shown in listings

Row = dict[str, Any]


def short(doc_id: str | None) -> str | None:
    return doc_id[:SHORT] if doc_id else None


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def record_row(r: RecordRow, names: dict[str, str], detail: bool = True) -> Row:
    row: Row = {
        "record": r.id, "supplier": names.get(r.supplier_id or "", r.supplier_id), "supplier_id": r.supplier_id,
        "recipient": names.get(r.recipient_id or "", r.recipient_id), "recipient_id": r.recipient_id,
        "item": r.item_text, "designation": r.designation, "category": r.category,
        "quantity": int(r.quantity) if r.quantity is not None and r.quantity == int(r.quantity) else r.quantity,
        "latest_stage": r.latest_stage, "stages": r.stages.split(",") if r.stages else [],
        "intercepted_by": names.get(r.intercepted_by_id or "", r.intercepted_by_id),
        "intercepted_by_id": r.intercepted_by_id,
        "factuality": r.factuality, "sources": r.sources, "sources_against": r.sources_against,
        "contradiction": r.contradiction, "documents": r.n_documents, "mentions": r.n_mentions,
        "first_date": iso(r.first_date), "last_date": iso(r.last_date),
        "first_seen": iso(r.first_seen), "last_seen": iso(r.last_seen),
        "publishers": list(r.publishers or []), "confidence": r.confidence,
        "reviewed": r.unreviewed == 0, "unreviewed": r.unreviewed, "reviewers": r.reviewers,
        "corrected": bool(r.corrected), "rejected": bool(r.rejected),
    }
    if detail:
        row["contradiction_detail"] = r.contradiction_detail
    return row


def number(x: float | None) -> float | int | None:
    """A stored float as the int it is, when it is one."""
    return int(x) if x is not None and x == int(x) else x


def value_dict(m: MentionRow) -> Row | None:
    """A mention's value as `Transfer.value` writes it, or None."""
    if m.value_amount is None or not m.value_currency:
        return None
    return {"amount": number(m.value_amount), "currency": m.value_currency, "text": m.value_text,
            "usd": number(m.value_usd)}


def mention_dict(m: MentionRow, doc: DocumentRow | None = None) -> Row:
    row: Row = {
        "mention": m.id, "record": m.record_id, "document": short(m.document_id), "document_id": m.document_id,
        "supplier_id": m.supplier_id, "supplier_text": m.supplier_text, "recipient_id": m.recipient_id,
        "recipient_text": m.recipient_text, "intermediary_id": m.intermediary_id, "item": m.item_text,
        "designation": m.designation, "category": m.category, "quantity": m.quantity,
        "quantity_text": m.quantity_text, "value": value_dict(m), "stage": m.stage, "factuality": m.factuality,
        "denied_by_id": m.denied_by_id, "intercepted_by_id": m.intercepted_by_id,
        "intercepted_by_text": m.intercepted_by_text, "attribution": m.attribution_text,
        "attribution_source_id": m.attribution_source_id, "when": m.when_text, "when_start": iso(m.when_start),
        "when_end": iso(m.when_end), "where": m.where_text, "where_country": m.where_country,
        "evidence": m.evidence_text, "evidence_start": m.evidence_start, "evidence_end": m.evidence_end,
        "rule": m.rule, "confidence": m.confidence,
    }
    if doc is not None:
        row.update({"publisher": doc.publisher, "published": iso(doc.published), "title": doc.title,
                    "source": doc.source, "collection": doc.collection})
    return row


def event_dict(e: EventRow, names: dict[str, str], doc: DocumentRow | None = None) -> Row:
    row: Row = {
        "event": e.id, "document": short(e.document_id), "type": e.type, "mode": e.mode,
        "actor_id": e.actor_id, "actor": names.get(e.actor_id, e.actor_id), "actor_text": e.actor_text,
        "target_id": e.target_id, "target": names.get(e.target_id or "", e.target_id), "target_text": e.target_text,
        "factuality": e.factuality, "attribution": e.attribution_text, "when": e.when_text,
        "when_start": iso(e.when_start), "when_end": iso(e.when_end), "where": e.where_text,
        "evidence": e.evidence_text, "evidence_start": e.evidence_start, "evidence_end": e.evidence_end,
        "rule": e.rule, "confidence": e.confidence, "transfers": list(e.transfers or []),
    }
    if doc is not None:
        row.update({"published": iso(doc.published), "publisher": doc.publisher})
    return row


def document_dict(d: DocumentRow, text: bool = False) -> Row:
    row: Row = {"id": d.id, "short": short(d.id), "title": d.title, "source": d.source, "url": d.url,
                "published": iso(d.published), "publisher": d.publisher, "collection": d.collection,
                "added_at": d.added_at.isoformat() if d.added_at else None, "transfers": d.n_transfers,
                "events": d.n_events, "characters": len(d.text)}
    if text:
        row["text"] = d.text
    return row


def reference_dict(x: ReferenceRow) -> Row:
    """A row of an imported reference table, in SIPRI's terms, with where it came from."""
    return {"reference": x.id, "collection": x.collection, "source": x.source, "line": x.line,
            "supplier": x.supplier_text, "supplier_id": x.supplier_id, "recipient": x.recipient_text,
            "recipient_id": x.recipient_id, "designation": x.designation_text or x.designation,
            "description": x.description, "category": x.category, "number_ordered": number(x.number_ordered),
            "year_of_order": x.year_of_order, "years_of_delivery": x.years_of_delivery,
            "number_delivered": number(x.number_delivered), "status": x.status, "comments": x.comments,
            "problem": x.problem}

"""The analysts' decisions as a gold set: `materiel review export --gold FILE`.

The file has the format of `../shared/examples/gold.json` (see `materiel.evaluation.transfers`), one
entry per document that has a reviewed mention, keyed `<document id>.txt` (with `--texts`, the texts are
written beside the file under those names, so that `score_transfers.py` and `materiel evaluate` read it
as any gold set):

- `rows`: each accepted or corrected mention as the analyst reads it (corrections applied), required;
  each mention of the document nobody reviewed yet, `"required": false, "unreviewed": true` (not judged);
- `negatives`: each rejected mention as the machine read it, with the reason (`materiel evaluate
  reviewed` counts how many of them the current rules still produce).

A row's supplier and recipient are the actor's id and name (`[""]` for no supplier), its item the
designation (else the category), its stage and factuality the reviewed ones, its quantity when known.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from materiel.record.vocabulary import FACTUALITIES, STAGES
from materiel.store.corrections import mention_values
from materiel.store.review_schema import ReviewRow
from materiel.store.schema import ActorRow, DocumentRow, MentionRow
from materiel.store.scope import ScopeLike, restrict

ABOUT = ("Reviewed gold, written by `materiel review export --gold`: the analysts' accepted and corrected "
         "mentions as required rows, the unreviewed mentions of the same documents as rows not judged "
         "(required false, unreviewed true), the rejected ones as `negatives`. Keys are document ids.")


def _aliases(names: dict[str, str], actor: str | None) -> list[str]:
    if not actor:
        return [""]
    return [actor] + ([names[actor]] if actor in names and names[actor] != actor else [])


def gold_row(m: MentionRow, names: dict[str, str], corrections: dict[str, Any] | None = None) -> dict[str, Any]:
    """One gold row from a mention, read through its corrections."""
    v = {"supplier_id": m.supplier_id, "recipient_id": m.recipient_id, "designation": m.designation,
         "category": m.category, "quantity": m.quantity, "stage": m.stage, "factuality": m.factuality,
         "item_text": m.item_text} | mention_values(corrections)
    row: dict[str, Any] = {"supplier": _aliases(names, v["supplier_id"]), "recipient": _aliases(names, v["recipient_id"]),
                           "item": [v["designation"] or v["category"]], "stage": [v["stage"]],
                           "factuality": [v["factuality"]], "mention": m.id}
    if v["quantity"] is not None:
        q = float(v["quantity"])
        row["quantity"] = int(q) if q == int(q) else q
    return row


def gold(session: Session, *, scope: ScopeLike) -> dict[str, Any]:
    """The reviewed mentions within `scope` as a gold set (see the module docstring)."""
    reviewed_docs = restrict(select(ReviewRow.document_id).where(ReviewRow.mention_id.is_not(None)),
                             ReviewRow.collection, scope)
    q = (select(MentionRow, DocumentRow, ReviewRow).join(DocumentRow, DocumentRow.id == MentionRow.document_id)
         .outerjoin(ReviewRow, ReviewRow.mention_id == MentionRow.id)
         .where(MentionRow.document_id.in_(reviewed_docs)).order_by(DocumentRow.id, MentionRow.idx))
    triples = list(session.execute(restrict(q, DocumentRow.collection, scope)))
    ids = {x for m, _, r in triples for x in (m.supplier_id, m.recipient_id,
                                               *((r.corrections or {}).get(k) for k in ("supplier", "recipient")
                                                 if r is not None))}
    names = dict(session.execute(select(ActorRow.id, ActorRow.name).where(ActorRow.id.in_(sorted(i for i in ids if i)))).all())
    docs: dict[str, Any] = {}
    for m, d, r in triples:
        entry = docs.setdefault(d.id + ".txt", {"published": (d.published or d.added_at.date()).isoformat(),
                                                "title": d.title, "source": d.source, "collection": d.collection,
                                                "rows": [], "negatives": []})
        if r is None:
            entry["rows"].append(gold_row(m, names) | {"required": False, "unreviewed": True})
        elif r.decision == "rejected":
            entry["negatives"].append(gold_row(m, names) | {"reason": r.reason, "reviewer": r.reviewer})
        else:
            entry["rows"].append(gold_row(m, names, r.corrections) | {"reviewer": r.reviewer,
                                                                         "corrected_fields": sorted(r.corrections or {})})
    return {"_about": ABOUT, "stages": list(STAGES), "factualities": list(FACTUALITIES), "docs": docs}


def texts(session: Session, doc_ids: list[str], *, scope: ScopeLike) -> dict[str, str]:
    """{document id: text} of these documents within `scope`."""
    out: dict[str, str] = {}
    for i in range(0, len(doc_ids), 500):
        q = select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(doc_ids[i:i + 500]))
        out.update(session.execute(restrict(q, DocumentRow.collection, scope)).all())
    return out

"""What to call a document: its title, else the first line of its text that reads like a headline.
Only documents within the caller's scope are named (the ids come from scoped queries; twice sure)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from materiel.store.schema import DocumentRow
from materiel.store.scope import ScopeLike, restrict

LIMIT = 110
HEAD_CHARS = 600


def headline(text: str, limit: int = LIMIT) -> str:
    """The first line of at least four words (else the first line), cut at a word near `limit` characters."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "(empty document)"
    line = next((x for x in lines if len(x.split()) >= 4), lines[0])
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def headlines(session: Session, ids: Iterable[str], *, scope: ScopeLike) -> dict[str, str]:
    """{document id: title or headline} for the documents `ids` within `scope`."""
    wanted = sorted(set(ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        q = select(DocumentRow.id, DocumentRow.title, func.substr(DocumentRow.text, 1, HEAD_CHARS)).where(DocumentRow.id.in_(chunk))
        q = restrict(q, DocumentRow.collection, scope)
        for doc_id, title, head in session.execute(q):
            out[doc_id] = title.strip() if title and title.strip() else headline(head or "")
    return out


def name_documents(session: Session, docs: list[dict[str, Any]], key: str = "id",
                   *, scope: ScopeLike) -> list[dict[str, Any]]:
    """Give each document dict a "headline" (its title, else its first headline-like line)."""
    names = headlines(session, [d[key] for d in docs if d.get(key)], scope=scope)
    for d in docs:
        d["headline"] = names.get(d.get(key) or "", d.get("title") or d.get("source") or "")
    return docs

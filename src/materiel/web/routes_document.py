"""Document reader (the article with its highlights, rows and events, related reporting) and the list of
documents (with full-text search). Only documents within the caller's scope exist here: another
collection's document is not found (404), and no list, count, publisher or related document tells of it.
Reading a document's text, a search and the list of documents are each one entry of the audit trail."""
from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from materiel.store import queries, search
from materiel.store.errors import NotFound
from materiel.web.highlight import document_blocks, document_spans
from materiel.web.related import related
from materiel.web.render import twin
from materiel.web.security import access_of, reading, refused
from materiel.web.titles import headline, name_documents

router = APIRouter()
LIST_LIMIT = 100


@twin(router, "/document/{doc_id}", "/api/documents/{doc_id}", "document.html",
      summary="One document: text, highlights, transfer rows, events, actors, related reporting")
def document_page(request: Request, doc_id: str, collection: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    """`doc_id` is the document's id or its first 4+ characters. `highlights` are (start, end, kind)
    character spans of the text; `related` are documents sharing its records and actors, best first."""
    scope = access_of(request).scope(collection)
    if not re.fullmatch(r"[0-9a-fA-F]{4,64}", doc_id):
        raise NotFound(f"no document {doc_id!r} in the store (a document id is 4 to 64 hexadecimal characters)")
    with request.app.state.store.read() as session:
        try:
            shown = queries.show(session, doc_id, text=True, scope=scope)
        except NotFound:
            refused(request, queries.holders(session, document=doc_id))
            raise
        rel = name_documents(session, related(session, shown["document"]["id"], scope=scope), scope=scope)
    reading(request, shown["document"]["id"], shown["document"]["collection"], documents=1,
            records=len({t["record"] for t in shown["transfers"] if t["record"] is not None}))
    shown["document"]["headline"] = shown["document"]["title"] or headline(shown["document"]["text"])
    spans = document_spans(shown)
    return shown | {"highlights": [{"start": s, "end": e, "kind": k} for s, e, k in spans], "related": rel,
                    "_blocks": document_blocks(shown)}


@twin(router, "/documents", "/api/documents", "documents.html", summary="Documents, latest first, or matching a search")
def documents_page(request: Request, q: Annotated[str | None, Query(description="full-text search")] = None,
                   collection: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    """With `q`: documents matching it, each with a `snippet`; without: the latest documents. `in_store`
    counts the documents the caller may read."""
    text = (q or "").strip()
    access = access_of(request)
    scope = access.scope(collection or None)
    with request.app.state.store.read() as session:
        total = queries.count_documents(session, scope=access.scope())
        if text:
            docs = search.search_documents(session, text, scope=scope, limit=LIST_LIMIT)
        else:
            docs = queries.latest_documents(session, scope=scope, limit=LIST_LIMIT)
        name_documents(session, docs, scope=scope)
        publishers = queries.sources(session, scope=scope)
    reading(request, text or "documents", collection or None, action="search" if text else "read", records=0,
            documents=len(docs))
    return {"query": {"q": text or None, "collection": collection or None}, "documents": docs, "in_store": total,
            "publishers": publishers}

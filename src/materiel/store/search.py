"""Full-text search over the store's documents: SQLite FTS5 (table `documents_fts`, kept by triggers),
PostgreSQL's own text search (a GIN index over to_tsvector('english', title || text)); both made by
migration 0002.

The query language is the same on both, the one web search engines taught everybody:
    words            every word must occur (stemmed: "deliveries" finds "delivered")
    "a phrase"       these words in this order
    a OR b           either
    -word            not this word
    word*            (SQLite only) any word starting so; on PostgreSQL the star is ignored

Snippets are plain text; their matches are (start, end) offsets (`marks`), never markers in the text.

`search_documents` and `fulltext.matching_documents` take a scope (see `materiel.store.scope`):
documents outside it are never matched, so no snippet, count or score comes from them.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from materiel.store.errors import StoreError
from materiel.store.fulltext import PG_TSVECTOR, checked_query, in_scope_sql, is_sqlite
from materiel.store.rows import Row, document_dict
from materiel.store.schema import DocumentRow
from materiel.store.scope import ScopeLike
from materiel.store.snippets import markers, unmark


def search_documents(session: Session, query: str, *, scope: ScopeLike, limit: int = 20) -> list[Row]:
    """The documents within `scope` matching `query`, best first: their fields (see
    `document_dict`), a plain-text `snippet` with its matches as `marks` ([start, end] offsets into
    it), and a score (higher is better)."""
    opening, closing = markers()
    params: dict[str, Any] = {"limit": max(1, limit), "open": opening, "close": closing,
                              "headline": f'StartSel="{opening}", StopSel="{closing}", MaxFragments=2, MaxWords=24, '
                                          'MinWords=10, FragmentDelimiter=" … "'}
    where_coll = in_scope_sql(scope, "d.collection", params)
    expr = checked_query(query)
    if is_sqlite(session):
        params["fts"] = expr
        sql = (f"SELECT d.id, snippet(documents_fts, 2, :open, :close, ' … ', 24) AS snippet, "
               f"-bm25(documents_fts, 0.0, 3.0, 1.0) AS score FROM documents_fts "
               f"JOIN documents d ON d.id = documents_fts.document_id "
               f"WHERE documents_fts MATCH :fts{where_coll} ORDER BY bm25(documents_fts, 0.0, 3.0, 1.0) LIMIT :limit")
    else:
        params["q"] = query
        sql = (f"SELECT d.id, ts_headline('english', d.text, q, :headline) AS snippet, "
               f"ts_rank({PG_TSVECTOR.replace('documents.', 'd.')}, q) AS score "
               f"FROM documents d, websearch_to_tsquery('english', :q) q "
               f"WHERE {PG_TSVECTOR.replace('documents.', 'd.')} @@ q{where_coll} ORDER BY score DESC, d.id LIMIT :limit")
    try:
        hits = session.execute(text(sql), params).all()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot search for {query!r}: {getattr(exc, 'orig', exc)}") from None
    docs = {d.id: d for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_([h[0] for h in hits])))}
    out = []
    for i, snip, score in hits:
        if i in docs:
            plain, marks = unmark(snip, opening, closing)
            out.append(document_dict(docs[i]) | {"snippet": plain, "marks": [list(m) for m in marks],
                                                 "score": round(float(score), 4)})
    return out

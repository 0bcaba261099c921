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

Scores and ranking come only from documents the caller can read (issue 17). FTS5's bm25 weighs words by
how many documents of the whole index hold them, so for a restricted scope SQLite ranks by `scoped_rank`
instead: each query term the document matches adds its idf computed within the scope
(ln(1 + (N - df + 0.5) / (df + 0.5)), N and df counted in the scope), newest first among equals.
Without a scope (the CLI, the single local user) every document is readable and bm25 is used.
PostgreSQL's ts_rank reads only the document itself, on both.

`search_documents` and `fulltext.matching_documents` take a scope (see `materiel.store.scope`):
documents outside it are never matched, so no snippet, count or score comes from them.
"""
from __future__ import annotations

import math
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from materiel.store.errors import StoreError
from materiel.store.fulltext import PG_TSVECTOR, checked_query, in_scope_sql, is_sqlite, parse
from materiel.store.rows import Row, document_dict
from materiel.store.schema import DocumentRow
from materiel.store.scope import ScopeLike, restricted
from materiel.store.snippets import markers, unmark

SNIPPET = "snippet(documents_fts, 2, :open, :close, ' … ', 24)"  # markers fresh per search (`snippets`)
RANKED_TERMS = 32  # query terms that weigh in a scoped rank (the rest still have to match)


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
    try:
        if is_sqlite(session) and restricted(scope):
            hits = scoped_rank(session, query, scope=scope, limit=max(1, limit), marks=(opening, closing))
        else:
            if is_sqlite(session):
                params["fts"] = expr
                sql = (f"SELECT d.id, {SNIPPET} AS snippet, -bm25(documents_fts, 0.0, 3.0, 1.0) AS score "
                       f"FROM documents_fts JOIN documents d ON d.id = documents_fts.document_id "
                       f"WHERE documents_fts MATCH :fts{where_coll} ORDER BY bm25(documents_fts, 0.0, 3.0, 1.0) "
                       f"LIMIT :limit")
            else:
                params["q"] = query
                sql = (f"SELECT d.id, ts_headline('english', d.text, q, :headline) AS snippet, "
                       f"ts_rank({PG_TSVECTOR.replace('documents.', 'd.')}, q) AS score "
                       f"FROM documents d, websearch_to_tsquery('english', :q) q "
                       f"WHERE {PG_TSVECTOR.replace('documents.', 'd.')} @@ q{where_coll} "
                       f"ORDER BY score DESC, d.id LIMIT :limit")
            hits = [(i, snip, score) for i, snip, score in session.execute(text(sql), params)]
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


def scoped_rank(session: Session, query: str, *, scope: ScopeLike, limit: int,
                marks: tuple[str, str]) -> list[tuple[str, str, float]]:
    """(id, snippet, score) of the best `limit` documents within `scope` on SQLite, ranked from the scope's
    own statistics only (see the module docstring): nothing outside the scope changes a score or an order."""
    params: dict[str, Any] = {"fts": checked_query(query), "limit": limit}
    where = in_scope_sql(scope, "d.collection", params)
    matched = "FROM documents_fts JOIN documents d ON d.id = documents_fts.document_id WHERE documents_fts MATCH"
    n = int(session.execute(text(f"SELECT count(*) FROM documents d WHERE 1 = 1{where}"), params).scalar() or 0)
    groups = parse(query)[0]
    always = {g[0] for g in groups if len(g) == 1}  # every document found matches these
    terms = sorted({t for g in groups for t in g})[:RANKED_TERMS]
    weights = []
    for i, term in enumerate(terms):
        params[f"t{i}"] = term
        df = int(session.execute(text(f"SELECT count(*) {matched} :t{i}{where}"), params).scalar() or 0)
        params[f"w{i}"] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        weights.append(f":w{i}" if term in always else f"CASE WHEN documents_fts.rowid IN (SELECT rowid FROM "
                       f"documents_fts WHERE documents_fts MATCH :t{i}) THEN :w{i} ELSE 0 END")
    score = " + ".join(weights) or "0"
    ranked = session.execute(text(f"SELECT d.id, {score} AS score {matched} :fts{where} "
                                  f"ORDER BY score DESC, d.published IS NULL, d.published DESC, d.id LIMIT :limit"),
                             params).all()
    if not ranked:
        return []
    ids = {i: f"id{k}" for k, (i, _) in enumerate(ranked)}
    snippets: dict[str, str] = dict(session.execute(text(
        f"SELECT document_id, {SNIPPET} FROM documents_fts WHERE documents_fts MATCH :fts "
        f"AND document_id IN ({', '.join(':' + k for k in ids.values())})"), {"fts": params["fts"], "open": marks[0],
                                                                        "close": marks[1]} | {
        k: i for i, k in ids.items()}).all())
    return [(i, snippets.get(i) or "", float(w)) for i, w in ranked]

"""Full-text search over the store's documents: SQLite FTS5 (table `documents_fts`, kept by triggers),
PostgreSQL's own text search (a GIN index over to_tsvector('english', title || text)); both made by
migration 0002.

The query language is the same on both, the one web search engines taught everybody:
    words            every word must occur (stemmed: "deliveries" finds "delivered")
    "a phrase"       these words in this order
    a OR b           either
    -word            not this word
    word*            (SQLite only) any word starting so; on PostgreSQL the star is ignored

Matches in snippets are marked with « and ».

Both functions take a scope (see `materiel.store.scope`): documents outside it are never matched, so no
snippet, count or score comes from them.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.sql.selectable import TextualSelect

from materiel.store.errors import StoreError
from materiel.store.queries import Row, document_dict
from materiel.store.schema import DocumentRow
from materiel.store.scope import ScopeLike, normalize

MARK = ("«", "»")
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[\w\u00C0-\uFFFF]+(?:[-'’.][\w\u00C0-\uFFFF]+)*\*?")
PG_TSVECTOR = "to_tsvector('english', coalesce(documents.title, '') || ' ' || documents.text)"


def _quote(words: list[str], prefix: bool = False) -> str:
    phrase = " ".join(w.rstrip("*") for w in words)
    return f'"{phrase}"' + ("*" if prefix else "")


def fts5_query(query: str) -> str:
    """`query` in the language above, as an FTS5 MATCH expression in which every user word is quoted
    (so that no input is an FTS5 syntax error); "" when it has no word."""
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for m in _TOKEN.finditer(query):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR":
            pending_or = bool(positive)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            neg, bare = "-", bare[1:]
        words = _WORD.findall(phrase if phrase is not None else bare or "")
        if not words:
            continue
        term = _quote(words, prefix=phrase is None and len(words) == 1 and words[0].endswith("*"))
        if neg:
            negative.append(term)
        elif pending_or:
            positive[-1] = f"({positive[-1]} OR {term})"
            pending_or = False
        else:
            positive.append(term)
    if not positive:
        return ""
    expr = " AND ".join(positive)
    return f"({expr}) NOT ({' OR '.join(negative)})" if negative else expr


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _checked(query: str) -> str:
    """The FTS5 form of `query`; a StoreError when it has no word to look for (on either backend)."""
    expr = fts5_query(query)
    if not expr:
        raise StoreError(f"search {query!r} has no word to look for" if query.strip() else "search needs a query")
    return expr


def _in_scope_sql(scope: ScopeLike, column: str, params: dict[str, Any]) -> str:
    """" AND column IN (:coll0, ...)" for a scope (binding its names in `params`); "" for no restriction."""
    names = normalize(scope)
    if names is None:
        return ""
    if not names:
        return " AND 1 = 0"
    keys = []
    for i, name in enumerate(sorted(names)):
        params[f"coll{i}"] = name
        keys.append(f":coll{i}")
    return f" AND {column} IN ({', '.join(keys)})"


def matching_documents(session: Session, query: str, scope: ScopeLike = None) -> TextualSelect:
    """A SELECT of the ids of the documents within `scope` matching `query`, to use in `column.in_(...)`."""
    expr = _checked(query)
    params: dict[str, Any] = {}
    if _sqlite(session):
        params["fts"] = expr
        where = _in_scope_sql(scope, "d.collection", params)
        sql: TextClause = text("SELECT documents_fts.document_id FROM documents_fts"
                               + (" JOIN documents d ON d.id = documents_fts.document_id" if where else "")
                               + " WHERE documents_fts MATCH :fts" + where)
    else:
        params["q"] = query
        where = _in_scope_sql(scope, "documents.collection", params)
        sql = text(f"SELECT id FROM documents WHERE {PG_TSVECTOR} @@ websearch_to_tsquery('english', :q){where}")
    return sql.bindparams(**params).columns(document_id=String)


def search_documents(session: Session, query: str, *, collection: ScopeLike = None, limit: int = 20) -> list[Row]:
    """The documents within `collection` (a scope) matching `query`, best first: their fields (see
    `document_dict`), a snippet with the matches marked « », and a score (higher is better)."""
    params: dict[str, Any] = {"limit": max(1, limit)}
    where_coll = _in_scope_sql(collection, "d.collection", params)
    expr = _checked(query)
    if _sqlite(session):
        params["fts"] = expr
        sql = (f"SELECT d.id, snippet(documents_fts, 2, '{MARK[0]}', '{MARK[1]}', ' … ', 24) AS snippet, "
               f"-bm25(documents_fts, 0.0, 3.0, 1.0) AS score FROM documents_fts "
               f"JOIN documents d ON d.id = documents_fts.document_id "
               f"WHERE documents_fts MATCH :fts{where_coll} ORDER BY bm25(documents_fts, 0.0, 3.0, 1.0) LIMIT :limit")
    else:
        params["q"] = query
        sql = (f"SELECT d.id, ts_headline('english', d.text, q, 'StartSel={MARK[0]}, StopSel={MARK[1]}, "
               f"MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=\" … \"') AS snippet, "
               f"ts_rank({PG_TSVECTOR.replace('documents.', 'd.')}, q) AS score "
               f"FROM documents d, websearch_to_tsquery('english', :q) q "
               f"WHERE {PG_TSVECTOR.replace('documents.', 'd.')} @@ q{where_coll} ORDER BY score DESC, d.id LIMIT :limit")
    try:
        hits = session.execute(text(sql), params).all()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot search for {query!r}: {getattr(exc, 'orig', exc)}") from None
    docs = {d.id: d for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_([h[0] for h in hits])))}
    return [document_dict(docs[i]) | {"snippet": " ".join(snip.split()), "score": round(float(score), 4)}
            for i, snip, score in hits if i in docs]

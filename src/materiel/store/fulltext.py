"""The full-text query language of the store (see `materiel.store.search`) and the condition it makes:
`fts5_query` (an FTS5 MATCH expression), `matching_documents` (a SELECT of the matching document ids
within a scope, for `register --text`). Below `queries`, so that queries can filter by it."""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.sql.selectable import TextualSelect

from materiel.store.errors import StoreError
from materiel.store.scope import ScopeLike, normalize

MARK = ("«", "»")
MAX_TERMS = 32  # words, phrases and OR alternatives in one search (SQLite's FTS5 parser overflows near 90 ORs)
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[\w\u00C0-\uFFFF]+(?:[-'’.][\w\u00C0-\uFFFF]+)*\*?")
PG_TSVECTOR = "to_tsvector('english', coalesce(documents.title, '') || ' ' || documents.text)"


def _quote(words: list[str], prefix: bool = False) -> str:
    phrase = " ".join(w.rstrip("*") for w in words)
    return f'"{phrase}"' + ("*" if prefix else "")


def parse(query: str) -> tuple[list[list[str]], list[str]]:
    """`query` in the language above as quoted FTS5 terms: the groups that must all match (each a list of
    alternatives joined by OR), and the terms that must not."""
    positive: list[list[str]] = []
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
            positive[-1].append(term)
            pending_or = False
        else:
            positive.append([term])
    return positive, negative


def fts5_query(query: str) -> str:
    """`query` in the language above, as an FTS5 MATCH expression in which every user word is quoted
    (so that no input is an FTS5 syntax error); "" when it has no word."""
    positive, negative = parse(query)
    if not positive:
        return ""
    groups = []
    for alternatives in positive:
        group = alternatives[0]
        for term in alternatives[1:]:
            group = f"({group} OR {term})"
        groups.append(group)
    expr = " AND ".join(groups)
    return f"({expr}) NOT ({' OR '.join(negative)})" if negative else expr


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def checked_query(query: str) -> str:
    """The FTS5 form of `query`; a StoreError when it has no word to look for or more than `MAX_TERMS`
    terms (on either backend)."""
    terms = sum(1 for m in _TOKEN.finditer(query) if m.group(0) != "OR")
    if terms > MAX_TERMS:
        raise StoreError(f"search has {terms} terms: give at most {MAX_TERMS} (words, phrases and OR alternatives)")
    expr = fts5_query(query)
    if not expr:
        raise StoreError(f"search {query!r} has no word to look for" if query.strip() else "search needs a query")
    return expr


def in_scope_sql(scope: ScopeLike, column: str, params: dict[str, Any]) -> str:
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


def matching_documents(session: Session, query: str, *, scope: ScopeLike) -> TextualSelect:
    """A SELECT of the ids of the documents within `scope` matching `query`, to use in `column.in_(...)`."""
    expr = checked_query(query)
    params: dict[str, Any] = {}
    if is_sqlite(session):
        params["fts"] = expr
        where = in_scope_sql(scope, "d.collection", params)
        sql: TextClause = text("SELECT documents_fts.document_id FROM documents_fts"
                               + (" JOIN documents d ON d.id = documents_fts.document_id" if where else "")
                               + " WHERE documents_fts MATCH :fts" + where)
    else:
        params["q"] = query
        where = in_scope_sql(scope, "documents.collection", params)
        sql = text(f"SELECT id FROM documents WHERE {PG_TSVECTOR} @@ websearch_to_tsquery('english', :q){where}")
    return sql.bindparams(**params).columns(document_id=String)

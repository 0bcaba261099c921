"""Issue 17: what one collection's readers and writers can learn of another's, on SQLite and PostgreSQL.

- item 8, the exact-text oracle: adding a text another collection holds stores the collection's own
  copy (it used to answer "already in the store" and add nothing);
- item 3, search scores: a score and a ranking depend only on the documents the caller can read.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import select

from materiel.record.models import DocumentInfo, Report
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming
from materiel.store import open_store, queries
from materiel.store.db import Store, alembic_config
from materiel.store.errors import NotFound
from materiel.store.ingest import add_items
from materiel.store.schema import DocumentRow
from materiel.store.search import search_documents

TEXT = "Norway delivered four patrol boats to Ghana, the ministry said."


def nothing(item: Incoming) -> Report:
    """An extractor that finds nothing: these tests are about documents, not rows."""
    d = item.document
    return Report(document=DocumentInfo(id=d.id, source=d.source, title=d.title, published=None),
                  actors=[], transfers=[], events=[])


@pytest.fixture()
def store(db: str) -> Iterator[Store]:
    with open_store(db) as s:
        yield s


def add(store: Store, collection: str, *texts: str) -> list[tuple[str, str, str | None]]:
    items = [Incoming(Document(text=t, source=f"{collection}-{i}.txt", title=None)) for i, t in enumerate(texts)]
    outcomes: list[tuple[str, str, str | None]] = []
    add_items(store, items, collection=collection, extract=nothing,
              on_item=lambda o: outcomes.append((o.status, o.reason, o.document_id)))
    return outcomes


def test_each_collection_stores_its_own_copy_of_a_text(store: Store) -> None:
    """Item 8: the second collection is told nothing of the first, and holds its own copy."""
    [(status, reason, sealed_id)] = add(store, "sealedroom", TEXT)
    assert status == "added" and sealed_id
    [(status, reason, public_id)] = add(store, "public", TEXT)
    assert (status, reason) == ("added", ""), reason
    assert public_id != sealed_id and Document(TEXT).id not in (public_id, sealed_id)
    [(status, reason, again)] = add(store, "public", TEXT)  # the same collection: stored once
    assert (status, again) == ("skipped", public_id) and "sealedroom" not in reason
    with store.read() as s:
        rows = s.execute(select(DocumentRow.collection, DocumentRow.content_hash)).all()
        assert sorted(rows) == [("public", Document(TEXT).id), ("sealedroom", Document(TEXT).id)]
        assert queries.show(s, public_id[:8], text=True, scope="public")["document"]["text"] == TEXT
        with pytest.raises(NotFound):
            queries.show(s, sealed_id[:8], scope="public")


def test_0005_gives_stored_documents_their_content_hash(store: Store) -> None:
    add(store, "public", TEXT, TEXT + " Twice.")
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004")
    with store.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with store.read() as s:
        assert {h for (h,) in s.execute(select(DocumentRow.content_hash))} == {Document(TEXT).id,
                                                                              Document(TEXT + " Twice.").id}
    assert add(store, "public", TEXT)[0][0] == "skipped"


PUBLIC_TEXTS = ("Patrol boats reach Ghana. The boats will guard the coast.",
                "Brazil sold twelve armoured trucks and two boats to Chile.",
                "Chile buys trucks from Brazil, officials said.")
QUERIES = ("boats", "boats trucks", "boats OR trucks", "coast OR trucks", "truck* OR Ghana", '"armoured trucks"')


def ranked(store: Store, query: str, scope: str) -> list[tuple[str, float]]:
    with store.read() as s:
        return [(r["id"], r["score"]) for r in search_documents(s, query, scope=scope)]


def test_search_scores_and_order_come_only_from_readable_collections(store: Store) -> None:
    """Item 3: SQLite's bm25 counted every collection's documents (a writer could learn how many unreadable
    documents hold a word, a reader watch the store grow); PostgreSQL's ts_rank reads one document."""
    ids = [i for _, _, i in add(store, "public", *PUBLIC_TEXTS)]
    before = {q: ranked(store, q, "public") for q in QUERIES}
    assert {i for i, _ in before["boats OR trucks"]} == set(ids)
    assert before["boats OR trucks"][0][0] == ids[1]  # the one document holding both words comes first
    add(store, "sealedroom", *(f"Dispatch {n}: boats, boats and more boats reach the coast." for n in range(8)),
        "trucks " * 60, "Ghana " * 40)
    after = {q: ranked(store, q, "public") for q in QUERIES}
    assert after == before
    assert len(ranked(store, "boats", "sealedroom")) == 8  # its own readers find them

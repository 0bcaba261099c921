"""Search highlighting by offsets (issue 17, item 12): a document holding « » (or whatever the database
would mark matches with) cannot fake a highlight; the snippet is plain text and its matches are
(start, end) offsets, drawn as <mark> by the workbench."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from materiel.store import add, open_store
from materiel.store.search import search_documents
from materiel.store.snippets import markers, unmark
from materiel.web.app import create_app

TEXT = ("Howitzers for Kyiv\n\nThe «fake» word and »this« and <mark>that</mark> sit near howitzers, "
        "which Germany said it delivered to Ukraine on Friday.\n")


def test_unmark_gives_plain_text_and_offsets() -> None:
    o, c = markers()
    assert markers() != (o, c)  # a fresh pair per search
    text, spans = unmark(f"a {o}b{c}  «c» \n {o}dd{c}", o, c)
    assert text == "a b «c» dd" and [text[s:e] for s, e in spans] == ["b", "dd"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("marks")
    (folder / "fake.txt").write_text(TEXT, encoding="utf-8")
    path = str(folder / "store.db")
    with open_store(path) as store:
        assert add(store, [str(folder / "fake.txt")], published=date(2024, 5, 14)).added == 1
    return path


def test_a_document_cannot_fake_a_highlight(db: str) -> None:
    with open_store(db) as store, store.read() as s:
        [hit] = search_documents(s, "howitzers", scope=None)
    assert "«fake»" in hit["snippet"] and "»this«" in hit["snippet"]
    assert {hit["snippet"][a:b].lower() for a, b in hit["marks"]} == {"howitzers"}
    with TestClient(create_app(db)) as c:
        page = c.get("/documents", params={"q": "howitzers"}).text
        api = c.get("/api/documents", params={"q": "howitzers"}).json()
    assert page.count("<mark>") == len(hit["marks"]) and "<mark>howitzers</mark>" in page
    assert "«fake»" in page and "&lt;mark&gt;that&lt;/mark&gt;" in page
    assert api["documents"][0]["snippet"] == hit["snippet"] and api["documents"][0]["marks"]

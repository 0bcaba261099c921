"""The workbench's pieces without a server: highlight spans, the search adapter, the timeline layout."""
from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from materiel.store import queries
from materiel.store.filters import RegisterFilter
from materiel.store.search import search_documents
from materiel.web import highlight
from materiel.web import register_query as search
from materiel.web.graph import timeline
from materiel.web.render import marked
from materiel.web.titles import headline

SENTENCE = "Spain has delivered six howitzers to Ukraine last week, officials said."


def test_row_words_are_found_inside_the_evidence_only() -> None:
    text = "Ukraine asked. " + SENTENCE
    start = text.index("Spain")
    row = {"supplier_text": "Spain", "recipient_text": "Ukraine", "item": "howitzers", "quantity_text": "six",
           "when": "last week", "attribution": "officials"}
    spans = highlight.resolve(highlight.row_spans(text, row, start, len(text)))
    found = {k: text[s:e] for s, e, k in spans}
    assert found == {"supplier": "Spain", "recipient": "Ukraine", "item": "howitzers", "quantity": "six",
                     "date": "last week", "attribution": "officials"}
    assert all(s >= start for s, _, _ in spans)  # not the "Ukraine" before the sentence


def test_overlaps_keep_the_stronger_kind_and_pieces_rebuild_the_text() -> None:
    spans = highlight.resolve([(0, 5, "actor"), (0, 5, "supplier"), (3, 12, "item"), (20, 23, "date"), (21, 22, "actor")])
    assert spans == [(3, 12, "item"), (20, 23, "date")]
    text = SENTENCE
    pieces = highlight.pieces(text, spans)
    assert "".join(p for p, _ in pieces) == text
    assert [k for _, k in pieces if k] == ["item", "date"]


def test_find_ignores_case_and_blank_needles() -> None:
    assert highlight.find(SENTENCE, "HOWITZERS") == SENTENCE.index("howitzers")
    assert highlight.find(SENTENCE, "") == -1 and highlight.find(SENTENCE, None) == -1
    assert highlight.occurrences("Spain, spain and Spaniards", "Spain", "actor") == [(0, 5, "actor"), (7, 12, "actor")]


def test_document_blocks_cover_the_text_exactly(client: TestClient) -> None:
    docs = client.get("/documents.json").json()["documents"]
    store = client.app.state.store  # type: ignore[attr-defined]
    with store.read() as session:
        for d in docs:
            shown = queries.show(session, d["id"], text=True, scope=None)
            blocks = highlight.document_blocks(shown)
            assert "".join(p for b in blocks for p, _ in b.pieces) == shown["document"]["text"]
            assert [b.start for b in blocks] == sorted(b.start for b in blocks)
            cited = {b.start for b in blocks if b.cited}
            for t in shown["transfers"]:
                assert any(b.start <= t["evidence_start"] < b.end and b.cited for b in blocks), t["evidence"]
            assert cited


def test_register_page_with_full_text_and_sort(client: TestClient) -> None:
    store = client.app.state.store  # type: ignore[attr-defined]
    with store.read() as session:
        rows, total = search.page(session, RegisterFilter(text="howitzers", sort="-first_date", limit=3), scope=None)
        assert total >= len(rows) and len(rows) <= 3
        every = search.all_rows(session, RegisterFilter(text="howitzers", sort="-first_date"), scope=None)
        firsts = [r["first_date"] for r in every if r["first_date"]]
        assert firsts == sorted(firsts, reverse=True) and len(every) == total
        assert search.page(session, RegisterFilter(text="zzqxnotaword"), scope=None)[1] == 0
        hits = search_documents(session, "howitzers", scope=None, limit=5)
        assert hits and all(h["marks"] for h in hits)


def test_snippet_marks_are_the_only_markup() -> None:
    hit = {"snippet": "a match «fake» <script>x</script>", "marks": [[2, 7]]}
    assert str(marked(hit)) == "a <mark>match</mark> «fake» &lt;script&gt;x&lt;/script&gt;"


def test_query_params_round_trip() -> None:
    q = RegisterFilter(stage="ordered", contradictions=True, offset=0, limit=search.PAGE_SIZE, text="boats")
    assert search.params(q) == {"stage": "ordered", "contradictions": "1", "q": "boats"}
    assert search.params(RegisterFilter(limit=10, offset=20)) == {"offset": "20", "limit": "10"}


def test_timeline_lays_out_dated_points_with_links() -> None:
    def ev(n: int, day: str | None, kind: str) -> dict[str, Any]:
        return {"event": n, "type": kind, "mode": None, "actor": "A", "target": "B", "factuality": "asserted",
                "when_start": day, "published": None, "document": "abcdef123456", "evidence_start": 10 * n,
                "evidence": f"sentence {n}"}

    chart = timeline([ev(1, "2023-01-10", "AID"), ev(2, "2024-06-01", "REQUEST"), ev(3, None, "AID"), ev(4, "2024-06-01", "REQUEST")])
    assert [lane["label"] for lane in chart["lanes"]] == ["AID", "REQUEST"]
    assert len(chart["points"]) == 3 and chart["undated"] == 1
    xs = [p["x"] for p in chart["points"]]
    assert xs[0] < xs[1] < xs[2]  # later dates to the right; same day stacked beside
    assert all(chart["left"] <= x <= chart["right"] + 30 for x in xs)
    assert chart["points"][0]["href"] == "/document/abcdef123456#s-10"
    assert chart["ticks"] and all(chart["left"] <= t["x"] <= chart["right"] for t in chart["ticks"])


def test_timeline_falls_back_to_the_publication_date() -> None:
    """An event the text gives no date for sits at its document's publication date, marked as such."""
    def ev(n: int, day: str | None, published: str | None) -> dict[str, Any]:
        return {"event": n, "type": "AID", "mode": None, "actor": "A", "target": "B", "factuality": "asserted",
                "when_start": day, "published": published, "document": "abcdef123456", "evidence_start": n,
                "evidence": f"sentence {n}"}

    chart = timeline([ev(1, "2024-01-10", "2024-02-01"), ev(2, None, "2024-03-05"), ev(3, None, None)])
    assert [(p["date"], p["dated_by"]) for p in chart["points"]] == [("2024-01-10", "event"), ("2024-03-05", "publication")]
    assert chart["by_publication"] == 1 and chart["undated"] == 1
    assert "published" in chart["points"][1]["title"] and "published" not in chart["points"][0]["title"]


def test_headline_of_an_untitled_document() -> None:
    assert headline("News\n\nA long first sentence that reads like a headline.\nMore.") == \
        "A long first sentence that reads like a headline."
    assert headline("word " * 60).endswith("…") and len(headline("word " * 60)) <= 111
    assert headline("") == "(empty document)"



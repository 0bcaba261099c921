"""`materiel add` through the Python API: once per text, whole documents only, bad input reported."""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from materiel.store import add, consolidate, open_store
from materiel.store.schema import DocActorRow, DocumentRow, EventRow, MentionRow, RecordRow

TABLES = (DocumentRow, MentionRow, EventRow, DocActorRow, RecordRow)


def counts(db: str) -> dict[str, int]:
    with open_store(db) as store, store.read() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) for t in TABLES}


def test_add_twice_adds_nothing(db: str, corpus: Path) -> None:
    with open_store(db) as store:
        first = add(store, [str(corpus)])
        assert first.added == 5 and not first.failed and first.transfers >= 5
        before = counts(db)
        again = add(store, [str(corpus)])
    assert again.added == 0 and len(again.skipped) == 5
    assert all("already in the store" in o.reason for o in again.skipped)
    assert counts(db) == before


def test_metadata_from_jsonl_and_html(db: str, corpus: Path) -> None:
    with open_store(db) as store:
        add(store, [str(corpus)], publisher="Berlin Wire")
        with store.read() as s:
            docs = {d.publisher: d for d in s.scalars(select(DocumentRow))}
    assert set(docs) == {"El País", "Kyiv Independent", "Daily Courier", "Agencia Iberica", "Berlin Wire"}
    assert docs["El País"].url.startswith("https://elpais.com/") and str(docs["El País"].published) == "2024-03-05"
    assert docs["Agencia Iberica"].title == "Madrid denies arms shipment"
    assert str(docs["Agencia Iberica"].published) == "2024-03-12"
    assert docs["Kyiv Independent"].source.endswith("wire.jsonl:2")


def test_same_text_twice_in_one_run(db: str, corpus: Path) -> None:
    copy = corpus / "copy.txt"
    copy.write_text((corpus / "more" / "tanks.txt").read_text(encoding="utf-8"), encoding="utf-8")
    with open_store(db) as store:
        summary = add(store, [str(corpus)])
    assert summary.added == 5 and len(summary.skipped) == 1 and "same text as" in summary.skipped[0].reason


def test_bad_input_is_reported_and_the_rest_added(db: str, corpus: Path, bad: Path) -> None:
    with open_store(db) as store:
        summary = add(store, [str(bad), str(corpus), str(corpus / "missing.txt")])
    reasons = {Path(o.source.split(":")[0]).name + (":" + o.source.split(":")[1] if ":" in o.source else ""): o.reason
               for o in summary.failed}
    assert summary.added == 6  # the corpus, and the one good line of feed.jsonl
    assert reasons["empty.txt"] == "file is empty"
    assert "binary" in reasons["image.txt"] and reasons["missing.txt"] == "no such file"
    assert reasons["feed.jsonl:2"] == "no 'text' field"
    assert reasons["feed.jsonl:3"].startswith("not valid JSON")
    assert "is not a date" in reasons["feed.jsonl:4"]
    assert len(summary.failed) == 6


def test_crash_inside_the_transaction_leaves_no_partial_document(db: str, corpus: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C after the second document's rows are written but before its commit."""
    real = consolidate.refresh
    calls = {"n": 0}

    def refresh(session, keys):
        calls["n"] += 1
        if calls["n"] == 2:
            session.flush()  # the document, its mentions and events are in the transaction now
            raise KeyboardInterrupt
        return real(session, keys)

    monkeypatch.setattr(consolidate, "refresh", refresh)
    with open_store(db) as store:
        with pytest.raises(KeyboardInterrupt) as info:
            add(store, [str(corpus)])
        assert info.value.summary.added == 1 and info.value.summary.interrupted  # type: ignore[attr-defined]
        c = counts(db)
        assert c["documents"] == 1
        with store.read() as s:  # nothing of the interrupted document survived
            doc_ids = set(s.scalars(select(DocumentRow.id)))
            for t in (MentionRow, EventRow, DocActorRow):
                assert set(s.scalars(select(t.document_id))) <= doc_ids
        monkeypatch.setattr(consolidate, "refresh", real)
        rerun = add(store, [str(corpus)])
    assert rerun.added == 4 and len(rerun.skipped) == 1
    assert counts(db)["documents"] == 5


KILLER = textwrap.dedent("""
    import os, signal, sys
    from materiel.store import consolidate, ingest, open_store  # the writer calls consolidate.refresh

    real = consolidate.refresh
    n = {"docs": 0}
    def refresh(session, keys):
        n["docs"] += 1
        if n["docs"] == int(sys.argv[3]):
            session.flush()
            os.kill(os.getpid(), signal.SIGKILL)  # kill -9 in the middle of the transaction
        return real(session, keys)
    consolidate.refresh = refresh
    with open_store(sys.argv[1]) as store:
        ingest.add(store, [sys.argv[2]])
""")


def test_kill_9_mid_document_then_rerun(db: str, corpus: Path, tmp_path: Path) -> None:
    script = tmp_path / "killer.py"
    script.write_text(KILLER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), db, str(corpus), "3"], capture_output=True, text=True,
                          timeout=300, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    c = counts(db)
    assert c["documents"] == 2
    with open_store(db) as store:
        with store.read() as s:
            doc_ids = set(s.scalars(select(DocumentRow.id)))
            assert set(s.scalars(select(MentionRow.document_id))) <= doc_ids
            assert all(m.record_id is not None for m in s.scalars(select(MentionRow)))
        rerun = add(store, [str(corpus)])
    assert rerun.added == 3 and len(rerun.skipped) == 2
    assert counts(db)["documents"] == 5

"""The audit trail: the hash chain verifies, tampering is found and named, the log refuses UPDATE and
DELETE, appends from several writers keep the chain, and bulk reading is flagged."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

import materiel
from materiel.security import audit
from materiel.security.audit import checking
from materiel.store import open_store
from materiel.store.db import Store
from materiel.store.errors import StoreError
from materiel.store.schema_audit import AuditHeadRow, AuditRow

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
FIELDS = ["id", "at", "actor", "action", "target", "collection", "address", "detail", "prev_hash", "hash"]


@pytest.fixture()
def store(db: str) -> Iterator[Store]:
    with open_store(db) as s:
        yield s


def fill(store: Store, n: int, start: int = 0) -> None:
    with store.write() as s:
        for i in range(start, start + n):
            audit.append(s, actor=["ana", "bob", "web:carla"][i % 3], action=["read", "export", "login"][i % 3],
                         target=f"doc-{i}" if i % 4 else None, collection="press" if i % 2 else None,
                         address="127.0.0.1" if i % 5 else None, detail={"rows": i, "q": "café"} if i % 3 else None)


def unlock(conn: Connection) -> None:
    """Drop the append-only triggers, as an attacker with access to the database would."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")


def tamper(store: Store, *statements: Any) -> None:
    with store.engine.begin() as conn:
        unlock(conn)
        for stmt in statements:
            conn.execute(stmt)


def check(store: Store, **kw: Any) -> audit.VerifyReport:
    with store.read() as s:
        return audit.verify(s, **kw)


def kinds(report: audit.VerifyReport) -> set[tuple[int | None, str]]:
    return {(p.entry, p.kind) for p in report.problems}


# ---------------------------------------------------------------------------------------------- chain

def test_chain_verifies_after_many_appends_in_any_chunking(store: Store) -> None:
    assert check(store).ok and check(store).checked == 0 and check(store).head_hash == audit.GENESIS
    for start in range(0, 240, 60):
        fill(store, 60, start)
    report = check(store)
    assert report.ok and report.checked == 240 and report.head_n == 240
    with store.read() as s:
        last = s.scalar(select(AuditRow.hash).where(AuditRow.id == 240))
        ids = list(s.scalars(select(AuditRow.id).order_by(AuditRow.id)))
    assert report.head_hash == last == report.last_hash and ids == list(range(1, 241))
    assert check(store, chunk=7).as_dict() == report.as_dict()


def test_the_hash_is_the_documented_canonical_form(store: Store) -> None:
    with store.write() as s:
        row = audit.append(s, actor="ana", action="export", target="register", collection="press",
                           address="::1", detail={"rows": 3, "format": "csv", "q": "Ünïcode"})
    assert row.detail == '{"format":"csv","q":"Ünïcode","rows":3}'
    fields = {"id": 1, "at": row.at, "actor": "ana", "action": "export", "target": "register",
              "collection": "press", "address": "::1", "detail": row.detail}
    form = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert row.prev_hash == "0" * 64
    assert row.hash == hashlib.sha256(("0" * 64 + form).encode()).hexdigest()
    assert row.at.endswith("Z") and datetime.fromisoformat(row.at).tzinfo is not None


def test_log_and_the_workbench_logger_append_in_their_own_transaction(store: Store) -> None:
    entry = audit.log(store, actor="ana", action="read", target="doc-1", collection="press")
    logger = audit.make_logger(store)
    logger(actor="web:ana", action="search", target="howitzers", collection=None, address="10.0.0.1",
           detail={"hits": 4})
    with store.read() as s:
        rows = audit.entries(s)
    assert entry.id == 1 and [r.action for r in rows] == ["search", "read"]
    assert rows[0].detail == {"hits": 4} and rows[0].address == "10.0.0.1"
    assert check(store).ok


def test_the_workbench_keeps_the_logger(db: str) -> None:
    from materiel.web.app import create_app  # optional: FastAPI, the workbench's extra

    app = create_app(db)
    app.state.audit(actor="web:local", action="read", target="doc-9", collection="press", address="127.0.0.1",
                    detail=None)
    app.state.store.close()
    with open_store(db) as st_, st_.read() as s:
        assert [(e.actor, e.target) for e in audit.entries(s)] == [("web:local", "doc-9")]


def test_entries_are_checked_and_hostile_values_stored_safely(store: Store) -> None:
    with store.write() as s:
        with pytest.raises(StoreError, match="needs an actor"):
            audit.append(s, actor=" ", action="read")
        with pytest.raises(StoreError, match="needs an action"):
            audit.append(s, actor="ana", action=None)  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="detail .* must be a mapping"):
            audit.append(s, actor="ana", action="read", detail=["rows"])  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="cannot be stored as JSON"):
            audit.append(s, actor="ana", action="read", detail={"x": float("nan")})
        audit.append(s, actor="a" * 500, action="login-failed", target="nul\x00here\ud800", address="x" * 300,
                     detail={"name": "\x00\u202e[red]"})
    with store.read() as s:
        (e,) = audit.entries(s)
    assert len(e.actor) == 200 and e.actor.endswith("…") and len(e.address) == 100
    assert e.target == "nul\ufffdhere\ufffd" and e.detail == {"name": "\x00\u202e[red]"}
    assert check(store).ok


def test_entries_filter_newest_first(store: Store) -> None:
    with store.write() as s:
        for day in range(1, 6):
            audit.append(s, actor="ana" if day % 2 else "bob", action="read", target=f"doc-{day}",
                         collection="press", at=datetime(2026, 3, day, 23, 30, tzinfo=UTC))
    with store.read() as s:
        assert [e.id for e in audit.entries(s)] == [5, 4, 3, 2, 1]
        assert [e.id for e in audit.entries(s, actor="ana")] == [5, 3, 1]
        assert [e.id for e in audit.entries(s, since="2026-03-02", until="2026-03-04")] == [4, 3, 2]
        assert [e.id for e in audit.entries(s, since=date(2026, 3, 2), until=datetime(2026, 3, 4, 12, tzinfo=UTC))] \
            == [3, 2]
        assert [e.id for e in audit.entries(s, since="2026-03-04T23:00:00+00:00")] == [5, 4]
        assert [e.id for e in audit.entries(s, limit=2, offset=1)] == [4, 3]
        assert [e.id for e in audit.entries(s, target="doc-2", action="read", collection="press")] == [2]
        assert audit.entries(s, collection="leaks") == []
        with pytest.raises(StoreError, match="since 'last week' is not a date"):
            audit.entries(s, since="last week")


# ---------------------------------------------------------------------------------------------- tampering

def test_update_and_delete_are_refused_without_dropping_the_triggers(store: Store) -> None:
    fill(store, 3)
    for stmt in (update(AuditRow).where(AuditRow.id == 2).values(actor="mallory"),
                 delete(AuditRow).where(AuditRow.id == 3), delete(AuditRow)):
        with pytest.raises(SQLAlchemyError, match=audit.APPEND_ONLY), store.engine.begin() as conn:
            conn.execute(stmt)
    if store.dialect == "postgresql":
        with pytest.raises(SQLAlchemyError, match=audit.APPEND_ONLY), store.engine.begin() as conn:
            conn.exec_driver_sql("TRUNCATE audit_log")
    assert check(store).ok and check(store).checked == 3


def test_no_insert_can_replace_an_entry(store: Store) -> None:
    """Issue 17, item 10: SQLite's INSERT OR REPLACE (and REPLACE, and an upsert) deletes the old row
    without firing a DELETE trigger; PostgreSQL's ON CONFLICT DO UPDATE and MERGE. All are refused."""
    fill(store, 3)
    columns = "id, at, actor, action, target, collection, address, detail, prev_hash, hash"
    forged = "SELECT id, at, 'mallory', action, target, collection, address, detail, prev_hash, hash FROM audit_log"
    attempts = [f"INSERT INTO audit_log ({columns}) {forged} WHERE id = 2 ON CONFLICT (id) DO UPDATE SET actor = 'mallory'",
                f"INSERT INTO audit_log ({columns}) {forged} WHERE id = 2 ON CONFLICT (id) DO NOTHING"]
    if store.dialect == "sqlite":
        attempts += [f"INSERT OR REPLACE INTO audit_log ({columns}) {forged} WHERE id = 2",
                     f"REPLACE INTO audit_log ({columns}) {forged} WHERE id = 3"]
    else:
        attempts += ["MERGE INTO audit_log a USING (SELECT 2 AS id) s ON a.id = s.id WHEN MATCHED THEN DELETE",
                     "MERGE INTO audit_log a USING (SELECT 2 AS id) s ON a.id = s.id "
                     "WHEN MATCHED THEN UPDATE SET actor = 'mallory'"]
    for sql in attempts:
        try:
            with store.engine.begin() as conn:
                conn.exec_driver_sql(sql)
        except SQLAlchemyError as exc:
            assert audit.APPEND_ONLY in str(exc), sql
    with store.read() as s:
        assert "mallory" not in set(s.scalars(select(AuditRow.actor))), attempts
    assert check(store).ok and check(store).checked == 3
    fill(store, 2, start=3)  # appending still works
    assert check(store).ok and check(store).checked == 5


def test_an_edited_entry_is_named(store: Store) -> None:
    fill(store, 10)
    tamper(store, update(AuditRow).where(AuditRow.id == 5).values(actor="mallory"))
    report = check(store)
    assert not report.ok and kinds(report) == {(5, "edited")}
    assert report.problems[0].message == "entry 5 was edited: its hash does not match its contents"


def test_an_edit_with_its_hash_rewritten_breaks_the_next_link(store: Store) -> None:
    fill(store, 10)
    with store.read() as s:
        row = s.execute(select(AuditRow).where(AuditRow.id == 5)).scalar_one()
        values = {k: getattr(row, k) for k in ("id", "at", "actor", "action", "target", "collection", "address",
                                               "detail")}
    forged = audit.entry_hash(row.prev_hash, {**values, "action": "login"})
    tamper(store, update(AuditRow).where(AuditRow.id == 5).values(action="login", hash=forged))
    report = check(store)
    assert kinds(report) == {(6, "unchained")} and "does not chain to entry 5" in report.problems[0].message


def test_a_deleted_middle_entry_is_named(store: Store) -> None:
    fill(store, 10)
    tamper(store, delete(AuditRow).where(AuditRow.id.in_([4, 5])))
    report = check(store)
    assert kinds(report) == {(4, "deleted")} and report.problems[0].message == "entries 4-5 are missing (deleted)"
    tamper(store, delete(AuditRow).where(AuditRow.id == 1))
    assert kinds(check(store)) == {(1, "deleted"), (4, "deleted")}


def test_a_truncated_tail_disagrees_with_the_head(store: Store) -> None:
    fill(store, 10)
    tamper(store, delete(AuditRow).where(AuditRow.id >= 9))
    report = check(store)
    assert kinds(report) == {(9, "truncated")}
    assert report.problems[0].message == "entries 9-10 are missing from the end (deleted): the head records 10 entries"
    tamper(store, delete(AuditRow))
    assert kinds(check(store)) == {(1, "truncated")}


def test_a_rolled_back_head_or_a_forged_last_entry_is_found(store: Store) -> None:
    fill(store, 6)
    with store.read() as s:
        h5 = s.scalar(select(AuditRow.hash).where(AuditRow.id == 5))
    with store.engine.begin() as conn:  # the head has no trigger: anyone may move it
        conn.execute(update(AuditHeadRow).values(n=5, hash=h5))
    assert kinds(check(store)) == {(6, "beyond-head")}
    with pytest.raises(StoreError, match="entry 6 already exists"):
        audit.log(store, actor="ana", action="read")
    with store.engine.begin() as conn:
        conn.execute(update(AuditHeadRow).values(n=6, hash="f" * 64))
    assert kinds(check(store)) == {(6, "head")}
    with store.engine.begin() as conn:
        conn.execute(delete(AuditHeadRow))
    assert kinds(check(store)) == {(None, "head")}
    with pytest.raises(StoreError, match="no head row"):
        audit.log(store, actor="ana", action="read")


def test_swapped_entries_are_reported_as_reordered(store: Store) -> None:
    fill(store, 8)
    cols = ["at", "actor", "action", "target", "collection", "address", "detail", "prev_hash", "hash"]
    with store.read() as s:
        a, b = (s.execute(select(*(getattr(AuditRow, c) for c in cols)).where(AuditRow.id == i)).one()._asdict()
                for i in (3, 4))
    tamper(store, update(AuditRow).where(AuditRow.id == 3).values(**b),
           update(AuditRow).where(AuditRow.id == 4).values(**a))
    report = check(store)
    assert {(3, "reordered"), (4, "reordered")} <= kinds(report)
    assert "entry 3 holds the contents of entry 4" in report.problems[0].message


def test_a_consistent_rewrite_passes_but_not_against_a_recorded_head(store: Store) -> None:
    fill(store, 6)
    recorded = check(store).head_hash
    with store.read() as s:
        rows = [{k: getattr(r, k) for k in FIELDS if k not in ("prev_hash", "hash")}
                for r in s.scalars(select(AuditRow).order_by(AuditRow.id))]
    prev, statements = audit.GENESIS, []
    for values in rows:
        if values["id"] == 2:
            values["actor"] = "someone-else"
        h = audit.entry_hash(prev, values)
        statements.append(update(AuditRow).where(AuditRow.id == values["id"]).values(
            actor=values["actor"], prev_hash=prev, hash=h))
        prev = h
    tamper(store, *statements, update(AuditHeadRow).values(hash=prev))
    assert check(store).ok  # what a hash chain alone cannot see
    report = check(store, expect=[recorded])
    assert kinds(report) == {(None, "expected")} and recorded in report.problems[0].message
    assert check(store, expect=[prev]).ok and check(store, expect=[audit.GENESIS]).ok


def test_problems_are_capped(store: Store) -> None:
    fill(store, 30)
    tamper(store, update(AuditRow).values(actor="mallory"))
    report = check(store, max_problems=5)
    assert len(report.problems) == 5 and report.more == 25 and not report.ok


TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
N = 12
WIDTH = {"at": 40, "action": 40, "address": 100, "prev_hash": 64, "hash": 64}


def _tweak(old: str) -> st.SearchStrategy[str]:
    """Small edits of a value: one character changed, added or dropped."""
    if not old:
        return TEXT
    return st.tuples(st.integers(0, len(old) - 1), st.sampled_from(["change", "add", "drop"]),
                     st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")).map(
        lambda t: old[:t[0]] + (t[2] if t[1] != "drop" else "") + old[t[0] + (t[1] != "add"):])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_single_field_edit_of_any_entry_is_detected(chain: tuple[Store, dict[int, dict[str, Any]]],
                                                        data: st.DataObject) -> None:
    store, rows = chain
    k = data.draw(st.integers(1, N), label="entry")
    name = data.draw(st.sampled_from(FIELDS), label="field")
    old = rows[k][name]
    if name == "id":
        new: Any = data.draw(st.integers(-3, 3 * N).filter(lambda v: not 1 <= v <= N), label="new id")
    elif old is None:
        new = data.draw(TEXT, label="new")
    elif name in ("target", "collection", "address"):
        new = data.draw(st.none() | _tweak(old) | TEXT, label="new")
    else:
        new = data.draw(_tweak(old) | TEXT, label="new")
    assume(new != old and (not isinstance(new, str) or len(new) <= WIDTH.get(name, 10_000)))  # what the column holds
    with store.engine.connect() as conn:
        trans = conn.begin()
        try:
            unlock(conn)
            conn.execute(update(AuditRow).where(AuditRow.id == k).values({name: new}))
            with Session(bind=conn) as session:
                report = audit.verify(session, chunk=5)
        finally:
            trans.rollback()
    assert not report.ok
    named = {p.entry for p in report.problems}
    assert k in named or (name == "id" and new in named), report.problems


@pytest.fixture()
def chain(store: Store) -> tuple[Store, dict[int, dict[str, Any]]]:
    fill(store, N)
    with store.read() as s:
        rows = {r.id: {f: getattr(r, f) for f in FIELDS} for r in s.scalars(select(AuditRow))}
    return store, rows


# ---------------------------------------------------------------------------------------------- writers

def test_concurrent_appends_from_threads_keep_the_chain(db: str) -> None:
    open_store(db).close()
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            with open_store(db) as st_:
                for i in range(40):
                    audit.log(st_, actor=name, action="read", target=str(i))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    threads = [threading.Thread(target=writer, args=(f"t{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(db) as st_:
        report = check(st_)
    assert report.ok and report.checked == 120


WRITER = """
import sys
from materiel.security import audit
from materiel.store import open_store
with open_store(sys.argv[1]) as store:
    for i in range(int(sys.argv[3])):
        audit.log(store, actor=sys.argv[2], action="export", detail={"rows": i})
"""


def test_concurrent_appends_from_processes_keep_the_chain(db: str) -> None:
    open_store(db).close()
    src = str(Path(materiel.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db, name, "30"], env=env, stderr=subprocess.PIPE)
             for name in ("p1", "p2")]
    for proc in procs:
        _, stderr = proc.communicate(timeout=240)
        assert proc.returncode == 0, stderr.decode()
    with open_store(db) as st_:
        report = check(st_)
        with st_.read() as s:
            actors = {e.actor for e in audit.entries(s, limit=100)}
    assert report.ok and report.checked == 60 and actors == {"p1", "p2"}


def test_entries_committed_while_verify_reads_do_not_look_like_tampering(store: Store,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """verify reads the head after the entries, then the entries it counts beyond them (PostgreSQL reads
    each statement afresh; SQLite keeps the snapshot of the first)."""
    fill(store, 5)
    stream, calls = checking.stream, []

    def stream_then_append(*args: Any) -> Iterator[Any]:
        yield from stream(*args)
        calls.append(1)
        if len(calls) == 1:
            fill(store, 3, 5)
    monkeypatch.setattr(checking, "stream", stream_then_append)
    report = check(store, chunk=2)
    assert report.ok and report.checked == (8 if store.dialect == "postgresql" else 5)
    monkeypatch.undo()
    assert check(store).checked == 8


# ---------------------------------------------------------------------------------------------- flags

def _history(store: Store, actor: str, per_day: list[int], action: str = "read", rows: int | None = None) -> None:
    """`per_day[i]` entries on the i-th day before NOW (0: within the last 24 hours)."""
    with store.write() as s:
        for back in range(len(per_day) - 1, -1, -1):
            for j in range(per_day[back]):
                at = NOW - timedelta(days=back, hours=1, minutes=j % 50)
                audit.append(s, actor=actor, action=action, target=f"doc-{j}", at=at,
                             detail={"rows": rows} if rows is not None else None)


def test_an_actor_reading_ten_times_their_usual_volume_is_flagged(store: Store) -> None:
    _history(store, "heavy", [100] + [10] * 7)
    _history(store, "steady", [1] + [1] * 7, action="export", rows=60)
    _history(store, "newcomer", [51])
    _history(store, "quiet", [50])
    with store.write() as s:
        audit.append(s, actor="steady", action="login", at=NOW - timedelta(hours=2))  # not a read
    with store.read() as s:
        found = audit.flags(s, now=NOW, baseline_days=7)
    assert [f.actor for f in found] == ["heavy", "newcomer"]
    heavy = found[0]
    assert (heavy.volume, heavy.reads, heavy.usual, heavy.threshold) == (100, 100, 10.0, 50.0)
    assert heavy.window_end == audit.stamp(NOW) and heavy.window_start == audit.stamp(NOW - timedelta(days=1))
    with store.read() as s:  # thresholds are parameters
        assert [f.actor for f in audit.flags(s, now=NOW, baseline_days=7, factor=12)] == ["newcomer"]
        assert audit.flags(s, now=NOW, baseline_days=7, factor=12, floor=60) == []
        assert {f.actor for f in audit.flags(s, now=NOW, baseline_days=7, floor=0)} == {"heavy", "newcomer", "quiet"}
        hourly = audit.flags(s, now=NOW, window=timedelta(hours=2), baseline_days=7, floor=20)
        assert {f.actor for f in hourly} == {"heavy", "newcomer", "quiet", "steady"}  # usual: 0 per 2 hours


def test_exports_count_their_rows_and_a_single_busy_day_is_not_the_usual(store: Store) -> None:
    _history(store, "exporter", [1] + [1] * 7, action="export", rows=60)
    _history(store, "exporter", [1], action="export", rows=400)
    _history(store, "burst", [0, 0, 0, 300, 0, 0, 0, 0])
    _history(store, "burst", [60])
    with store.write() as s:
        audit.append(s, actor="odd", action="export", at=NOW - timedelta(hours=1), detail={"rows": "many"})
    with store.read() as s:
        found = {f.actor: f for f in audit.flags(s, now=NOW, baseline_days=7, floor=0)}
    assert found["exporter"].exported == 460 and found["exporter"].usual == 60.0
    assert found["burst"].usual == 0.0 and found["burst"].volume == 60
    assert found["odd"].exported == 1


def test_reads_and_searches_count_the_records_and_documents_they_showed(store: Store) -> None:
    """Issue 17, item 4: reading every record of a collection page by page left entries that counted 1
    each (or nothing, for searches); a read or a search now counts the records plus documents it showed."""
    with store.write() as s:
        for n in range(4):
            audit.append(s, actor="pager", action="read", target="register", at=NOW - timedelta(minutes=n + 1),
                         detail={"records": 10, "documents": 2})
            audit.append(s, actor="seeker", action="search", target="boats", at=NOW - timedelta(minutes=n + 1),
                         detail={"records": 0, "documents": 15, "matched": 900})
        audit.append(s, actor="odd", action="read", target="x", at=NOW - timedelta(minutes=1),
                     detail={"records": -5, "documents": "many"})
    with store.read() as s:
        found = {f.actor: f for f in audit.flags(s, now=NOW, baseline_days=7, floor=40)}
    assert set(found) == {"pager", "seeker"}
    assert (found["pager"].volume, found["pager"].reads) == (48, 48) and found["seeker"].volume == 60
    with store.read() as s:
        assert {f.actor for f in audit.flags(s, now=NOW, baseline_days=7, floor=0)} == {"pager", "seeker", "odd"}


def test_flag_parameters_are_checked(store: Store) -> None:
    with store.read() as s:
        with pytest.raises(StoreError, match="window"):
            audit.flags(s, window=timedelta(0))
        with pytest.raises(StoreError, match="baseline"):
            audit.flags(s, factor=-1)

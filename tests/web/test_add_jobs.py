"""Issue 17 items 6 and 7: Add jobs take turns user by user, stop at their deadline and their number of
inputs, and stop when their owner's write grant is revoked.

Nothing here measures time: a slow input is a local web page that answers when the test says so, the
deadline runs on a fake clock advanced by the (fake) extraction, and jobs are waited for by their
`on_done` callback or by polling their status a bounded number of times.
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import func, select

from materiel.record.models import DocumentInfo, Report
from materiel.security import accounts
from materiel.security.access import Access
from materiel.sources import fetch
from materiel.sources.incoming import Incoming
from materiel.store import open_store
from materiel.store.db import Store
from materiel.store.schema import DocumentRow
from materiel.web.jobs import Job, Jobs
from materiel.web.turns import Turns

ALICE = Access.for_user("alice", [("alpha", "write")])
BOB = Access.for_user("bob", [("beta", "write")])
PAGE = (b"<html><head><title>Boats</title></head><body><article><p>Norway has delivered four patrol boats to "
        b"Ghana, the Norwegian defence ministry said on Monday.</p></article></body></html>")


def nothing_found(item: Incoming) -> Report:
    return Report(document=DocumentInfo(id=item.document.id, source=item.document.source))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "jobs.db")) as s:
        with s.write() as session:
            for access in (ALICE, BOB):
                assert access.user and access.writable
                accounts.add_user(session, access.user, "a long enough password")
                accounts.grant(session, access.user, next(iter(access.writable)), "write")
        yield s


def inputs(tmp_path: Path, name: str, texts: list[str]) -> tuple[list[str], str]:
    """([a JSON Lines file of `texts`], its folder), as the Add page saves an upload."""
    folder = tmp_path / name
    folder.mkdir()
    path = folder / "upload-00.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    return [str(path)], str(folder)


def texts(n: int, word: str) -> list[str]:
    return [f"{word} report {i}: Norway has delivered {i + 2} patrol boats to Ghana." for i in range(n)]


def finished(job: Job) -> Job:
    for _ in range(1000):  # a bounded number of polls; nothing timed
        if job.status in ("done", "failed", "stopped"):
            return job
        time.sleep(0.01)
    raise AssertionError(f"job did not finish: {job}")


def held(store: Store, collection: str) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(DocumentRow).where(DocumentRow.collection == collection))
                   or 0)


@pytest.fixture
def slow_page() -> Iterator[tuple[str, threading.Event]]:
    """A local page that answers only once the event is set: a feed item that trickles."""
    answer = threading.Event()

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            answer.wait(60)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fetch.configure(allow_private=True)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/slow", answer
    finally:
        answer.set()
        fetch.configure(allow_private=False)
        server.shutdown()


def test_a_slow_job_holds_up_only_its_own_user(store: Store, tmp_path: Path,
                                               slow_page: tuple[str, threading.Event]) -> None:
    url, answer = slow_page
    jobs = Jobs(store, extract=nothing_found)
    ended = {name: threading.Event() for name in ("a1", "a2", "b")}

    def on_done(name: str) -> Callable[[Job], None]:
        return lambda job: ended[name].set()

    (tmp_path / "a1").mkdir()
    a1 = jobs.start([url], str(tmp_path / "a1"), collection="alpha", access=ALICE, on_done=on_done("a1"))
    a2 = jobs.start(*inputs(tmp_path, "a2", texts(1, "alpha")), collection="alpha", access=ALICE, on_done=on_done("a2"))
    b = jobs.start(*inputs(tmp_path, "b", texts(1, "beta")), collection="beta", access=BOB, on_done=on_done("b"))
    try:
        assert ended["b"].wait(15), "bob's job waited for alice's slow one"
        assert b.added == 1
        assert a1.status == "running" and a2.status == "queued"  # one running job per user
    finally:
        answer.set()
    assert ended["a2"].wait(30)
    assert finished(a1).added == 1 and finished(a2).added == 1


def test_a_free_slot_goes_to_the_user_who_waited_longest() -> None:
    turns, order, go, last = Turns(slots=1), [], threading.Event(), threading.Event()

    def task(name: str) -> Callable[[], None]:
        def run() -> None:
            if name == "a1":
                go.wait(30)
            order.append(name)
            if len(order) == 5:
                last.set()
        return run

    for owner, name in (("a", "a1"), ("a", "a2"), ("a", "a3"), ("b", "b1"), ("c", "c1")):
        turns.submit(owner, name, task(name))
    go.set()
    assert last.wait(30)
    assert order == ["a1", "b1", "c1", "a2", "a3"]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_job_stops_at_its_deadline(store: Store, tmp_path: Path) -> None:
    clock = Clock()

    def ten_seconds_each(item: Incoming) -> Report:
        clock.now += 10
        return nothing_found(item)

    jobs = Jobs(store, extract=ten_seconds_each, seconds=25, clock=clock)
    job = finished(jobs.start(*inputs(tmp_path, "a", texts(5, "alpha")), collection="alpha", access=ALICE))
    assert job.status == "stopped" and job.added == 2, job
    assert job.error and job.error.startswith("stopped after 25 s, the limit per job")
    assert held(store, "alpha") == 2
    assert job.as_dict()["finished"]


def test_a_job_reads_at_most_its_number_of_inputs(store: Store, tmp_path: Path) -> None:
    jobs = Jobs(store, extract=nothing_found, max_items=2)
    job = finished(jobs.start(*inputs(tmp_path, "a", texts(3, "alpha")), collection="alpha", access=ALICE))
    assert job.status == "stopped" and job.added == 2 and job.done == 2, job
    assert job.error and job.error.startswith("stopped after 2 inputs, the limit per job")
    whole = finished(jobs.start(*inputs(tmp_path, "b", texts(2, "beta")), collection="beta", access=BOB))
    assert whole.status == "done" and whole.added == 2 and whole.error is None


def test_a_revoked_grant_stops_the_job(store: Store, tmp_path: Path) -> None:
    """`materiel revoke alice alpha` while her job runs: nothing more is written after it."""
    seen = []

    def revoked_during_the_second(item: Incoming) -> Report:
        seen.append(item)
        if len(seen) == 2:
            with store.write() as session:
                accounts.revoke(session, "alice", "alpha")
        return nothing_found(item)

    jobs = Jobs(store, extract=revoked_during_the_second)
    job = finished(jobs.start(*inputs(tmp_path, "a", texts(4, "alpha")), collection="alpha", access=ALICE))
    assert job.status == "stopped" and job.added == 1, job
    assert job.error == "stopped: alice may no longer add to collection 'alpha'"
    assert held(store, "alpha") == 1


def test_a_removed_account_stops_the_job(store: Store, tmp_path: Path) -> None:
    def removed(item: Incoming) -> Report:
        with store.write() as session:
            accounts.remove_user(session, "bob")
        return nothing_found(item)

    job = finished(Jobs(store, extract=removed).start(*inputs(tmp_path, "b", texts(2, "beta")), collection="beta",
                                                      access=BOB))
    assert job.status == "stopped" and job.added == 0 and held(store, "beta") == 0

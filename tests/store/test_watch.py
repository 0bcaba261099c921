"""Followed sources (`materiel.store.watcher`): a feed on a local server (127.0.0.1 only) whose items change
between polls. New items are added once, a 304 adds nothing, a failing source backs off, a watcher killed in
the middle loses and duplicates nothing, and the lease keeps a second watcher from polling. The clock is fake:
nothing here waits for time to pass."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from _feeds import FeedSite, serve
from sqlalchemy import func, select

from _helpers import load_script
from materiel.sources.schedule import Pacer
from materiel.store import following, lease, open_store
from materiel.store import ingest as ingest_module
from materiel.store.db import Store
from materiel.store.schema import DocumentRow
from materiel.store.schema_following import FollowedRow, SeenItemRow
from materiel.store.watch_loop import LeaseHeld, run_cycle, watch_loop
from materiel.store.watcher import WatchConfig


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedSite]:
    monkeypatch.setenv("MATERIEL_ALLOW_PRIVATE_URLS", "1")  # the test server is on loopback
    with serve(FeedSite()) as s:
        yield s


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    with open_store(db) as s:
        yield s


def _cfg(clock: Clock) -> WatchConfig:
    return WatchConfig(pacer=Pacer(delay=0), clock=clock)


def _follow(store: Store, target: str, clock: Clock, every: int = 1800) -> int:
    with store.write() as session:
        return following.follow(session, target, collection="news", every=every, now=clock()).id


def _documents(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(DocumentRow.title)))


def _source(store: Store, source_id: int) -> FollowedRow:
    with store.read() as session:
        row = session.get(FollowedRow, source_id)
        assert row is not None
        session.expunge(row)
        return row


def test_new_items_once_and_304_adds_nothing(store: Store, site: FeedSite) -> None:
    clock = Clock()
    sid = _follow(store, f"{site.base}/feed.xml", clock)
    [cycle] = watch_loop(store, _cfg(clock), once=True)
    assert [p.as_dict()["added"] for p in cycle.polled] == [2]
    assert _documents(store) == ["Frigates for Peru", "Tanks for Poland"]
    assert _source(store, sid).etag == site.etag() and _source(store, sid).kind == "feed"

    assert watch_loop(store, _cfg(clock), once=True)[0].polled == []  # not due yet: nothing fetched
    assert len(site.hits("/feed.xml")) == 1

    clock.advance(minutes=31)
    [cycle] = watch_loop(store, _cfg(clock), once=True)
    assert (cycle.polled[0].status, cycle.added) == ("unchanged", 0)
    sent = site.hits("/feed.xml")[-1]
    assert sent["if-none-match"] == site.etag() and sent["if-modified-since"] == "Fri, 10 May 2024 09:00:00 GMT"

    site.shown = 3  # a new story
    clock.advance(minutes=31)
    [cycle] = watch_loop(store, _cfg(clock), once=True)
    assert (cycle.polled[0].status, cycle.added, len(cycle.documents)) == ("new", 1, 1)
    assert _documents(store) == ["Boats for Ghana", "Frigates for Peru", "Tanks for Poland"]
    assert [len(site.hits(f"/a/{n}.html")) for n in range(3)] == [1, 1, 1]  # only the new item was fetched
    row = _source(store, sid)
    assert (row.added, row.failures, row.last_status) == (3, 0, "new")


def test_a_failing_source_backs_off(store: Store, site: FeedSite) -> None:
    clock = Clock()
    sid = _follow(store, f"{site.base}/feed.xml", clock, every=600)
    site.fail = True
    waits = []
    for _ in range(4):
        start = clock()
        watch_loop(store, _cfg(clock), once=True)
        row = _source(store, sid)
        waits.append((following.aware(row.next_due) - start).total_seconds())
        clock.now = following.aware(row.next_due) or clock.now
    assert waits == [600, 1200, 2400, 4800]
    assert (row.failures, row.last_status, row.last_error) == (4, "error", "HTTP 500 Internal Server Error")
    with store.read() as session:
        shown = following.listing(session, scope=None)[0]
    assert shown["last_error"] == "HTTP 500 Internal Server Error" and shown["failures"] == 4

    site.fail = False  # it comes back: added, the failures forgotten, the interval as before
    [cycle] = watch_loop(store, _cfg(clock), once=True)
    row = _source(store, sid)
    assert cycle.added == 2 and row.failures == 0 and row.last_error is None
    assert (following.aware(row.next_due) - clock()).total_seconds() == 600


class Killed(BaseException):
    """The process dies here (as kill -9 would: nothing after it runs in this transaction)."""


def test_a_restart_in_the_middle_loses_and_duplicates_nothing(store: Store, site: FeedSite,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    site.shown = 3
    _follow(store, f"{site.base}/feed.xml", clock)
    real = ingest_module.write_document
    calls: list[str] = []

    def dies_on_second(session: Any, item: Any, report: Any, collection: str) -> str:
        calls.append(item.document.source)
        if len(calls) == 2:
            raise Killed
        return real(session, item, report, collection)

    monkeypatch.setattr(ingest_module, "write_document", dies_on_second)
    first = lease.new_holder()
    assert lease.take(store, first, clock()) is None
    with pytest.raises(Killed):
        run_cycle(store, _cfg(clock), first)  # the lease is left behind, as by a killed process
    monkeypatch.setattr(ingest_module, "write_document", real)
    assert _documents(store) == ["Tanks for Poland"]

    with pytest.raises(LeaseHeld, match="another watcher"):  # the dead watcher's lease has not expired yet
        watch_loop(store, _cfg(clock), once=True)
    clock.advance(seconds=lease.TTL + 1)
    [cycle] = watch_loop(store, _cfg(clock), once=True)
    assert cycle.added == 2
    assert _documents(store) == ["Boats for Ghana", "Frigates for Peru", "Tanks for Poland"]
    assert len(site.hits("/a/0.html")) == 1  # the item written before the crash is not fetched again
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(SeenItemRow)) == 3
        assert session.scalar(select(func.count()).select_from(DocumentRow)) == 3


def test_the_lease_keeps_a_second_watcher_from_polling(store: Store, site: FeedSite) -> None:
    clock = Clock()
    _follow(store, f"{site.base}/feed.xml", clock)
    assert lease.take(store, "first", clock()) is None
    with pytest.raises(LeaseHeld, match=r"another watcher \(first\)"):
        watch_loop(store, _cfg(clock), once=True)
    assert site.requests == []
    lease.release(store, "first")
    assert watch_loop(store, _cfg(clock), once=True)[0].added == 2


def test_two_watchers_starting_together_take_the_lease_once(store: Store) -> None:
    now = Clock()()
    got: list[object] = []
    barrier = threading.Barrier(4)

    def take(name: str) -> None:
        barrier.wait()
        got.append(lease.take(store, name, now))

    threads = [threading.Thread(target=take, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(g is None for g in got) == 1


def test_after_cycle_callables_get_each_cycle(store: Store, site: FeedSite) -> None:
    clock = Clock()
    _follow(store, f"{site.base}/feed.xml", clock)
    seen: list[int] = []

    def broken(cycle: object) -> None:
        raise RuntimeError("a hook's bug")

    watch_loop(store, _cfg(clock), once=True, after_cycle=[broken, lambda c: seen.append(c.added)])
    assert seen == [2]


def test_a_page_of_links_and_a_sitemap(store: Store, site: FeedSite) -> None:
    clock = Clock()
    page = _follow(store, f"{site.base}/a/", clock)
    sitemap = _follow(store, f"{site.base}/sitemap.xml", clock)
    [cycle] = watch_loop(store, _cfg(clock), once=True)
    assert [(p.id, p.added) for p in cycle.polled] == [(page, 2), (sitemap, 2)]
    assert (_source(store, page).kind, _source(store, sitemap).kind) == ("page", "sitemap")
    assert len(_documents(store)) == 4 and site.hits("/about") == [] and site.hits("/a/style.css") == []
    clock.advance(hours=1)
    [cycle] = watch_loop(store, _cfg(clock), once=True)
    assert cycle.added == 0 and [len(site.hits(f"/a/{n}.html")) for n in range(4)] == [1, 1, 1, 1]


def test_the_poll_cycle_benchmark_measures_cycles_with_nothing_new() -> None:
    bench = load_script("bench/poll_cycle.py", "poll_cycle_bench")
    figures = bench.measure(3)  # it checks itself that every source answered 304, then 200, and nothing was added
    assert set(figures) == {"304", "200"} and all(s > 0 for s in figures.values())


class Intruder(Pacer):
    """Before the feed's second article is fetched, the lease expires and another watcher takes it."""

    def __init__(self, store: Store, clock: Clock) -> None:
        super().__init__(delay=0)
        self.store, self.clock_ = store, clock

    def wait(self, url: str) -> None:
        if url.endswith("/a/1.html"):
            self.clock_.advance(seconds=lease.TTL + 1)
            assert lease.take(self.store, "intruder", self.clock_()) is None


def test_a_watcher_that_lost_its_lease_stops_at_the_next_item(store: Store, site: FeedSite) -> None:
    clock = Clock()
    sid = _follow(store, f"{site.base}/feed.xml", clock)
    with pytest.raises(LeaseHeld, match="intruder"):
        watch_loop(store, WatchConfig(pacer=Intruder(store, clock), clock=clock), once=True)
    assert _documents(store) == ["Tanks for Poland"]  # written before the lease was found lost, and marked
    assert _source(store, sid).last_status == ""  # not an error of the source
    lease.release(store, "intruder")
    [cycle] = watch_loop(store, _cfg(clock), once=True)
    assert cycle.added == 1 and len(_documents(store)) == 2


def test_a_watched_feed_alerts_a_watchlist_and_the_cycle_delivers(db: str, store: Store, site: FeedSite) -> None:
    """The two halves of issue 16 joined: an item the watcher adds makes its watchlist's alert, and the
    watcher's after-cycle hook (`materiel watch`, `serve --watch`) runs the delivery of due alerts."""
    from _helpers import cli, jsonl  # deferred: the CLI helpers load the whole app
    from materiel.cli.follow import after_cycle_hooks  # deferred: the CLI room, above the store
    cli("watchlists", "add", "Poland", "--db", db, "--recipient", "POL")
    clock = Clock()
    _follow(store, f"{site.base}/feed.xml", clock)
    [cycle] = watch_loop(store, _cfg(clock), once=True, after_cycle=after_cycle_hooks(store))
    assert cycle.added == 2
    alerts = jsonl(cli("alerts", "--db", db, "--json"))
    assert [(a["kind"], a["watchlist"], a["collection"]) for a in alerts] == [("match", "Poland", "news")]
    assert "Poland" in alerts[0]["summary"]

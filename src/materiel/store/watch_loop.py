"""The watcher's loop (`materiel watch`, `materiel serve --watch`): take the lease, run a poll cycle over the
sources that are due, call the "after cycle" callables, sleep until the next source is due, again.

- `watch_loop(store, cfg, once=True)` polls everything due once and returns (cron, CI, a Kubernetes CronJob).
- The lease (`materiel.store.lease`) is renewed before each source; a second watcher finds it held and
  either stops at once with `LeaseHeld` (the default, and always with `once`) or, with `wait=True`, waits
  until the first stops or dies (its lease then expires).
- `after_cycle`: callables given each `Cycle` once its sources are polled (alert delivery hooks in here);
  one that raises is logged and the others still run.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import func, select

from materiel.store import lease
from materiel.store.db import Store
from materiel.store.following import aware
from materiel.store.lease import LeaseHeld
from materiel.store.schema_following import FollowedRow
from materiel.store.watcher import Cycle, WatchConfig, due_ids, poll_source

LOG = logging.getLogger("materiel.watch")
MAX_SLEEP = 60.0  # seconds: a source followed meanwhile is seen within a minute
AfterCycle = Callable[[Cycle], None]
__all__ = ["AfterCycle", "LeaseHeld", "run_cycle", "start_thread", "watch_loop"]


def run_cycle(store: Store, cfg: WatchConfig, holder: str, ttl: float = lease.TTL) -> Cycle:
    """Poll every source due now, renewing the lease before each and after each item added; LeaseHeld if it
    was lost meanwhile (a source polled longer than the lease lasts, while another watcher took it over)."""
    cycle = Cycle(cfg.clock())

    def renew() -> None:
        held = lease.take(store, holder, cfg.clock(), ttl)
        if held is not None:
            raise LeaseHeld(held.message())

    for source_id in due_ids(store, cycle.started):
        renew()
        result = poll_source(store, source_id, cfg, renew)
        if result is not None:
            cycle.polled.append(result)
    return cycle


def _after(cycle: Cycle, after_cycle: Sequence[AfterCycle]) -> None:
    for hook in after_cycle:
        try:
            hook(cycle)
        except Exception:
            LOG.exception("after-cycle hook %r failed", hook)


def seconds_to_next(store: Store, now: datetime) -> float:
    """Seconds until the next source is due (0 when one is), at most MAX_SLEEP."""
    with store.read() as session:
        nxt = aware(session.scalar(select(func.min(FollowedRow.next_due)).where(FollowedRow.paused.is_(False))))
    return MAX_SLEEP if nxt is None else max(0.0, min(MAX_SLEEP, (nxt - now).total_seconds()))


def _acquire(store: Store, cfg: WatchConfig, holder: str, ttl: float, wait: bool, stop: threading.Event) -> bool:
    """Take the lease; with `wait`, until it is free (False if stopped first); else LeaseHeld."""
    while True:
        held = lease.take(store, holder, cfg.clock(), ttl)
        if held is None:
            return True
        if not wait:
            raise LeaseHeld(held.message())
        LOG.info("%s; waiting", held.message())
        left = (held.expires_at - cfg.clock()).total_seconds()
        if stop.wait(max(1.0, min(left, MAX_SLEEP))):
            return False


def watch_loop(store: Store, cfg: WatchConfig | None = None, *, once: bool = False,
               after_cycle: Sequence[AfterCycle] = (), stop: threading.Event | None = None, wait: bool = False,
               holder: str | None = None, ttl: float = lease.TTL) -> list[Cycle]:
    """Run poll cycles until `stop` is set (or one cycle with `once`); the cycles run (only the last one is
    kept when looping). Raises LeaseHeld when another watcher runs and `wait` is false."""
    cfg = cfg or WatchConfig()
    stop = stop or threading.Event()
    holder = holder or lease.new_holder()
    if not _acquire(store, cfg, holder, ttl, wait and not once, stop):
        return []
    cycles: list[Cycle] = []
    try:
        while not stop.is_set():
            cycle = run_cycle(store, cfg, holder, ttl)
            _after(cycle, after_cycle)
            cycles = [*cycles, cycle] if once else [cycle]
            if once:
                break
            if (held := lease.take(store, holder, cfg.clock(), ttl)) is not None:
                raise LeaseHeld(held.message())
            stop.wait(max(1.0, seconds_to_next(store, cfg.clock())))
    finally:
        lease.release(store, holder)
    return cycles


def start_thread(store: Store, cfg: WatchConfig | None = None, *, after_cycle: Sequence[AfterCycle] = (),
                 stop: threading.Event | None = None) -> tuple[threading.Thread, threading.Event]:
    """The loop in a daemon thread (`materiel serve --watch`), waiting for the lease if another watcher has
    it; set the returned event to stop it."""
    stop = stop or threading.Event()

    def run() -> None:
        try:
            watch_loop(store, cfg, after_cycle=after_cycle, stop=stop, wait=True)
        except Exception:
            LOG.exception("the watcher stopped")

    thread = threading.Thread(target=run, name="materiel-watch", daemon=True)
    thread.start()
    return thread, stop

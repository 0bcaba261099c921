"""`materiel follow`, `materiel following` and `materiel watch`: sources followed on a schedule.

- `follow URL|FOLDER [--every 30m] [--collection C] [--publisher NAME]` registers a feed, a page of links,
  a sitemap or a local folder (due at once); written to the audit trail ("follow").
- `following [--pause ID | --resume ID | --remove ID] [--json]` lists them with their last poll, status,
  failures and last error, or changes one (audited: "unfollow", "pause", "resume").
- `watch [--once]` polls each source when due (`materiel.store.watch_loop`); `--once` polls what is due
  and exits (cron, CI). A second watcher on the same store exits with status 3 naming the first (or, with
  `--wait`, waits for its lease). `after_cycle_hooks(store)` is where more work after each cycle is wired.
"""
from __future__ import annotations

import os
import signal
import threading
from typing import Annotated, Any

import typer

from materiel.cli.audit_hook import record as audit
from materiel.cli.options import DbOpt, JsonOpt, fail, open_db
from materiel.compute.spec import ExtractSpec
from materiel.record.errors import MaterielError
from materiel.security import alert_delivery
from materiel.sources import fetch as web
from materiel.sources.schedule import parse_every
from materiel.store import following, output
from materiel.store.db import Store
from materiel.store.watch_loop import AfterCycle, LeaseHeld, watch_loop
from materiel.store.watcher import Cycle, WatchConfig

LEASE_HELD_EXIT = 3
EveryOpt = Annotated[str, typer.Option("--every", help="How often to poll: 30m, 2h, 1d (at least 1m)")]
COLUMNS = [("id", "id"), ("target", "source"), ("kind", "kind"), ("collection", "collection"), ("every", "every"),
           ("status", "status"), ("last_poll", "last poll"), ("next_due", "next due"), ("added", "added"),
           ("failures", "failures"), ("last_error", "last error")]


def after_cycle_hooks(store: Store) -> list[AfterCycle]:
    """What runs after each poll cycle of `watch` and `serve --watch`, besides printing it: the delivery of
    the watchlists' alerts that are due (webhooks, e-mail digests; the alerts themselves are made when the
    cycle's documents are written)."""
    def deliver(cycle: Cycle) -> None:
        alert_delivery.deliver_due(store)
    return [deliver]


def follow_cmd(
    target: Annotated[str, typer.Argument(help="An RSS/Atom feed, a page of links or a sitemap (URL), or a local folder")],
    db: DbOpt = None, every: EveryOpt = "30m",
    collection: Annotated[str, typer.Option("--collection", help="Collection the documents go into")] = "default",
    publisher: Annotated[str | None, typer.Option("--publisher", help="Publisher of documents that name none")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Follow a source: `materiel watch` adds its new items when it is due."""
    if not web.is_url(target) and not os.path.isdir(target):
        raise fail(MaterielError(f"{target}: not an http(s) URL or a folder"), 2)
    try:
        seconds = parse_every(every)
        with open_db(db, create=True) as store:
            with store.write() as session:
                row = following.follow(session, target, collection=collection, every=seconds, publisher=publisher,
                                       by="cli")
                shown = following.as_dict(row)
            audit(store, "follow", target=shown["target"], collection=collection, every=shown["every"])
    except MaterielError as exc:
        raise fail(exc, 2) from None
    if json_out:
        output.write_json([shown])
    else:
        output.console().print(f"following #{shown['id']}: {shown['target']} into collection {collection!r}, every "
                               f"{shown['every']}; `materiel watch` polls it", markup=False)


def following_cmd(
    db: DbOpt = None,
    pause: Annotated[int | None, typer.Option("--pause", help="Stop polling this source (by id)")] = None,
    resume: Annotated[int | None, typer.Option("--resume", help="Poll this source again, at the next cycle")] = None,
    remove: Annotated[int | None, typer.Option("--remove", help="Stop following it (its documents stay)")] = None,
    json_out: JsonOpt = False,
) -> None:
    """The followed sources: last poll, status, next due, documents added, failures and the last error."""
    asked = [(a, i) for a, i in (("pause", pause), ("resume", resume), ("unfollow", remove)) if i is not None]
    if len(asked) > 1:
        raise typer.BadParameter("give one of --pause, --resume, --remove")
    try:
        with open_db(db) as store:
            if asked:
                action, source_id = asked[0]
                with store.write() as session:
                    row = (following.remove(session, source_id, scope=None) if action == "unfollow" else
                           following.set_paused(session, source_id, action == "pause", scope=None))
                    target, collection = row.target, row.collection
                audit(store, action, target=target, collection=collection, source=source_id)
                verb = {"pause": "paused", "resume": "resumed", "unfollow": "removed"}[action]
                output.console(stderr=True).print(f"{verb} #{source_id}: {target}", markup=False)
            with store.read() as session:
                rows = following.listing(session, scope=None)
    except MaterielError as exc:
        raise fail(exc) from None
    output.emit(rows, COLUMNS, output.JSON if json_out else output.TABLE, "followed sources",
                "nothing followed (materiel follow URL|FOLDER)")


def _printer(json_out: bool) -> AfterCycle:
    def show(cycle: Cycle) -> None:
        if json_out:
            output.write_json([p.as_dict() for p in cycle.polled])
            return
        con = output.console(stderr=True)
        for p in cycle.polled:
            what = f"error: {p.error}" if p.status == "error" else \
                f"{p.added} added, {p.skipped} skipped, {p.failed} failed" + (" (not modified)" if p.status == "unchanged" else "")
            con.print(f"#{p.id} {p.target}: {what}", markup=False, highlight=False)
    return show


def _options(workers: int, timeout: float, max_size: float, no_prefilter: bool, model: str | None) -> WatchConfig:
    return WatchConfig(extract=ExtractSpec(model, not no_prefilter), workers=workers, timeout=timeout,
                       max_bytes=int(max_size * 1024 * 1024))


def watch_cmd(
    db: DbOpt = None,
    once: Annotated[bool, typer.Option("--once", help="Poll what is due, then exit (for cron and CI)")] = False,
    wait: Annotated[bool, typer.Option("--wait", help="When another watcher runs, wait for it instead of exiting")] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Extraction processes")] = 1,
    timeout: Annotated[float, typer.Option("--timeout", min=0.01, help="Seconds for each fetch, all included")] = 20.0,
    max_size: Annotated[float, typer.Option("--max-size", help="Largest response or file to read, in MB")] = 20.0,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use")] = None,
    no_prefilter: Annotated[bool, typer.Option("--no-prefilter", help="Parse every sentence")] = False,
    allow_private_urls: Annotated[bool, typer.Option("--allow-private-urls", help="Fetch URLs on loopback, private and other non-public addresses (also $MATERIEL_ALLOW_PRIVATE_URLS=1)")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per source polled")] = False,
) -> None:
    """Poll the followed sources when due and add their new items (Ctrl-C or SIGTERM stops)."""
    web.configure(timeout=timeout, allow_private=allow_private_urls)
    stop = threading.Event()
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set()) if main else None
    try:
        with open_db(db, create=True) as store:
            hooks: list[Any] = [_printer(json_out), *after_cycle_hooks(store)]
            watch_loop(store, _options(workers, timeout, max_size, no_prefilter, model), once=once, wait=wait,
                       after_cycle=hooks, stop=stop)
    except LeaseHeld as exc:
        raise fail(exc, LEASE_HELD_EXIT) from None
    except MaterielError as exc:
        raise fail(exc) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)


def register_commands(app: typer.Typer) -> None:
    app.command("follow")(follow_cmd)
    app.command("following")(following_cmd)
    app.command("watch")(watch_cmd)

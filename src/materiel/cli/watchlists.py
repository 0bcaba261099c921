"""`materiel watchlists [list|add|show|remove]` (saved register filters) and `materiel alerts` (what changed in
the records they match, and the state of their deliveries; `--deliver` sends what is due). The filter options
are the register's (`materiel.cli.register`), except that each actor side may be given several times.
Creating and removing a watchlist are entries of the audit trail, as `cli:<OS user>`.
`register_commands(app)` adds them to the Typer app of `materiel.cli`."""
from __future__ import annotations

import secrets
from typing import Annotated, Any

import typer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from materiel.cli.options import MAX_COUNT, CollOpt, DbOpt, JsonOpt, SinceOpt, UntilOpt, fail, open_db, output_format
from materiel.cli.register import (
    RECIPIENT_HELP,
    SEIZER_HELP,
    SUPPLIER_HELP,
    CategoryOpt,
    ContraOpt,
    FactualityOpt,
    ItemOpt,
    KnownOpt,
    MinConfOpt,
    MinSourcesOpt,
    NewOpt,
    ReviewOpt,
    StageOpt,
    TextOpt,
    make_filter,
)
from materiel.cli.users import log
from materiel.record.errors import MaterielError
from materiel.security.alert_delivery import deliver_due
from materiel.sources import fetch
from materiel.sources.outbound import check_url
from materiel.store import alerts, output, watchlists
from materiel.store.watchlists import DEFAULT_EVERY

watch = typer.Typer(help="Watchlists: saved register filters whose matches make alerts (list, add, show, remove).")
Names = Annotated[list[str] | None, typer.Option(help="(may be given several times: any of them)")]
RefArg = Annotated[str, typer.Argument(help="The watchlist's name or id")]


def _run(db: str | None, work: Any) -> Any:
    store = open_db(db, create=True)
    try:
        with store.write() as session:
            return work(session)
    except MaterielError as exc:
        raise fail(exc) from None
    finally:
        store.close()


def _rows(session: Session) -> list[dict[str, Any]]:
    out = []
    for row in watchlists.listing(session):
        d = watchlists.describe(row)
        d["alerts"] = alerts.count_since(session, row, None, None)
        d["matching"] = int(session.scalar(select(func.count()).select_from(
            watchlists.select_matching(session, row, watchlists.owner_scope(session, row)).order_by(None).subquery())) or 0)
        out.append(d)
    return out


COLUMNS = [("id", "id"), ("name", "name"), ("owner", "owner"), ("filter", "filter"), ("matching", "matching"),
           ("alerts", "alerts"), ("channels", "delivery")]


@watch.callback(invoke_without_command=True)
def watchlists_cmd(ctx: typer.Context, db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Watchlists (with no command: list them)."""
    if ctx.invoked_subcommand is None:
        list_cmd(db, json_out)


@watch.command("list")
def list_cmd(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Every watchlist: its filter, owner, how many records match it now and how many alerts it made."""
    rows = _run(db, _rows)
    output.emit(rows, COLUMNS, output_format(json_out, False), "watchlists", "no watchlist (see `materiel watchlists add`)")


@watch.command("add")
def add_cmd(
    name: Annotated[str, typer.Argument(help="The watchlist's name")],
    supplier: Annotated[list[str] | None, typer.Option(help=SUPPLIER_HELP + " (repeat for any of several)")] = None,
    recipient: Annotated[list[str] | None, typer.Option(help=RECIPIENT_HELP + " (repeat for any of several)")] = None,
    intercepted_by: Annotated[list[str] | None, typer.Option("--intercepted-by", help=SEIZER_HELP)] = None,
    item: ItemOpt = None, category: CategoryOpt = None, stage: StageOpt = None, factuality: FactualityOpt = None,
    since: SinceOpt = None, until: UntilOpt = None, min_sources: MinSourcesOpt = None,
    min_confidence: MinConfOpt = None, contradictions: ContraOpt = False, text: TextOpt = None,
    review: ReviewOpt = None, new: NewOpt = False, known: KnownOpt = False, collection: CollOpt = None,
    owner: Annotated[str | None, typer.Option("--owner", help="The account it belongs to (sees only what it may read); default: the local user, who reads everything")] = None,
    webhook: Annotated[str | None, typer.Option("--webhook", help="POST each alert as signed JSON to this URL")] = None,
    webhook_secret: Annotated[str | None, typer.Option("--webhook-secret", help="The HMAC key of the signature (default: a new random one, printed once)")] = None,
    email: Annotated[str | None, typer.Option("--email", help="Send a digest of the alerts to this address (SMTP: $MATERIEL_SMTP_HOST)")] = None,
    every: Annotated[int, typer.Option("--every", min=1, max=MAX_COUNT, help="Minutes between two e-mail digests, at least")] = DEFAULT_EVERY,
    db: DbOpt = None, json_out: JsonOpt = False,
) -> None:
    """Save a register filter as a watchlist: records that come to match it, or change, make alerts."""
    f = make_filter(item=item, category=category, stage=stage, factuality=factuality, since=since, until=until,
                    min_sources=min_sources, min_confidence=min_confidence, collection=collection,
                    contradictions=contradictions, text=text, review=review, new=new, known=known)
    if webhook:
        try:
            check_url(webhook)
        except MaterielError as exc:
            raise fail(exc, 2) from None
    secret = (webhook_secret or secrets.token_urlsafe(24)) if webhook else None
    sides = {k: v for k, v in (("supplier", supplier), ("recipient", recipient), ("intercepted_by", intercepted_by)) if v}

    def work(session: Session) -> dict[str, Any]:
        if owner is not None:
            from materiel.security.accounts import get_user  # deferred: only --owner needs the accounts

            get_user(session, owner)
        row = watchlists.create(session, name, f, owner=owner, actors=sides, webhook_url=webhook,
                                webhook_secret=secret, email=email, email_every=every)
        log(session, "watchlist-create", target=row.name, watchlist=row.id, owner=owner, filter=row.filter)
        return watchlists.describe(row)

    made = _run(db, work)
    if json_out:
        output.emit([{**made, "webhook_secret": secret}], [], output.JSON, "", "")
        return
    output.console().print(f"watchlist {made['id']} {made['name']!r} saved: {made['filter']}", highlight=False)
    if secret:
        output.console().print(f"webhook secret (shown once; X-Materiel-Signature: sha256=HMAC of the body): {secret}",
                               highlight=False)


@watch.command("show")
def show_cmd(ref: RefArg, db: DbOpt = None, json_out: JsonOpt = False,
             limit: Annotated[int, typer.Option("--limit", min=1, max=MAX_COUNT, help="At most this many alerts")] = 20) -> None:
    """One watchlist: its filter, where its alerts go, and its latest alerts."""
    def work(session: Session) -> dict[str, Any]:
        row = watchlists.get(session, ref)
        return {**watchlists.describe(row), "alerts": alerts.listing(session, watchlist=row, limit=limit)}

    shown = _run(db, work)
    if json_out:
        output.emit([shown], [], output.JSON, "", "")
        return
    for key in ("id", "name", "owner", "filter", "channels", "email_every", "webhook", "email"):
        output.console().print(f"{key}: {shown[key]}", highlight=False, markup=False)
    _alert_table(shown["alerts"], output.TABLE)


@watch.command("remove")
def remove_cmd(ref: RefArg, db: DbOpt = None) -> None:
    """Remove a watchlist, with its alerts and their deliveries."""
    def work(session: Session) -> str:
        row = watchlists.get(session, ref)
        watchlists.remove(session, row)
        log(session, "watchlist-remove", target=row.name, watchlist=row.id, owner=row.owner)
        return row.name

    output.console().print(f"watchlist {_run(db, work)!r} removed", highlight=False, markup=False)


def _alert_table(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == output.TABLE:
        for r in rows:
            r["delivery"] = ", ".join(f"{d['channel']} {d['status']}" + (f" ({d['error']})" if d["error"] else "")
                                      for d in r["deliveries"])
            r["evidence"] = r["evidence"]["text"]
    cols = [("id", "alert"), ("created_at", "when"), ("watchlist", "watchlist"), ("record", "record"),
            ("summary", "transfer"), ("change", "change"), ("evidence", "evidence"), ("delivery", "delivery")]
    output.emit(rows, cols, fmt, "alerts", "no alert")


def alerts_cmd(
    watchlist: Annotated[str | None, typer.Option("--watchlist", help="Only this watchlist's (name or id)")] = None,
    failed: Annotated[bool, typer.Option("--failed", help="Only alerts whose delivery failed (retrying or given up)")] = False,
    deliver: Annotated[bool, typer.Option("--deliver", help="First deliver what is due (webhooks, e-mail digests)")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, max=MAX_COUNT, help="At most this many alerts")] = 100,
    allow_private_urls: Annotated[bool, typer.Option("--allow-private-urls", help="Let --deliver post to webhooks on loopback, private and other non-public addresses (refused by default; also $MATERIEL_ALLOW_PRIVATE_URLS=1)")] = False,
    db: DbOpt = None, json_out: JsonOpt = False,
) -> None:
    """Alerts of the watchlists, newest first: what changed in which record, the evidence, the deliveries."""
    if deliver:
        fetch.configure(allow_private=allow_private_urls or None)
        store = open_db(db, create=True)
        try:
            done = deliver_due(store)
        except MaterielError as exc:
            raise fail(exc) from None
        finally:
            store.close()
        output.console(stderr=True).print(f"delivered: {done.sent} sent, {done.failed} failed, {done.withheld} withheld",
                                          highlight=False)

    def work(session: Session) -> list[dict[str, Any]]:
        row = watchlists.get(session, watchlist) if watchlist else None
        return alerts.listing(session, watchlist=row, failed=failed, limit=limit)

    _alert_table(_run(db, work), output_format(json_out, False))


def register_commands(app: typer.Typer) -> None:
    app.add_typer(watch, name="watchlists")
    app.command("alerts")(alerts_cmd)


__all__ = ["alerts_cmd", "register_commands", "watch"]

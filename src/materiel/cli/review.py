"""`materiel review`: the analyst in the loop on the command line.

    materiel review accept MENTION
    materiel review reject MENTION --reason "wrong factuality"
    materiel review correct MENTION --stage ordered --recipient Poland ...
    materiel review clear MENTION          # take a decision back
    materiel review next                   # the record whose review is worth most, with its mentions
    materiel review queue [--limit N]      # the queue, in that order
    materiel review export --gold FILE     # the reviewed mentions as a gold set

MENTION is a mention's id as `materiel record N --json` gives it (`mention_rows[].mention`). Each decision
is recorded as `cli:<OS user>` and appended to the audit trail with it (`materiel.security.reviewing`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from materiel.cli.audit_hook import actor as cli_actor
from materiel.cli.audit_hook import record as audit
from materiel.cli.options import CollOpt, DbOpt, JsonOpt, fail, open_db
from materiel.cli.views import print_record
from materiel.record.errors import MaterielError
from materiel.security import reviewing
from materiel.security.access import LOCAL
from materiel.store import output
from materiel.store.queries import record, record_rows
from materiel.store.reviews import REASONS, queue

review = typer.Typer(no_args_is_help=True, help="Review the register: accept, reject or correct mentions; the queue; "
                                                "export the decisions as a gold set.")
MentionArg = Annotated[int, typer.Argument(help="Mention id: `materiel record N --json`, mention_rows[].mention")]
Opt = Annotated[str | None, typer.Option()]


def _decide(db: str | None, mention: int, decision: str, json_out: bool, **kw: Any) -> None:
    try:
        with open_db(db) as store:
            out = reviewing.decide(store, LOCAL, mention, decision, who=cli_actor(), **kw)
    except MaterielError as exc:
        raise fail(exc) from None
    _said(out, json_out)


def _said(out: dict[str, Any], json_out: bool) -> None:
    if json_out:
        output.write_json([out])
        return
    moved = (f" (was record {out['record_before']})" if out["record_before"] not in (None, out["record"]) else "")
    what = out["decision"] or "review taken back"
    fields = f": {', '.join(sorted(out.get('corrections') or {}))}" if out.get("corrections") else ""
    why = f" ({out['reason']})" if out.get("reason") else ""
    output.console().print(f"mention {out['mention']}: {what}{why}{escape(fields)}; record {out['record']}{moved}",
                           highlight=False)


@review.command("accept")
def accept(mention: MentionArg, db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Accept a mention as the machine read it."""
    _decide(db, mention, "accepted", json_out)


@review.command("reject")
def reject(mention: MentionArg,
           reason: Annotated[str, typer.Option("--reason", help="One of: " + ", ".join(REASONS))],
           db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Reject a mention: it leaves its record's counts, stages, sources and contradictions."""
    _decide(db, mention, "rejected", json_out, reason=reason)


@review.command("correct")
def correct(mention: MentionArg, db: DbOpt = None, json_out: JsonOpt = False,
            supplier: Annotated[str | None, typer.Option(help="Actor id or exact name, or a country")] = None,
            recipient: Annotated[str | None, typer.Option(help="Actor id or exact name, or a country")] = None,
            intermediary: Annotated[str | None, typer.Option(help="Actor id or exact name, or a country")] = None,
            item: Annotated[str | None, typer.Option(help="Designation or generic name (materiel.csv), else as written")] = None,
            quantity: Opt = None,
            stage: Opt = None, factuality: Opt = None,
            date: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD")] = None) -> None:
    """Correct fields of a mention; the machine's reading is kept beside the correction."""
    fields = {"supplier": supplier, "recipient": recipient, "intermediary": intermediary, "item": item,
              "quantity": quantity, "stage": stage, "factuality": factuality, "date": date}
    _decide(db, mention, "corrected", json_out, corrections=fields)


@review.command("clear")
def clear(mention: MentionArg, db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Take back the decision on a mention (the machine's reading alone again)."""
    try:
        with open_db(db) as store:
            out = reviewing.clear(store, LOCAL, mention, who=cli_actor())
    except MaterielError as exc:
        raise fail(exc) from None
    _said(out, json_out)


@review.command("next")
def next_cmd(db: DbOpt = None, collection: CollOpt = None, json_out: JsonOpt = False) -> None:
    """The unreviewed record whose review is worth most (contradicted, single-source, low confidence,
    many mentions first), with every mention and the commands to decide."""
    scope = LOCAL.scope(collection)
    try:
        with open_db(db) as store, store.read() as session:
            first = session.scalars(queue(scope=scope).limit(1)).first()
            row = record(session, first.id, scope=scope) if first is not None else None
    except MaterielError as exc:
        raise fail(exc) from None
    if row is None:
        output.console(stderr=True).print("nothing to review: every record has a decision on each mention")
        return
    if json_out:
        output.write_json([row])
        return
    print_record(row)
    todo = [m["mention"] for m in row["mention_rows"] if not m["reviewed"]]
    output.console().print(f"to review: mention(s) {', '.join(map(str, todo))}: materiel review accept|reject|correct "
                           "MENTION", highlight=False)


@review.command("queue")
def queue_cmd(db: DbOpt = None, collection: CollOpt = None, json_out: JsonOpt = False,
              limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many records")] = 20) -> None:
    """The review queue: unreviewed records, the most valuable decision first."""
    scope = LOCAL.scope(collection)
    with open_db(db) as store, store.read() as session:
        rows = record_rows(session, list(session.scalars(queue(scope=scope).limit(limit))), scope=scope, detail=False)
    for r in rows:
        r["flag"] = "CONTRADICTED" if r["contradiction"] else ""
    cols = [("record", "record"), ("supplier", "supplier"), ("recipient", "recipient"), ("item", "item"),
            ("latest_stage", "latest stage"), ("sources", "sources"), ("confidence", "confidence"),
            ("mentions", "mentions"), ("unreviewed", "to review"), ("flag", "flag")]
    output.emit(rows, cols, output.JSON if json_out else output.TABLE, "review queue", "nothing to review")


def register_commands(app: typer.Typer) -> None:
    app.add_typer(review, name="review")


__all__ = ["Path", "audit", "register_commands", "review"]

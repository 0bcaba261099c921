"""`materiel review`: the analyst in the loop on the command line.

    materiel review accept MENTION
    materiel review reject MENTION --reason "wrong factuality"
    materiel review correct MENTION --stage ordered --recipient Poland ...
    materiel review clear MENTION          # take a decision back
    materiel review next                   # the record whose review is worth most, with its mentions
    materiel review queue [--limit N]      # the queue, in that order
    materiel review export --gold FILE     # the reviewed mentions as a gold set
    materiel review merge A B | split A M... | merge-actors A B | alias A NAME

MENTION is a mention's id as `materiel record N --json` gives it (`mention_rows[].mention`). Each decision
is recorded as `cli:<OS user>` and appended to the audit trail with it (`materiel.security.reviewing`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from materiel.cli.audit_hook import actor as cli_actor
from materiel.cli.audit_hook import record as audit
from materiel.cli.options import CollOpt, DbOpt, JsonOpt, fail, open_db
from materiel.cli.views import print_record
from materiel.evaluation.base import SetResult
from materiel.record.errors import MaterielError
from materiel.security import reviewing
from materiel.security.access import LOCAL
from materiel.store import output, review_gold
from materiel.store.errors import StoreError
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


@review.command("merge")
def merge_cmd(record_id: Annotated[int, typer.Argument(help="The record to merge")],
              into: Annotated[int, typer.Argument(help="The record it is the same transfer as")],
              db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Merge a record into another (the same transfer under two items): its mentions are corrected to the
    other's supplier, recipient and item."""
    _edit(db, "merge", record_id, json_out, into=into)


@review.command("split")
def split_cmd(record_id: Annotated[int, typer.Argument(help="The record to split")],
              mentions: Annotated[list[int], typer.Argument(help="The mentions that make the new record")],
              db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Split mentions off a record into a record of their own."""
    _edit(db, "split", record_id, json_out, mentions=mentions)


def _edit(db: str | None, action: str, record_id: int, json_out: bool, **kw: Any) -> None:
    try:
        with open_db(db) as store:
            out = reviewing.edit_records(store, LOCAL, action, record_id, who=cli_actor(), **kw)
    except MaterielError as exc:
        raise fail(exc) from None
    if json_out:
        output.write_json(out)
        return
    records = sorted({o["record"] for o in out if o.get("record")})
    output.console().print(f"record {record_id}: {len(out)} mention(s) {'merged' if action == 'merge' else 'split off'}; now in record(s) "
                           f"{', '.join(map(str, records)) or '—'}", highlight=False)


@review.command("merge-actors")
def merge_actors(source: Annotated[str, typer.Argument(help="The actor's id to merge (e.g. mr-blair)")],
                 into: Annotated[str, typer.Argument(help="The actor it is (e.g. tony-blair)")],
                 db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Merge one actor into another, in every record and in documents added later."""
    _actors(db, "merge", source, into, json_out)


@review.command("alias")
def alias_cmd(actor: Annotated[str, typer.Argument(help="The actor's id")],
              name: Annotated[str, typer.Argument(help="Another name it goes by")],
              db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Give an actor another name: documents added later that name it so are read as this actor (an actor of
    the store by that name is merged into it)."""
    _actors(db, "alias", actor, name, json_out)


def _actors(db: str | None, action: str, actor: str, value: str, json_out: bool) -> None:
    try:
        with open_db(db) as store:
            out = reviewing.edit_actors(store, LOCAL, action, actor, value, who=cli_actor())
    except MaterielError as exc:
        raise fail(exc) from None
    if json_out:
        output.write_json([out])
    else:
        output.console().print(escape(", ".join(f"{k}: {v}" for k, v in out.items())), highlight=False)


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


@review.command("export")
def export_cmd(gold_file: Annotated[Path, typer.Option("--gold", help="The gold file to write (JSON, as ../shared/examples/gold.json)")],
               texts: Annotated[bool, typer.Option("--texts", help="Also write each document's text beside it (<id>.txt)")] = False,
               db: DbOpt = None, collection: CollOpt = None) -> None:
    """The reviewed mentions as a gold set: accepted and corrected rows required, rejected ones as negatives."""
    scope = LOCAL.scope(collection)
    try:
        if not gold_file.parent.is_dir():
            raise StoreError(f"cannot write {str(gold_file)!r}: folder {str(gold_file.parent)!r} does not exist")
        with open_db(db) as store:
            with store.read() as session:
                g = review_gold.gold(session, scope=scope)
                bodies = review_gold.texts(session, [k.removesuffix(".txt") for k in g["docs"]], scope=scope) if texts else {}
            gold_file.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            for doc_id, text in bodies.items():
                (gold_file.parent / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            rows = sum(len(d["rows"]) + len(d["negatives"]) for d in g["docs"].values())
            audit(store, "export", target="gold", collection=collection, rows=rows, path=str(gold_file))
    except (MaterielError, OSError) as exc:
        raise fail(exc if isinstance(exc, MaterielError) else StoreError(f"cannot write {str(gold_file)!r}: {exc}")) from None
    n = {k: sum(1 for d in g["docs"].values() for r in d[k] if not r.get("unreviewed")) for k in ("rows", "negatives")}
    output.console(stderr=True).print(f"wrote {escape(str(gold_file))}: {len(g['docs'])} document(s), {n['rows']} "
                                      f"reviewed row(s), {n['negatives']} negative(s)", highlight=False)


def register_commands(app: typer.Typer) -> None:
    app.add_typer(review, name="review")


__all__ = ["register_commands", "review"]


def reviewed_result(db: str | None, gold_file: Path | None, collection: str | None) -> SetResult:
    """`materiel evaluate reviewed`: the store's reviews (or a file of them) against the current rules."""
    from materiel.evaluation import reviewed  # deferred: spaCy, only to evaluate

    scope = LOCAL.scope(collection)
    try:
        g = json.loads(gold_file.read_text(encoding="utf-8")) if gold_file else None
    except (OSError, ValueError) as exc:
        raise fail(StoreError(f"cannot read gold file {str(gold_file)!r}: {exc}")) from None
    with open_db(db) as store, store.read() as session:
        g = g or review_gold.gold(session, scope=scope)
        bodies = review_gold.texts(session, [k.removesuffix(".txt") for k in g.get("docs", {})], scope=scope)
    return reviewed.score(g, bodies)

"""Rich views of one record, one actor's profile and one document."""
from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from materiel.store.output import cell, console, table


def _party(name: Any, ident: Any) -> str:
    return escape(f"{name} ({ident})" if name and ident and name != ident else str(name or ident or "—"))


def stages_text(stages: list[str], facts: dict[str, str]) -> str:
    """"ordered, delivered (negated)": each stage with its factuality unless asserted."""
    return ", ".join(s + (f" ({facts[s]})" if facts.get(s, "asserted") != "asserted" else "") for s in stages)


def print_record(r: dict[str, Any]) -> None:
    out = console()
    supplier = r["supplier"] or (f"unknown (in {r['place']})" if r.get("place") else None)
    out.print(f"[bold]record {r['record']}[/bold]: {_party(supplier, r['supplier_id'])} → "
              f"{_party(r['recipient'], r['recipient_id'])}: {escape(str(r['item']))} "
              f"[dim]{escape(str(r['designation'] or r['category']))}[/dim]")
    span = " .. ".join(dict.fromkeys(x for x in (r["first_date"], r["last_date"]) if x)) or "undated"
    out.print(f"latest stage {r['latest_stage']} ({stages_text(r['stages'], r.get('stage_factuality') or {})}); {r['factuality']}; "
              f"{r['sources']} independent source(s) asserting, {r['sources_against']} against; "
              f"{r['documents']} document(s), {r['mentions']} mention(s); {span}", highlight=False)
    if r["contradiction"]:
        d = r["contradiction_detail"] or {}
        out.print(f"[red bold]contradiction[/red bold] at stage {', '.join(d.get('stages', []))}:")
        for side in ("asserted", "against"):
            for m in d.get(side, []):
                who = f" by {escape(str(m['denied_by']))}" if m.get("denied_by") else ""
                out.print(f"  [bold]{side if side == 'asserted' else m['factuality'] + who}[/bold] "
                          f"{escape(m['publisher'] or '(unknown)')} [dim]{str(m['document'])[:12]}[/dim]: {escape(m['evidence'].strip())}",
                          highlight=False)
    t = Table(title="mentions", title_justify="left", show_lines=True)
    for col in ("document", "publisher", "published", "stage", "factuality", "according to", "when", "evidence"):
        t.add_column(col, overflow="fold")
    for m in r["mention_rows"]:
        fact = m["factuality"] + (f" by {m['denied_by_id']}" if m["denied_by_id"] else "")
        if m.get("intercepted_by_id"):
            m = {**m, "stage": f"{m['stage']} by {m['intercepted_by_id']}"}
        t.add_row(*(Text(str(v)) for v in (m["document"], cell(m["publisher"]), cell(m["published"]), m["stage"], fact,
                                           cell(m["attribution"]), cell(m["when"]), cell(m["evidence"]))))
    out.print(t)


def print_profile(p: dict[str, Any]) -> None:
    out = console()
    a = p["actor"]
    out.print(f"[bold]{escape(a['name'])}[/bold] ({escape(a['id'])}, {a['kind']}{', ' + a['country'] if a['country'] else ''}): "
              f"{p['documents']} document(s), first seen {p['first_seen'] or '—'}, last seen {p['last_seen'] or '—'}",
              highlight=False)
    if p["aliases"]:
        out.print(f"[dim]written as: {escape('; '.join(p['aliases'][:12]))}[/dim]", highlight=False)
    cols = [("counterpart", "counterpart"), ("item", "item"), ("records", "records"), ("mentions", "mentions"),
            ("sources", "max sources"), ("stages", "stages"), ("latest_stage", "latest"),
            ("contradiction", "contradicted"), ("first_date", "from"), ("last_date", "to")]
    for key, title in (("transfers_out", "supplies (out)"), ("transfers_in", "receives (in)")):
        for g in p[key]:
            g["stages"] = stages_text(g["stages"], g.get("stage_factuality") or {})
        if p[key]:
            total = p.get(key + "_records", 0)
            shown = sum(g["records"] for g in p[key])
            more = (f" (newest first; {shown} of {total} records; --limit N for more)" if total > shown else "")
            out.print(table(p[key], cols, f"{title} — {len(p[key])}{more}"))
        else:
            out.print(f"[dim]{title}: none[/dim]")
    if p["events_by_type"]:
        out.print("events: " + ", ".join(f"{e['type']} as {e['role']} ×{e['count']}" for e in p["events_by_type"]),
                  highlight=False)
    if p["events"]:
        out.print(table([e | {"date": e["when_start"] or e["published"]} for e in p["events"]],
                        [("date", "date"), ("type", "type"), ("mode", "mode"), ("actor", "actor"), ("target", "target"),
                         ("factuality", "factuality"), ("document", "document"), ("evidence", "evidence")],
                        "latest events"))
    out.print(table(p["document_list"], [("short", "document"), ("published", "published"), ("publisher", "publisher"),
                                         ("title", "title"), ("transfers", "rows")], "documents"))


def print_document(d: dict[str, Any]) -> None:
    out = console()
    doc = d["document"]
    out.print(f"[bold]{escape(doc['title'] or doc['source'])}[/bold]", highlight=False)
    for key in ("id", "source", "url", "publisher", "published", "collection", "added_at"):
        if doc.get(key):
            out.print(f"  {key}: {doc[key]}", highlight=False, markup=False)
    out.print(table(d["transfers"], [("record", "record"), ("supplier", "supplier"), ("recipient", "recipient"),
                                     ("item", "item"), ("quantity", "qty"), ("stage", "stage"),
                                     ("factuality", "factuality"), ("attribution", "according to"),
                                     ("evidence", "evidence")], f"transfer rows — {len(d['transfers'])}"))
    out.print(table(d["events"], [("type", "type"), ("mode", "mode"), ("actor", "actor"), ("target", "target"),
                                  ("factuality", "factuality"), ("evidence", "evidence")], f"events — {len(d['events'])}"))
    out.print("actors: " + "; ".join(f"{a['name']} ({a['id']})" for a in d["actors"]), highlight=False, markup=False)
    if doc.get("text"):
        out.print(doc["text"], highlight=False, markup=False)

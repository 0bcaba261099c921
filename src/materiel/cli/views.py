"""Rich views of one record, one actor's profile and one document."""
from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from materiel.store.output import cell, console, printable, table


def _shown(value: Any) -> str:
    """Stored text for a Rich format string: no markup, no terminal escapes or bidirectional controls."""
    return escape(printable(value))


def _party(name: Any, ident: Any) -> str:
    return _shown(f"{name} ({ident})" if name and ident and name != ident else str(name or ident or "—"))


def _deal_lines(out: Any, r: dict[str, Any]) -> None:
    """The record as SIPRI would list it, and the reference rows that hold it (known) or none (new)."""
    d = r.get("deal") or {}
    v = d.get("value") or {}
    value = f"; value {v.get('text') or v.get('amount')} {v.get('currency')}" if v else ""
    out.print(Text(f"SIPRI: {d.get('status')}; ordered {cell(d.get('number_ordered')) or '-'} "
                   f"({cell(d.get('year_of_order')) or '-'}); delivered {cell(d.get('number_delivered')) or '-'} "
                   f"({cell(d.get('years_of_delivery')) or '-'}); {d.get('description')}{value}"))
    if d.get("comments"):
        out.print(Text(f"  {d['comments']}", style="dim"))
    for x in r.get("reference_rows") or []:
        out.print(Text(f"known: {x['collection']} {x['source']}:{x['line']}: {x['supplier']} -> {x['recipient']} "
                       f"{x['designation'] or x['description']} ordered {cell(x['number_ordered'])} "
                       f"({cell(x['year_of_order'])}), delivered {cell(x['years_of_delivery'])}", style="green"))
    if "reference_rows" in r and not r["reference_rows"]:
        out.print(Text("new: no reference table holds it", style="yellow"))


def stages_text(stages: list[str], facts: dict[str, str]) -> str:
    """"ordered, delivered (negated)": each stage with its factuality unless asserted."""
    return ", ".join(s + (f" ({facts[s]})" if facts.get(s, "asserted") != "asserted" else "") for s in stages)


def print_record(r: dict[str, Any]) -> None:
    out = console()
    supplier = r["supplier"] or (f"unknown (in {r['place']})" if r.get("place") else None)
    out.print(f"[bold]record {r['record']}[/bold]: {_party(supplier, r['supplier_id'])} → "
              f"{_party(r['recipient'], r['recipient_id'])}: {_shown(str(r['item']))} "
              f"[dim]{_shown(str(r['designation'] or r['category']))}[/dim]")
    span = " .. ".join(dict.fromkeys(x for x in (r["first_date"], r["last_date"]) if x)) or "undated"
    out.print(f"latest stage {r['latest_stage']} ({stages_text(r['stages'], r.get('stage_factuality') or {})}); {r['factuality']}; "
              f"{r['sources']} independent source(s) asserting, {r['sources_against']} against; "
              f"{r['documents']} document(s), {r['mentions']} mention(s); {span}", highlight=False)
    _deal_lines(out, r)
    if r["contradiction"]:
        d = r["contradiction_detail"] or {}
        out.print(f"[red bold]contradiction[/red bold] at stage {', '.join(d.get('stages', []))}:")
        for side in ("asserted", "against"):
            for m in d.get(side, []):
                who = f" by {_shown(str(m['denied_by']))}" if m.get("denied_by") else ""
                out.print(f"  [bold]{side if side == 'asserted' else m['factuality'] + who}[/bold] "
                          f"{_shown(m['publisher'] or '(unknown)')} [dim]{str(m['document'])[:12]}[/dim]: {_shown(m['evidence'].strip())}",
                          highlight=False)
    if r.get("reviewers") or r.get("rejected"):
        out.print(f"[bold]review[/bold]: {'every mention rejected' if r['rejected'] else ''}"
                  f"{'' if r['rejected'] else ('reviewed' if r['reviewed'] else 'partly reviewed')} by "
                  f"{escape(r['reviewers'] or '')}{'; corrected' if r['corrected'] else ''}", highlight=False)
    t = Table(title="mentions", title_justify="left", show_lines=True)
    for col in ("mention", "document", "publisher", "published", "stage", "factuality", "according to", "when",
                "evidence", "review"):
        t.add_column(col, overflow="fold")
    for m in r["mention_rows"]:
        fact = m["factuality"] + (f" by {m['denied_by_id']}" if m["denied_by_id"] else "")
        if m.get("intercepted_by_id"):
            m = {**m, "stage": f"{m['stage']} by {m['intercepted_by_id']}"}
        t.add_row(*(Text(printable(v)) for v in (m["mention"], m["document"], cell(m["publisher"]), cell(m["published"]),
                                                 m["stage"], fact, cell(m["attribution"]), cell(m["when"]),
                                                 cell(m["evidence"]), _decision(m))))
    out.print(t)


def _decision(m: dict[str, Any]) -> str:
    if not m.get("reviewed"):
        return "—"
    extra = f" ({m['reason']})" if m.get("reason") else ""
    fixes = "; ".join(f"{k} → {_value_text(v)}" for k, v in (m.get("corrections") or {}).items())
    return f"{m['decision']}{extra} by {m['reviewer']}" + (f": {fixes}" if fixes else "")


def _value_text(v: Any) -> str:
    """A corrected value as text: a party's or item's text, else its values joined."""
    if isinstance(v, dict):
        return str(v.get("text") or " .. ".join(dict.fromkeys(str(x) for x in v.values())))
    return str(v)


def print_profile(p: dict[str, Any]) -> None:
    out = console()
    a = p["actor"]
    out.print(f"[bold]{_shown(a['name'])}[/bold] ({_shown(a['id'])}, {a['kind']}{', ' + a['country'] if a['country'] else ''}): "
              f"{p['documents']} document(s), first seen {p['first_seen'] or '—'}, last seen {p['last_seen'] or '—'}",
              highlight=False)
    if p["aliases"]:
        out.print(f"[dim]written as: {_shown('; '.join(p['aliases'][:12]))}[/dim]", highlight=False)
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
    out.print(f"[bold]{_shown(doc['title'] or doc['source'])}[/bold]", highlight=False)
    for key in ("id", "source", "url", "publisher", "published", "collection", "added_at"):
        if doc.get(key):
            out.print(f"  {key}: {printable(doc[key])}", highlight=False, markup=False)
    out.print(table(d["transfers"], [("record", "record"), ("supplier", "supplier"), ("recipient", "recipient"),
                                     ("item", "item"), ("quantity", "qty"), ("stage", "stage"),
                                     ("factuality", "factuality"), ("attribution", "according to"),
                                     ("evidence", "evidence")], f"transfer rows — {len(d['transfers'])}"))
    out.print(table(d["events"], [("type", "type"), ("mode", "mode"), ("actor", "actor"), ("target", "target"),
                                  ("factuality", "factuality"), ("evidence", "evidence")], f"events — {len(d['events'])}"))
    out.print("actors: " + printable("; ".join(f"{a['name']} ({a['id']})" for a in d["actors"])), highlight=False,
              markup=False)
    if doc.get("text"):
        out.print(printable(doc["text"], lines=True), highlight=False, markup=False)

"""Tables and tracker lines told by supplier, not by destination (`destination_lines` reads those):

- a table (lines opening with "|") whose header names a supplier column and an item column and no destination
  column ("| supplier | item | number | status |" in a year's review of one state's imports): each row is a
  transfer from the supplier cell's state to the state the text is about (its topic, `offer_buyer`); a supplier
  cell may name its own destination after "to" ("Ruritania (Karvell Marine) to Borduria"); a row of the topic
  state's own with no destination makes none;
- a run of at least two tracker lines labelled by a supplier state whose text names the destination state after
  "to" ("Ruritania: 8 Ostrava-9 tanks to Borduria (delivered)").

A row's stage is that of the first status word of its status cells (or its line) (`supplier_tables.status_stages`
in words.toml), else of the line introducing the table or list; a row of none makes none. Its quantity is the
quantity column's (else the count before the item); a status count before a delivery word ("first 2 delivered")
is delivered, and the whole count then ordered. The table row's own parse gives way to its cells' row."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from materiel import lexicon
from materiel.extraction.cues import Reading
from materiel.extraction.destination_lines import (
    DEST_HEADERS,
    ITEM_HEADERS,
    NUMBER,
    QUANTITY_HEADERS,
    SEPARATOR,
    SUPPLIER_HEADERS,
    header_column,
    label_states,
    state_names,
    table_cells,
)
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.itemised import segment_item
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.supplier_cells import Told, destination, intro_stage, status_stage
from materiel.extraction.tracker_lines import pipe_lines, tracker_lines
from materiel.record.models import Actor

CONFIDENCE = 0.75


def table_rows(text: str, names: dict[str, str], topic: str | None) -> list[Told]:
    """The rows of each table whose header names a supplier and an item column and no destination column."""
    out: list[Told] = []
    header: list[str] | None = None
    cols: tuple[int | None, ...] = (None, None, None)
    intro: str | None = None
    last_end = 0
    for m in re.finditer(r"^[ \t]*\|.*$", text, re.M):
        line, start = m.group(0), m.start()
        if header is None or text[last_end:start].strip():
            header = [c for c, _, _ in table_cells(line, start)]
            dest = header_column(header, DEST_HEADERS)
            cols = (header_column(header, SUPPLIER_HEADERS), header_column(header, ITEM_HEADERS), header_column(header, QUANTITY_HEADERS))
            cols = cols if dest is None else (None, None, None)
            intro = intro_stage(text, start)
        elif not SEPARATOR.match(line.strip()) and cols[0] is not None and cols[1] is not None:
            told = _table_line(table_cells(line, start), cols, names, topic, intro)
            out.extend([told] if told else [])
        last_end = start + len(line)
    return out


def _table_line(cells: list[tuple[str, int, int]], cols: tuple[int | None, ...], names: dict[str, str],
                topic: str | None, intro: str | None) -> Told | None:
    sup, item, qty = cols
    assert sup is not None and item is not None
    if len(cells) <= max(c for c in cols if c is not None) or not cells[item][0]:
        return None
    own, dests = destination(cells[sup][0], names)
    suppliers = label_states(own, names)
    recipient = dests[0] if len(dests) == 1 else topic
    if len(suppliers) != 1 or recipient is None or suppliers[0] == recipient:
        return None
    q = cells[qty][0] if qty is not None else ""
    quantity = int(re.sub(r"[, ]", "", q)) if NUMBER.match(q) else None
    stage, part = status_stage(" ; ".join(c for k, (c, _, _) in enumerate(cells) if k not in cols))
    if (stage or intro) is None:
        return None
    return Told(suppliers[0], recipient, cells[item][1:], (cells[0][1], cells[-1][2]), quantity,
                stage or intro or "", part if part is not None and part != quantity else None)


def _state(iso3: str, span: Span, lex: lexicon.Lexicon) -> Resolved | None:
    c = lex.countries.get(iso3)
    if c is None:
        return None
    return Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=c.name), CONFIDENCE, span[0])


def _rows(told: Told, doc: Doc, res: ActorResolver, finder: ItemFinder) -> list[Row]:
    span = doc.char_span(*told.item, alignment_mode="expand")
    whole = doc.char_span(*told.whole, alignment_mode="expand")
    m = segment_item(finder, span) if span is not None else None
    if m is None or whole is None:
        return []
    supplier, recipient = _state(told.supplier, whole, res.lex), _state(told.recipient, whole, res.lex)
    if supplier is None or recipient is None:
        return []
    if told.quantity is not None:
        m.quantity, m.quantity_text = told.quantity, str(told.quantity)
    out = []
    stages = [(told.stage, m.quantity)] if told.delivered is None else [("delivered", told.delivered),
                                                                          ("ordered", m.quantity)]
    for stage, quantity in stages:
        item = m if quantity == m.quantity else _with_count(m, quantity)
        f = Frame(trigger=m.head, cls="supply", stage=stage, rule="list:supplier")
        f.roles["recipient"], f.roles["supplier"] = [recipient], [supplier]
        out.append(Row(f, Reading(factuality="uncertain" if told.uncertain else "asserted"), item, supplier, recipient, None, whole, designation=m.designation,
                       category=m.category))
    return out


def _with_count(m: ItemMention, quantity: int | float | None) -> ItemMention:
    return replace(m, quantity=quantity, quantity_text=str(quantity) if quantity is not None else None)


def supplier_rows(rows: list[Row], res: ActorResolver, finder: ItemFinder) -> list[Row]:
    """The rows of a text's supplier tables and tracker lines (see the module's text) added to its rows."""
    doc, text = res.doc, res.doc.text
    if "|" not in text and ":" not in text:
        return rows
    names = state_names(res.lex)
    topic = res.topics.decide("offer_buyer")
    iso3 = topic.iso3 if topic else None
    told = table_rows(text, names, iso3) + tracker_lines(text, names) + pipe_lines(text, names, iso3)
    added: list[Row] = []
    for t in told:
        new = _rows(t, doc, res, finder)
        if new:
            start, end = new[0].sent.start, new[0].sent.end
            rows = [r for r in rows if not start <= r.item.head.i < end]
            added += new
            intro = doc.char_span(*t.intro, alignment_mode="expand") if t.intro else None
            if intro is not None:  # "Air-defence systems pledged to X so far:": the lines tell its items
                rows = [r for r in rows if r.designation is not None or not intro.start <= r.item.head.i < intro.end]
    return rows + added

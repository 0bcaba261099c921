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
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from materiel import lexicon
from materiel.extraction.cues import Reading
from materiel.extraction.destination_lines import (
    DEST_HEADERS,
    ITEM_HEADERS,
    LABELLED,
    NUMBER,
    QUANTITY_HEADERS,
    SEPARATOR,
    SUPPLIER_HEADERS,
    WORD,
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
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

STATUS = lexicon.word_table("supplier_tables", "status_stages")
TO_WORDS = lexicon.word_set("supplier_tables", "destination_preps")
MIN_LINES = 2
CONFIDENCE = 0.75
TO = re.compile(r"\s+(?:" + "|".join(sorted(TO_WORDS)) + r")\s+(?P<dest>[^\W\d_][^()|;,\n]*?)\s*(?:\(|$|[;,.])", re.I)


@dataclass
class Told:
    """One table row or tracker line: its supplier and recipient states, the characters of its item text and of
    the whole row, its quantity, its stage, and a part count delivered."""
    supplier: str
    recipient: str
    item: tuple[int, int]
    whole: tuple[int, int]
    quantity: int | None
    stage: str
    delivered: int | None = None


def status_stage(text: str) -> tuple[str | None, int | None]:
    """The stage of the first status word of text and a count just before a delivery word ("first 2 delivered")."""
    words = WORD.findall(text)
    stage = next((STATUS[w.lower()] for w in words if w.lower() in STATUS), None)
    count = None
    for part in re.finditer(r"(\d[\d,]*)\s+(\w+)(?:\s+(\w+))?", text):
        if "delivered" in (STATUS.get(part.group(2).lower()), STATUS.get((part.group(3) or "").lower())):
            count = parse_quantity(part.group(1))
            break
    return stage, int(count) if count is not None else None


def _intro(text: str, start: int) -> str | None:
    before = [ln for ln in text[:start].splitlines() if ln.strip()]
    for ln in reversed(before[-2:]):
        stage, _ = status_stage(ln)
        if stage is not None:
            return stage
    return None


def _destination(cell: str, names: dict[str, str]) -> tuple[str, list[str]]:
    """The supplier part of a cell and the states named after its "to" ("Ruritania (X) to Borduria")."""
    m = TO.search(cell + " ")
    if m is None:
        return cell, []
    return cell[: m.start()], label_states(m.group("dest"), names)


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
            intro = _intro(text, start)
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
    own, dests = _destination(cells[sup][0], names)
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


def tracker_lines(text: str, names: dict[str, str]) -> list[Told]:
    """Runs of at least MIN_LINES lines labelled by one supplier state whose text sends to a destination state."""
    runs: list[list[Told]] = []
    last = -1
    for m in LABELLED.finditer(text):
        suppliers = label_states(m.group("label"), names)
        body = m.group("body")
        own, dests = _destination(" " + body, names)
        stage, _ = status_stage(body)
        if len(suppliers) != 1 or len(dests) != 1 or stage is None or suppliers[0] == dests[0]:
            continue
        item = (m.start("body"), m.start("body") + len(own) - 1)
        told = Told(suppliers[0], dests[0], item, (m.start("label"), m.end()), None, stage)
        if runs and not text[last: m.start()].strip():
            runs[-1].append(told)
        else:
            runs.append([told])
        last = m.end()
    return [t for run in runs if len(run) >= MIN_LINES for t in run]


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
        out.append(Row(f, Reading(), item, supplier, recipient, None, whole, designation=m.designation,
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
    told = table_rows(text, names, topic.iso3 if topic else None) + tracker_lines(text, names)
    added: list[Row] = []
    for t in told:
        new = _rows(t, doc, res, finder)
        if new:
            start, end = new[0].sent.start, new[0].sent.end
            rows = [r for r in rows if not start <= r.item.head.i < end]
            added += new
    return rows + added

"""The lines of an export-licensing report or a written answer that open with the destination state as a label:
a list of lines ("- Chile: an application for 40 carbines was refused", "Peru: 6 trainer aircraft (licence
granted)", "Kenya — 60 mm mortars, delivered") or the rows of a table whose destination column names a state
("| Chile | ML4 | anti-tank rockets | 300 |"). Read from the text itself (a table is no sentence to the parser).

A list of labelled lines counts when at least two such lines follow one another (blank lines between allowed);
a label counts only when every name in it is a state's ("Peru, Chile and Bolivia: ..."). The stage a line
tells is that of the first cue word of its own text (any refusal word first), else of the line introducing its
list (`stage_of`); a table row's, that of a status column, else of the line before the table. The issuing
state, the supplier of every line, is found by `destination_rows`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from materiel import lexicon
from materiel.extraction.customer_lines import body_states, service_names

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
LABELLED = re.compile(r"^[ \t]*(?:(?:[-–—•*·▪]|\d{1,2}[.)]|\(?[a-z]\))[ \t]*)?(?P<label>\**[^\W\d_][^:\n|]{0,60}?)[ \t]*(?::|[ \t][-—–][ \t])[ \t]*"
                      r"(?P<body>\S.*)$", re.M)
NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*")
SEPARATOR = re.compile(r"^\|[\s:|-]+\|?$")
NUMBER = re.compile(r"^\d{1,3}(?:[, ]\d{3})+$|^\d+$")
MIN_LINES = 2  # labelled lines in a list

REFUSED = lexicon.word_set("destination_lines", "refused_cues")
OFFERED = lexicon.word_set("destination_lines", "offered_cues")
DELIVERED = lexicon.word_set("destination_lines", "delivered_cues")
PERMITS = lexicon.word_set("permits", "permit_nouns")
DEST_HEADERS = lexicon.word_set("destination_lines", "destination_headers")
ITEM_HEADERS = lexicon.word_set("destination_lines", "item_headers")
QUANTITY_HEADERS = lexicon.word_set("destination_lines", "quantity_headers")
SUPPLIER_HEADERS = lexicon.word_set("destination_lines", "supplier_headers")


@dataclass
class Line:
    """One labelled line or table row: its states (ISO3), the characters of the text naming its items, its
    own stage and its list's, and (a table's) quantity and supplier column's state."""
    states: list[str]
    label: tuple[int, int]
    body: tuple[int, int]
    stage: str | None
    list_stage: str | None
    quantity: int | None = None
    table: bool = False
    supplier: str | None = None


def stage_of(text: str) -> str | None:
    """The stage the first cue word of text tells: a refusal word "refused"; a licence noun or a participle of
    granting "offered" (a licence noun followed by a refusal word: "refused"); a word of export or delivery
    "delivered", unless it modifies a licence noun ("export licences")."""
    words = [w.lower() for w in WORD.findall(text)]
    for i, w in enumerate(words):
        if w in REFUSED:
            return "refused"
        if w in OFFERED:
            return "refused" if any(x in REFUSED for x in words[i + 1:]) else "offered"
        if w in DELIVERED and not (i + 1 < len(words) and words[i + 1] in PERMITS):
            return "delivered"
    return None


def state_names(lex: lexicon.Lexicon) -> dict[str, str]:
    """Each state's name and alias, lower-cased, to its ISO3 code."""
    out: dict[str, str] = {}
    for c in lex.countries.values():
        for n in (c.name, *c.aliases):
            out.setdefault(n.lower(), c.iso3)
    return out


def label_states(label: str, names: dict[str, str]) -> list[str]:
    """The states a label names, [] unless every name in it is a state's."""
    label = re.sub(r"\s*\([^)]*\)", "", label).strip(" *_")  # "Saudi Arabia (Royal Saudi Air Force)", "**Chile**"
    whole = re.sub(r"^the\s+", "", label, flags=re.I)
    if whole[:1].isupper() and whole.lower() in names:  # "Trinidad and Tobago", "Bosnia and Herzegovina"
        return [names[whole.lower()]]
    parts = [p.strip() for p in NAME_SPLIT.split(label) if p.strip()]
    out = []
    for p in parts:
        p = re.sub(r"^the\s+", "", p, flags=re.I)
        if not p[:1].isupper() or p.lower() not in names:
            return []
        out.append(names[p.lower()])
    return out


def _intro(text: str, start: int) -> str | None:
    """The stage of the nearest non-empty line before position start (the line introducing a list)."""
    before = [ln for ln in text[:start].splitlines() if ln.strip()]
    for ln in reversed(before[-2:]):
        stage = stage_of(ln)
        if stage is not None:
            return stage
    return None


def labelled_lines(text: str, names: dict[str, str], services: dict[str, str] | None = None) -> list[Line]:
    """The lists of at least MIN_LINES lines opening with a state's name as label (with services, also a label
    naming a state's service, `customer_lines.body_states`)."""
    def states_of(label: str) -> list[str]:
        return label_states(label, names) or (body_states(label, services) if services else [])

    found = [(m, states_of(m.group("label"))) for m in LABELLED.finditer(text)]
    found = [(m, s) for m, s in found if s]
    runs: list[list[re.Match[str]]] = []
    for m, _ in found:
        if runs and not text[runs[-1][-1].end(): m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    out: list[Line] = []
    for run in (r for r in runs if len(r) >= MIN_LINES):
        list_stage = _intro(text, run[0].start())
        for m in run:
            states = states_of(m.group("label"))
            body = m.group("body")
            own = "refused" if any(w.lower() in REFUSED for w in WORD.findall(body)) else stage_of(body)
            out.append(Line(states, m.span("label"), m.span("body"), own, list_stage))
    return out


def table_cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """The cells of a table line: their stripped text and character range."""
    out = []
    pos = line.index("|") + 1
    while pos < len(line):
        end = line.find("|", pos)
        end = len(line) if end < 0 else end
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        out.append((raw.strip(), offset + pos + lead, offset + pos + lead + len(raw.strip())))
        pos = end + 1
    return out


def header_column(header: list[str], words: frozenset[str]) -> int | None:
    cols = [i for i, h in enumerate(header) if re.sub(r"\s*\(.*\)$", "", h.lower()).strip(" .") in words]
    return cols[0] if cols else None


def table_rows(text: str, names: dict[str, str]) -> list[Line]:
    """The rows of each table (lines opening with "|") whose header names a destination and an item column."""
    out: list[Line] = []
    lines = [(m.group(0), m.start()) for m in re.finditer(r"^[ \t]*\|.*$", text, re.M)]
    header: list[str] | None = None
    cols: tuple[int | None, ...] = (None, None, None, None)
    stage: str | None = None
    last_end = 0
    for line, start in lines:
        if header is None or text[last_end:start].strip():  # a new table: this line is its header
            header = [c for c, _, _ in table_cells(line, start)]
            cols = (header_column(header, DEST_HEADERS), header_column(header, ITEM_HEADERS), header_column(header, QUANTITY_HEADERS),
                    header_column(header, SUPPLIER_HEADERS))
            stage = _intro(text, start)
        elif not SEPARATOR.match(line.strip()) and cols[0] is not None and cols[1] is not None:
            cells = table_cells(line, start)
            if len(cells) > max(c for c in cols if c is not None):
                out.extend(_table_line(cells, cols, names, stage))
        last_end = start + len(line)
    return out


def _table_line(cells: list[tuple[str, int, int]], cols: tuple[int | None, ...], names: dict[str, str],
                stage: str | None) -> list[Line]:
    dest, item, qty, sup = cols
    assert dest is not None and item is not None
    states = label_states(cells[dest][0], names)
    if not states or not cells[item][0]:
        return []
    q = cells[qty][0] if qty is not None else ""
    quantity = int(re.sub(r"[, ]", "", q)) if NUMBER.match(q) else None
    suppliers = label_states(cells[sup][0], names) if sup is not None else []
    own = stage_of(" ; ".join(c for k, (c, _, _) in enumerate(cells) if k not in cols))  # a status column
    return [Line(states, cells[dest][1:], cells[item][1:], own, stage, quantity, True,
                 suppliers[0] if len(suppliers) == 1 else None)]


def destination_lines(text: str, lex: lexicon.Lexicon) -> list[Line]:
    """Every labelled line and table row of text (see the module's text)."""
    names = state_names(lex)
    return labelled_lines(text, names, service_names(lex)) + table_rows(text, names)

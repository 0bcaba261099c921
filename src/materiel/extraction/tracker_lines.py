"""Tracker lines told by supplier (`supplier_tables` makes their rows):

- a run of at least two lines labelled by a supplier state ("Ruritania: 8 Ostrava-9 tanks to Borduria
  (delivered)", "- Ruritania: 3 Varden-7 systems (pledged)"), whose text names the destination after "to", or
  whose label does after an arrow ("- Ruritania -> Borduria: 8 Ostrava-9 tanks (ordered)"), or
  whose introducing line does ("Air-defence systems pledged to Borduria so far:"), or whose section heading names
  it alone ("BORDURIA"; `tracker_codes`);
- a run of at least two lines of cells split by "|" with no header, the first cell a supplier state
  ("Ruritania | Ostrava-9 | 8 | delivered 2023"): the first other cell of text is the item, the first number the
  quantity (else a bracketed count after the item, "Ostrava-9 radars (8)"), the rest the status; a year in a cell
  before the supplier's is passed over ("2021 | Ruritania -> Borduria | ..."); the destination is the first cell's own ("Ruritania to Borduria"), else the
  introducing line's, else the state the text is about.

A line's stage is that of its bracketed status code under the text's legend, else of its status words (both
`tracker_codes`), else of its introducing line; a line of none makes none. An unconfirmed line's row is
uncertain; an ordered line's count of delivered ("ordered 2018; 8 delivered") makes a delivered row too."""
from __future__ import annotations

import re

from materiel.extraction.destination_lines import LABELLED, NUMBER, label_states
from materiel.extraction.supplier_cells import Told, destination, intro_line, intro_stage, status_stage
from materiel.extraction.tracker_codes import (
    lead_status,
    legend,
    line_source,
    line_status,
    section_state,
    without_headings,
)

MIN_LINES = 2
DATE_CELL = re.compile(r"^(?:(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?|Q[1-4]\s+\d{4}|\d{4}-\d\d(?:-\d\d)?)$")
BRACKET_COUNT = re.compile(r"\((\d{1,5})\)\s*$")
PIPED = re.compile(r"^[ \t]*\|?[^|\n]+(?:\|[^|\n]*){2,}$", re.M)


def _runs(matches: list[re.Match[str]], text: str) -> list[list[re.Match[str]]]:
    """The matches grouped into runs of lines with nothing but blank lines between."""
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        if runs and not text[runs[-1][-1].end(): m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= MIN_LINES]


def _intro_destination(text: str, start: int, names: dict[str, str]) -> str | None:
    a, b = intro_line(text, start)
    _, dests = destination(" " + text[a:b], names)
    return dests[0] if len(dests) == 1 else None


def _label(label: str, names: dict[str, str]) -> tuple[list[str], list[str]]:
    """The supplier states of a line's label and the destination it names after an arrow ("Ruritania -> Borduria")."""
    own, dests = destination(" " + label, names)
    return label_states(own, names), dests


def tracker_lines(text: str, names: dict[str, str]) -> list[Told]:
    """The labelled tracker lines of text (see the module's text)."""
    labelled = [m for m in LABELLED.finditer(text) if len(_label(m.group("label"), names)[0]) == 1]
    out: list[Told] = []
    codes, plain = legend(text)
    for run in _runs(labelled, without_headings(text, names)):
        intro_dest, intro = _intro_destination(plain, run[0].start(), names), intro_stage(plain, run[0].start())
        for m in run:
            section = intro_dest or section_state(plain, m.start(), names)
            (supplier, *_), named = _label(m.group("label"), names)
            own, dests = destination(" " + m.group("body"), names)
            dests = named or dests
            before, source = line_source(m.group("body"), names)
            if source is not None and not dests:  # "Borduria: 6 X from Ruritania": labelled by the recipient
                supplier, dests, own = source, [supplier], " " + before
            recipient = dests[0] if len(dests) == 1 else section if not dests else None
            stage, unsure = line_status(m.group("body"), codes)
            stage = stage or intro
            if recipient is None or stage is None or recipient == supplier:
                continue
            item = (m.start("body") + lead_status(m.group("body")), m.start("body") + len(own) - 1)
            part = status_stage(m.group("body"))[1] if stage == "ordered" else None
            told = Told(supplier, recipient, item, (m.start("label"), m.end()), None, stage, part, uncertain=unsure)
            told.intro = intro_line(text, run[0].start()) if recipient == intro_dest else None
            out.append(told)
    return out


def _cells(m: re.Match[str]) -> list[tuple[str, int, int]]:
    out, pos, line = [], m.start(), m.group(0)
    for raw in line.split("|"):
        lead = len(raw) - len(raw.lstrip())
        if raw.strip():
            out.append((raw.strip(), pos + lead, pos + lead + len(raw.strip())))
        pos += len(raw) + 1
    return out


def pipe_lines(text: str, names: dict[str, str], topic: str | None) -> list[Told]:
    """The rows of headerless "|" lines whose first cell is a supplier state (see the module's text)."""
    lines = [m for m in PIPED.finditer(text) if m.group(0).strip()[:1] != "|"]
    out: list[Told] = []
    for run in _runs(lines, text):
        intro_dest, intro = _intro_destination(text, run[0].start(), names), intro_stage(text, run[0].start())
        for m in run:
            told = _pipe_line(_cells(m), names, intro_dest or topic, intro)
            out.extend([told] if told else [])
    return out


def _pipe_line(cells: list[tuple[str, int, int]], names: dict[str, str], default: str | None,
               intro: str | None) -> Told | None:
    while len(cells) > 3 and DATE_CELL.match(cells[0][0]):  # "2019 | Ruritania -> Borduria | ...": the year first
        cells = cells[1:]
    if len(cells) < 3:
        return None
    own, dests = destination(cells[0][0], names)
    suppliers = label_states(own, names)
    recipient = dests[0] if len(dests) == 1 else default
    qty = next((k for k, c in enumerate(cells) if k and NUMBER.match(c[0])), None)
    item = next((k for k, c in enumerate(cells) if k and k != qty and status_stage(c[0])[0] is None
                 and re.search(r"[^\W\d_]", c[0])), None)
    if len(suppliers) != 1 or recipient is None or recipient == suppliers[0] or item is None:
        return None
    stage, part = status_stage(" ; ".join(c[0] for k, c in enumerate(cells) if k not in (0, item, qty)))
    quantity = int(re.sub(r"[, ]", "", cells[qty][0])) if qty is not None else None
    counted = BRACKET_COUNT.search(cells[item][0])  # "Ostrava-9 radars (4)": the count after the item
    if quantity is None and counted:
        quantity = int(counted.group(1))
    if (stage or intro) is None:
        return None
    return Told(suppliers[0], recipient, cells[item][1:], (cells[0][1], cells[-1][2]), quantity,
                stage or intro or "", part if part is not None and part != quantity else None)

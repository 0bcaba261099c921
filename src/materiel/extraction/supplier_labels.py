"""Findings listed by supplying state: a report's lines that each open with a state as label ("- Freedonia:
two helicopters were delivered to the Ruritanian army in 2007, ...", "- Sylvania: a cargo of rifles was
unloaded at the port of X"). A row of such a line whose recipient is placed in another state, and which has no
supplier or only the maker read off the item (`discourse.fill_from_origin`), is the label state's supply. A
line whose rows go to the label's state is a destination line (`destination_rows`) and is left alone."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.destination_lines import Line, labelled_lines, state_names
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

CONFIDENCE = 0.8  # kept of the row's confidence when the label names its supplier


def _line(lines: list[Line], idx: int) -> Line | None:
    return next((x for x in lines if x.body[0] <= idx < x.body[1]), None)


def _replaceable(r: Row, iso3: str) -> bool:
    """No supplier, only the maker read off the item (or a holder guessed in its place, `origin_holders`), or a
    body of the label's state ("under a permit issued by X's arms control committee": the state's supply)."""
    s = r.supplier
    return s is None or (":origin" in r.frame.rule and r.item.span.start <= s.token.i < r.item.span.end) or \
        (":holder" in r.frame.rule and r.inherited and not r.frame.roles["supplier"]) or \
        (s.actor.kind == "government_body" and s.actor.country == iso3)


def _label_twins(rows: list[Row], labelled: list[Row], lines: list[Line]) -> list[Row]:
    """Rows that read the label itself as the recipient ("- Freedonia: two helicopters were delivered to the
    Ruritanian army": the parser hangs "Freedonia" on the verb) of a frame whose other row the label supplies."""
    frames = {id(r.frame) for r in labelled}
    out = []
    for r in rows:
        q = r.recipient
        line = _line(lines, r.frame.trigger.idx) if q is not None else None
        if q is not None and line is not None and id(r.frame) in frames and all(r is not x for x in labelled) and \
                line.label[0] <= q.token.idx < line.label[1]:
            out.append(r)
    return out


def label_suppliers(rows: list[Row], lex: lexicon.Lexicon) -> None:
    """Give the rows of supplier-labelled lines the label's state (see the module's text)."""
    if not rows:
        return
    text = rows[0].sent.doc.text
    lines = labelled_lines(text, state_names(lex))
    labelled: list[Row] = []
    for r in rows:
        line = _line(lines, r.frame.trigger.idx) if lines else None
        if line is None or len(line.states) != 1 or line.states[0] not in lex.countries:
            continue
        iso3, q = line.states[0], r.recipient
        if q is None or not q.actor.country or q.actor.country == iso3 or not _replaceable(r, iso3):
            continue
        c = lex.countries[iso3]
        label = text[line.label[0]: line.label[1]].strip(" *_")
        actor = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=label)
        r.supplier, r.inherited = Resolved(actor, CONFIDENCE, r.frame.trigger), True
        r.frame.rule += ":label" if not r.frame.rule.endswith(":label") else ""
        labelled.append(r)
    twins = _label_twins(rows, labelled, lines) if labelled else []
    rows[:] = [r for r in rows if not any(r is t for t in twins)]

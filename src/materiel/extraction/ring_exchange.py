"""A transfer given in return for another, as in a ring exchange: "A will hand 30 X to B. In return C is to
provide 30 Y", "A is sending X to B and getting Y in exchange", "C delivered Y as replacements". The giver of the return transfer gives to the one who gave first, not to the first transfer's
recipient: a supplier's row marked by a return phrase ([ring_exchange] in words.toml) on its verb or a verb above
it, with no recipient of its own (or only one shared from the first transfer), goes to the supplier of the nearest
transfer told just before (same sentence, or up to `SENTENCES` before) by another party to a third one."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import same_state

MARKERS: dict[str, frozenset[str]] = {p: frozenset(ws) for p, ws in
                                      lexicon.word_table("ring_exchange", "markers").items()}
GIVING = ("supply", "offer", "sell")  # the classes whose subject gives
REPLACING = ("replace",)  # "Z replaced them with Y": a return transfer with no return phrase
SENTENCES = 2


def marked(t: Token) -> Token | None:
    """The noun of a return phrase ("in return", "in exchange", "as a replacement") on `t` or a verb above it."""
    for v in [t, *t.ancestors]:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in MARKERS:
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in MARKERS[c.lower_]:
                        return p
    return None


def _given_for(marker: Token, e: Row) -> bool:
    """A return phrase's "for" phrase names the first transfer ("in return for the 30 X that Y donated"): a
    return for anything else ("in exchange for a naval base") is no ring exchange."""
    fors = [c for c in marker.children if c.dep_ == "prep" and c.lower_ == "for"]
    return not fors or any(e.frame.trigger in f.subtree or e.item.head in f.subtree for f in fors)


def _first(r: Row, rows: list[Row], starts: dict[int, int], marker: Token | None) -> Row | None:
    """The transfer `r` is given in return for: the nearest before it by another giver to a third party."""
    assert r.supplier is not None
    at = starts[r.sent.start]
    for e in reversed(rows):
        if e is r or e.supplier is None or e.recipient is None or at - starts[e.sent.start] > SENTENCES:
            continue
        if e.sent.start == r.sent.start and e.frame.trigger.i >= r.frame.trigger.i or e.sent.start > r.sent.start:
            continue
        if not same_state(e.supplier, r.supplier) and not same_state(e.recipient, r.supplier):
            return e if marker is None or _given_for(marker, e) else None
    return None


def _returned(r: Row, rows: list[Row], starts: dict[int, int]) -> Row | None:
    """The first transfer that the return transfer `r` answers, or None."""
    if r.supplier is None or r.frame.cls not in GIVING + REPLACING:
        return None
    marker = marked(r.frame.trigger)
    if marker is None and r.frame.cls not in REPLACING:
        return None
    return _first(r, rows, starts, marker)


def fill(rows: list[Row]) -> list[Row]:
    """Send each return transfer to the one who gave first; a replacing with no first giver is no row. A row of the
    same items told in a participle ("replaced them with 40 Y, delivered in 2023") takes the return's parties."""
    if not rows:
        return rows
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)}
    dropped: set[int] = set()
    for r in rows:
        first = _returned(r, rows, starts)
        if first is None or first.supplier is None or first.recipient is None:
            dropped |= {id(r)} if r.frame.cls in REPLACING else set()
            continue
        if r.recipient is None or r.inherited or same_state(r.recipient, first.recipient):
            r.recipient, r.inherited = first.supplier, True
        for o in rows:
            if o is not r and o.item.head.i == r.item.head.i and (o.inherited or o.supplier is None):
                o.supplier, o.recipient = r.supplier, r.recipient
    return [r for r in rows if id(r) not in dropped]

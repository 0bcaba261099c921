"""A transfer given in return for another, as in a ring exchange: "Athens will transfer 40 X to Ukraine. In return
Berlin will supply 40 Y", "Slovenia is sending X to Ukraine and getting Y in exchange", "Z delivered Y as
replacements". The giver of the return transfer gives to the one who gave first, not to the first transfer's
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


def _first(r: Row, rows: list[Row], starts: dict[int, int], marker: Token) -> Row | None:
    """The transfer `r` is given in return for: the nearest before it by another giver to a third party."""
    assert r.supplier is not None
    at = starts[r.sent.start]
    for e in reversed(rows):
        if e is r or e.supplier is None or e.recipient is None or at - starts[e.sent.start] > SENTENCES:
            continue
        if e.sent.start == r.sent.start and e.frame.trigger.i >= r.frame.trigger.i or e.sent.start > r.sent.start:
            continue
        if not same_state(e.supplier, r.supplier) and not same_state(e.recipient, r.supplier):
            return e if _given_for(marker, e) else None
    return None


def fill(rows: list[Row]) -> None:
    """Send each return transfer to the one who gave first."""
    if not rows:
        return
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)}
    for r in rows:
        marker = marked(r.frame.trigger) if r.supplier is not None and r.frame.cls in GIVING else None
        if marker is None:
            continue
        first = _first(r, rows, starts, marker)
        if first is None or first.supplier is None or first.recipient is None:
            continue
        if r.recipient is None or r.inherited or same_state(r.recipient, first.recipient):
            r.recipient, r.inherited = first.supplier, True

"""No item of a lot delivered: "X cancelled an order for A from Y. No rounds had been shipped", "Y offered X six
B drones. The minister said no drone has been delivered." A delivery verb whose subject is an item noun under the
determiner "no" (words.toml [no_lot_shipped] none_determiners), in a row that names neither party or only one,
tells a negated delivery of the lot told just before whose item is of the same kind (the same head word or the same
category): the row takes that lot's parties and words, and the factuality `negated`. The lot is the last row
before it, within WINDOW sentences, that names a party and none other than the row's own; the party it does not
name is left to the document (late_fills.py). An item of another kind takes no lot, nor does a lot of which
neither party is the state of the one who says so ("Xian officials said no drone ...": a lot of X's)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import Resolved, same_state
from materiel.extraction.none_shipped import open_deliveries, take_lot

NO_DETS = lexicon.word_set("no_lot_shipped", "none_determiners")
WINDOW = 2  # sentences back to the lot


def _no_item(r: Row) -> Token | None:
    """The row's item head when it is its verb's subject under "no" ("no rounds had been shipped"), else None."""
    head = r.item.head
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i != r.frame.trigger.i:
        return None
    return head if any(c.dep_ == "det" and c.lower_ in NO_DETS for c in head.children) else None


def _same_kind(lot: Row, r: Row, head: Token) -> bool:
    return lot.item.head.lemma_.lower() == head.lemma_.lower() or \
        bool(lot.item.category) and lot.item.category == r.item.category


def _speaker_states(t: Token) -> set[str]:
    """The states named in the subject of the saying verb the clause of t hangs on ("Xian officials said no
    drone had been delivered": X), empty when no state is named there."""
    v = t
    while v.dep_ in ("ccomp", "conj") and v.head.i != v.i:
        v = v.head
    said = {x.i for c in v.children if c.dep_ == "nsubj" for x in c.subtree} if v.i != t.i else set()
    countries = lexicon.load().countries
    return {countries[s.label_].iso3 for s in t.doc.spans.get("actors", []) if s.start in said and s.label_ in countries}


def _spoken_for(lot: Row, speakers: set[str]) -> bool:
    """No state speaks, or a party of the lot does: another state's word is about a lot of its own."""
    parties = {p.actor.country for p in (lot.supplier, lot.recipient) if p is not None}
    return not speakers or bool(speakers & parties)


def _agrees(lot: Resolved | None, own: Resolved | None) -> bool:
    return lot is None or own is None or same_state(lot, own)


def fill(rows: list[Row]) -> None:
    """Negate each delivery of no item of a lot's kind and give it the lot's parties (see the module's text)."""
    for r, at, sents in open_deliveries(rows):
        t = r.frame.trigger
        head = _no_item(r)
        if head is None:
            continue
        lots = [o for o in rows if o is not r and (o.supplier or o.recipient) and o.frame.trigger.i < t.i
                and 0 <= at - sents.get(o.sent.start, 0) <= WINDOW and _same_kind(o, r, head)
                and _agrees(o.supplier, r.supplier) and _agrees(o.recipient, r.recipient)
                and _spoken_for(o, _speaker_states(t))]
        if lots:
            take_lot(r, lots[-1])

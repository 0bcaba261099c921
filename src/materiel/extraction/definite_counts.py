"""The count of a definite item told again: "Paraguay bought 24 armoured trucks in May. ... The trucks were
handed over in June" hands over the 24 trucks, not trucks of no number. A row whose item is a plain definite
noun ("the trucks", "these launchers") with no count of its own takes the count of the earlier row of the same
item (the same designation, else the same head noun or the same narrow category), else of the counted
mentions of its head noun in the few sentences before it ("Two X helicopters were displayed."), when the tellings
within the window agree on one count and their parties do not conflict with its own, unless a row
of its own stage, NEAR it, gives the item another count (it may be that row told again). A part of the
whole ("the first of the trucks", "some of the launchers", "the second trucks") keeps no count, nor does a
broad noun ("the weapons", "the equipment"), which may gather several items."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.kin_counts import kin_mentions

CONTEXT_SENTENCES = 12
MENTION_SENTENCES = 3  # sentences before the row searched for a counted mention told in no row
NEAR = 2  # sentences around the row where a telling of its own stage with another count makes it ambiguous
DETS = lexicon.word_set("definite_counts", "dets")
BROAD = lexicon.word_set("definite_counts", "broad_categories")
BROAD_HEADS = lexicon.word_set("definite_counts", "broad_heads")
PART_WORDS = lexicon.word_set("definite_counts", "part_words")
BATCH_WORDS = lexicon.word_set("items", "batch_ordinals")


def scheduled_parts(rows: list[Any]) -> list[Any]:
    """"Chile signed for 24 jets, with the first eight to be delivered in May": a delivery of a part of an order
    read as ordered (scheduled.py, or the signing it hangs on) tells the order's schedule, not an order of eight;
    when a larger order of the same system for the same parties is told, the row is left out: the order
    tells it."""
    return [r for r in rows if not _scheduled_part(r, rows)]


def _scheduled_part(r: Any, rows: list[Any]) -> bool:
    q = r.item.quantity
    if r.frame.stage != "ordered" or q is None or not _batch_part(r.item):
        return False
    return any(o is not r and o.frame.stage == "ordered" and (o.item.quantity or 0) > q and parties_agree(o, r)
               and _same_system(o, r) for o in rows)


def _batch_part(it: Any) -> bool:
    """"the first four", "the first", "the remaining six", "two of the twelve": a part of a batch told before."""
    head = it.head
    return it.whole is not None or head.lower_ in BATCH_WORDS or \
        any(c.dep_ in ("amod", "advmod") and c.lower_ in BATCH_WORDS for c in head.children)


def inherit_counts(rows: list[Any], items: Any) -> None:
    """Fill, in place, the count of each plain definite row from the same item's earlier rows."""
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)} if rows else {}
    for i, r in enumerate(rows):
        if r.item.quantity is not None or not _plain_definite(r.item.head) or r.item.anaphoric or r.item.pronoun:
            continue
        if (r.category or r.item.category) in BROAD or r.item.head.lemma_.lower() in BROAD_HEADS:
            continue
        here = starts[r.sent.start]
        same = own_tellings(r, [e for e in rows[:i] if e.item.quantity is not None and
                                0 < here - starts[e.sent.start] <= CONTEXT_SENTENCES and same_item(e, r) and parties_agree(e, r)])
        told = [e.item for e in same] or _mentions_before(r, items, {e.item.head.i for e in rows})
        if len({m.quantity for m in told}) != 1:
            continue
        e = told[-1]
        if any(o.frame.stage == r.frame.stage and o.item.quantity not in (None, e.quantity) and
               abs(starts[o.sent.start] - here) <= NEAR and same_item(o, r) and parties_agree(o, r) and
               not _part_of_row(o, r) for o in rows):
            continue  # "shipped 18 tanks ... the tanks are due ... a contract for 180 tanks": the row told with its own count
        r.item = replace(r.item, quantity=e.quantity, quantity_text=e.quantity_text)
        r.frame.rule += ":count" if not r.frame.rule.endswith(":count") else ""


def _part_of_row(o: Any, r: Any) -> bool:
    """o counts a part of r's own mention ("The ships were sold to Y; the first was handed over"): no rival count."""
    ante = o.item.antecedent
    return o is not r and ante is not None and ante.start <= r.item.head.i < ante.end


def own_tellings(r: Any, told: list[Any]) -> list[Any]:
    """The tellings of r's item whose count r takes: those of r's own stage, a part of a whole among them ("received
    the first four of nine X. The X arrived on Tuesday": the four), else those that are not a part ("the first of
    ten"); never a count of one for a plural noun."""
    plural = r.item.head.tag_ in ("NNS", "NNPS")
    told = [e for e in told if not (plural and e.item.quantity == 1)]
    return [e for e in told if e.frame.stage == r.frame.stage] or [e for e in told if e.item.whole in (None, e.item.quantity)]


def _mentions_before(r: Any, items: Any, row_heads: set[int]) -> list[Any]:
    """Counted mentions of r's item in the MENTION_SENTENCES before its own, told in no row ("Two X helicopters
    were on display. The X helicopters were supplied by Y"): the same designation, else the same head noun; else
    (`kin_mentions`) a counted mention of the item's narrow category in the sentence just before, in its paragraph
    ("X is refitting two A-class frigates for Y. The ships were sold to Y in 2024": two)."""
    doc, head = r.item.head.doc, r.item.head
    sents = [s for s in doc.sents if s.end <= r.sent.start][-MENTION_SENTENCES:]
    out = []
    for t in (t for s in sents for t in s if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() == head.lemma_.lower()):
        for m in items.items(t, 1):
            if m.head.i == t.i and t.i not in row_heads and m.quantity is not None and m.whole is None and \
                    (m.designation == r.designation if r.designation or m.designation else True):
                out.append(m)
    return out or kin_mentions(r, items, sents[-1:], row_heads)


def _plain_definite(head: Token) -> bool:
    """"the trucks", "these launchers": a definite determiner and no count, ordinal or part word of its own,
    and not the whole of a part ("the first of the trucks", "two of the launchers")."""
    if not any(c.dep_ == "det" and c.lower_ in DETS for c in head.children):
        return False
    if any(c.dep_ in ("nummod", "amod", "quantmod", "advmod", "det", "predet") and
           (c.like_num or c.lower_ in PART_WORDS) for c in head.children):
        return False
    of = head.head
    return not (head.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i and
                (of.head.like_num or of.head.lower_ in PART_WORDS or of.head.pos_ == "NUM"))


def _same_system(o: Any, r: Any) -> bool:
    """The same designation, or the system r's bare count stands for ("the first eight" of "24 X vehicles")."""
    ant = r.item.antecedent
    if ant is not None and o.item.span.start < ant.end and ant.start < o.item.span.end:
        return True
    return bool(r.designation) and r.designation == o.designation


def same_item(e: Any, r: Any) -> bool:
    if r.designation or e.designation and r.designation:
        return bool(e.designation) and e.designation == r.designation
    if e.item.head.lemma_.lower() == r.item.head.lemma_.lower():
        return True
    cat = r.category or r.item.category
    return bool(cat) and cat not in BROAD and (e.category or e.item.category) == cat


def parties_agree(e: Any, r: Any, maker: bool = False) -> bool:
    """No role of r is held by another actor in e, nor the other way round; with `maker`, a supplier of no known
    state (a firm: "Veltra Aerospace delivered ...") does not conflict with a state's telling of the same item."""
    for mine, theirs in ((r.supplier, e.supplier), (r.recipient, e.recipient)):
        if mine is not None and theirs is not None and not _same_actor(mine.actor, theirs.actor) and \
                not (maker and mine is r.supplier and (_stateless(mine.actor) or _stateless(theirs.actor))):
            return False
    for a, b in ((r.supplier, e.recipient), (r.recipient, e.supplier)):
        if a is not None and b is not None and _same_actor(a.actor, b.actor):
            return False
    return True


def _same_actor(a: Any, b: Any) -> bool:
    """The same id or state, or the same name but for an article or a qualifier ("the People's Defence Front",
    "People's Defence Front (Niger)")."""
    return bool(a.id == b.id or (a.country and a.country == b.country) or _bare_name(a.name) == _bare_name(b.name))


def _bare_name(name: str) -> str:
    words = name.split("(")[0].lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _stateless(a: Any) -> bool:
    return a.country is None and a.kind not in ("state", "government_body")

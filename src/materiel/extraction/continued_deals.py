"""A deal noun that continues the transfer told just before ("X delivered 33 A tanks to Y. A contract signed in
2006 covers 110 tanks in total"; "signed a contract for 12 A helicopters. ... The three helicopters that reached Y"):
a singular deal noun (stage ordered) with no party of its own and its own count of an item in its phrase (its
object, or the object of the verb it is the subject of) is no noun standing alone when a row of the same item told
within a few sentences has both parties. With no party yet, it takes the parties of the nearest such row told
before it (or after it, when both rows name one designated system); with parties filled from context, it is kept only when a row of the same item has those parties.
The item agrees when both rows name the same designation, or the noun's item has none and names the same kind
(one category, or one head noun) as the other row's.

A superlative deal noun that the text sets equal to one counted item ("The biggest of the contracts covers 80 A")
names that deal, not a ranking of deals (`one_of_a_ranking`, read by completeness.py)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.discourse import Row

SPAN_SENTENCES = 3  # how far the row of the same item may be told
LEND_SENTENCES = 2  # how far back the row lending its parties may be told


def continued_deals(rows: list[Row]) -> list[Row]:
    """The rows, with each such deal noun marked as continuing its transfer (and given its parties) in place."""
    if not rows:
        return rows
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)}
    for r in rows:
        if not _candidate(r):
            continue
        here = starts.get(r.sent.start, 0)
        near = [e for e in rows if e is not r and e.supplier is not None and e.recipient is not None and
                not e.frame.negated and _agrees(r, e) and abs(starts.get(e.sent.start, 0) - here) <= SPAN_SENTENCES]
        if r.supplier is None and r.recipient is None:
            before = [e for e in near if e.frame.trigger.i < r.frame.trigger.i and
                      here - starts.get(e.sent.start, 0) <= LEND_SENTENCES and not _same_frame_sentence(e, r)]
            after = [e for e in near if e.frame.trigger.i > r.frame.trigger.i and r.designation and e.designation]
            if before or after:  # a row told after lends only when both name one system
                e = max(before, key=lambda b: b.frame.trigger.i) if before else min(after, key=lambda b: b.frame.trigger.i)
                r.supplier, r.recipient, r.inherited, r.standalone = e.supplier, e.recipient, True, False
        elif r.supplier is not None and r.recipient is not None and any(
                e.supplier is not None and e.recipient is not None and
                e.supplier.actor.id == r.supplier.actor.id and e.recipient.actor.id == r.recipient.actor.id
                for e in near):
            r.standalone = False
    return rows


def _candidate(r: Row) -> bool:
    t = r.frame.trigger
    if not r.standalone or t.pos_ != "NOUN" or t.tag_ != "NN" or r.frame.stage != "ordered":
        return False
    if any(r.frame.roles.values()) or r.frame.negated or r.frame.implicit or r.item.quantity is None:
        return False
    if r.item.anaphoric and not r.designation:
        return False
    return _own_item(t, r.item.head)


def _own_item(t: Token, head: Token) -> bool:
    """The item is in the noun's phrase ("a contract for 12 A"), or the object of the verb the noun is the
    subject of ("a contract ... covers 110 tanks"), or after "for" on the verb the noun is the object of ("signed a
    contract for 12 A", parsed with "for" on "signed")."""
    if t.left_edge.i <= head.i <= t.right_edge.i:
        return True
    prep = head.head
    if t.dep_ in ("dobj", "obj") and head.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i == t.head.i:
        return True
    return t.dep_ in ("nsubj", "nsubjpass") and head.head.i == t.head.i and head.dep_ in ("dobj", "obj", "attr")


def _agrees(r: Row, e: Row) -> bool:
    if r.designation and e.designation:
        return r.designation.lower() == e.designation.lower()
    if r.designation:
        return False  # a named system of its own: another deal
    kind = r.category or r.item.category
    other = e.category or e.item.category
    return bool(kind and other and kind == other) or r.item.head.lemma_.lower() == e.item.head.lemma_.lower()


def _same_frame_sentence(e: Row, r: Row) -> bool:
    """Another row of the noun's own frame (the verb that governs it) is no row before it."""
    return e.sent.start == r.sent.start and (e.frame.trigger.i == r.frame.trigger.head.i or
                                             e.frame.trigger.head.i == r.frame.trigger.i)


def one_of_a_ranking(t: Token, quantity: int | float | None, head: Token) -> bool:
    """False for "The largest contract is for 80 A": the subject of "be" whose "for" holds the noun's own counted
    item; and for "The rockets were the largest seizure of X": the complement of "be" whose subject is the noun's
    own item (frames/seizure_subjects.py); a ranking ("one of the largest exports") otherwise."""
    if t.dep_ == "attr" and t.head.lemma_ == "be" and head.dep_ == "nsubj" and head.head.i == t.head.i:
        return False
    if quantity is None or t.dep_ != "nsubj" or t.head.lemma_ != "be" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return True
    return not (head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.i == t.head.i)

"""A future delivery of a deal told as made in the same sentence: the order's schedule.

"X will deliver eight Y to Z" reads on its own as X's promise (stage offered, rule ":future", frames/modality.py),
and "Z is expected to receive Y" as a guess (uncertain). When the sentence itself tells the deal as made - a
relative clause or participle of a past deal verb ("X, which won the contract in 2019, will deliver", "the Y
that Z ordered", "Y bought by Z"), or the items told as a part of a batch under way ("the first four", "its
remaining Y", "the last of the Y") - the delivery carries out that deal (words.toml [made_deals]). A hedge by
a schedule verb ("is expected to") is then no doubt about the deal: the row is asserted. scheduled.orders_scheduled
calls these on future rows and makes them ordered.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

WON = lexicon.word_set("made_deals", "won_verbs")
BOUGHT = lexicon.word_set("made_deals", "bought_verbs")
BATCH = lexicon.word_set("made_deals", "batch_words")
SCHEDULE_HEDGES = lexicon.word_set("made_deals", "schedule_hedges")
SCHEDULE_PARTICIPLES = lexicon.word_set("made_deals", "schedule_participles")
_FACT = lexicon.toml("cues.toml")["factuality"]
HEDGE_VERBS = frozenset(_FACT["hedge_verbs"])
PASSIVE_HEDGES = frozenset(_FACT["passive_hedge_verbs"])
HEDGE_WORDS = frozenset(_FACT["hedge_modals"]) | frozenset(_FACT["hedge_adverbs"]) | \
    frozenset(_FACT["conditional_marks"])
CLAUSES = ("relcl", "acl")
PAST_TAGS = ("VBD", "VBN")
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "prep", "compound", "nummod", "amod")
CHAIN = 3
DONE = ":done"
SCHEDULED = ":scheduled"
PENDING = ":pending"
CLIMB = 6


def chain(t: Token) -> list[Token]:
    """The delivery's verb and the verbs that govern it as an open complement ("is expected to deliver")."""
    heads = [t]
    while heads[-1].dep_ in ("xcomp", "acomp") and len(heads) <= CHAIN:
        heads.append(heads[-1].head)
    return heads


def _argument_of(d: Token, heads: set[int]) -> bool:
    """d (a clause's verb) hangs on an argument of the delivery's verbs, through nouns only."""
    n = d.head
    for _ in range(CLIMB):
        if n.i in heads:
            return False  # the clause hangs on the verb itself, not on a party or the items
        if n.head.i in heads:
            return n.dep_ in ARGUMENTS
        if n.pos_ in ("VERB", "AUX") or n.dep_ not in ARGUMENTS or n.head.i == n.i:
            return False
        n = n.head
    return False


def _past(d: Token) -> bool:
    return d.tag_ in PAST_TAGS and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "to", "would")
                                           for c in d.children)


def _deal_clause(r: Row, heads: set[int]) -> bool:
    for d in r.sent:
        if d.dep_ not in CLAUSES or not _past(d) or not _argument_of(d, heads):
            continue
        lemma = d.lemma_.lower()
        if lemma in WON:
            return True
        if lemma in BOUGHT and (d.head.i == r.item.head.i or r.supplier is not None and d.head.i == r.supplier.token.i
                                and r.recipient is not None and r.recipient.token.i in {x.i for x in d.subtree}):
            return True  # "the Y that Z ordered"; "X, which sold Z 30 Y," (not "parts for the Y that Z bought")
    return False


def _batch(heads: list[Token]) -> bool:
    """The delivery's items told as a part of a batch: "the first four Y", "its remaining Y", "the last of"."""
    for h in heads:
        for a in h.children:
            if a.dep_ not in ("dobj", "nsubj", "nsubjpass"):
                continue
            if _batch_word(a):
                return True
    return False


def deal_told(r: Row) -> bool:
    """The sentence of the future delivery r tells its deal as made by a clause of a past deal verb."""
    return _deal_clause(r, {h.i for h in chain(r.frame.trigger)})


def _batch_word(h: Token) -> bool:
    return h.lower_ in BATCH or any(c.dep_ in ("amod", "advmod") and c.lower_ in BATCH for c in h.children)


def schedule_part(r: Row) -> bool:
    """"with delivery of the last two planned for 2028": r is the plan told by a schedule participle on a batch
    part, or the delivery noun above that part; with an order in the document, the order's schedule."""
    t = r.frame.trigger
    for p in r.sent:
        if p.dep_ != "acl" or p.tag_ != "VBN" or p.lemma_.lower() not in SCHEDULE_PARTICIPLES or \
                not _batch_word(p.head):
            continue
        if t.i == p.i or t.pos_ == "NOUN" and t.i in {a.i for a in p.head.ancestors}:
            return True
    return False


def batch_part(r: Row) -> bool:
    """The future delivery r is of a part of a batch ("the first four", "the remaining Y"): of a deal made, unless
    the document tells the whole as an offer (the caller checks: "X will supply 30 Y. The first are due in May")."""
    return _batch(chain(r.frame.trigger))


def unhedged(r: Row) -> None:
    """"is expected to deliver" a deal told as made: the schedule verb is no doubt; the row is asserted, unless
    another hedge (a modal, an adverb, a condition, a verb of belief) governs it."""
    heads, t = chain(r.frame.trigger), r.frame.trigger
    if r.reading.factuality != "uncertain" or not any(a.lemma_.lower() in SCHEDULE_HEDGES for a in t.ancestors):
        return
    if any(c.lower_ in HEDGE_WORDS for h in heads for c in h.children):
        return
    if any(a.lemma_.lower() in HEDGE_VERBS - SCHEDULE_HEDGES or a.lemma_.lower() in PASSIVE_HEDGES and
           any(c.dep_ in ("auxpass", "nsubjpass") for c in a.children) for a in t.ancestors):
        return
    r.reading = replace(r.reading, factuality="asserted")


def bought_pending(rows: list[Row], pending: list[Row]) -> None:
    """"will deliver the six Y that Z bought in 2022", "deliveries of the Y that Z bought are due in 2028": a
    purchase told as done (rule ":done", frames/completed.py) in a relative clause of the items of a delivery
    still to come is the order that delivery carries out, not a delivery made."""
    for b in rows:
        t = b.frame.trigger
        if b.frame.stage != "delivered" or DONE not in b.frame.rule or t.dep_ not in CLAUSES:
            continue
        if any(r.sent.start == b.sent.start and r.item.head.i == t.head.i for r in pending):
            b.frame = replace(b.frame, stage="ordered", rule=b.frame.rule + PENDING)


def _system(r: Row) -> str | None:
    return r.designation or r.category or r.item.category


def folded(r: Row, rows: list[Row]) -> bool:
    """"X, which sold Z 30 Y in two deals, should deliver the last aircraft next year", "will deliver
    the last of the 24 Y ordered by Z": the future delivery (made ordered, rule ":scheduled") of a deal whose own
    clause in the sentence is a row for the same recipient and system says no more than that deal: no row. The
    deal's row, hedged only by the schedule verb above it, is asserted."""
    if SCHEDULED not in r.frame.rule or r.frame.stage != "ordered" or r.recipient is None:
        return False
    for o in rows:
        t = o.frame.trigger
        if o is r or o.sent.start != r.sent.start or t.dep_ not in CLAUSES or o.frame.stage not in (
                "ordered", "delivered") or o.recipient is None or o.recipient.actor.id != r.recipient.actor.id:
            continue
        if _system(o) == _system(r) and r.item.quantity in (None, o.item.quantity):
            unhedged(o)
            if o.frame.stage == "delivered" and DONE in o.frame.rule:  # its last items still to come: not done
                o.frame = replace(o.frame, stage="ordered", rule=o.frame.rule + PENDING)
            return True
    return False

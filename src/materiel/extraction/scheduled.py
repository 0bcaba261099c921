"""A future delivery of what the document reports as ordered is that order's schedule, not an offer.

"Will send" and "will arrive" read on their own as a supplier's promise (stage offered, see
frames/modality.py). When the same document reports the item as bought, contracted or signed for by
the same recipient ("Chile signed for twelve trainers from Brazil. The first four will arrive in
March."), or when the delivery is told "under" a deal ("X will supply Y to Z under a $500m contract"),
the future delivery is the order being carried out: the row takes the stage `ordered` (rule
":scheduled") and `merge_duplicates` then folds it into the order when it says no more.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import made_deals
from materiel.extraction.discourse import Row
from materiel.extraction.frames.shared_infinitives import infinitive_host

FUTURE = ":future"
SCHEDULED = ":scheduled"
POSTPONED = ":postponed"
CHOSEN = ":chosen"
CHOICE_RULES = tuple(f"{kind}:select:" for kind in ("verb", "noun"))
DEAL_NOUNS = lexicon.word_set("scheduled", "deal_nouns")
UNDER_PREPS = lexicon.word_set("scheduled", "under_preps")
DEAL_PARTS = lexicon.word_set("scheduled", "deal_parts")
XCOMP_CLIMB = 3
# "a contract, worth 90 million euros (according to an official), under which": the links of a deal's value and
# of an attribution inside it, which the parser may hang the relative clause on
VALUE_LINKS = ("npadvmod", "amod", "nummod", "quantmod", "appos", "prep", "pobj")
VALUE_CLIMB = 5


def _country(r: Row, role: str) -> str | None:
    party = getattr(r, role)
    return (party.actor.country or party.actor.id) if party is not None else None


def _same_system(a: Row, b: Row) -> bool:
    """Both rows name the same designated system, or, where one names none, the same kind of item."""
    if a.designation and b.designation:
        return a.designation == b.designation
    return bool(a.category or a.item.category) and (a.category or a.item.category) == (b.category or b.item.category)


def _order_of(r: Row, orders: list[Row]) -> Row | None:
    recipient, supplier = _country(r, "recipient"), _country(r, "supplier")
    for o in orders:
        if recipient is None or _country(o, "recipient") != recipient or not _same_system(r, o):
            continue
        if supplier is not None and _country(o, "supplier") not in (None, supplier):
            continue
        return o
    return None


def _under_a_deal(t: Token) -> bool:
    """"will supply X under a $500m contract": the delivery carries out a deal; so "under them" or "under
    it" when the subject of the sentence before is a deal ("The deals were signed ... Under them X will"), and
    "under the terms of a contract". The phrase may hang on the verb that governs the delivery ("is to deliver",
    "is set to deliver") or, fronted, on a noun of the clause (the parser takes "worth" in "Under a contract
    worth $9m, X will deliver" for a noun's modifier): see `_fronted_under`."""
    heads = _governing(t)
    return any(c.dep_ == "prep" and c.lower_ in UNDER_PREPS and _deal_object(c)
               for h in heads for c in h.children) or _fronted_under(t, heads) or _under_which_deal(t)


def _governing(t: Token) -> list[Token]:
    """The delivery's verb and the verbs that govern it as an open complement ("is to deliver", "is due to")."""
    heads = [t]
    host = infinitive_host(t)  # "is to build the hulls and deliver X": the first infinitive's governors
    if host is not None:
        heads.append(host)
    while heads[-1].dep_ in ("xcomp", "acomp") and len(heads) <= XCOMP_CLIMB + 1:
        heads.append(heads[-1].head)
    return heads


def _deal_object(under: Token) -> bool:
    """"under a contract", "under it" (a deal told just before), "under the terms of the deal"."""
    for p in under.children:
        if p.dep_ != "pobj":
            continue
        if p.lemma_.lower() in DEAL_NOUNS or _deal_pronoun(p):
            return True
        if p.lemma_.lower() in DEAL_PARTS and any(
                o.dep_ == "prep" and o.lower_ == "of" and any(d.dep_ == "pobj" and d.lemma_.lower() in DEAL_NOUNS
                                                              for d in o.children) for o in p.children):
            return True
    return False


def _fronted_under(t: Token, heads: list[Token]) -> bool:
    """"Under a contract signed in May worth $9m, X will deliver": an "under" phrase opening the sentence before the
    delivery, whose attachment climbs to the delivery's verb through nouns only (no other clause between)."""
    for u in t.sent:
        if u.i >= t.i or u.lower_ not in UNDER_PREPS or u.dep_ != "prep" or not _deal_object(u):
            continue
        head = u.head
        for _ in range(VALUE_CLIMB):
            if head.i in {h.i for h in heads}:
                return True
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
    return False


def _under_which_deal(t: Token) -> bool:
    """"a contract, worth $90m, under which X will supply Y": a relative clause of a deal noun (the parser may hang
    it on the deal's value, "worth $90m", or on a source named there) whose "under which" is the deal."""
    if t.dep_ != "relcl" or not any(c.dep_ == "prep" and c.lower_ in UNDER_PREPS and
                                    any(p.dep_ == "pobj" and p.tag_ == "WDT" for p in c.children) for c in t.children):
        return False
    head = t.head
    for _ in range(VALUE_CLIMB):
        if head.lemma_.lower() in DEAL_NOUNS:
            return True
        if head.dep_ not in VALUE_LINKS or head.head.i == head.i:
            return False
        head = head.head
    return head.lemma_.lower() in DEAL_NOUNS


def _deal_pronoun(p: Token) -> bool:
    if p.lower_ not in ("it", "them") or p.sent.start == 0:
        return False
    before = p.doc[p.sent.start - 1].sent
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in DEAL_NOUNS for s in before)


def orders_scheduled(rows: list[Row]) -> None:
    """Future deliveries (stage offered, rule ":future") of a system the document reports as ordered
    for the same recipient become stage ordered: the order's schedule."""
    orders = [r for r in rows if r.frame.stage == "ordered" and r.reading.factuality == "asserted"]
    offers = [r for r in rows if r.frame.stage == "offered"]
    for r in rows:
        if r.frame.stage not in ("offered", "ordered") or FUTURE not in r.frame.rule and POSTPONED not in r.frame.rule:
            continue
        part = made_deals.batch_part(r) and _order_of(r, [o for o in offers if o is not r]) is None
        if _order_of(r, orders) is not None or _under_a_deal(r.frame.trigger) or made_deals.deal_told(r) or part:
            made_deals.unhedged(r)  # "is expected to deliver" what was ordered: the schedule (made_deals.py)
            if r.frame.stage == "offered" and r.reading.factuality == "asserted":
                r.frame = replace(r.frame, stage="ordered", rule=r.frame.rule + SCHEDULED)
    made_deals.bought_pending(rows, [r for r in rows if r.frame.stage == "ordered" and (
        FUTURE in r.frame.rule or POSTPONED in r.frame.rule)])  # "will deliver the Y that Z bought"
    _programmes_under_deals(rows)
    _choices_ordered(rows)


PRESENT_BE = lexicon.word_set("frame_words", "present_be")


def _programmes_under_deals(rows: list[Row]) -> None:
    """"X is supplying 24 Y to Z under a 2019 deal": a present progressive of a delivery told under a deal is that
    deal being carried out (stage ordered, rule ":under-deal"), not a delivery made (as frames/under_way.py)."""
    for r in rows:
        t = r.frame.trigger
        if r.frame.stage != "delivered" or r.frame.cls != "supply" or t.tag_ != "VBG" or not _under_a_deal(t):
            continue
        auxes = [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")]
        if auxes and all(a in PRESENT_BE for a in auxes):
            r.frame = replace(r.frame, stage="ordered", rule=r.frame.rule + ":under-deal")


def _choices_ordered(rows: list[Row]) -> None:
    """A buyer's choice of a system ("Ruritania picks X's Y", "has selected X to supply Y", stage considered) that
    the same document reports ordered from the same supplier's state for the same buyer is the step before that
    order, not a choice still open: it takes the stage `ordered` (rule ":chosen") and folds into the order. An order
    told in the choice's own sentence ("selected X and ordered three") is left to tell it."""
    orders = [r for r in rows if r.frame.stage == "ordered" and r.reading.factuality == "asserted"]
    for r in rows:
        if r.frame.stage != "considered" or not r.frame.rule.startswith(CHOICE_RULES) or \
                r.reading.factuality != "asserted" or _country(r, "supplier") is None:
            continue
        start = r.frame.trigger.sent.start  # "selected X and ordered three": the order is the telling of its own
        if _order_of(r, [o for o in orders if o.frame.trigger.sent.start != start]) is not None:
            r.frame = replace(r.frame, stage="ordered", rule=r.frame.rule + CHOSEN)


EXPECTED = lexicon.word_set("scheduled", "expected_verbs")
AWAITING = lexicon.word_set("scheduled", "awaiting_verbs")


def expected_arrivals(rows: list[Row]) -> list[Row]:
    """"A second batch of 24 X is still awaited", "six more Y are expected next month": materiel awaited is on order
    (the buy class's verbs `expected_verbs`, read only in the passive, with the items as subject: "Ghana expects
    its friends not to" is no order). Such a row of a system the document already reports as ordered for the same
    recipient tells that order's schedule ("the remaining two are expected by May"), not a transfer of its own."""
    orders = [r for r in rows if r.frame.stage == "ordered" and r.reading.factuality == "asserted"
              and not _expected(r)]
    return [r for r in rows if (not _expected(r) or (":passive" in r.frame.rule or _awaits_count(r)) and _order_of(r, orders) is None)
            and not (r.frame.stage != "ordered" and made_deals.schedule_part(r) and _order_of(r, orders) is not None)
            and not made_deals.folded(r, rows)]


def _awaits_count(r: Row) -> bool:
    """"Its navy is awaiting eight X-class submarines": an active verb of waiting ([scheduled] awaiting_verbs) whose
    object is a counted item waits for items on order (not "expects its partners to", no item; not "awaits a decision")."""
    t = r.frame.trigger
    return t.lemma_.lower() in AWAITING and r.item.quantity is not None and r.item.head.dep_ in ("dobj", "obj") and \
        r.item.head.head.i == t.i


def _expected(r: Row) -> bool:
    return r.frame.cls == "buy" and r.frame.trigger.pos_ in ("VERB", "AUX") and \
        r.frame.trigger.lemma_.lower() in EXPECTED

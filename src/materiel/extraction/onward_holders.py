"""Items passed on by the party that received them: "Freedonia bought 24 A from Sylvania in 2009. Ten of those
vehicles were later sold to Ruritania": the second transfer is Freedonia's, not Sylvania's.

A row whose frame names no supplier (none, or one lent by the sentences before, `discourse.fill_from_context`),
whose item points back to items told before ("them", "those A", "the A", "ten of the A"; not "ten more A",
"its first A", "the remaining A" or a bare count, "ordered two", which names the kind), whose recipient is no
person (a middleman's hand in a smuggling chain), and whose latest earlier telling of the same item within a few sentences is
an asserted delivery to another party, takes that party, the holder, as its supplier: a state passing on what it
bought, a ministry reselling to its provinces' police, buyers re-exporting. Not when the row's recipient is of
the holder's own state ("The vehicles were handed to the Freedonian army"), nor when the items were only offered
or ordered before."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import Resolved
from materiel.extraction.mentions.resolved import same_state

ADDITIVE = lexicon.word_set("onward_holders", "additive_words")
DEMONSTRATIVES = lexicon.word_set("onward_holders", "demonstratives")
STAGES = lexicon.word_set("onward_holders", "onward_stages")
PRONOUNS = lexicon.word_set("onward_holders", "pronouns")
PARTY_KINDS = lexicon.word_set("onward_holders", "party_kinds")
WINDOW = 4  # sentences back to the holder's telling
CONFIDENCE = 0.8  # kept of the holder's confidence


def _points_back(r: Row) -> bool:
    """The item names items told before: a pronoun or counted antecedent, a pointing determiner on it or on the
    noun it is counted from ("ten of those"), and no word of other items or a possessor ("its first A")."""
    head = r.item.head
    if head.lower_ in PRONOUNS:
        return True  # "re-exported them"; not a bare count ("ordered two"), which names the kind
    words = [c for c in head.children if c.dep_ in ("det", "amod", "poss", "nummod", "advmod", "compound")]
    if any(c.dep_ == "poss" or c.lower_ in ADDITIVE for c in words):
        return False
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    if dets & DEMONSTRATIVES or _partitive(head):
        return True
    return "the" in dets and r.frame.stage == "delivered"  # "ordered the system": the kind, not held items


def _partitive(head: Token) -> bool:
    """"ten of them", "some of the vehicles": the head hangs on "of" after a count or quantifier."""
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "of" and prep.head.i != prep.i and \
        (prep.head.like_num or prep.head.pos_ in ("NUM", "PRON", "DET")) and head.lower_ not in ADDITIVE


def _same_item(e: Row, r: Row) -> bool:
    ant = r.item.antecedent
    if ant is not None:
        return e.item.span.start < ant.end and ant.start < e.item.span.end
    if r.designation and e.designation:
        return r.designation == e.designation
    return e.item.head.lemma_.lower() == r.item.head.lemma_.lower()


def _holder(earlier: list[Row], r: Row) -> Resolved | None:
    """The recipient of the latest earlier telling of r's item, when that telling is an asserted delivery to a
    party of another state than r's recipient."""
    e = next((e for e in reversed(earlier) if _same_item(e, r)), None)
    if e is None or e.recipient is None or r.recipient is None or e.frame.stage != "delivered" or \
            e.frame.negated or e.reading.factuality != "asserted":
        return None
    if e.recipient.actor.id == r.recipient.actor.id or same_state(e.recipient, r.recipient):
        return None
    if e.supplier is not None and (e.supplier.actor.id == r.recipient.actor.id or same_state(e.supplier, r.recipient)):
        return None  # back to the seller: a misread party rather than a return
    return e.recipient


def _candidate(r: Row) -> bool:
    return not r.frame.roles["supplier"] and (r.supplier is None or r.inherited) and r.recipient is not None and \
        r.recipient.actor.kind not in PARTY_KINDS and r.frame.stage in STAGES and _points_back(r)


def fill(rows: list[Row]) -> None:
    """Give rows passing on held items the holder as supplier (see the module's text)."""
    if not rows:
        return
    index = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)}
    for i, r in enumerate(rows):
        if not _candidate(r):
            continue
        earlier = [e for e in rows[:i] if e.frame is not r.frame and e.item.head.i < r.item.head.i and
                   0 <= index[r.sent.start] - index[e.sent.start] <= WINDOW]
        holder = _holder(earlier, r)
        if holder is None or (r.supplier is not None and r.supplier.actor.id == holder.actor.id):
            continue
        r.supplier, r.inherited = Resolved(holder.actor, holder.confidence * CONFIDENCE, holder.token), True
        r.frame.rule += "" if r.frame.rule.endswith(":onward") else ":onward"

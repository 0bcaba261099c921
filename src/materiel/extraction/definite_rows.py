"""A definite transfer noun with no party of its own ("The package also includes X", "the shipment included
Y", and a bare "Deliveries included Z") takes the parties of the row told just before, unless it names another designated system than that row
("The deal for 24 Su-35 jets" after a row of Mistral ships is a deal of its own; "The deal for the Rafales
was followed by one for two Mistrals" still refers back to the Rafale row). When two signers share that row's one
role ("X and Y signed an arms deal"), the one whose state makes the designated item sells it to the other."""
from __future__ import annotations

from typing import Any

from materiel import lexicon
from materiel.extraction.deal_subjects import PRONOUNS as DEAL_PRONOUNS

DEMONSTRATIVES = lexicon.word_set("shared", "demonstratives")
INCLUDE_VERBS = lexicon.word_set("frames", "include_verbs")
REFERENT_NOUNS = lexicon.word_set("discourse", "referent_nouns")
SERIES_WORDS = lexicon.word_set("series_steps", "modifiers")


def definite_borrow(r: Any, earlier: list[Any]) -> None:
    """Fill, in place, the parties of row r from the last of `earlier` when r's trigger is such a noun."""
    t = r.frame.trigger
    _adopt_stage(r, earlier)
    if not earlier or r.supplier is not None or r.recipient is not None or not (
            _definite(t) or bare_listing(t) or listing_relative(r)):
        return
    e = earlier[-1]
    own = t.doc[t.left_edge.i: t.right_edge.i + 1].text.lower()  # the noun's own phrase
    if r.designation and e.designation and e.designation.lower() not in own:
        return
    if _split_pair(r, e):
        return
    origin = lexicon.load().origin_of(r.designation) if r.designation and not e.designation else None
    if origin and e.supplier is not None and e.supplier.actor.country not in (None, origin):
        return  # "the deal for the A" after a row of another maker's goods: not that row's parties
    r.supplier, r.recipient, r.inherited = e.supplier, e.recipient, True


def _split_pair(r: Any, e: Any) -> bool:
    """"X and Y signed an arms deal. The deal covers A": the two signers of the row before, one role between them;
    the one whose state makes the designated A sells it to the other."""
    pair = e.frame.roles["recipient"] if e.supplier is None else []
    origin = lexicon.load().origin_of(r.designation) if r.designation and len(pair) == 2 else None
    makers = [p for p in pair if origin and p.actor.country == origin]
    if len(makers) != 1:
        return False
    r.supplier, r.recipient, r.inherited = makers[0], next(p for p in pair if p is not makers[0]), True
    return True


def _definite(t: Any) -> bool:
    return bool(t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and
                any(c.lower_ in DEMONSTRATIVES for c in t.children))


def listing_relative(r: Any) -> bool:
    """"Among the items that can no longer be shipped are:" and one line per item: a relative clause on a definite
    noun that took the bulleted lines (`bullet_objects`, rule ":listed") tells what the transfer just before
    covered, and takes its parties."""
    t = r.frame.trigger
    return bool(":listed" in r.frame.rule and t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN") and
                any(c.dep_ == "det" and (c.lower_ == "the" or c.lower_ in DEMONSTRATIVES) for c in t.head.children))


def bare_listing(t: Any) -> bool:
    """"Deliveries included 18 A and 40 B": a bare plural transfer noun, the subject of an include verb, lists
    what the transfer told just before comprised; so does "It" taken up as the deal just told ("signed a deal.
    It covers 18 A", extraction/deal_subjects.py)."""
    return bool(t.pos_ == "NOUN" and (t.tag_ == "NNS" or t.lower_ in DEAL_PRONOUNS) and t.dep_ == "nsubj" and
                not list(t.children) and t.head.lemma_.lower() in INCLUDE_VERBS)


def series_step(t: Any) -> bool:
    """"A fourth consignment, with two Mi-8 helicopters, is expected in May", "another batch of rifles arrived":
    a transfer noun marked as the next step of a series of deliveries (`series_steps`: "another", "a fourth"; not "first", which
    may rank it among all) tells one of
    the document's transfers, not a noun standing alone."""
    return bool(t.pos_ == "NOUN" and any(c.dep_ in ("amod", "det", "nummod") and (
        c.lower_ in SERIES_WORDS) for c in t.children))


def _adopt_stage(r: Any, earlier: list[Any]) -> None:
    """"Peru signed a deal to buy 12 used jets ... The package includes X": a definite noun that names whatever was
    told just before (`referent_nouns`) is that transfer, ordered or delivered, not an offer of its own."""
    t = r.frame.trigger
    if not earlier or t.lemma_.lower() not in REFERENT_NOUNS or r.frame.stage != "offered" or \
            not any(c.dep_ == "det" and (c.lower_ == "the" or c.lower_ in DEMONSTRATIVES) for c in t.children):
        return
    for e in reversed(earlier[-LOOKBACK:]):  # the deal told last, past its scheduled arrivals ("due to arrive")
        if r.recipient is not None and e.recipient is not None and r.recipient.actor.id != e.recipient.actor.id:
            return
        if e.frame.cls in ARRIVALS and e.frame.stage == "offered":
            continue  # "The first six are due to arrive in 2023": the deal's schedule, not an offer
        if e.frame.stage in ("ordered", "delivered"):
            r.frame.stage = e.frame.stage
        return  # "... announced a new package of X. The package includes Y": that offer


LOOKBACK = 3
ARRIVALS = ("arrive",)


def held_on_order(t: Any) -> bool:
    """"The last 11 of the 25 jets on order come in June": the noun "order" of an "on" phrase holds the items
    it hangs on (frames/on_order.py), an order of its own whose parties come from the text before."""
    return t.lower_ == "order" and t.dep_ == "pobj" and t.head.lower_ == "on" and not any(c.dep_ == "det" for c in t.children)

"""Civilian goods told by their source or by a civil compound: no materiel rows.

- A retail trader as the source: the row's supplier mention is, or modifies, a dealer noun ("from a Brand-X
  dealer in Town", "from a Town dealer", "bought from the local dealership"), no arms word marks the dealer
  ("an arms dealer", "gun dealers" trade weapons and stay), and the item is an unnamed vehicle or kit with no
  armed modifier of its own (a retailer sells cars, not rifles).
- A retail trader named as the source of the item itself, by a participle on it ("nine new Brand-X pick-ups, bought
  from a dealer in Town", "a dozen squad cars bought through a local dealership"): whatever supplier the row got
  (a maker's state read from a car make's name), the goods came over the counter; a vehicle or kit of a retail
  category, even with a designation, with no armed modifier, and from a dealer with no arms word, is no row.
- A civil compound in the item's own words ("two Brand-X 100 air ambulances", "three fire engines"), even with
  a maker's designation, no armed modifier ("armoured ambulances" stay) and a taker that is no military body
  (an air force's or navy's air ambulances may be medical-evacuation helicopters, and stay).

Word lists: words.toml [retail_sources], [civil_goods] armed_modifiers."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row

DEALERS = lexicon.word_set("retail_sources", "dealer_nouns")
ARMS = lexicon.word_set("retail_sources", "arms_words")
CATEGORIES = lexicon.word_set("retail_sources", "retail_categories")
COMPOUNDS = lexicon.word_set("retail_sources", "civil_compounds")
ARMED = lexicon.word_set("civil_goods", "armed_modifiers")
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "npadvmod")


def _dealer(tok: Token) -> Token | None:
    """The dealer noun the supplier's token is or modifies ("a Brand-X dealer": Brand-X -> dealer)."""
    if tok.lower_ in DEALERS:
        return tok
    head = tok.head
    for _ in range(2):  # "a Town car dealer": Town -> car -> dealer
        if tok.dep_ not in MODIFIER_DEPS or head.i == tok.i:
            return None
        if head.lower_ in DEALERS:
            return head
        tok, head = head, head.head
    return None


def _own_words(r: Row) -> list[str]:
    return civil.item_words(r).lower().replace("-", " ").split()


def retail_source(r: Row) -> bool:
    """The supplier is a dealer with no arms word, and the item an unnamed vehicle or kit without armed words."""
    if r.supplier is None or r.designation or r.item.designation:
        return False
    category = r.category or r.item.category
    if category and category not in CATEGORIES:
        return False
    dealer = _dealer(r.supplier.token)
    if dealer is None:
        return False
    marks = [t.lower_ for t in dealer.subtree if t.i != dealer.i and t.i < dealer.i] + [dealer.lower_]
    if any(w.replace("-", " ") in ARMS or w in ARMS for w in marks):
        return False
    return not any(w in ARMED for w in _own_words(r))


def _participle_dealer(head: Token, trigger: Token) -> Token | None:
    """A dealer named by "from" under a participle on the item's head ("pick-ups, bought from a dealer"), or on the
    row's verb after the item, by a parse slip ("received 20 trucks, purchased from a dealer in Town")."""
    told = [c for c in head.children if c.dep_ == "acl"]
    told += [c for c in trigger.children if c.dep_ == "advcl" and c.i > head.i and trigger.i < head.i]
    for acl in told:
        if acl.tag_ != "VBN" or any(c.dep_.startswith("nsubj") for c in acl.children):
            continue
        for prep in acl.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                dealer = next((_dealer(g) for g in prep.children if g.dep_ == "pobj"), None)
                if dealer is not None:
                    return dealer
    return None


def dealer_bought(r: Row) -> bool:
    """The item is told bought from a dealer with no arms word, and is a vehicle or kit with no armed words, named
    or not (see the module)."""
    category = r.category or r.item.category
    if category and category not in CATEGORIES:
        return False
    dealer = _participle_dealer(r.item.head, r.frame.trigger)
    if dealer is None:
        return False
    marks = [t.lower_ for t in dealer.subtree if t.i < dealer.i] + [dealer.lower_]
    if any(w.replace("-", " ") in ARMS or w in ARMS for w in marks):
        return False
    return not any(w in ARMED for w in _own_words(r))


def civil_compound(r: Row) -> bool:
    """A civil compound ("air ambulances") in the item's own words, with no armed modifier there, for a taker
    that is no military body (an air force's air ambulances may be its medical-evacuation helicopters)."""
    words = _own_words(r)
    if any(w in ARMED for w in words) or (r.recipient is not None and civil.military_party(r.recipient)):
        return False
    pairs = {" ".join(words[i:i + 2]) for i in range(len(words) - 1)}
    return bool(pairs & COMPOUNDS)


__all__ = ["civil_compound", "dealer_bought", "retail_source"]

"""A request whose "for" phrase names what is solicited rather than the goods: "wanted from us a quotation for 18
howitzers", "issued a request for proposals for 24 trainers", "sought bids for six patrol boats", and a request
"about" goods ("Lima asked Oslo about two older minesweepers"). The goods are the items of the carrier
noun's own "for", "of" or "on" phrase (or of "about"), and the frame keeps its stage: the buyer requests them.
The carrier nouns and prepositions are data (words.toml [solicited])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame

CARRIERS = lexicon.word_set("solicited", "carriers")
ITEM_PREPS = lexicon.word_set("solicited", "item_preps")
ABOUT_PREPS = lexicon.word_set("solicited", "about_preps")


def _objects(t: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of t's prepositions among preps."""
    return [o for p in t.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ in ("pobj", "pcomp")]


def _partitive(o: Token) -> Token:
    """"one of the retiring corvettes": the corvettes."""
    if o.lower_ in ("one", "some", "any", "several", "two", "three", "part", "more") or o.pos_ == "NUM":
        inner = _objects(o, frozenset({"of"}))
        if inner:
            return inner[0]
    return o


def _goods(finder: FinderState, f: Frame) -> list[Token]:
    """The heads of the solicited goods of the request f, or []."""
    out: list[Token] = []
    for carrier in _objects(f.trigger, frozenset({"for"})):
        if carrier.lemma_.lower() in CARRIERS or carrier.lower_ in CARRIERS:
            found = [_partitive(o) for o in _objects(carrier, ITEM_PREPS)]
            if not found and not out:  # "a request for proposals last spring for 24 trainers": the "for" hung on the request
                found = [_partitive(o) for o in _objects(f.trigger, frozenset({"for"})) if o.i != carrier.i]
            out += [o for o in found if finder.items.is_materiel(o) or _named_goods(finder, o)]
    if f.trigger.pos_ in ("VERB", "AUX"):
        out += [o for o in (_partitive(o) for o in _objects(f.trigger, ABOUT_PREPS)) if finder.items.is_materiel(o)]
    return out


def _named_goods(finder: FinderState, o: Token) -> bool:
    """"a price for one C-9 transport", "a quote for two K-5 fighters": a named system before a head noun the
    gazetteer does not take alone (a word with a civil sense too) names goods all the same."""
    return any(m.designation for m in finder.items.items(o))


def read_solicited(finder: FinderState, frames: list[Frame]) -> None:
    """Give a request frame with no item the goods of its solicited carrier noun or of its "about" phrase."""
    for f in frames:
        if f.items or f.stage != "requested" or f.cls != "request":
            continue
        for g in _goods(finder, f):
            f.items.extend(finder.items.items(g))

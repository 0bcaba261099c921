"""A count standing for the item of the clause before: "delivered 24 K9 howitzers to Norway and 18 to Estonia",
"sold 12 jets to Chile and eight to Peru". The parser makes the bare number a conjunct of the verb (or of the first
party) with the second phrase under it; it is a transfer of its own of the same item, with that count and that phrase's party.
So is a count the parser makes a second object after "and" ("and six more from Y").
A follow-on count with no party of its own ("received five Osprey-4 helicopters in 2011 and two more in 2016", "and
another six in May") is a transfer of its own between the same parties."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel.extraction.mentions.counts import FOLLOW_ON_WORDS, MORE_WORDS
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.quantities import parse_quantity

PARTY_PREPS = frozenset({"to", "for", "from"})
GAP_DEPS = ("conj", "appos", "npadvmod")  # "..., 15 from Y and ten from Z"
SOURCE_PREPS = frozenset({"from"})


def counted_conjuncts(v: Token, items: list[ItemMention]) -> list[tuple[ItemMention, list[Token]]]:
    """The bare counts conjoined to verb v, each with the item it repeats (the verb's one counted item, at the new
    count) and its own phrases: those under it, or the verb's phrase right after it ("and eight to Peru" with "to
    Peru" hung on the verb); [] when the verb has several items or none with a count."""
    if len(items) != 1 or items[0].quantity is None:
        return []
    out = []
    under = [x for p in v.children if p.dep_ in ("dative", "prep")  # "to Morocco and twelve to Lithuania",
             for o in p.children if o.dep_ == "pobj" for x in o.children]  # "from X in 2009 and three from Y"
    under += [x for c in under if c.dep_ in GAP_DEPS and c.pos_ == "NUM" for x in c.children if x.dep_ == "conj"]
    under += [x for x in items[0].head.children if x.dep_ == "conj" and x.pos_ == "NUM"]  # "A from X and six from Y"
    for c in [*v.children, *under]:  # "from X, four from Y and two from Z": the parser's appositions
        n = parse_quantity(c.text) if c.i > items[0].head.i and c.pos_ == "NUM" and c.ent_type_ != "DATE" and (
            c.dep_ == "conj" and c.head.i == v.i or c.dep_ in GAP_DEPS and _party_phrase(c, c.dep_ == "npadvmod")
            or _second_object(c, v)) \
            else None  # "in 2009 and 2010": years, no counts
        own = [p for p in c.children if p.dep_ == "prep" and p.lower_ in PARTY_PREPS] or \
            [p for p in v.children if p.dep_ == "prep" and p.lower_ in PARTY_PREPS and p.i == c.i + 1]
        if n is not None and (own or c in v.children and _follow_on(c)):
            out.append((replace(items[0], quantity=n, quantity_text=c.text, whole=None, shares=None), own))
    return out


def _second_object(c: Token, v: Token) -> bool:
    """A bare count the parser makes a second object of the verb after "and" ("bought eight A from X and six more
    from Y"), or a conjunct of the item ("eight A from X and six from Y")."""
    if c.dep_ == "conj" and c.head.i != v.i:  # a conjunct of the item, kept only with its own party's phrase
        return c.head.pos_ in ("NOUN", "PROPN")
    return c.dep_ == "dobj" and c.head.i == v.i and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].pos_ == "CCONJ"


def _follow_on(c: Token) -> bool:
    """"three more", "another six", "a further 12": a count marked as added to the one before."""
    return any(x.dep_ in ("amod", "advmod", "det") and x.lower_ in MORE_WORDS | FOLLOW_ON_WORDS for x in c.children)


def _party_phrase(c: Token, source_only: bool) -> bool:
    """A count hung under another phrase stands for a transfer only with its own party's phrase ("three from Y");
    a count the parser reads as an adverb of the verb ("..., 15 from Y and ten from Z") only with its source's."""
    preps = SOURCE_PREPS if source_only else PARTY_PREPS
    return any(p.dep_ == "prep" and p.lower_ in preps for p in c.children) or \
        c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in preps

"""A state body told by its portfolio alone ("the Ministry of Defence", "the Ministry of Foreign Affairs",
"the Ministry of National Defence"): the "of" phrase names a field of government, not a state, so the body is
as bare as "the ministry" and belongs to the state a bare body belongs to (mentions/bare_bodies.py: the same
body named with its state earlier, else the text's topic state). A portfolio phrase naming a place or a
people ("the Ministry of Defence of Estonia", "the Ministry of the Interior of Chad") is no portfolio: it names
its state; nor is one outside the fields of arms and their trade ("the Ministry of Health"). Only the heads of
words.toml [portfolio_bodies] `heads` take a portfolio, and only one with a word of its `fields`. An earlier
mention of the same body with its state is the same body only with the same portfolio."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

HEADS = lexicon.word_set("portfolio_bodies", "heads")
FIELDS = lexicon.word_set("portfolio_bodies", "fields")
NATIONAL_FIRSTS = lexicon.word_set("national_bodies", "firsts")
NATIONAL_HEADS = lexicon.word_set("national_bodies", "heads")
NAMING_ENTS = ("GPE", "NORP", "LOC", "PERSON", "FAC")
UNPLACED = 0.45  # a body whose state is not told: as sure as any unlisted name


def _names(tok: Token) -> bool:
    """tok is in a recognised name (a state, a people, an organisation) or a tagger's place or person."""
    return tok.ent_type_ in NAMING_ENTS or tok.pos_ == "PRON" or \
        any(s.start <= tok.i < s.end for s in tok.doc.spans.get("actors", []))


def is_portfolio(head: Token, prep: Token) -> bool:
    """prep is the "of" of a portfolio ("the Ministry [of Defence]") after a body head that takes one."""
    if head.lemma_.lower() not in HEADS or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    words = [t for o in objs for t in o.subtree]
    return bool(objs) and any(t.lower_ in FIELDS for t in words) and not any(_names(t) for t in words)


def portfolio_text(head: Token) -> str | None:
    """The portfolio words of a body head ("defence" of "the Ministry of Defence"), or None when it has none."""
    for c in head.children:
        if is_portfolio(head, c):
            return " ".join(t.lower_ for t in c.subtree if t.i > c.i)
    return None


def field(tok: Token) -> str:
    """The field a body head is named for: its portfolio ("of National Defence") or the words before it
    ("national defence ministry"), so "the Ministry of Defence" and "Chile's defence ministry" agree."""
    return portfolio_text(tok) or " ".join(t.lower_ for t in tok.lefts if t.dep_ in ("compound", "amod"))


def same_field(tok: Token, earlier: Token) -> bool:
    """earlier may be the same body as tok: tok has no portfolio, or earlier is named for the same field."""
    return portfolio_text(tok) is None or field(tok) == field(earlier)


def national(tok: Token) -> bool:
    """A state's own body named without its state ("the National Arms Control Committee (NAC)", "the Federal Office
    for Export Control"): "the", a first word of [national_bodies] `firsts`, a head of its `heads`, no word naming a
    place or people (not "the Ruritanian National Council", "the National Council of Tarnia") and no possessor; an
    acronym in apposition is its own short name."""
    lefts = [t for t in tok.lefts if t.dep_ == "compound"]
    if tok.pos_ != "PROPN" or tok.lemma_.lower() not in NATIONAL_HEADS or not lefts or \
            lefts[0].lower_ not in NATIONAL_FIRSTS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if any(c.dep_ in ("amod", "nmod", "poss") or c.dep_ == "appos" and not c.text.isupper() for c in tok.children):
        return False
    return not any(_names(t) for t in tok.subtree if t.i != tok.i and t not in lefts and t.dep_ != "appos") and \
        not any(t.ent_type_ in ("GPE", "NORP") for t in lefts)


def as_named(tok: Token) -> Resolved | None:
    """A portfolio body (or a national one: `national`) whose state no one tells, as its own name (not the state of
    the nearest clause); None for any other body."""
    if portfolio_text(tok) is None and not national(tok):
        return None
    text = " ".join(t.text for t in tok.subtree)
    return Resolved(Actor(id=lexicon.slug(text), name=text, kind="other", country=None, text=text), UNPLACED, tok)


def placed(tok: Token) -> bool:
    """A place phrase naming a place by a proper noun ("in Bamako", "at Kabul") on the body's clause, up to its verb ("delivered
    rifles to the Ministry of Defence in Bamako", "on behalf of the Ministry of Defence in Accra"): the place
    tells the body's state, as the readers after the resolver take it."""
    for a in [tok, *tok.ancestors]:
        if any(c.dep_ == "prep" and c.lower_ in ("in", "at") and
               any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in a.children):
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False

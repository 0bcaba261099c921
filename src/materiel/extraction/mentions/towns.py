"""A town told as the place a delivery left or was made: "mortars, which were sent from X", "From X, the rifles
were flown to Y", "trucks shipped from the port of X", "boats built in X". The tagger often takes a small town for a
firm, and a town under [cities]' size is no place of `lexicon/cities.py`'s main index; in these slots the name is the
place, and its state (`cities.town_state_of`, any GeoNames place of [towns] sizes) is the party. A name resolved to
a known actor (a firm named after its town) is left as it is. Words: [towns] in words.toml."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.mentions.city_states import PLACE_HEADS
from materiel.extraction.mentions.resolved import Resolved
from materiel.lexicon import cities
from materiel.record.models import Actor

CONFIDENCE = 0.5
NAME_TYPES = ("GPE", "LOC", "ORG", "FAC", "PERSON", "NORP")
LEAVING_PREPS = lexicon.word_set("towns", "leaving_preps")
LEAVING_VERBS = lexicon.word_set("towns", "leaving_verbs")
MADE_PREPS = lexicon.word_set("towns", "made_preps")
MADE_VERBS = lexicon.word_set("towns", "made_verbs")


def _name(tok: Token) -> str | None:
    """The name tok heads: the tagger's entity of a type of names, or the proper noun alone."""
    ent: Span | None = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return tok.text if tok.pos_ == "PROPN" and tok.text[:1].isupper() else None
    if ent.label_ not in NAME_TYPES:
        return None
    return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text


def _named_place(tok: Token) -> Token | None:
    """The name of a town tok is or heads ("the port of X": X)."""
    if tok.pos_ == "PROPN":
        return tok
    if tok.lemma_.lower() not in PLACE_HEADS:
        return None
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)


def _place_slot(tok: Token) -> bool:
    """tok is the object of "from" on a verb of leaving, or of "in"/"at" on a verb of making, directly or through
    "the port of"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_HEADS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "from the port of X"
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma, low = verb.lemma_.lower(), verb.lower_
    if prep.lower_ in LEAVING_PREPS:
        return lemma in LEAVING_VERBS or low in LEAVING_VERBS
    return prep.lower_ in MADE_PREPS and (lemma in MADE_VERBS or low in MADE_VERBS)


def town_party(tok: Token, found: Resolved | None) -> Resolved | None:
    """The state of the town tok names in a slot of place (see the module), or None (and for a known actor)."""
    if found is not None and (found.actor.kind not in ("other", "person") or found.actor.country):
        return None
    place = _named_place(tok)
    name = _name(place) if place is not None and _place_slot(tok) else None
    if name is None:
        return None
    iso3 = cities.state_of(name) or cities.town_state_of(name)
    country = lexicon.load().countries.get(iso3) if iso3 else None
    if country is None:
        return None
    actor = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3, text=name)
    return Resolved(actor, CONFIDENCE, tok)

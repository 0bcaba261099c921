"""A city or port that is no capital, told as a place a delivery goes to or comes from ("arrived in X", "bound for
X", "shipped from X"): the state it lies in (`lexicon/cities.py`), as a party of lower confidence. Not a city told
as a waypoint ("X, from where ...", a port where a cargo waits: `places.waypoint`), nor one inside another name.
So too a city the tagger takes for a firm or a person ("then a shipment from X", X an ORG): told in a place's
phrase, with a city's name and no listed actor's, it is the same place (`misread_city`)."""
from __future__ import annotations

from spacy.tokens import Span

from materiel import lexicon
from materiel.extraction.mentions import places
from materiel.extraction.mentions.resolved import Resolved
from materiel.lexicon import cities
from materiel.record.models import Actor

CONFIDENCE = 0.5
PLACE_LABELS = ("GPE", "LOC")
MISREAD_LABELS = ("ORG", "PERSON")
PLACE_HEADS = lexicon.word_set("cities", "place_heads")  # "the port of X", "the city of X"


def misread_city(ent: Span, lex: lexicon.Lexicon) -> Resolved | None:
    """The state of a city the tagger took for a firm or a person (ORG, PERSON), told in a place's phrase: not one
    that places a named site ("the X Air Base in Y": the base is no party)."""
    if ent.label_ not in MISREAD_LABELS or ent.root.head.head.pos_ == "PROPN":
        return None
    return city_state(ent, lex, MISREAD_LABELS)


def city_state(ent: Span, lex: lexicon.Lexicon, labels: tuple[str, ...] = PLACE_LABELS) -> Resolved | None:
    """The state of the city `ent` names (see the module's text), or None."""
    root = ent.root
    if ent.label_ not in labels or root.dep_ != "pobj" or places.waypoint(ent):
        return None
    prep = root.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() not in PLACE_HEADS:
        return None  # "the mayor of X", "the people of X": no place a delivery goes to
    name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    iso3 = cities.state_of(name)
    country = lex.countries.get(iso3) if iso3 else None
    if country is None:
        return None
    actor = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3, text=ent.text)
    return Resolved(actor, CONFIDENCE, root)

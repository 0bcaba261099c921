"""A state's party told by its seat or its allegiance, whose parse loses the state. In "supplied the regime in
Ruritopol with six jets" the small English model hangs "in Ruritopol" on the verb, so "the regime" names no state;
in "troops loyal to the government in Ruritopol received six jets" the state sits under an adjective the resolver
does not follow. The spaCy component ``materiel_party_phrases`` (after the parser) hangs the capital's "in" on the
noun of government just before it, and makes the object of "loyal to" a modifier of the force noun (whose state
the resolver reads from its modifiers). Words: [party_phrases] in words.toml."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

SEAT_NOUNS = lexicon.word_set("party_phrases", "seat_nouns")
LOYAL = lexicon.word_set("party_phrases", "loyal_words")
FORCES = lexicon.word_set("party_phrases", "force_nouns")


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(c for k in lexicon.load().countries.values() for c in k.capitals)


def _capital_phrase(prep: Token) -> Token | None:
    """The noun of government just before an "in CAPITAL" the parser hung elsewhere."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i == 0:
        return None
    noun = prep.doc[prep.i - 1]
    if noun.lower_ not in SEAT_NOUNS or noun.pos_ != "NOUN" or prep.head.i == noun.i:
        return None
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].i != prep.i + 1 and objs[0].left_edge.i != prep.i + 1:
        return None
    place = prep.doc[objs[0].left_edge.i:objs[0].i + 1].text
    return noun if place in _capitals() else None


def _loyal_object(adj: Token) -> Token | None:
    """The object of "loyal to" under a force noun ("troops loyal to the government in X": "government")."""
    if adj.lower_ not in LOYAL or adj.dep_ != "amod" or adj.head.lower_ not in FORCES or adj.head.i > adj.i:
        return None
    for prep in adj.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            return objs[0] if objs else None
    return None


@Language.component("materiel_party_phrases")
def party_phrases(doc: Doc) -> Doc:
    for tok in doc:
        noun = _capital_phrase(tok) if tok.lower_ == "in" else None
        if noun is not None:
            tok.head = noun
            continue
        obj = _loyal_object(tok) if tok.lower_ in LOYAL else None
        if obj is not None and not any(c.dep_ == "poss" or c.dep_ == "amod" and c.ent_type_ == "NORP"
                                       for c in tok.head.children):
            obj.head, obj.dep_ = tok.head, "nmod"
    return doc

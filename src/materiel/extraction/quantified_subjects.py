"""A transfer told of no party, only of a class of them under "no": "no country has sent jets to Ruritania",
"no neighbouring state has armed the rebels", "no government is believed to have supplied the rebels", "none of
the states has shipped shells", "neither government supplied rifles", "no state that buys the drones".

The subject of the transfer verb (or of the verb it is the infinitive or conjunct of, or the noun it is a
relative clause of) is a party-class noun ([quantified_subjects] party_nouns: "country", "state", "government")
determined by a negative quantifier ([quantified_subjects] quantifiers: "no", "neither"), or the pronoun "none"
of such a noun: the verb tells of no supplier or buyer at all, so the row is no row; a party lent by another
sentence ("Chad" from the sentence before) would make it a false one. "Any" is not such a quantifier: "no
evidence that any state supplied the group" keeps its row with no supplier (its negation is read elsewhere).
"Chad has armed the rebels", "no Ruritanian rifles reached the rebels" (the quantifier is on the item) and
"Ruritania has sold arms to no country" (an object, any_groups.py) stay as they were. Word lists: words.toml [quantified_subjects]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

PARTY_NOUNS = lexicon.word_set("quantified_subjects", "party_nouns")
QUANTIFIERS = lexicon.word_set("quantified_subjects", "quantifiers")
SUBJECTS = ("nsubj", "nsubjpass")
CLIMB = ("xcomp", "conj", "ccomp")  # "is said to have sold", "has made or sold"
DEPTH = 3


def _class_noun(tok: Token) -> bool:
    """"no country", "no neighbouring state", "neither government", "none of the states"."""
    if tok.lower_ == "none":
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(_party(o) for o in p.children if o.dep_ == "pobj")
                   for p in tok.children)
    return _party(tok) and any(d.dep_ == "det" and d.lower_ in QUANTIFIERS for d in tok.children)


def _party(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in PARTY_NOUNS or tok.lemma_.lower() in PARTY_NOUNS)


def quantified_subject(r: Row) -> bool:
    """The row's verb has a class of parties under "no" for its subject (see the module)."""
    tok = r.frame.trigger
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(DEPTH):
        subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
        if subjects:
            return any(_class_noun(s) for s in subjects)
        if tok.dep_ == "relcl":
            return _class_noun(tok.head)  # "no country that buys the drones"
        if tok.dep_ not in CLIMB or tok.head is tok:
            return False
        tok = tok.head
    return False


__all__ = ["quantified_subject"]

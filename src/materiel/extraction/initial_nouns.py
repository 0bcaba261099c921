"""A transfer noun that opens a sentence, read as a name: in "Exports of Korvel-3 radars to X were frozen by Y" the
small English model tags the capitalised "Exports" a proper noun with the lemma "Exports", and no frame reads it.
The spaCy component ``materiel_initial_nouns`` (after the parser) mends such a word: the first word of a sentence,
capitalised and tagged PROPN, outside any named entity, whose lower-case form or singular is a transfer noun of
`predicates.toml` and which an "of" or "to" phrase follows, becomes a common noun with that lemma."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

FOLLOWERS = lexicon.word_set("initial_nouns", "following_preps")


@lru_cache(maxsize=1)
def transfer_nouns() -> frozenset[str]:
    """The one-word nouns of the predicate classes ("export", "sale", "delivery")."""
    return frozenset(n for spec in lexicon.toml("predicates.toml")["classes"].values()
                     for n in spec.get("nouns", []) if " " not in n)


def lemma_of(t: Token) -> str | None:
    """The transfer noun t stands for, or None: "Exports" -> "export", "Deliveries" -> "delivery"."""
    low, nouns = t.lower_, transfer_nouns()
    for cand in (low, low[:-1] if low.endswith("s") else "", low[:-3] + "y" if low.endswith("ies") else ""):
        if cand and cand in nouns:
            return cand
    return None


def _opens(t: Token) -> bool:
    return t.is_sent_start or t.i == 0 or t.doc[t.i - 1].is_space


@Language.component("materiel_initial_nouns")
def mend(doc: Doc) -> Doc:
    for t in doc:
        if t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper() or t.text.isupper() or not _opens(t) or \
                t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in FOLLOWERS:
            continue
        lemma = lemma_of(t)
        if lemma is not None:
            t.pos_, t.tag_, t.lemma_ = "NOUN", "NN" if t.lower_ == lemma else "NNS", lemma
    return doc

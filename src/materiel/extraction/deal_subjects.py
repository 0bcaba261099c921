"""A pronoun that opens a sentence and takes up the deal of the one before: "Ruritania signed a deal with Borduria
on Monday. It covers six ZX-4 jets." "The deal covers six ZX-4 jets" is read as the deal's contents (the noun
frame of frames/nouns.py over an include verb); "It" names no deal, so the jets lost their row. The spaCy
component ``materiel_deal_subjects`` (after the parser) gives such a pronoun the lemma and tag of the deal noun it
stands for, when it is the subject of an include verb (`frames.include_verbs`) with a counted object and the
sentence before has a deal noun (the nouns of extraction/deal_noun_of.py) as an argument of its verb.
Pronouns: `deal_subjects.pronouns` in words.toml."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.deal_noun_of import DEAL_NOUNS

PRONOUNS = lexicon.word_set("deal_subjects", "pronouns")
GIFT_NOUNS = lexicon.word_set("deal_subjects", "gift_nouns")  # "handed over a donation to X. It includes A"
INCLUDE = lexicon.word_set("frames", "include_verbs")
ARGUMENTS = ("dobj", "obj", "nsubj", "nsubjpass", "pobj")


def _counted(v: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") and any(n.dep_ == "nummod" for n in c.children) for c in v.children)


def antecedent(p: Token) -> Token | None:
    """The deal noun of the sentence before that the opening pronoun p stands for."""
    if p.lower_ not in PRONOUNS or p.dep_ != "nsubj" or p.i != p.sent.start or p.i == 0:
        return None
    v = p.head
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in INCLUDE or not _counted(v):
        return None
    before = p.doc[p.i - 1].sent
    deals = [t for t in before if t.pos_ == "NOUN" and t.lemma_.lower() in DEAL_NOUNS | GIFT_NOUNS and t.dep_ in ARGUMENTS]
    return deals[-1] if deals else None


@Language.component("materiel_deal_subjects")
def deal_subjects(doc: Doc) -> Doc:
    for p in doc:
        deal = antecedent(p)
        if deal is not None:
            p.lemma_, p.pos_, p.tag_ = deal.lemma_, "NOUN", "NN"
    return doc

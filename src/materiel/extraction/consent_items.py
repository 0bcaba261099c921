"""Goods a third party's consent is needed for are the condition of a deal, not a transfer: no row.

"Ruritania asked Italy in 2019 to sell it ten A jets, a deal that required French consent for the French-built
engines" tells one transfer (A jets, Italy to Ruritania); the engines are what the consent would cover, and the
consenting state supplies nothing here. So a row whose item lies in the "for" phrase of a noun of consent ([consent_items]
consent_nouns) is dropped when that noun is

- the object of a verb of requiring ([consent_items] requiring_verbs: "needed US approval for", "requires German
  consent for", "still awaits clearance for"), or
- the object of a verb of getting it that is negated or failed ([consent_items] getting_verbs, failing_verbs:
  "could not get Spanish consent for the gearboxes", "failed to secure permission for the radars").

A row read off the consent phrase itself ("needed ... for X" read as a request, "approval for X" as an offer, "X-supplied"
as a delivery) goes; a verb of its own on the item ("the missiles it wanted to buy from Y") keeps its row. "Freedonia won Swiss consent for 20 missiles" (consent got) and "the Ruritanian export office approved
the sale of X" (an approval frame) are left alone, as is the deal whose condition the consent is.

Word lists: words.toml [consent_items]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.modality import negated

CONSENT_NOUNS = lexicon.word_set("consent_items", "consent_nouns")
REQUIRING = lexicon.word_set("consent_items", "requiring_verbs")
GETTING = lexicon.word_set("consent_items", "getting_verbs")
FAILING = lexicon.word_set("consent_items", "failing_verbs")
OBJECT_DEPS = ("dobj", "obj")


def _consent_over(t: Token) -> Token | None:
    """The consent noun whose "for" phrase holds t (through conjuncts and compounds), or None."""
    node = t
    while node.dep_ in ("conj", "compound", "amod", "appos", "nmod") and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "for" or prep.head.i == prep.i:
        return None
    noun = prep.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in CONSENT_NOUNS else None


def _failed(verb: Token) -> bool:
    """"could not obtain", "never got", "failed to secure": the getting did not happen."""
    if negated(verb) or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    host = verb.head
    return verb.dep_ == "xcomp" and host.lemma_.lower() in FAILING


def conditional_consent(noun: Token) -> bool:
    """The consent noun is needed, or not got, by its verb (module docstring)."""
    if noun.dep_ not in OBJECT_DEPS:
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    return lemma in REQUIRING or lemma in GETTING and _failed(verb)


def consent_item(r: Row) -> bool:
    """The row's item is what a needed or unobtained consent would cover, and the row was read off the consent
    phrase itself: its verb, its noun, or a word of the item ("X-supplied"); a verb of its own on the item ("the
    missiles it wanted to buy from Y") tells its own step (module docstring)."""
    noun = _consent_over(r.item.head)
    if noun is None or not conditional_consent(noun):
        return False
    t = r.frame.trigger
    return t.i in (noun.i, noun.head.i) or r.item.span.start <= t.i < r.item.span.end

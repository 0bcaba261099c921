"""Who a clause of a sanctions notice or an expert report is about, where the parse gives a common noun or a
pronoun:

- a relative clause on a firm noun that describes a named party ("X is a Y-based company that shipped Z to W",
  "X, a trading firm that supplied Z", "X is one of the firms that sold Z"): the clause's subject is X, not the
  noun "company" (`entity_nouns` of [described_parties] in words.toml);
- a gerund under a role noun in the reason of a designation ("the office designated X for its role in supplying
  Y with Z", "sanctioned X over its part in delivering Z"): the gerund's subject is the one designated (the
  verb's object, or its passive subject), never the designating body that the pronoun might reach
  (`reason_preps` of [described_parties]; the verbs are `object_of_gerund` of [governors])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

ENTITY_NOUNS = lexicon.word_set("described_parties", "entity_nouns")
REASON_PREPS = lexicon.word_set("described_parties", "reason_preps")
DESIGNATING = lexicon.word_set("governors", "object_of_gerund")
NAMING = ("PROPN", "PRON")


def described_entity(noun: Token) -> Token | None:
    """The named party a firm noun with a relative clause describes, or None."""
    if noun.lemma_.lower() not in ENTITY_NOUNS and noun.lower_ not in ENTITY_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "X is one of the firms that": "one" stands where the noun would
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head  # "X, a trading firm that supplied Z"
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in NAMING]
        return subjects[0] if subjects else None
    return None


def designated_owner(role: Token) -> list[Token]:
    """[the one designated] for a role noun with a pronoun owner in a designation's reason, else []."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in role.children):
        return []
    if role.dep_ != "pobj" or role.head.lower_ not in REASON_PREPS:
        return []
    verb = role.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in DESIGNATING:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")][:1]


def designated_subject(gerund: Token) -> list[Token]:
    """[the one designated] that is the subject of a designation's gerund ("designated two firms for supplying Z",
    "designated three entities for their role in supplying Z"), else []."""
    if gerund.dep_ != "pcomp" or gerund.head.dep_ != "prep":
        return []
    gov = gerund.head.head
    if gov.pos_ in ("NOUN", "PROPN"):
        return designated_owner(gov)
    if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in DESIGNATING:
        return [c for c in gov.children if c.dep_ in ("dobj", "obj")][:1]
    return []

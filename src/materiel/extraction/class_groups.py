"""A denial addressed to a whole class of recipients, and a name told as one of a class of groups
(any_groups.py uses both).

- The class: a quantifier on a noun of organisations ("never gave a rifle to any Ruritanian organisation"), or a
  quantified pronoun of people ("has not sent arms to anyone in Borduria", "nobody among the rebels",
  "no one in the region"); the denial answers the charge told before, whose recipient the gold register names.
- A name told as a group by its own sentence, whatever the gazetteer takes it for: in apposition to a group noun
  ("<Name>, a group that X lists as terrorist"), or after "including"/"such as"/"like" on a group noun ("armed
  groups, including the <Name>"). Such a name is an armed group of the class the denial covers.
- A name told by its members or formation ("the guerrillas of the <Name>", "the <Name> coalition"): a group the
  text is about, taken when no group is told with the denier (any_groups.py)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolve import Resolved
from materiel.record.models import Actor

CLASS_NOUNS = lexicon.word_set("any_groups", "class_nouns")
PRONOUNS = lexicon.word_set("any_groups", "class_pronouns")
INCLUDING = lexicon.word_set("any_groups", "including_words")
MEMBERS = lexicon.word_set("any_groups", "member_nouns")
OF_NOUNS = lexicon.word_set("any_groups", "of_nouns")
CONFIDENCE = 0.6


def quantified_pronoun(tok: Token) -> bool:
    """"anyone", "anybody", "nobody", or "one" under "no" ("no one")."""
    word = tok.lower_
    if word not in PRONOUNS or tok.pos_ not in ("PRON", "NOUN", "NUM"):
        return False
    return word != "one" or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or \
        tok.i > 0 and tok.nbor(-1).lower_ == "no"


def _group_noun(tok: Token, heads: frozenset[str]) -> bool:
    return tok.pos_ == "NOUN" and (tok.lower_ in heads or tok.lemma_.lower() in heads)


def told_as_group(tok: Token, heads: frozenset[str]) -> bool:
    """Whether the sentence tells the name as a group: an appositive group noun ("<Name>, a group ..."), or a
    name after "including"/"such as"/"like" on a group noun ("armed groups, including <Name>")."""
    if tok.pos_ != "PROPN":
        return False
    heads = heads | CLASS_NOUNS
    if any(c.dep_ == "appos" and (_group_noun(c, heads) or _partitive(c, heads)) for c in tok.children):
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in INCLUDING and prep.dep_ in ("prep", "acl") and \
        _group_noun(prep.head, heads)


def _partitive(tok: Token, heads: frozenset[str]) -> bool:
    """"the largest of the rebel groups", "one of the factions": a part of a class of groups."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _group_noun(g, heads)
                                                             for g in c.children) for c in tok.children)


def told_as_members(tok: Token, heads: frozenset[str]) -> bool:
    """Whether the name is told by its members or its formation: the name of a group noun or of a noun of members
    ("the <Name> coalition", "<Name> fighters"), or the "of" phrase of one ("the guerrillas of the <Name>")."""
    if tok.pos_ != "PROPN":
        return False
    heads = heads | CLASS_NOUNS
    if tok.dep_ in ("compound", "nmod") and _group_noun(tok.head, heads | MEMBERS | OF_NOUNS):
        return True
    prep = tok.head  # not "the commander of the <Name>": an officer may be a state's
    return tok.dep_ == "pobj" and prep.lower_ == "of" and _group_noun(prep.head, heads | OF_NOUNS)


def _name(tok: Token) -> str:
    """The name's own words: its compounds and the words glued to it, without a determiner ("the Front of
    <Place> (<Tag>)": its "of" phrase and a bracketed tag in it)."""
    left = min([tok.i, *(c.left_edge.i for c in tok.lefts if c.dep_ in ("compound", "nmod", "punct") or
                         c.dep_ == "amod" and c.pos_ == "PROPN")])  # not "the banned <Name>"
    while left < tok.i and tok.doc[left].dep_ == "det":
        left += 1
    right = tok.i
    for c in tok.rights:  # "the Liberation Army of <Place>": the "of" phrase is part of the name
        if c.dep_ == "prep" and c.lower_ == "of" and all(t.pos_ in ("PROPN", "ADP", "DET", "PUNCT") for t in c.subtree):
            right = c.right_edge.i
    return tok.doc[left: right + 1].text


def as_group(tok: Token, found: Resolved | None) -> Resolved:
    """The name as an armed group: the resolved actor's name and country, else the name as written."""
    own = found is not None and found.actor.kind == "armed_group" and not (
        found.actor.country and found.actor.id.lower().startswith(f"{found.actor.country}-".lower()))
    name = found.actor.name if own and found is not None else _name(tok)  # not "<ISO3>-faction" of an appositive
    country = found.actor.country if found is not None else None
    actor = Actor(id=lexicon.slug(name), name=name, kind="armed_group", country=country, text=name)
    return Resolved(actor, CONFIDENCE, tok)

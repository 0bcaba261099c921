"""A demonym on a noun of a party's own act names the party: "a Belgian request to hand over four guns" (Belgium
asks), "the Danish application was refused", against "Iranian drones" (an origin). The nouns are
`demonym_acts.nouns` in words.toml; not where the noun's infinitive is asked of another party
("a German request to sell ammunition": Germany would buy; `demonym_acts.asked_of_verbs`)."""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from materiel import lexicon

ACT_NOUNS = lexicon.word_set("demonym_acts", "nouns")
ASKED_OF = lexicon.word_set("demonym_acts", "asked_of_verbs")


def acts(tok: Token) -> bool:
    """The demonym `tok` is an adjective on a noun of a party's own act, with no possessor beside it."""
    head = tok.head
    return tok.dep_ == "amod" and head.pos_ == "NOUN" and (head.lower_ in ACT_NOUNS or head.lemma_.lower() in ACT_NOUNS) \
        and not any(c.dep_ == "poss" or c.dep_ == "acl" and c.lemma_.lower() in ASKED_OF for c in head.children)


def origin(tok: Token, actor_tokens: Container[int]) -> bool:
    """The demonym `tok` modifies a thing that is no actor ("Iranian drones"), so it tells an origin, not a party."""
    return tok.dep_ in ("amod", "compound") and tok.head.i not in actor_tokens and not acts(tok)

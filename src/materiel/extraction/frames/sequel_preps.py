"""A transfer noun that another event follows: "The ship follows the donation of A to X by Y", "the gift
complements last year's delivery of B to Z". The parser hangs the noun's "to" and "by" phrases on the verb of
sequence (`words.toml` [packages] sequel_verbs) whose object the noun is; they are the noun's."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

SEQUEL_VERBS = lexicon.word_set("packages", "sequel_verbs")
SEQUEL_PREPS = lexicon.word_set("packages", "sequel_preps")


def sequel_preps(n: Token) -> list[Token]:
    """The phrases of the verb of sequence after its object n ("follows the donation of A to X")."""
    host = n.head
    if n.dep_ not in ("dobj", "obj") or host.lemma_.lower() not in SEQUEL_VERBS:
        return []
    return [c for c in host.children if c.dep_ == "prep" and c.i > n.i and c.lower_ in SEQUEL_PREPS]

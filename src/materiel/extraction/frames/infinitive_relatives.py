"""An infinitive relative on an item tells a step still to come: "30 A to be delivered by 2026", "B, to be
supplied from army stocks": not a delivery. A ranked head tells one that happened ("the first A to be delivered
arrived in May"): words.toml [participle_stages] ranked_modifiers."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

RANKED = lexicon.word_set("participle_stages", "ranked_modifiers")


def to_be_done(t: Token) -> bool:
    """t is the verb of a passive infinitive relative ("to be delivered") on a noun no ordinal or superlative
    ranks."""
    if t.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or \
            not any(c.dep_ == "auxpass" for c in t.children):  # "a scheme to ship X": the scheme's act, not X's
        return False
    head = t.head
    return head.lower_ not in RANKED and not any(c.lower_ in RANKED or c.tag_ == "JJS" for c in head.children)

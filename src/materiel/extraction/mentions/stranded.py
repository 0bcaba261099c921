"""A clause's subject the parser makes a conjunct of the clause before: "A bought X from B and C received Y",
"A sold tanks to B and C bought jets", parsed with C a conjunct of B and the second verb with no subject. C is
then the second verb's subject, and no party of the first verb."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

OPENERS = ("and", ",", "while", "but")


def verb_after(t: Token) -> Token | None:
    """The verb t is the stranded subject of: a proper-noun conjunct right before a conjoined verb that has no
    subject of its own, the conjunct opened by "and" or a comma; None otherwise."""
    nxt = t.i + 1
    if t.pos_ != "PROPN" or t.dep_ not in ("conj", "appos") or nxt >= len(t.doc) or t.left_edge.i == 0:
        return None
    v = t.doc[nxt]
    if v.pos_ != "VERB" or v.dep_ not in ("conj", "xcomp") or t.head.i == v.i or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or v.tag_ in ("VBG",) or \
            t.doc[t.left_edge.i - 1].lower_ not in OPENERS:
        return None
    return v


def keep_own(roles: Iterable[list[Any]], verb: Token) -> None:
    """The parties (resolved mentions with a `token`) of verb's frame without the stranded subject of another verb,
    and, where the frame's own party is a stranded subject, without the conjuncts the parser joined it to."""
    for parties in roles:
        after = {a.token.i: verb_after(a.token) for a in parties}
        own = [a for a in parties if (w := after[a.token.i]) is not None and w.i == verb.i]
        joined = {c.i for a in own for c in a.token.conjuncts}
        parties[:] = [a for a in parties if (after[a.token.i] is None and a.token.i not in joined) or a in own]

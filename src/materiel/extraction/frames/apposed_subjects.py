"""A subject set off by an apposition that the parser cuts from its verb: "..., and X, Y's main partner until the
war, handed over two A". The parser makes X a conjunct of the clause before and the verb after the apposition a
participle on the apposition's last noun; a verb with its own object and no auxiliary or subject, right after the
comma closing an apposition of a name that opens a clause (a conjunct or the root), is that name's main verb,
active, and the name its subject."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

CLIMB = ("pobj", "prep", "conj", "cc")  # "partner until the war", "partner and ally": inside the apposition
OWN = ("aux", "auxpass", "nsubj", "nsubjpass", "agent")


def _clause_and(name: Token) -> bool:
    """", and X": a conjunct after a comma and "and", which may open a clause of its own ("sold A to Y, and X, ...,
    bought B") though the parser joins it to the noun before."""
    return name.i >= 2 and name.doc[name.i - 1].lower_ == "and" and name.doc[name.i - 2].text == "," or \
        name.i >= 3 and name.doc[name.i - 2].lower_ == "and" and name.doc[name.i - 3].text == "," and \
        name.doc[name.i - 1].lower_ == "the"


def apposed_name(v: Token) -> Token | None:
    """The name whose apposition v follows (see the module), by the parse alone; None when v is no such verb."""
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or v.i < 1 or v.doc[v.i - 1].text != "," or \
            not any(c.dep_ in ("dobj", "obj") for c in v.children) or any(c.dep_ in OWN for c in v.children):
        return None
    cur = v.head
    for _ in range(6):
        if cur.dep_ not in CLIMB or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.dep_ != "appos":
        return None
    name = cur.head
    between = v.doc[name.i + 1: cur.left_edge.i]
    opens = name.dep_ == "ROOT" or name.dep_ == "conj" and (name.head.pos_ in ("VERB", "AUX") or _clause_and(name))
    return name if opens and name.pos_ == "PROPN" and name.i < cur.i and any(t.text == "," for t in between) else None


def apposed_main_subject(v: Token, named: Callable[[Token], object]) -> Token | None:
    """The name (naming a party) whose apposition v follows, or None."""
    name = apposed_name(v)
    return name if name is not None and named(name) is not None else None

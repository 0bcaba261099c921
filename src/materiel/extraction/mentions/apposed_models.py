"""A generic noun with the model set after it between commas: "the navy's helicopters, the Kestrel K-3s, were
bought from X", "The army's main tank, the Zorvan Z-40, was bought from Y". The generic only names the kind of
the model told after it, so it gives way to the model, which is the item. The parser may hang the model as an
apposition or as a conjunct with no coordinating word ("the helicopters on those ships, the K-3s, we bought").

The generic is determined ("the", a possessor) and has no count and no name of its own; the model is one phrase
(no list), set off by a comma, determined itself ("the X", "a Y"), with no count of its own, and names a system.
A list ("the jets, the X and the Y"), a count ("12 jets, the X") or a parenthesis ("Missiles (XM)") is left as it is."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

OWNING_DEPS = ("poss", "det")
COUNT_DEPS = ("nummod", "quantmod")


def apposed_model(head: Token, named: Callable[[Token], bool]) -> Token | None:
    """The head of the model phrase apposed to the generic `head`, or None; `named(t)` tells that the phrase
    headed by t names a system."""
    if named(head) or head.like_num or not _determined(head) or _counted(head):
        return None
    doc = head.doc
    found = [c for c in head.children if c.i > head.i and (c.dep_ == "appos" or _bare_conj(c))]
    if len(found) != 1:
        return None
    m = found[0]
    left = m.left_edge.i
    if left == 0 or doc[left - 1].text != "," or not named(m) or _counted(m) or not _determined(m):
        return None
    if any(c.dep_ in ("conj", "cc") for c in m.children):
        return None  # "the jets, the X and the Y": a list
    return m


def _bare_conj(c: Token) -> bool:
    """A conjunct with no coordinating word before it in the phrase: an apposition the parser took for a list."""
    if c.dep_ != "conj":
        return False
    head = c.head
    return not any(x.dep_ in ("cc", "preconj") for x in (*head.children, *c.children)) and \
        not any(x.dep_ == "conj" and x.i != c.i for x in head.children)


def _determined(t: Token) -> bool:
    return any(c.dep_ in OWNING_DEPS and c.i < t.i for c in t.children)


def _counted(t: Token) -> bool:
    return any(c.dep_ in COUNT_DEPS or (c.like_num and c.i < t.i and c.dep_ != "compound") for c in t.children)


def named_antecedent(generic: Token, named: Callable[[Token], bool]) -> Token | None:
    """"Ghana still flies the Mi-17, a transport helicopter that Russia sold it in 2012": the generic set after a
    named system by a comma, with the clause that tells the transfer on it, stands for the named system; None
    otherwise."""
    head = generic.head
    if generic.dep_ != "appos" or head.i >= generic.i or named(generic) or not named(head):
        return None
    left = generic.left_edge.i
    if left == 0 or generic.doc[left - 1].text != ",":
        return None
    if not any(c.dep_ in ("relcl", "acl") and c.i > generic.i for c in generic.children):
        return None
    return head

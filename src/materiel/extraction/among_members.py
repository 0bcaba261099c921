"""Members named after "among them": in "X's stocks hold more foreign arms that saw use in the
war, among them A launchers sent by Y" the small English model makes the members ("A launchers") an object
of the relative clause's verb, so they are nobody's and the holder of the weapons is lost. The spaCy component
``materiel_among_members`` makes the first member an apposition of the noun "them" stands for (the noun the
relative clause modifies, else the verb's object before "among"), as "weapons, A launchers ...". Only a noun
right after "among them/these/those" (a comma between allowed) that hangs on the same verb as "among", or on
"among" itself as its second object, moves."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

POINTERS = lexicon.word_set("among_members", "pointers")
MEMBER_DEPS = ("dobj", "obj", "npadvmod", "dep", "attr", "appos", "nsubj")


def _antecedent(among: Token) -> Token | None:
    """The noun "them" stands for: the noun the relative clause with "among" modifies, else the verb's object."""
    verb = among.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.pos_ in ("VERB", "AUX"):
        return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < among.i), None)
    return None


def _member(among: Token, pointer: Token) -> Token | None:
    """The head of the noun phrase right after "among them" that hangs on the same verb as "among"."""
    doc = among.doc
    start = pointer.i + 1 + (1 if pointer.i + 1 < len(doc) and doc[pointer.i + 1].text == "," else 0)
    if start >= len(doc):
        return None
    head = doc[start]
    while head.head.i != head.i and head.head.i > head.i and head.dep_ in ("amod", "compound", "nummod", "nmod", "det"):
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or head.i <= pointer.i:
        return None
    if head.dep_ in MEMBER_DEPS and head.head.i == among.head.i or head.dep_ == "pobj" and head.head.i == among.i:
        return head  # on the verb, or a second object of "among" ("among them A")
    return None


@Language.component("materiel_among_members")
def among_members(doc: Doc) -> Doc:
    for among in doc:
        if among.lower_ != "among" or among.dep_ != "prep":
            continue
        pointer = next((c for c in among.children if c.dep_ == "pobj" and c.lower_ in POINTERS), None)
        if pointer is None or pointer.i != among.i + 1:
            continue
        antecedent = _antecedent(among)
        member = _member(among, pointer)
        if antecedent is None or member is None or antecedent.i >= member.i:
            continue
        member.head, member.dep_ = antecedent, "appos"
    return doc

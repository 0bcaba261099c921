"""Marks of a clause inside a list segment, shared by `itemised` and `adjunct_items`: a verb outside
brackets that is no model designation starts a clause; "CATM-9X" is a model, never a predicate."""
from __future__ import annotations

from spacy.tokens import Span, Token


def has_clause(seg: Span) -> bool:
    """A verb outside brackets that is no model designation: "(36 installed, 9 spares)" restates a count,
    "CATM-9X" is a model; neither starts a clause."""
    depth, verbs = 0, False
    for t in seg:
        depth += (t.text == "(") - (t.text == ")")
        verbs = verbs or (depth <= 0 and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl")
                          and not designation_like(t))
    return verbs


def designation_like(t: Token) -> bool:
    """"CATM-9X", "AIM-9X": a model designation (letters and digits in one word) the tagger may take for
    a verb; never a predicate."""
    return any(ch.isdigit() for ch in t.text) and any(ch.isalpha() for ch in t.text) and not t.like_num

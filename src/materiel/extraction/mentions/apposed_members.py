"""A generic head with an apposition that counts the items: "Peru's main warships, four Y-class frigates, were
sold by X", "the navy's surface fleet, the two Z destroyers". The head only sorts the items it introduces, so it
gives way to the counted members; a head with a count of its own is a list's first member ("400 A, 120 B and six
C") and stays."""
from __future__ import annotations

from spacy.tokens import Token

OWNING_DEPS = ("poss", "det")


def generic_gives_way(head: Token, members: list[Token]) -> bool:
    """head is an uncounted, determined phrase and every apposed member carries a count of its own."""
    if not members or any(c.dep_ == "nummod" for c in head.children) or head.like_num:
        return False
    if not any(c.dep_ in OWNING_DEPS and c.i < head.i for c in head.children):
        return False  # "sent rifles, 120 mortars and six guns": a bare list, its first member kept
    appositions = [m for m in members if m.dep_ == "appos" and m.head.i == head.i]
    return bool(appositions) and all(any(c.dep_ == "nummod" for c in m.children) for m in appositions)

"""Two clauses a semicolon joins are two statements: in "the jets, got from X in 1990, are near the end of their
service; a handful are believed to fly still" the small English model makes the first clause the
complement of "believed", so the hedge of the second clause ("believed") seemed to govern the purchase. A word
above the frame that the frame's clause reaches only across a semicolon (a ";" among that word's own dependants,
between the two) does not govern it: its hedge, denial or report is of its own clause."""
from __future__ import annotations

from spacy.tokens import Token


def across_semicolon(via: Token, above: Token) -> bool:
    """`above` governs `via` (a clause or phrase under it) only across a semicolon that `above` itself holds."""
    lo, hi = (via.right_edge.i, above.i) if via.i < above.i else (above.i, via.left_edge.i)
    return any(c.text == ";" and lo < c.i < hi for c in above.children)

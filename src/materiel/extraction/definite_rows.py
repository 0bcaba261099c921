"""A definite transfer noun with no party of its own ("The package also includes X", "the shipment included
Y") takes the parties of the row told just before, unless it names another designated system than that row
("The deal for 24 Su-35 jets" after a row of Mistral ships is a deal of its own; "The deal for the Rafales
was followed by one for two Mistrals" still refers back to the Rafale row)."""
from __future__ import annotations

from typing import Any

from materiel import lexicon

DEMONSTRATIVES = lexicon.word_set("shared", "demonstratives")


def definite_borrow(r: Any, earlier: list[Any]) -> None:
    """Fill, in place, the parties of row r from the last of `earlier` when r's trigger is such a noun."""
    t = r.frame.trigger
    if t.pos_ not in ("NOUN", "PROPN") or t.tag_ not in ("NN", "NNP") or not earlier or \
            not any(c.lower_ in DEMONSTRATIVES for c in t.children) or r.supplier is not None or r.recipient is not None:
        return
    e = earlier[-1]
    own = t.doc[t.left_edge.i: t.right_edge.i + 1].text.lower()  # the noun's own phrase
    if r.designation and e.designation and e.designation.lower() not in own:
        return
    r.supplier, r.recipient, r.inherited = e.supplier, e.recipient, True

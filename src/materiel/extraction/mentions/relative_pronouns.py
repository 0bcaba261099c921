"""The noun a relative pronoun after a preposition stands for: in "X turned to Kvarnstad, from which it bought 12
boats", "which" is the object of "from" inside a relative clause hanging on "Kvarnstad", so the seller is Kvarnstad.
Only "which", "whom" and "whose" (a relative's word, tagged WDT or WP), only after a preposition, and only when
the preposition's clause is a relative clause whose head is a noun, or, when the parser took the clause for an
adverbial one, the noun right before ", from which"."""
from __future__ import annotations

from spacy.tokens import Token

RELATIVE_TAGS = ("WDT", "WP", "WP$")


def relative_head(tok: Token) -> Token | None:
    """The head noun of the relative clause in which tok, a relative pronoun, is a preposition's object."""
    if tok.tag_ not in RELATIVE_TAGS or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    clause = tok.head.head
    while clause.dep_ == "prep" and clause.head != clause:  # "out of which", "in exchange for which"
        clause = clause.head
    if clause.dep_ == "relcl":
        return clause.head if clause.head.pos_ in ("NOUN", "PROPN") else None
    before = tok.doc[tok.head.i - 1] if tok.head.i > 0 else None  # the parser took the clause for an adverbial one:
    if before is not None and before.text == ",":  # the noun right before ", from which"
        before = tok.doc[before.i - 1] if before.i > 0 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") and tok.head.i == tok.i - 1 else None

"""Parts told per unit are no transfer of their own: "will deliver five air-defence batteries to X, each with
launchers, a radar and a control truck", "bought 14 helicopters, each equipped with two machine guns". What
hangs on a distributive pronoun after a listed item ("each with ...", "each carrying ...") tells what every unit
of that item holds; the item itself stays a row.

A row is dropped when its item lies below a distributive pronoun (words.toml [distributive_parts] pronouns) that
stands in apposition to a noun or beside the verb ("each" as appos, npadvmod, advmod, dep or a stray object), reached without
passing an "of" ("each of the six tanks" names the tanks themselves) and before the row's trigger; or when its
trigger itself (a participle: "each equipped with", "each armed with") hangs on such a pronoun. "Estonia and Latvia each bought
six howitzers" (the pronoun below the verb, the item beside it) and "12 howitzers each to X and Y" stay.

Word lists: words.toml [distributive_parts]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

PRONOUNS = lexicon.word_set("distributive_parts", "pronouns")
PARTITIVES = lexicon.word_set("distributive_parts", "partitive_preps")
STANDING = ("appos", "npadvmod", "advmod", "dep", "dobj")  # the tagger takes a trailing "each" for an object too
CLIMB = 6  # heads walked from the item up to the pronoun ("each with six launchers, a radar and a post")


def _distributive_above(tok: Token, stop: Token) -> bool:
    """A distributive pronoun standing on its own is among tok's heads, before stop and with no partitive between."""
    for _ in range(CLIMB):
        if tok.head.i == tok.i or tok.i == stop.i:
            return False
        if tok.lower_ in PARTITIVES:
            return False
        tok = tok.head
        if tok.i == stop.i:
            return False
        if tok.lower_ in PRONOUNS and tok.dep_ in STANDING:
            return True
    return False


def _after_distributive(tok: Token) -> bool:
    """tok continues, as a conjunct, the list a distributive pronoun opened on the noun it is joined to ("to X,
    each with launchers, a radar and a control truck": the tagger joins "radar" to "X"); a conjunct with a
    phrase of its own ("and four trucks to Y") is a transfer of its own."""
    if any(c.dep_ == "prep" for c in tok.children):
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        if any(c.lower_ in PRONOUNS and c.dep_ in STANDING and c.i < tok.i for c in head.children):
            return True
    return False


def distributed_part(r: Row) -> bool:
    """The row's item (or its participle trigger) is what each unit of another item holds (module docstring)."""
    t = r.frame.trigger
    if t.pos_ == "VERB" and t.dep_ in ("acl", "relcl") and t.head.lower_ in PRONOUNS and t.head.dep_ in STANDING:
        return True
    return _distributive_above(r.item.head, t) or _after_distributive(r.item.head)

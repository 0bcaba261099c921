"""Items the text says are not there: "The donation contained no weapons", "the equipment handed over includes
no rifles or ammunition", "gave X 20 trucks but no rifles". An item whose noun (or the first noun of the list it
closes) has the determiner "no" is no item transferred: under the transfer's own verb the row is negated ("gave
... but no rifles"); under a verb of holding ("contained", "includes") it tells what a transfer lacked and is no row.
The words are words.toml [no_items]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.record.models import Transfer

ABSENT = lexicon.word_set("no_items", "absent_determiners")
CONTRAST = lexicon.word_set("no_items", "contrast_conjunctions")
HOLDING = lexicon.word_set("no_items", "holding_verbs")

Pair = tuple[Frame, Transfer]


def _head(f: Frame, t: Transfer) -> Token | None:
    """The item's noun in the frame's sentence: the last word of its text."""
    words = t.item.text.lower().split()
    if not words:
        return None
    found = [tok for tok in f.trigger.sent if tok.lower_ == words[-1] and tok.pos_ in ("NOUN", "PROPN")]
    return min(found, key=lambda tok: abs(tok.i - f.trigger.i)) if found else None


def _absent(tok: Token) -> Token | None:
    """The noun carrying an absent determiner over tok's list ("no A or B": A for B), None when there is none."""
    while True:
        if any(c.dep_ == "det" and c.lower_ in ABSENT for c in tok.children):
            return tok
        own = any(c.dep_ in ("det", "nummod") for c in tok.children)  # "no A but 40 B": B is there
        if tok.dep_ != "conj" or own or any(c.dep_ == "cc" and c.lower_ in CONTRAST for c in tok.head.children):
            return None
        tok = tok.head


def _governor(tok: Token) -> Token:
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.head


def absent_items(pairs: list[Pair]) -> list[Pair]:
    """The pairs with rows of absent items negated (under the transfer's verb) or dropped (under another)."""
    out: list[Pair] = []
    for f, t in pairs:
        head = _head(f, t) if t.factuality == "asserted" and t.stage != "refused" else None  # "grant no licences"
        first = _absent(head) if head is not None else None
        if first is None:
            out.append((f, t))
        elif _governor(first).i == f.trigger.i:
            out.append((f, t.model_copy(update={"factuality": "negated"})))
        elif _governor(first).lemma_.lower() not in HOLDING:  # "suspended the licence; no A were shipped": not this row's
            out.append((f, t))
    return out

"""Items the text says are not there: "The donation contained no weapons", "the equipment handed over includes
no rifles or ammunition", "gave X 20 trucks but no rifles", "Not a single rifle has been sent to Y", "not one rifle was
sold". An item whose noun (or the first noun of the list it closes) has the determiner "no", or a "not" over a
count of one ("not a single", "not one": [no_items] negators, one_words), is no item transferred: under the transfer's own verb the row is negated ("gave
... but no rifles"); under a verb of holding ("contained", "includes", or the copula of "No A were part of the donation") it tells what a
transfer lacked and is no row. Under a future that makes the transfer an offer ("will send helmets, but not
rifles", "would supply trucks but no guns") it bounds the offer: no offer of the item, and no refusal (nothing
was asked), so no row.
A row negated over such a count of one ("has not sent a single rifle") keeps no count: none was sent, not one.
The words are words.toml [no_items]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.record.models import Transfer

ABSENT = lexicon.word_set("no_items", "absent_determiners")
CONTRAST = lexicon.word_set("no_items", "contrast_conjunctions")
HOLDING = lexicon.word_set("no_items", "holding_verbs")
NEGATORS = lexicon.word_set("no_items", "negators")
ONE_WORDS = lexicon.word_set("no_items", "one_words")

FUTURE = ":future"  # the rule mark of a transfer told in the future: an offer (frames/modality.py)

Pair = tuple[Frame, Transfer]


def _head(f: Frame, t: Transfer) -> Token | None:
    """The item's noun in the frame's sentence: the last word of its text."""
    words = t.item.text.lower().split()
    if not words:
        return None
    found = [tok for tok in f.trigger.sent if tok.lower_ == words[-1] and tok.pos_ in ("NOUN", "PROPN")]
    return min(found, key=lambda tok: abs(tok.i - f.trigger.i)) if found else None


def one_counted(tok: Token, after: int = -1) -> bool:
    """tok is counted as one ("a single rifle"; "one rifle" only after the word `after`, the verb: "did not sell one
    rifle" sold none, but "One rifle was not delivered" is one rifle)."""
    return any(c.i < tok.i and c.dep_ in ("det", "nummod", "amod") and c.lower_ in ONE_WORDS and
               (c.lower_ != "one" or tok.i > after) for c in tok.children)


def not_one(tok: Token) -> bool:
    """"Not a single rifle", "not one rifle": a "not" hung on tok before a count of one."""
    ones = [c for c in tok.children if c.i < tok.i and c.dep_ in ("det", "nummod", "amod") and c.lower_ in ONE_WORDS]
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in NEGATORS and c.i < tok.i  # "not" on the noun or the count
               for h in (tok, *ones) for c in h.children)


def _absent(tok: Token) -> Token | None:
    """The noun carrying an absent determiner over tok's list ("no A or B": A for B), None when there is none."""
    while True:
        if any(c.dep_ == "det" and c.lower_ in ABSENT for c in tok.children) or not_one(tok):
            return tok
        own = any(c.dep_ in ("det", "nummod") for c in tok.children)  # "no A but 40 B": B is there
        if tok.dep_ != "conj" or own or any(c.dep_ == "cc" and c.lower_ in CONTRAST for c in tok.head.children):
            return None
        tok = tok.head


def _governor(tok: Token) -> Token:
    while tok.dep_ == "conj":
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok  # "would send X to Y, but not Z": Z a gapped conjunct of the verb itself
    return tok.head


def absent_items(pairs: list[Pair]) -> list[Pair]:
    """The pairs with rows of absent items negated (under the transfer's verb) or dropped (under another)."""
    out: list[Pair] = []
    for f, t in pairs:
        head = _head(f, t) if t.stage != "refused" else None  # "grant no licences"
        if head is not None and t.factuality == "negated" and one_counted(head, f.trigger.i):
            out.append((f, t.model_copy(update={"quantity": None, "quantity_text": None})))  # "not sent a single A"
            continue
        first = _absent(head) if head is not None and t.factuality == "asserted" else None
        if first is None:
            out.append((f, t))
        elif _governor(first).i == f.trigger.i and t.stage == "offered" and FUTURE in f.rule:
            continue  # "will send helmets but no rifles": the offer's bounds, neither an offer nor a refusal
        elif _governor(first).i == f.trigger.i:
            update = {"factuality": "negated"} | ({"quantity": None, "quantity_text": None} if not_one(first) else {})
            out.append((f, t.model_copy(update=update)))
        elif _governor(first).lemma_.lower() not in HOLDING:  # "suspended the licence; no A were shipped": not this row's
            out.append((f, t))
    return out

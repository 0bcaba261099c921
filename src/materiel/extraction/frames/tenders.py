"""Verbs of a tender that offer only what they name: "the maker did not submit the K-8",
"Germany has put forward the Leopard 2". Their object must be the item itself: "submitted a request for
X" or "put forward a proposal" is no offer of X by the one submitting it."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import proceeding
from materiel.extraction.mentions.items import ItemFinder

ITEM_OBJECT_VERBS = lexicon.word_set("offers", "item_object_verbs")
DESIGNS = lexicon.word_set("items", "design_nouns")
OBJECT_DEPS = ("dobj", "obj", "nsubjpass")
PHRASE_STOPS = ("prep", "acl", "relcl", "advcl", "ccomp", "xcomp")
NON_TRANSFER_PHRASALS = lexicon.word_set("frames", "non_transfer_phrasals")
EXPECTED = lexicon.word_set("scheduled", "expected_verbs")
AWAITING = lexicon.word_set("scheduled", "awaiting_verbs")
TRANSFER_NOUNS = frozenset(n for c in lexicon.toml("predicates.toml")["classes"].values() for n in c.get("nouns", []))


def no_predicate(tok: Token, items: ItemFinder) -> bool:
    """A tender verb that names no item (`names_no_item`), a verb whose particle turns it from a transfer
    ("took off from X carrying Y", "gave up its arsenal"), or a verb of awaiting in the active voice."""
    return names_no_item(tok, items) or other_sense(tok) or active_expectation(tok)


def active_expectation(tok: Token) -> bool:
    """"Angola is awaiting the transfer of X", "Y expects its friends not to": a verb of awaiting tells an order only
    in the passive, with the items awaited as subject ([scheduled] expected_verbs, scheduled.expected_arrivals);
    in the active its object noun, if any, is the transfer, and so is a transfer noun as its subject ("a third
    consignment, with six X, is expected in May")."""
    if tok.lemma_.lower() not in EXPECTED or _awaits_counted(tok):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return not subjects or any(c.lemma_.lower() in TRANSFER_NOUNS for c in subjects)


def _awaits_counted(tok: Token) -> bool:
    """"The navy is awaiting eight X-class submarines": an active verb of waiting ([scheduled] awaiting_verbs) whose
    object is a counted noun other than a transfer noun waits for items on order (scheduled.expected_arrivals)."""
    return tok.lemma_.lower() in AWAITING and any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() not in TRANSFER_NOUNS and
        any(c.dep_ == "nummod" and c.like_num for c in o.children) for o in tok.children)


def other_sense(tok: Token) -> bool:
    """The verb with its particle is listed as no transfer ([frames] non_transfer_phrasals), or carries a step on
    ("pressed ahead with the sale": no request, proceeding.py)."""
    return any(c.dep_ == "prt" and f"{tok.lemma_.lower()} {c.lower_}" in NON_TRANSFER_PHRASALS
               for c in tok.children) or proceeding.carries_on(tok)


def names_no_item(tok: Token, items: ItemFinder) -> bool:
    """A tender verb whose object (or the noun its participle hangs on) is not an item."""
    if tok.lemma_.lower() not in ITEM_OBJECT_VERBS:
        return False
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS] + ([tok.head] if tok.dep_ == "acl" else [])
    return not any(items.is_materiel(t) for o in objects for t in _phrase(o)) and \
        not any(o.lower_ in DESIGNS and items.items(o) for o in objects)  # "offered its own variant of X"


def _phrase(o: Token) -> list[Token]:
    """The words of o's own noun phrase: not those of a phrase or clause hung on it ("a request for X")."""
    out, todo = [], [o]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in PHRASE_STOPS)
    return out


def particle(tok: Token) -> str | None:
    """A verb's particle ("turned down"), or the adverb just after it that may be one ("put forward" read
    as an adverb); the verb's lemma and it name a predicate only if the lexicon lists the two."""
    return next((c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == tok.i + 1),
                None)

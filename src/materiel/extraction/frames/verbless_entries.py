"""Entries of a list with no verb of their own after a colon: "lesser items tell the same tale: anti-tank missiles
from X since 2015, mortars from the firm Y, and radios from Z". Each entry is an item with its own "from" phrase
naming a state or firm; no verb governs it between it and the colon. It is a delivery from that party (the
recipient is the subject of the text, filled from the context); an entry with a participle of its own ("<adjective>
howitzers ordered in 2021") is its participle's. A participle on one entry of such a list does not reach the
others (`entry_of_list`, used by frames/own_sources.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver

ENTRY_DEPS = ("appos", "conj", "ROOT", "dep", "attr", "npadvmod", "dobj", "nsubj")
OWN_VERBS = ("acl", "relcl")
ENTRY_RULE = "noun:supply:entry"


def _colon_before(tok: Token) -> Token | None:
    """The colon of tok's sentence before it, when no verb stands on the way up from tok to the colon's side."""
    colon = next((t for t in reversed(tok.doc[tok.sent.start: tok.i]) if t.text == ":"), None)
    if colon is None:
        return None
    head = tok
    while head.i > colon.i and head.head.i != head.i:
        if head.dep_ not in ENTRY_DEPS:
            return None
        head = head.head
        if head.i > colon.i and head.pos_ in ("VERB", "AUX"):
            return None
    return colon


def _giver(tok: Token) -> Token | None:
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return None if prep is None else next((p for p in prep.children if p.dep_ == "pobj"), None)


def entry_of_list(tok: Token, items: ItemFinder, res: ActorResolver) -> bool:
    """tok heads a verbless entry after a colon: an item with a "from" phrase naming a party, and no participle."""
    if tok.pos_ not in ("NOUN", "PROPN") or not (items.is_materiel(tok) or items.items(tok, 1)):
        return False
    giver = _giver(tok)
    if giver is None or not res.resolve_all(giver) or any(c.dep_ in OWN_VERBS for c in tok.children):
        return False
    return _colon_before(tok) is not None


def entry_frames(finder: FinderState, sent: Span) -> list[Frame]:
    """One delivery frame per verbless entry of a list after a colon."""
    out = []
    for tok in sent:
        if not entry_of_list(tok, finder.items, finder.res):
            continue
        giver = _giver(tok)
        f = Frame(tok, "supply", "delivered", rule=ENTRY_RULE, confidence=0.7)
        f.items = finder.items.items(tok, 1)
        if not f.items or giver is None:
            continue
        f.add("supplier", finder.res.resolve_all(giver))
        out.append(f)
    return out


def own_entry(f: Frame) -> bool:
    """f is a verbless entry's: its giver is its own, lent to no other frame of the sentence."""
    return f.rule.startswith(ENTRY_RULE)

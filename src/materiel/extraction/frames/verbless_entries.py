"""Entries of a list with no verb of their own after a colon: "lesser items tell the same tale: anti-tank missiles
from X since 2015, mortars from the firm Y, and radios from Z". Each entry is an item with its own "from" phrase
naming a state or firm; no verb governs it between it and the colon. It is a delivery from that party (the
recipient is the subject of the text, filled from the context); an entry with a participle of its own ("<adjective>
howitzers ordered in 2021") is its participle's. A participle on one entry of such a list does not reach the
others (`entry_of_list`, used by frames/own_sources.py). An item told with its giver and its holder, with no verb
of transfer, is a delivery to the holder too: "<state>'s six A from X are ageing", "<state>'s fleet includes A
from X", "<state>'s arsenal: A from X, B from Y" (`including_verbs` in words.toml [verbless_entries])."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved

ENTRY_DEPS = ("appos", "conj", "ROOT", "dep", "attr", "npadvmod", "dobj", "nsubj")
OWN_VERBS = ("acl", "relcl")
ENTRY_RULE = "noun:supply:entry"
HOLDINGS = lexicon.word_set("holdings", "nouns")
INCLUDING = lexicon.word_set("verbless_entries", "including_verbs")


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


def _holder(tok: Token, res: ActorResolver) -> list[Resolved]:
    """The party that holds the entries: the possessor of the item ("<state>'s six A from X"), of the holding
    noun the item is included in ("<state>'s fleet includes A from X"), or of the noun before the colon
    ("<state>'s arsenal: A from X, B from Y")."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    head = tok
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in INCLUDING:
        owners += [p for s in head.head.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in HOLDINGS
                   for p in s.children if p.dep_ == "poss"]
    if head.i != tok.i and head.lower_ in HOLDINGS:
        owners += [p for p in head.children if p.dep_ == "poss"]  # "<state>'s arsenal: A from X"
    return [r for o in owners for r in res.resolve_all(o)]


def _held(tok: Token, finder: FinderState) -> bool:
    """"<state>'s six A from X are ageing", "<state>'s fleet includes A from X": an item with a giver and a
    holder, the subject of a verb that tells no transfer or the object of a verb of including."""
    giver = _giver(tok)
    if tok.pos_ not in ("NOUN", "PROPN") or not finder.items.is_materiel(tok) or giver is None or \
            not finder.res.resolve_all(giver) or any(c.dep_ in OWN_VERBS for c in tok.children):
        return False
    verb = tok.head
    told = tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() not in finder.verbs or \
        tok.dep_ in ("dobj", "obj", "conj") and verb.lemma_.lower() in INCLUDING or \
        tok.dep_ == "conj" and verb.dep_ in ("dobj", "obj") and verb.head.lemma_.lower() in INCLUDING
    return told and bool(_holder(tok, finder.res))


def entry_frames(finder: FinderState, sent: Span) -> list[Frame]:
    """One delivery frame per verbless entry of a list after a colon, or per item told with its giver and holder."""
    out = []
    for tok in sent:
        if not (entry_of_list(tok, finder.items, finder.res) or _held(tok, finder)):
            continue
        giver = _giver(tok)
        f = Frame(tok, "supply", "delivered", rule=ENTRY_RULE, confidence=0.7)
        f.items = finder.items.items(tok, 1)
        if not f.items or giver is None:
            continue
        f.add("supplier", finder.res.resolve_all(giver))
        f.add("recipient", _holder(tok, finder.res))
        out.append(f)
    return out


def own_entry(f: Frame) -> bool:
    """f is a verbless entry's: its giver is its own, lent to no other frame of the sentence."""
    return f.rule.startswith(ENTRY_RULE)

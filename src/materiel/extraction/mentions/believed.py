"""An unnamed party that a hedged identification names: "delivered X to an unnamed buyer, which analysts believe
to be Y", "to a customer thought to be Y", "to a client, widely understood to be Y" (cues.toml [believed] verbs
with "to be" or "is" and the name as its attribute; "identified as Y", [believed] as_verbs). The party is the
state or body named; no party without one."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved

_WORDS = lexicon.toml("cues.toml")["believed"]
VERBS, AS_VERBS = frozenset(_WORDS["verbs"]), frozenset(_WORDS["as_verbs"])
KINDS = ("state", "government_body", "armed_group", "company")


def _clauses(tok: Token) -> Iterator[Token]:
    """The hedge verbs that describe tok: its relative clause or participle, or a participle after a comma
    that the parser hung on the verb of tok's phrase."""
    yield from (c for c in tok.children if c.dep_ in ("relcl", "acl"))
    if tok.dep_ != "pobj" or tok.i + 2 >= len(tok.doc) or tok.doc[tok.i + 1].text != ",":
        return
    verb = tok.head.head
    for c in verb.children:
        if c.dep_ == "advcl" and c.left_edge.i == tok.i + 2:
            yield c


def _names(verb: Token) -> Iterator[Token]:
    """The proper names a hedge verb identifies: the attribute of its "(to) be", or the object of its "as"."""
    lemma = verb.lemma_.lower()
    if lemma in VERBS:
        for be in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be"):
            yield from (a for a in be.children if a.dep_ == "attr" and a.pos_ == "PROPN")
    elif lemma in AS_VERBS:
        for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "as"):
            yield from (a for a in prep.children if a.dep_ == "pobj" and a.pos_ == "PROPN")


def party(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The party a hedged "believed to be Y" after tok names, or None."""
    if tok.pos_ != "NOUN":
        return None
    for verb in _clauses(tok):
        for name in _names(verb):
            r = resolve(name)
            if r is not None and r.actor.kind in KINDS:
                return Resolved(r.actor, r.confidence * 0.8, tok)
    return None

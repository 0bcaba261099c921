"""A request noun that is the passive subject of a verb of submitting: "a request for six A was submitted by X
to Y (in March)": the agent asks and receives, the verb's "to" (or "with") phrase is the party asked, which supplies. With
no agent, a request told just after "X has asked Y for help with Z." is X's, put to Y: the asking clause of
the sentence before, whose subject and object are both parties, names them. The verbs are data (words.toml
[submitted_requests])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

SUBMITTING = lexicon.word_set("submitted_requests", "submitting_verbs")
ASKING = lexicon.word_set("submitted_requests", "asking_verbs")


def _objects(v: Token, deps: tuple[str, ...], preps: tuple[str, ...] = ()) -> list[Token]:
    return [p for c in v.children if c.dep_ in deps and (not preps or c.lower_ in preps)
            for p in c.children if p.dep_ == "pobj"]


def _asked_before(n: Token, res: ActorResolver) -> tuple[list[Resolved], list[Resolved]]:
    """The (askers, asked) of an asking verb in the sentence just before n's, both named as parties."""
    start = n.sent.start
    if start == 0:
        return [], []
    for v in n.doc[start - 1].sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in ASKING:
            continue
        hosts = [v, *(c for c in v.children if c.dep_ == "aux")]  # "X has, however, asked": hung on "has"
        askers = [a for h in hosts for c in h.children if c.dep_ == "nsubj" for a in res.resolve_all(c)]
        asked = [a for c in v.children if c.dep_ in ("dobj", "obj") for a in res.resolve_all(c)]
        if askers and asked:
            return askers, asked
    return [], []


def fill(n: Token, f: Frame, res: ActorResolver) -> None:
    """Give the request noun `n`, passive subject of a verb of submitting, its asker and the party asked."""
    if f.cls != "request" or f.stage != "requested" or n.dep_ != "nsubjpass" or \
            n.head.lemma_.lower() not in SUBMITTING or f.roles["recipient"] or not f.items:
        return
    verb = n.head
    askers = [a for p in _objects(verb, ("agent",)) for a in res.resolve_all(p)]
    asked = [a for p in _objects(verb, ("prep", "dative"), ("to", "with")) for a in res.resolve_all(p)]
    if not askers:
        askers, before = _asked_before(n, res)
        asked = asked or before
    f.add("recipient", askers)
    if not f.roles["supplier"]:
        f.add("supplier", [a for a in asked if all(a.actor.id != r.actor.id for r in f.roles["recipient"])])

"""Parties that follow another's lead in a coordinated clause: "X stopped approving arms exports to Y, and A and
B followed with similar suspensions", "X cancelled the deal and A followed suit". The second clause has no
transfer words of its own; each frame of the first clause whose subject was X is also told of each follower,
with the follower in X's role. The verbs and the words that mark a like action are data (words.toml)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

FOLLOW_VERBS = lexicon.word_set("offers", "follow_verbs")
LIKE_WORDS = lexicon.word_set("offers", "follow_markers")


def followed(f: Frame, res: ActorResolver) -> list[Frame]:
    """Copies of f, a frame of a clause followed by "and A followed (suit)", one for the followers."""
    if not f.items or any(m.head.ent_type_ == "PERSON" for m in f.items):
        return []  # (a person read as the item is no transfer to repeat)
    for clause in (f.trigger, *f.trigger.ancestors):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        follower = next((v for v in clause.children if v.dep_ == "conj" and _follows(v)), None)
        if subject is None or follower is None:
            continue
        led = next((r for r, ps in f.roles.items() if any(p.token.i == subject.i for p in ps)), None)
        followers = [r for s in follower.children if s.dep_ == "nsubj" for r in res.resolve_all(s)]
        if led is None or not followers or f.trigger.i > follower.i:
            return []
        return [_copy(f, led, followers)]
    return []


def _follows(v: Token) -> bool:
    """"followed suit", "followed with similar suspensions": a following verb with a word of likeness."""
    if v.lemma_.lower() not in FOLLOW_VERBS:
        return False
    words = [c for c in v.children if c.dep_ in ("dobj", "obj", "prep")]
    words += [p for c in words if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(w.lower_ in LIKE_WORDS or any(a.lower_ in LIKE_WORDS for a in w.children) for w in words)


def _copy(f: Frame, role: str, parties: list[Resolved]) -> Frame:
    g = Frame(f.trigger, f.cls, f.stage, rule=f.rule + ":followed", confidence=f.confidence * 0.9)
    g.items = list(f.items)
    for r, ps in f.roles.items():
        g.add(r, parties if r == role else ps)
    g.negated, g.governor = f.negated, f.governor
    return g

"""The state where the materiel was made, as the supplier of a sale or export told in the passive without an
agent, in a clause joined to the making: "mortar rounds were produced in Serbia and sold to the Tanzanian army",
"the rifles, manufactured in Bulgaria and exported to Chad in 2014". The making verbs are data (`words.toml`
[made_in]); the place must resolve to a state, and the frame must name no supplier of its own."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

MAKING = lexicon.word_set("made_in", "making_verbs")
CONFIDENCE = 0.8


def _passive(v: Token) -> bool:
    """A passive participle with no agent, or a verb joined to one that shares its subject and auxiliary ("were
    built in X and shipped to Y": the tagger may read "shipped" as a past tense)."""
    if v.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "agent") for c in v.children):
        return False
    own = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    return own or v.dep_ == "conj" and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.head.children)


def made_in(res: ActorResolver, f: Frame) -> None:
    """Give a passive sale or export with no supplier the state its joined making verb places the materiel in."""
    v = f.trigger
    if f.roles["supplier"] or f.cls not in ("sell", "supply") or v.pos_ != "VERB" or not _passive(v):
        return
    joined = [v.head] if v.dep_ == "conj" else []
    joined += [c for c in v.children if c.dep_ == "conj"]
    for m in joined:
        if m.lemma_.lower() not in MAKING or not _passive(m):
            continue
        for q in (q for p in m.children if p.dep_ == "prep" and p.lower_ == "in" for q in p.children if q.dep_ == "pobj"):
            r = res.resolve(q)
            if r is not None and r.actor.kind == "state" and not any(
                    a.actor.country == r.actor.country for a in f.roles["recipient"]):
                f.roles["supplier"] = [Resolved(r.actor, r.confidence * CONFIDENCE, q)]
                return

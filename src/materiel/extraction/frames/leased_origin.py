"""A lease of another state's materiel: "Ruritania leased six Borduvian jets for two years". A verb of leasing
(words.toml `frame_words.leasing_verbs`) with no recipient and no "from" party reads its subject as the lessor;
when its leased item carries a state's adjective ("Borduvian jets", "Borduvian-built jets") and that state is not
the subject's, the adjective's state lets the item go and the subject receives it ("Ruritania leased six jets to
Borduvia" keeps its lessor)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

LEASING_VERBS = lexicon.word_set("frame_words", "leasing_verbs")
CONFIDENCE = 0.85


def _adjective_state(head: Token, res: ActorResolver) -> Resolved | None:
    """The state an item's nationality adjective names ("Borduvian jets", "Borduvian-built jets")."""
    mods = [c for c in head.children if c.i < head.i]
    mods += [g for c in mods if c.dep_ in ("compound", "nummod") for g in c.children if g.i < c.i]  # "Borduvian K-4 jets"
    for c in mods:
        if c.dep_ not in ("amod", "compound", "nmod"):
            continue
        r = res._demonym_modifier(c)
        if r is None:
            r = next((res._demonym_modifier(g) for g in c.children if g.dep_ in ("npadvmod", "amod", "compound")
                      and g.i < c.i), None)  # "Borduvian-built": the adjective hangs on "built"
        if r is not None and r.actor.kind == "state" and r.actor.country:
            return r
    return None


def _from_phrase(tok: Token) -> bool:
    """A party in a phrase other than the agent's ("from X", "to X"): not the lessee."""
    return tok.dep_ == "pobj" and tok.head.dep_ != "agent"


def lease_of_foreign(f: Frame, res: ActorResolver) -> None:
    """Make the subject of a lease of a foreign state's item its recipient, the item's state its supplier."""
    t = f.trigger
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in LEASING_VERBS or f.roles["recipient"]:
        return
    subjects = f.roles["supplier"]
    if len(subjects) != 1 or _from_phrase(subjects[0].token) or not f.items:
        return
    owner = _adjective_state(f.items[0].head, res)
    lessee = subjects[0]
    if owner is None or owner.actor.country == lessee.actor.country:
        return
    f.roles["supplier"] = [Resolved(owner.actor, owner.confidence * CONFIDENCE, owner.token)]
    f.roles["recipient"] = [lessee]
    f.rule += ":lessee"

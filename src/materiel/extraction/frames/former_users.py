"""The former holder of a second-hand item told in a clause on the item rather than before its head:
"two patrol boats, previously operated by the Ruritanian Navy, were handed over to X", "jets formerly flown by
the Borduvian Air Force were sold to X" (a participle on the item: a verb of use, `former_holders.use_verbs`,
with an adverb of former time, `former_holders.use_adverbs`, whose "by" phrase names a state or a state's body),
and "the vessel, formerly the Ruritanian Navy's Kestrel, was handed over" (an apposition after a marker of
former holding, `former_holders.markers`, naming a state's service before its head or as its possessor). The
holder's state sells when the transfer names no seller (frames/former_holders.py); a recipient read as that
same state (the holder taken for the taker: "handed over to the navy" after "formerly the X Coast Guard's")
is dropped, for the recipient told elsewhere."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.nearest import as_state
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

MARKERS = lexicon.word_set("former_holders", "markers")
USE_VERBS = lexicon.word_set("former_holders", "use_verbs")
USE_ADVERBS = lexicon.word_set("former_holders", "use_adverbs")


def _state_party(t: Token, res: ActorResolver) -> Resolved | None:
    """The state of the party t names (a state, or a state's service: its state sells what it held)."""
    r = res.resolve(t)
    state = as_state(r.actor, res.lex, r.actor.text) if r is not None else None
    return Resolved(state, r.confidence, t) if state is not None and r is not None else None


def _used_by(head: Token, res: ActorResolver) -> Resolved | None:
    """The agent of a participle of former use on the item ("previously operated by the X Navy")."""
    for v in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if v.lemma_.lower() not in USE_VERBS or not any(c.dep_ == "advmod" and c.lower_ in USE_ADVERBS for c in v.children):
            continue
        for p in (p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"):
            found = _state_party(p, res)
            if found is not None:
                return found
    return None


def _apposed_holder(head: Token, res: ActorResolver) -> Resolved | None:
    """The service named in an apposition marked as former ("formerly the X Coast Guard cutter Y")."""
    for a in (c for c in head.children if c.dep_ == "appos"):
        if not any(c.lower_ in MARKERS for c in a.children if c.dep_ in ("advmod", "amod")):
            continue
        for t in sorted(a.subtree, key=lambda t: t.i):
            if t.i < a.i and t.pos_ in ("PROPN", "ADJ") and t.dep_ in ("compound", "nmod", "poss", "amod"):
                found = _state_party(t, res)
                if found is not None:
                    return found
    return None


def former_user(head: Token, res: ActorResolver) -> Resolved | None:
    """The state or state body the item's own clause or apposition tells as its former holder, if any."""
    return _used_by(head, res) or _apposed_holder(head, res)


__all__ = ["former_user"]

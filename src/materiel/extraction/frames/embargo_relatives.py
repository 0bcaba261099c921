"""A refusal told by a relative clause of an embargo: "Ruritania maintains an embargo on weapons for
Moldavia, which bars any sale of Ruritanian-built parts". The parser hangs the clause on the embargo's
target, so "which" reads as that state; it is the embargo (`embargo_nouns` of [embargoes]) that blocks, its
target is the would-be recipient, and the embargo's owner (its possessor, or the subject of the verb that keeps
or imposes it) the refusing supplier."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved

EMBARGOES = lexicon.word_set("embargoes", "embargo_nouns")
TARGET_PREPS = ("for", "on", "against")
PARTY_KINDS = ("state", "government_body", "igo")


def _embargo_of(target: Token) -> Token | None:
    """The embargo noun whose "for"/"on"/"against" phrase holds target (or the phrase of its own "on" phrase)."""
    prep = target.head
    if target.dep_ != "pobj" or prep.lower_ not in TARGET_PREPS:
        return None
    noun = prep.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and not _embargo(noun):
        noun = noun.head.head  # "its embargo on arms for X"
    return noun if _embargo(noun) else None


def _embargo(t: Token) -> bool:
    return t.lemma_.lower() in EMBARGOES or t.lower_ in EMBARGOES


def _owner(embargo: Token, res: ActorResolver) -> Resolved | None:
    owners = [c for c in embargo.children if c.dep_ == "poss"]
    if embargo.dep_ in ("dobj", "obj"):
        owners += [c for c in embargo.head.children if c.dep_ == "nsubj"]
    found = [r for r in (res.resolve(o) for o in owners) if r is not None and r.actor.kind in PARTY_KINDS]
    return found[0] if found else None


def embargo_clause(f: Frame, res: ActorResolver) -> None:
    """Read the parties of a refusal a relative clause of an embargo tells (see the module)."""
    t = f.trigger
    if f.stage != "refused" or t.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.tag_ == "WDT" for c in t.children):
        return
    embargo = _embargo_of(t.head)
    target = res.resolve(t.head) if embargo is not None else None
    if embargo is None or target is None or target.actor.kind not in PARTY_KINDS:
        return
    owner = _owner(embargo, res)
    f.roles["supplier"] = [owner] if owner is not None and owner.actor.id != target.actor.id else []
    f.roles["recipient"] = [target]
    f.rule += ":embargo"

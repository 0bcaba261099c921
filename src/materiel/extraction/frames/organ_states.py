"""A refusal by a state organ that names its state only around it: "a court in Ostrava ordered the government to
halt exports of A to Y", "the chairman of the Ruritanian senate's foreign affairs committee placed a hold on the
sale of A to Y". With no supplier of its own, the refusal takes the organ's state (stage refused).

The organ is the refusal's subject, or, when that subject is the object of a verb of ordering ("ordered the
government to halt"), that verb's subject. Its state is a demonym or state name before it, or a place or body after
"in" / "of" ("a court in Lima", "the chairman of the Peruvian senate committee"). Words: cues.toml [actors]
state_blockers, words.toml [refusing_organs]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

OFFICES = lexicon.word_set("refusing_organs", "holding_offices")
ORDERING = lexicon.word_set("refusing_organs", "ordering_verbs")
STATE_KINDS = ("state", "government_body")
MODIFIERS = ("amod", "compound", "nmod", "poss")
DEPTH = 3  # "chairman" -> "of" -> "committee" -> its modifiers


def organ_supplier(f: Frame, subject: Token | None, organs: set[str], res: ActorResolver) -> None:
    """Give a supplier-less refusal the state of the organ that makes it."""
    if f.stage != "refused" or f.roles["supplier"] or subject is None:
        return
    organ = _ordering_organ(subject) or subject
    if not _is_organ(organ, organs):
        return
    state = _state_of(organ, res, DEPTH)
    recipients = {r.actor.country for r in f.roles["recipient"]}
    if state is not None and state.actor.country not in recipients:
        f.add("supplier", [state])
        f.rule += ":organ"


def _ordering_organ(subject: Token) -> Token | None:
    """"a court ordered the government to halt": the court, subject of the verb of ordering."""
    if subject.dep_ not in ("dobj", "obj") or subject.head.lemma_.lower() not in ORDERING:
        return None
    return next((c for c in subject.head.children if c.dep_ == "nsubj"), None)


def _is_organ(tok: Token, organs: set[str]) -> bool:
    return tok.lemma_.lower() in organs or tok.lower_ in organs or tok.lemma_.lower() in OFFICES


def _state_of(tok: Token, res: ActorResolver, depth: int) -> Resolved | None:
    """The state of a demonym or name modifying tok, or of a place or body after "in" / "of" (nested)."""
    mods = [c for c in tok.children if c.dep_ in MODIFIERS and c.i < tok.i]
    for c in mods + [g for m in mods for g in m.children if g.dep_ in MODIFIERS and g.i < m.i]:
        r = res._demonym_modifier(c) or (res.resolve(c) if res.is_actor_span(c) else None)
        if r is not None and r.actor.country and r.actor.kind in STATE_KINDS:
            return r
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "of") or depth <= 0:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            r = res.resolve(p) if res.is_actor_span(p) else None
            if r is not None and r.actor.country and r.actor.kind in STATE_KINDS:
                return r
            inner = _state_of(p, res, depth - 1)
            if inner is not None:
                return inner
    return None

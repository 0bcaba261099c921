"""Transfers blocked on the way: "dockworkers in Genoa refused to unload a cargo of arms bound for X",
"a Kenyan court halted the transfer of Chinese rifles to South Sudan".

Who blocks a shipment in transit (workers, a union, customs, a court; the words are data:
`cues.toml` [actors] transit_blockers and state_blockers) is not its supplier. The row keeps the supplier the text names for the
goods ("Chinese rifles", "rifles from China"); workers never supply, and a court or customs office
of a state stands for that state only when no other origin is named (a court blocking its own
state's export). Where they block it becomes the row's place.
"""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.organ_states import organ_supplier
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

STATE_KINDS = ("state", "government_body")
SUPPLYING_KINDS = ("state", "igo")


def blocked_in_transit(f: Frame, subject: Token | None, workers: set[str], organs: set[str],
                       res: ActorResolver) -> None:
    """A refusal's blocker in transit, then an organ's state for a refusal with no supplier (organ_states.py)."""
    _blocked(f, subject, workers, organs, res)
    organ_supplier(f, subject, organs, res)


def _blocked(f: Frame, subject: Token | None, workers: set[str], organs: set[str], res: ActorResolver) -> None:
    """Re-read a refusal whose subject is a blocker: the goods' named origin supplies, workers never
    do, a state organ does for its state when no origin is named; the blocker's place is where."""
    if f.stage != "refused" or subject is None:
        return
    worker, organ = _is_blocker(subject, workers) and not _supplying_body(subject, res), _is_blocker(subject, organs)
    if not (worker or organ):
        return
    blocker_ids = {r.actor.id for r in res.resolve_all(subject)}
    origin = _origin(f, res)
    kept = [a for a in f.roles["supplier"] if a.actor.id not in blocker_ids]
    own_state = any(a.actor.id in blocker_ids and a.actor.kind in STATE_KINDS for a in f.roles["supplier"])
    if origin is not None and origin.actor.id not in {a.actor.id for a in f.roles["recipient"]}:
        f.roles["supplier"] = kept
        f.add("supplier", [origin])
    elif organ and own_state:
        return  # "a Dutch court blocked the export of X": the state's own export
    else:
        f.roles["supplier"] = kept
    f.places.extend(_where(subject, res))
    f.rule += ":transit"


def _supplying_body(tok: Token, res: ActorResolver) -> bool:
    """A blocker's word inside the name of a body that can itself supply ("the Ruritanian Union" of states):
    its ban is its own refusal, not a blocked transit."""
    found = res.resolve(tok) if tok.pos_ == "PROPN" else None
    return found is not None and found.actor.kind in SUPPLYING_KINDS


def _is_blocker(tok: Token, blockers: set[str]) -> bool:
    phrase = " ".join(t.lower_ for t in tok.lefts if t.dep_ == "compound") + " " + tok.lower_
    return tok.lemma_.lower() in blockers or tok.lower_ in blockers or phrase.strip() in blockers


def _origin(f: Frame, res: ActorResolver) -> Resolved | None:
    """The goods' named origin: "Chinese rifles", "rifles from China", "a cargo of arms from Iran"."""
    for m in f.items:
        for c in m.head.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < m.head.i:
                r = res._demonym_modifier(c) or (res.resolve(c) if res.is_actor_span(c) else None)
                if r is not None:
                    return r
        for holder in (m.head, m.head.head.head if m.head.dep_ == "pobj" else m.head):
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    for p in c.children:
                        r = res.resolve(p) if p.dep_ == "pobj" else None
                        if r is not None:
                            return r
    return None


def _where(subject: Token, res: ActorResolver) -> list[Token]:
    """Where the blockers are: "dockworkers in Genoa", "Italian dockworkers", "a Kenyan court"."""
    out = [p for c in subject.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
           for p in c.children if p.dep_ == "pobj"]
    out += [c for c in subject.children if c.dep_ in ("amod", "compound") and res.by_token.get(c.i) is not None]
    return out

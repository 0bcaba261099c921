"""A second-hand item named by whoever held it before: "two former Ruritanian Navy patrol boats bought by X",
"X bought three ex-Borduvian Air Force jets", "the corvettes, the former HMS Kestrel and HMS Orla, were sold to
X". With no seller named, the state of the former holder (a state's service named before the item's head, or a
hull prefix in words.toml `former_holders.hull_prefix_states`) sells, when a marker of former holding
(`former_holders.markers`) comes before it in the item's phrase and that state is not the recipient's."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

MARKERS = lexicon.word_set("former_holders", "markers")
HULLS: dict[str, str] = lexicon.word_table("former_holders", "hull_prefix_states")
HOLDER_KINDS = ("state", "government_body")
CONFIDENCE = 0.95


def _hull_state(t: Token, res: ActorResolver) -> Resolved | None:
    """The state of a hull prefix written in capitals ("HMS", "ROKS")."""
    iso = HULLS.get(t.lower_) if t.text.isupper() and len(t.text) > 1 else None
    c = res.lex.countries.get(iso) if iso else None
    if c is None:
        return None
    return Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=t.text), CONFIDENCE, t)


def _service_state(t: Token, res: ActorResolver) -> Resolved | None:
    """A state's service named inside the item's phrase ("Royal Navy", "Borduvian Air Force")."""
    if t.pos_ != "PROPN" or t.dep_ not in ("compound", "nmod", "amod") or not res.is_actor_span(t):
        return None
    r = res.resolve(t)
    return r if r is not None and r.actor.kind in HOLDER_KINDS and r.actor.country else None


def _holder(head: Token, res: ActorResolver) -> Resolved | None:
    """The former holder told in the item's phrase after a marker of former holding, if any."""
    words = sorted(head.subtree, key=lambda t: t.i)
    marked = False
    for t in words:
        if t.lower_ in MARKERS:
            marked = True
            continue
        if not marked:
            continue
        found = _hull_state(t, res) or (_service_state(t, res) if t.i < head.i else None)
        if found is not None:
            return found
    return None


def former_holder(f: Frame, res: ActorResolver) -> None:
    """Make the former holder of a second-hand item its supplier when the frame names none."""
    if f.roles["supplier"] or not f.items:
        return
    taken = {r.actor.country for r in f.roles["recipient"]}
    for m in f.items:
        found = _holder(m.head, res)
        if found is not None and found.actor.country not in taken:
            f.roles["supplier"] = [found]
            f.rule += ":former_holder"
            return

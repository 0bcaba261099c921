"""A second-hand item named by whoever held it before: "two former Ruritanian Navy patrol boats bought by X",
"X bought three ex-Borduvian Air Force jets", "the corvettes, the former HMS Kestrel and HMS Orla, were sold to
X". With no seller named, the state of the former holder (a state's service named before the item's head, or a
hull prefix in words.toml `former_holders.hull_prefix_states`) sells, when a marker of former holding
(`former_holders.markers`) comes before it in the item's phrase and that state is not the recipient's. With no such
marker, a hull prefix on a named ship handed to another state's party still names its navy's state ("the frigate
HMS Kestrel will be transferred to X"), unless the verb sends a navy's ship on a mission (`named_craft.deploy_verbs`)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.former_users import former_user
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

MARKERS = lexicon.word_set("former_holders", "markers")
MAKER_VERBS = lexicon.word_set("arguments", "maker_verbs")
FIRST_OWNER_PREPS = lexicon.word_set("former_holders", "first_owner_preps")
HULLS: dict[str, str] = lexicon.word_table("former_holders", "hull_prefix_states")
DEPLOY_VERBS = lexicon.word_set("named_craft", "deploy_verbs")
HOLDER_KINDS = ("state", "government_body")
CONFIDENCE = 0.95


def _hull_state(t: Token, res: ActorResolver) -> Resolved | None:
    """The state of a hull prefix written in capitals ("HMS", "ROKS")."""
    iso = HULLS.get(t.lower_) if t.text.isupper() and len(t.text) > 1 else None
    c = res.lex.countries.get(iso) if iso else None
    if c is None:
        return None
    return Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=t.text), CONFIDENCE, t)


def _prefixed(f: Frame, res: ActorResolver) -> Resolved | None:
    """The state of the hull prefix on a named item of a handover with a recipient ("HMS Kestrel ... to X")."""
    if not f.roles["recipient"] or f.trigger.lemma_.lower() in DEPLOY_VERBS or f.cls not in ("supply", "sell"):
        return None
    names = [n for m in f.items for n in (m.head, *(a for a in m.head.children if a.dep_ == "appos"))]
    return next((h for n in names for c in n.children if c.dep_ == "compound" and c.i < n.i
                 for h in [_hull_state(c, res)] if h is not None), None)


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


def _making_clauses(f: Frame) -> list[Token]:
    """Verbs of making told of the item before it changed hands: "built by Y for X, the boats were sold",
    "were built for X and sold", "the boats, built for X, were sold"."""
    t = f.trigger
    out = [c for c in t.children if c.dep_ == "advcl" and c.i < t.i]
    if t.dep_ == "conj" and t.head.i < t.i:
        out.append(t.head)
    out += [c for m in f.items for c in m.head.children if c.dep_ == "acl"]
    return [v for v in out if v.lemma_.lower() in MAKER_VERBS]


def _first_owner(f: Frame, res: ActorResolver) -> Resolved | None:
    """The state a making clause built the item for ("for the Borduvian Navy", "for Borduvia's coast guard")."""
    for v in _making_clauses(f):
        for p in (p for c in v.children if c.dep_ == "prep" and c.lower_ in FIRST_OWNER_PREPS
                  for p in c.children if p.dep_ == "pobj"):
            r = res.resolve(p)
            if r is not None and r.actor.kind in HOLDER_KINDS and r.actor.country:
                return r
    return None


def _builder_only(f: Frame) -> bool:
    """Every supplier is the agent or the place of a making clause on the item ("the frigate, built by Y for X,
    was handed to Z", "built in Y for X"): the builder, who sold it to its first owner, not to the recipient."""
    makers = {v.i for v in _making_clauses(f)}
    return bool(f.roles["supplier"]) and all(
        s.token.dep_ == "pobj" and (s.token.head.dep_ == "agent" or s.token.head.lower_ == "in")
        and s.token.head.head.i in makers
        for s in f.roles["supplier"])


def former_holder(f: Frame, res: ActorResolver) -> None:
    """Make the former holder of a second-hand item its supplier when the frame names none: the holder the
    item's phrase names, else the one it was built for (also over the builder the making clause names)."""
    if f.roles["supplier"] and not (f.roles["recipient"] and _builder_only(f)):
        return
    if f.roles["supplier"]:
        first = _first_owner(f, res)
        if first is not None and first.actor.country not in {r.actor.country for r in f.roles["recipient"]}:
            f.roles["supplier"] = [first]
            f.rule += ":first_owner"
        return
    taken = {r.actor.country for r in f.roles["recipient"]}
    used = next((h for m in f.items for h in [former_user(m.head, res)] if h is not None), None)
    if used is not None and taken == {used.actor.country}:  # "X, formerly the Y Navy's ..., was handed over to the
        f.roles["recipient"], taken = [], set()  # navy": the holder told on the item was read as the taker too
    found = next((h for m in f.items for h in [_holder(m.head, res)] if h is not None), None) or used
    rule = ":former_holder"
    if found is None and f.roles["recipient"]:
        found, rule = _first_owner(f, res), ":first_owner"
    if found is None:
        found, rule = _prefixed(f, res), ":hull_prefix"
    if found is not None and found.actor.country not in taken:
        f.roles["supplier"] = [found]
        f.rule += rule

"""The party asked for a transfer in a "whether" clause: in "X asked Y whether it could export Z", the
pronoun subject of the clause is Y, the party asked (the object of the verb of asking), not X; the clause is
a request put to Y (frames/clauses.asks_the_asked), so Y is the supplier."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.clauses import asks_the_asked
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver

ASKING = lexicon.word_set("asked_buyers", "asking_verbs")
BUYING = lexicon.word_set("asked_buyers", "buying_classes")
TOPIC_PREPS = lexicon.word_set("asked_buyers", "topic_preps")


def put_to_asked(resolver: ActorResolver, t: Token, f: Frame) -> None:
    """When t's clause asks the party asked whether it could give the item, that party supplies it."""
    if f.stage != "requested" or not asks_the_asked(t):
        return
    asked = [c for c in t.head.children if c.dep_ in ("dobj", "dative")]
    actors = [a for c in asked for a in resolver.resolve_all(c)]
    if actors:
        f.roles["supplier"] = []
        f.add("supplier", actors)


def asker_buys(resolver: ActorResolver, subject_of: Callable[[Token], Token | None], t: Token, f: Frame) -> None:
    """"X asked Y to buy N A": a buyer's verb under a verb of asking reads the party asked as the buyer (object
    control), but when Y is the state that makes one of the items, X asked to buy them from Y: Y supplies, X
    buys. An asked party that does not make the item ("X asked Y to buy A for it") keeps the reading it has."""
    if f.stage != "requested" or f.cls not in BUYING or t.dep_ not in ("xcomp", "advcl") or \
            t.head.lemma_.lower() not in ASKING or not f.items:
        return
    asked = [a for c in t.head.children if c.dep_ in ("dobj", "obj") for a in resolver.resolve_all(c)]
    who = subject_of(t.head)
    askers = resolver.resolve_all(who) if who is not None else []
    if not asked or not askers:
        return
    made = {o for it in f.items if it.designation for o in [resolver.lex.origin_of(it.designation)] if o}
    states = {a.actor.country for a in asked if a.actor.country}
    if not made & states or any(a.actor.country in made for a in askers):
        return
    f.roles["supplier"], f.roles["recipient"] = [], []
    f.add("supplier", asked)
    f.add("recipient", askers)
    f.rule += ":asker"


def asked_about(resolver: ActorResolver, t: Token, f: Frame) -> None:
    """"X has asked Y about buying N A": a buyer's verb in an "about" phrase of a verb of asking is a request put to
    the party asked (the verb's object), who supplies; a frame that names its supplier keeps it."""
    if f.stage != "requested" or f.cls not in BUYING or f.roles["supplier"] or t.dep_ != "pcomp" or \
            t.head.lower_ not in TOPIC_PREPS or t.head.head.lemma_.lower() not in ASKING:
        return
    asked = [a for c in t.head.head.children if c.dep_ in ("dobj", "obj", "dative") for a in resolver.resolve_all(c)]
    recipients = {a.actor.id for a in f.roles["recipient"]}
    if asked and not {a.actor.id for a in asked} & recipients:
        f.add("supplier", asked)
        f.rule += ":asked-about"


def _by_agent(verb: Token, f: Frame) -> list[Token]:
    """The "by" phrase of a passive verb of asking, or the one the parser hangs on the item asked for."""
    heads = [verb, *(it.head for it in f.items)]
    return [p for h in heads for c in h.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj"]


def passive_asker(resolver: ActorResolver, t: Token, f: Frame, subject: str | None) -> None:
    """"Y was asked (by X) for N A", "Y was asked by X to supply N A": the one asked (the passive subject)
    supplies, the "by" agent asks and receives."""
    if f.stage != "requested" or not f.items:
        return
    if f.cls == "request" and t.lemma_.lower() in ASKING:
        verb = t
    elif subject == "supplier" and t.dep_ == "xcomp" and t.head.lemma_.lower() in ASKING:
        verb = t.head
    else:
        return
    asked = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not asked:
        return
    askers = [a for p in _by_agent(verb, f) for a in resolver.resolve_all(p)]
    suppliers = [a for c in asked for a in resolver.resolve_all(c)]
    if not askers or not suppliers or {a.actor.id for a in askers} & {a.actor.id for a in suppliers}:
        return
    f.roles["supplier"], f.roles["recipient"] = [], []
    f.add("supplier", suppliers)
    f.add("recipient", askers)

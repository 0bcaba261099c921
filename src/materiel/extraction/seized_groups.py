"""A seized shipment bound for a group the text names by no state: "troops stopped a truck carrying rifles
bound for militias loyal to the former president", "seized ammunition destined for gangs". The destination
phrase is there but resolves to no actor; the group is one of the state the text is about (its topic state,
mentions/topic.py, use "seized_group"), which becomes the row's recipient, unless that state seized it."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import load_contents
from materiel.extraction.discourse import Row
from materiel.extraction.frames import bound, load_destinations, seizure
from materiel.extraction.joined_clauses import bound_in_sentence
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.onward_groups import onward_groups
from materiel.record.models import Actor

TOPIC_CONFIDENCE = 0.7
GROUPS = frozenset(lexicon.toml("cues.toml")["actors"]["group_nouns"])
RECIPIENT_NOUNS = frozenset(lexicon.toml("predicates.toml")["seizure"]["recipient_nouns"])
NAMED_WINDOW = int(lexicon.toml("predicates.toml")["seizure"]["inventory_sentences"])  # "The final destination was X"
_SEIZURE = lexicon.toml("predicates.toml")["seizure"]
LOAD_NOUNS = frozenset(_SEIZURE["containers"]) | frozenset(_SEIZURE["load_nouns"])
BUY_VERBS = frozenset(lexicon.toml("predicates.toml")["classes"]["buy"]["verbs"]) - {"await", "expect"}
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
PRINCIPAL_NOUNS = frozenset(lexicon.toml("predicates.toml")["seizure"]["principal_nouns"])
PRINCIPAL_VERBS = frozenset(lexicon.toml("predicates.toml")["seizure"]["principal_verbs"])
BELIEF_VERBS = frozenset({"believe", "think", "understand", "suspect", "appear", "seem", "say", "report"})


def _copula(t: Token) -> Token | None:
    """The copula the subject `t` names: its head "be", or the "to be" a verb of belief takes ("the destination
    was believed to be X", "the buyer appears to be X")."""
    v = t.head
    if t.dep_ == "nsubj" and v.lemma_ == "be":
        return v
    if t.dep_ in ("nsubj", "nsubjpass") and v.lemma_.lower() in BELIEF_VERBS and \
            not any(c.dep_ == "neg" for c in v.children):
        return next((x for x in v.children if x.dep_ == "xcomp" and x.lemma_ == "be"), None)
    return None


def _principal(x: Token, res: ActorResolver) -> list[Resolved]:
    """"a group of traders acting on behalf of Y", "a firm acting for Y", "a company that is a front for Y": the
    party a named go-between stands for (`principal_nouns` with their "of"/"for" phrase, `principal_verbs` with
    their "for" phrase, inside the phrase x)."""
    heads = [t for t in x.subtree if t.lemma_.lower() in PRINCIPAL_NOUNS and t.pos_ == "NOUN"]
    heads += [t for t in x.subtree if t.lemma_.lower() in PRINCIPAL_VERBS and t.pos_ == "VERB"]
    return [a for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for o in p.children if o.dep_ == "pobj" for a in res.resolve_all(o)[:1]]


def _recipient_noun(t: Token) -> bool:
    """"the buyer", "the consignee", "the intended end user": a noun of the party a seized load was for."""
    if t.lemma_.lower() in RECIPIENT_NOUNS:
        return True
    return any(f"{c.lower_} {t.lemma_.lower()}" in RECIPIENT_NOUNS for c in t.children if c.dep_ in ("compound", "amod"))


def _bought(sent: Any, res: ActorResolver) -> list[Resolved]:
    """"investigators said the shipment was purchased by X", "X had bought the consignment": the buyer of a seized load
    named again (a definite load noun, the object or passive subject of a verb of buying) is who it was for."""
    out: list[Resolved] = []
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in BUY_VERBS or any(c.dep_ == "neg" for c in v.children):
            continue
        passive = [c for c in v.children if c.dep_ == "nsubjpass" and _load_again(c)]
        active = [c for c in v.children if c.dep_ in ("dobj", "obj") and _load_again(c)]
        buyers = [o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"] if passive \
            else [c for c in v.children if c.dep_ == "nsubj"] if active else []
        out += [a for b in buyers for a in (res.resolve_all(b) or _located(b, res))[:1]]
    return out


def _located(t: Token, res: ActorResolver) -> list[Resolved]:
    """"business entities in X", "a company in X": an unnamed buyer by the state it is in."""
    return [a for p in t.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" for a in res.resolve_all(o)[:1] if a.actor.kind == "state"]


def _load_again(t: Token) -> bool:
    """"the cargo", "the consignment", "its load": a load noun with a definite determiner or a possessor."""
    return t.lemma_.lower() in LOAD_NOUNS and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE
                                                  for c in t.children)


def _named(sent: Any, res: ActorResolver) -> list[Resolved]:
    """"The intended recipient, officials said, was X": who the copula names for a recipient noun; the party X
    acts for, when X is told as its go-between ("the consignee was a firm acting on behalf of Y")."""
    return [a for t in sent if _recipient_noun(t) and (v := _copula(t)) is not None
            for x in v.children if x.dep_ == "attr" for a in (_principal(x, res) or res.resolve_all(x))[:1]]


def named_recipient(rows: list[Row], by_sentence: list[tuple[Any, list[Any]]], res: ActorResolver, window: int) -> None:
    """Give the seized rows with no recipient, and those of a load's listing ("the cargo included A and B"), told
    within `window` sentences before, the recipient a copula names ("Coast guards seized a dhow carrying 300
    rifles. The intended recipient was X", "its ultimate destination was thought to be X")."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    for n, (sent, _) in enumerate(by_sentence):
        found = _named(sent, res) or _bought(sent, res)
        if not found:
            continue
        for r in rows:
            if (r.frame.stage == seizure.STAGE or load_contents.names_load(r.frame.trigger)) and r.recipient is None \
                    and 0 <= n - index.get(r.sent.start, -99) <= window \
                    and (r.supplier is None or r.supplier.actor.id != found[0].actor.id):
                r.recipient, r.inherited = found[0], True


def seized_destinations(rows: list[Row], by_sentence: list[tuple[Any, list[Any]]], finder: Any) -> None:
    """Destinations of seized shipments told later ("... the load was bound for Y", frames/load_destinations.py), then those
    of groups with no state of their own; and a group that shipments to a state were handed to (onward_groups)."""
    load_destinations.bound_later(rows, by_sentence, finder)
    bound_in_sentence(rows, finder)  # "seized X - the cargo was headed for Y"
    named_recipient(rows, by_sentence, finder.res, NAMED_WINDOW)
    to_group_state(rows, finder.res, finder.destination_words)
    onward_groups(rows, {sent.start: n for n, (sent, _) in enumerate(by_sentence)})  # "... handed to the X gang"


def to_group_state(rows: list[Row], res: ActorResolver, destination_words: set[str]) -> None:
    """Give each seized row with an unresolved destination and no recipient the text's state."""
    pending = [r for r in rows if r.frame.stage == seizure.STAGE and r.recipient is None]
    if not pending:
        return
    topic = res.topics.decide("seized_group")
    country = res.lex.countries.get(topic.iso3) if topic is not None else None
    if country is None:
        return
    for r in pending:
        if not _unnamed_destination(r, res, destination_words):
            continue
        taken = {a.actor.country or a.actor.id for a in seizure.seizers(r.frame)}
        if country.iso3 in taken or (r.supplier is not None and r.supplier.actor.country == country.iso3):
            continue
        actor = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3, text="")
        r.recipient, r.inherited = Resolved(actor, TOPIC_CONFIDENCE, r.item.head), True


def _unnamed_destination(r: Row, res: ActorResolver, words: Any) -> bool:
    places = bound.destination_places(r.frame, words)
    return bool(places) and not any(res.resolve_all(p) for p in places) and any(p.lower_ in GROUPS for p in places)

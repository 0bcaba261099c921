"""A state's own personnel who sell or pass arms on to a group supply it for their state: "army officers sold
5,000 rounds to a gang", "prosecutors charged two police officers with selling pistols to the X gang", "rounds
were sold to the rebels by soldiers at remote posts". The giver is the verb's subject, its passive agent, or the
one charged with the verb ([group_recipients] charge_verbs); its head is one of `heads` of [personnel_sources]
in words.toml. The state is the one the giver's own phrase names ("Ruritanian soldiers", "officers of the
Ruritanian army"); a giver whose phrase names none ("soldiers at border posts") is the personnel of the state
the text is about; a giver told as none ("no soldier of X has sold") makes the row negated. A giver whose phrase names another kind of actor ("officers of the X company") gives nothing
here. Only rows with no supplier, and with a group or person as recipient, are filled."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.charged_gerunds import charge_prep
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

CLASSES = lexicon.word_set("personnel_sources", "classes")
HEADS = lexicon.word_set("personnel_sources", "heads") | lexicon.word_set("personnel_sources", "ranks")
VERDICT_VERBS = lexicon.word_set("personnel_sources", "verdict_verbs")
VERDICT_PREPS = lexicon.word_set("personnel_sources", "verdict_preps")
RECIPIENT_KINDS = lexicon.word_set("personnel_sources", "recipient_kinds")
NONE_DETS = lexicon.word_set("no_lot_shipped", "none_determiners")
STATE_KINDS = ("state", "government_body")
CONFIDENCE = 0.5


def verdict_prep(p: Token) -> bool:
    """p is the "for"/"of" of a verdict on the one who did it: "sentenced two privates for selling", "was
    convicted of selling" ([personnel_sources] verdict_verbs, verdict_preps)."""
    head = p.head.head if p.head.dep_ in ("dobj", "obj") else p.head
    return p.dep_ == "prep" and p.lower_ in VERDICT_PREPS and head.lemma_.lower() in VERDICT_VERBS


def _giver(t: Token) -> Token | None:
    """The one who gives by t: its subject, its passive agent, or the one charged with or sentenced for it."""
    for c in t.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if t.dep_ == "pcomp" and (charge_prep(t.head) or verdict_prep(t.head)):
        verb = t.head.head if t.head.head.dep_ not in ("dobj", "obj") else t.head.head.head
        charged = t.head.head if t.head.head.dep_ in ("dobj", "obj") else None
        return charged or next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    return None


def _named_state(giver: Token, res: ActorResolver) -> Resolved | None | bool:
    """The state the giver's own phrase names; False when it names an actor of another kind, None when none."""
    for tok in giver.subtree:
        if tok.i == giver.i:
            continue
        found = (res.resolve(tok) if res.is_actor_span(tok) else None) or res._demonym_modifier(tok)
        if found is None:
            continue
        if found.actor.kind not in STATE_KINDS or not found.actor.country:
            return False
        return found
    return None


def _told_before(giver: Token, res: ActorResolver) -> str | None:
    """The one state the sentence before the giver's names ("X's own depots leaked. Officers sold ...")."""
    start = giver.sent.start
    if start == 0 or "\n\n" in res.doc[start - 1].whitespace_ + res.doc[start - 1].text:
        return None
    before = res.doc[start - 1].sent
    found = {a.country for s in res.doc.spans.get("actors", []) if before.start <= s.start < before.end
             for a in (res.span_actor(s),) if a is not None and a.kind in STATE_KINDS and a.country}
    return next(iter(found)) if len(found) == 1 else None


def _topic_state(giver: Token, res: ActorResolver) -> Resolved | None:
    """The state the text is about, else the one state the sentence before names."""
    topic = res.topics.decide("force_body")
    iso3 = topic.iso3 if topic is not None else _told_before(giver, res)
    c = res.lex.countries.get(iso3) if iso3 is not None else None
    if c is None:
        return None
    text = " ".join(t.text for t in giver.subtree if t.i <= giver.i)
    return Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=text), CONFIDENCE, giver)


def _own_phrase(giver: Token) -> Resolved:
    """The personnel themselves, told by their own words ("two army privates": army privates), when no state is
    told for them: the reseller supplies."""
    words = [t.text for t in giver.children if t.dep_ in ("compound", "amod") and t.i < giver.i] + [giver.text]
    name = " ".join(words)
    text = " ".join(t.text for t in giver.subtree if t.i <= giver.i)
    return Resolved(Actor(id="-".join(w.lower() for w in words), name=name, kind="other", text=text), CONFIDENCE, giver)


def personnel_state(r: Row, res: ActorResolver) -> Resolved | None:
    """The state whose personnel give r's item, when r's giver is a state's personnel."""
    if r.recipient is None or r.recipient.actor.kind not in RECIPIENT_KINDS or r.frame.cls not in CLASSES:
        return None
    giver = _giver(r.frame.trigger)
    if giver is None or giver.lower_ not in HEADS:
        return None
    named = _named_state(giver, res)
    if named is False:
        return None
    found = named if isinstance(named, Resolved) else _topic_state(giver, res) or _own_phrase(giver)
    if found is None or found.actor.country and found.actor.country == r.recipient.actor.country:
        return None
    return found


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give each row with no supplier whose giver is a state's personnel that state."""
    for r in rows:
        found = personnel_state(r, res) if r.supplier is None else None
        if found is not None:
            r.supplier = found
            if not r.frame.roles["supplier"]:
                r.frame.roles["supplier"] = [found]  # the frame's own party: no generic role to clear
            giver = _giver(r.frame.trigger)
            if r.reading.factuality == "asserted" and giver is not None and any(
                    c.dep_ == "det" and c.lower_ in NONE_DETS for c in giver.children):
                r.reading.factuality = "negated"  # "no soldier has sold a round to X"


__all__ = ["fill", "personnel_state"]

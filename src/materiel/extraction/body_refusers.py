"""A refusal whose subject is a state's deciding body: "Ruritania's licensing commission turned down a licence for
X for Y", "Ruritanian court orders halt to X exports to Y" (a headline the parser reads with "court orders" as one
noun phrase), "the sale was blocked by Freedonia's arms-export board". The body's state decides the export, so it
is the supplier of the refused row that has none, before a supplier is lent by the sentences around
(late_fills.in_context) or read off the item's maker (discourse.fill_from_origin). The bodies are
[licensed_acts] deciding_bodies of words.toml; the state is the body's own (the resolver's reading, else its
possessor, or the state of a demonym or name modifying it), never the recipient's."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

BODIES = lexicon.word_set("licensed_acts", "deciding_bodies")
ASKS = lexicon.word_set("pipeline", "request_nouns")  # "an application to export X": the body refuses the application
STATE_KINDS = ("state", "government_body")
CONFIDENCE = 0.85  # kept of the body's reading: the state stands for its body
MODIFIERS = ("poss", "amod", "compound", "nmod")


@lru_cache(maxsize=1)
def _state_words() -> dict[str, str]:
    """Demonyms and names of countries (lower case) -> iso3."""
    out: dict[str, str] = {}
    for c in lexicon.load().countries.values():
        for w in [c.name, *c.demonyms]:
            out[w.lower()] = c.iso3
    return out


def _verb(t: Token) -> Token:
    """The clause verb of the trigger: "refused (a licence)", the verb of a refusal noun it is the object of, or
    the verb that refuses the request noun whose infinitive the trigger is ("turned down an application to
    export X to Y", "an application to sell X was rejected")."""
    if t.pos_ in ("VERB", "AUX") and t.dep_ == "acl" and t.head.lemma_.lower() in ASKS:
        t = t.head
    elif t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl" and any(  # a time phrase between: on the verb
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ASKS and c.i < t.i for c in t.head.children):
        return t.head
    return t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "obj", "nsubjpass") else t


def _bodies(verb: Token) -> list[Token]:
    """Deciding bodies among the clause's subjects and agents, or compound modifiers of a subject ("court orders")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    out = []
    for s in subjects:
        heads = [s] + [c for c in s.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        out += [h for h in heads if h.lemma_.lower() in BODIES]
    return out


def _state(body: Token, res: ActorResolver) -> Resolved | None:
    """The state whose body `body` is, or None."""
    found = res.resolve(body)
    if found is not None and found.actor.kind in STATE_KINDS and found.actor.country:
        return found
    mods = list(body.children)
    if body.dep_ == "compound":  # "Ruritanian court orders": the parser hangs the demonym on "orders"
        mods += [c for c in body.head.children if c.i < body.i]
    for c in mods:
        if c.dep_ not in MODIFIERS or c.i > body.i:
            continue
        r = res.resolve(c) if c.dep_ == "poss" else None
        if r is not None and r.actor.kind in STATE_KINDS and r.actor.country:
            return r
        iso3 = _state_words().get(c.text.lower())
        country = res.lex.countries.get(iso3) if iso3 else None
        if country is not None:
            actor = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3, text=c.text)
            return Resolved(actor, 0.9, c)
    return None


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give a refused row with no supplier the state of the deciding body that refuses it (module text)."""
    for r in rows:
        if r.supplier is not None or r.frame.stage != "refused":
            continue
        for body in _bodies(_verb(r.frame.trigger)):
            state = _state(body, res)
            if state is None or (r.recipient is not None and state.actor.country == r.recipient.actor.country):
                continue
            text = " ".join(t.text for t in body.subtree if t.i <= body.i and t.dep_ not in ("det", "case", "punct"))
            actor = state.actor.model_copy(update={"text": text or state.actor.text})
            r.supplier = Resolved(actor, state.confidence * CONFIDENCE, body)
            r.frame.rule += ":body-state" if not r.frame.rule.endswith(":body-state") else ""
            break


__all__ = ["fill"]

"""Object control with a pronoun taker: "Kenya has asked Italy to sell it 20 armoured vehicles", "Nairobi urged
Rome to supply them with helicopters", "Peru asked Spain to give it two patrol boats". The complement verb's
understood subject is the matrix verb's object (the asked party), and a pronoun object of the complement cannot
be that same party (binding): it stands for the matrix subject, the asker. A frame whose party is such a pronoun,
read as the asked party or as no one, gets the asker instead. Subject control ("Italy agreed to sell it ...",
no object on the matrix verb) is left alone. Words: words.toml [controlled_pronouns]."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import ROLES, Frame
from materiel.extraction.mentions.resolve import Resolved

PRONOUNS = lexicon.word_set("controlled_pronouns", "pronouns")
DEPS = lexicon.word_set("controlled_pronouns", "deps")
PREPS = lexicon.word_set("controlled_pronouns", "preps")


def _controller(t: Token) -> Token | None:
    """The matrix verb's object that controls the complement verb t ("asked Italy to sell"), or None."""
    if t.dep_ != "xcomp" or t.head.i > t.i:
        return None
    objects = [c for c in t.head.children if c.dep_ in ("dobj", "obj") and c.i < t.i]
    return objects[0] if objects else None


def _subject(v: Token) -> Token | None:
    """The subject of v, climbing through verbs that share their head's subject ("has asked", "and asked")."""
    for _ in range(4):
        found = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found[0]
        if v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _pronouns(t: Token) -> list[Token]:
    """The pronoun objects of t: "sell it A", "supply them with A", "sell A to it"; a direct object only beside a
    "with" phrase ("sell them" names the goods)."""
    with_goods = any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children)
    out = [c for c in t.children if c.dep_ in DEPS and c.lower_ in PRONOUNS and (c.dep_ == "dative" or with_goods)]
    out += [o for p in t.children if p.dep_ == "prep" and p.lower_ in PREPS
            for o in p.children if o.dep_ == "pobj" and o.lower_ in PRONOUNS]
    return out


def asker_for_pronoun(f: Frame, res: Any) -> None:
    """Give f's pronoun party in an object-controlled complement the matrix subject (the asker)."""
    t = f.trigger
    if t.pos_ not in ("VERB", "AUX"):
        return
    controller = _controller(t)
    pronouns = _pronouns(t) if controller is not None else []
    subject = _subject(t.head) if pronouns else None
    if controller is None or subject is None:
        return
    askers: list[Resolved] = res.resolve_all(subject)
    asked = {r.actor.id for r in res.resolve_all(controller)}
    askers = [a for a in askers if a.actor.id not in asked]
    if not askers or not asked:  # "bought kits to fit them with cannon": no party asked, the pronoun the goods'
        return
    for p in pronouns:
        for role in ROLES:
            parties = f.roles.get(role) or []
            if any(x.token.i == p.i for x in parties):
                f.roles[role] = [x for x in parties if x.token.i != p.i and x.actor.id not in asked] + \
                    [a for a in askers if all(a.actor.id != x.actor.id for x in parties)]

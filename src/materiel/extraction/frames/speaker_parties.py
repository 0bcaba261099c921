"""A quoted first-person party whose speaker names no party: '"X never gave us a single gun," a rebel commander
said', '"Not one rifle has reached our men from X," their spokesman said'. The pronoun stands for the
speaker's side, which no lexicon knows (mentions/speaker_sides.unnamed_speaker): it resolves to no one, and the
role it fills is generic, so no party of the context fills it either (the antecedent search, or the sentences
before, would give a party the speaker is not: the state the article is about, a supplier named earlier)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import ROLES, Frame
from materiel.extraction.mentions.speaker_sides import unnamed_speaker

FIRST_PERSON = lexicon.word_set("resolve", "pronouns_speaker")
TO_PREPS = frozenset({"to", "for"})


def _slots(finder: Any, f: Frame) -> list[tuple[Token, str]]:
    """The first-person words of f's verb and the role each names: the subject's, an indirect object or a "to"
    phrase the recipient's, a "from" phrase the supplier's, a possessor of either ("our people")."""
    v, spec = f.trigger, finder.classes[f.cls]
    out: list[tuple[Token, str]] = []
    objects = [c for c in v.children if c.dep_ == "dobj"]  # "delivered rifles to us": the phrase hung on the object
    for c in [*v.children, *(p for o in objects for p in o.children if p.dep_ == "prep")]:
        head, role = c, None
        if c.dep_ in ("nsubj", "nsubjpass"):
            role = spec.get("subject") if c.dep_ == "nsubj" else "recipient"
        elif c.dep_ == "dative":
            role = "recipient"
        elif c.dep_ == "prep" and (c.lower_ in TO_PREPS or c.lower_ == "from"):
            head = next((p for p in c.children if p.dep_ == "pobj"), c)
            role = "supplier" if c.lower_ == "from" else "recipient"
        if role not in ROLES:
            continue
        words = [head] + [p for p in head.children if p.dep_ == "poss"]
        out += [(w, str(role)) for w in words if w.lower_ in FIRST_PERSON]
    return out


def read_speaker_parties(finder: Any, f: Frame) -> None:
    """f's empty role named by a quoted first-person word of an unnamed speaker becomes generic."""
    if f.trigger.pos_ not in ("VERB", "AUX"):
        return
    for w, role in _slots(finder, f):
        if not f.roles[role] and unnamed_speaker(w, finder.res.resolve):
            f.generic.add(role)

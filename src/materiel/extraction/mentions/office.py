"""A person named with a state office speaks for that state: "Narendra Modi, India's prime minister",
"King Hamad, King of Bahrain", "Ali Bongo, the president of Gabon" (an apposition whose head is an
office title, `leader_titles` in cues.toml, owned by a state through a possessive or an "of" phrase).

As a party the person stands for the state (as a company does in the register, see pipeline.py); the
person's name stays as the actor's surface text."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

TITLES = frozenset(lexicon.toml("cues.toml")["actors"]["leader_titles"])
OF_PREPS = lexicon.word_set("resolve", "of_preps")


def _title(tok: Token) -> bool:
    words = " ".join(c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")).split()
    return tok.lower_ in TITLES or " ".join([*words[-1:], tok.lower_]) in TITLES


def _owner(title: Token) -> list[Token]:
    """"India's prime minister": India; "King of Bahrain", "the ruler of Bahrain": Bahrain."""
    owners = [c for c in title.children if c.dep_ == "poss"]
    owners += [p for c in title.children if c.dep_ == "prep" and c.lower_ in OF_PREPS
               for p in c.children if p.dep_ == "pobj"]
    return owners


def office_state(tok: Token, resolve: Callable[[Token], Resolved | None], name: str) -> Resolved | None:
    """The state a person speaks for by the office an apposition gives them, or None."""
    for c in tok.children:
        if c.dep_ != "appos" or not (_title(c) or c.lemma_.lower() in ("ruler", "leader", "head")):
            continue
        for o in _owner(c):
            r = resolve(o)
            if r is not None and r.actor.kind == "state":
                state = r.actor
                return Resolved(Actor(id=state.id, name=state.name, kind="state", country=state.country, text=name),
                                r.confidence * 0.9, tok)
    return None


def when_phrase(p: Token) -> bool:
    """"in June", "last year": a preposition whose object is a date or a time."""
    objs = [c for c in p.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)

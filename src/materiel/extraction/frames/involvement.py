"""Who takes part in a transfer named by a noun: "X denied any involvement in the trafficking of arms to
Y", "X's role in the supply of drones to Y", "accused X of complicity in the smuggling of rifles to Y":
the one involved supplies (the nouns are [involvement] in `words.toml`)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame

INVOLVEMENT = lexicon.word_set("involvement", "nouns")
CLASSES = ("supply", "sell", "divert")


def _involved(noun: Token, finder: FinderState) -> Token | None:
    """The party of an involvement noun: its possessor, else the subject (or, after "accused", the object)
    of the verb that holds it."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    host = noun.head.head if noun.dep_ == "pobj" else noun.head  # "accused X of complicity in"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return next((c for c in host.children if c.dep_ in ("dobj", "obj")), None)
    return finder.subject_of(host) if noun.dep_ in ("dobj", "obj", "nsubj", "attr") else None


def involved_supplier(finder: FinderState, f: Frame) -> None:
    """The supplier of a transfer noun with none, from the involvement noun it hangs under."""
    t = f.trigger
    if f.cls not in CLASSES or f.roles["supplier"] or t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "pobj" \
            or t.head.lower_ != "in" or t.head.head.lemma_.lower() not in INVOLVEMENT:
        return
    party = _involved(t.head.head, finder)
    if party is not None:
        f.add("supplier", [a for a in finder.res.resolve_all(party)
                           if all(a.actor.id != r.actor.id for r in f.roles["recipient"])])

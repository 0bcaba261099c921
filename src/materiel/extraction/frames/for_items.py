"""An item the parser takes for the subject of a purpose clause: "Lima asked Ottawa for three frigates to replace
its old ships" is parsed as "for [three frigates to replace its old ships]", with "for" a marker and the frigates
the subject of "replace" (or "for" a preposition over that clause). For a verb whose class reads the "for" phrase as its item ("asked for"), and a frame
with no item yet, that subject is the item."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import FinderState, Frame

CLAUSES = ("advcl", "ccomp", "xcomp", "acl")


def _marked_subjects(v: Token) -> list[Token]:
    """The subjects of the clauses on v opened by "for" ("for three frigates to replace ...")."""
    marked = [c for c in v.children if c.dep_ in CLAUSES and c.i > v.i and
              any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    marked += [c for p in v.children if p.dep_ == "prep" and p.lower_ == "for" for c in p.children if c.dep_ == "pcomp"]
    return [s for c in marked for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i]


def read_marked(finder: FinderState, frames: list[Frame]) -> None:
    """Give a "for"-item frame with no item the materiel subject of its "for ... to" clause."""
    for f in frames:
        if f.items or f.trigger.pos_ not in ("VERB", "AUX"):
            continue
        if finder.classes.get(f.cls, {}).get("preps", {}).get("for") != "item":
            continue
        for s in _marked_subjects(f.trigger):
            if finder.items.is_materiel(s):
                f.items.extend(finder.items.items(s))

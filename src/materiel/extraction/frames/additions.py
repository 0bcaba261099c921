"""A second step told with a verb of adding after the first: "Qatar ordered 24 A from X in 2015 and added 12
more in 2017", "Peru bought ten B and added another six": the added verb, a conjunct of a transfer's verb
whose object is a bare count of more ("12 more", "another six", "a further ten"), is a transfer of that many
of the same item, at the same stage and with the same parties. The verbs are data (`words.toml` [history]
addition_verbs)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame

ADDITION_VERBS = lexicon.word_set("history", "addition_verbs")
MORE_MARKS = lexicon.word_set("history", "addition_marks")
ADDED = "history:added"


def added(finder: FinderState, v: Token, frames: list[Frame]) -> list[Frame]:
    """The frame of an added step ("... and added 12 more"), or none."""
    if v.pos_ != "VERB" or v.lemma_.lower() not in ADDITION_VERBS or v.dep_ != "conj":
        return []
    first = next((f for f in frames if f.trigger.i == v.head.i and f.trigger.pos_ in ("VERB", "AUX") and
                  f.items and f.stage in ("ordered", "delivered")), None)
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj") and (c.like_num and any(
            m.lower_ in MORE_MARKS for m in c.children) or c.lower_ in MORE_MARKS and any(  # "six more" as
            m.dep_ == "nummod" and m.like_num for m in c.children))]  # "more" with its count: the parser's other reading
    if first is None or len(objs) != 1:
        return []
    f = Frame(v, first.cls, first.stage, rule=ADDED)
    for role, parties in first.roles.items():
        f.add(role, list(parties))
    f.items = finder.items.items(objs[0])
    return [f] if f.items else []

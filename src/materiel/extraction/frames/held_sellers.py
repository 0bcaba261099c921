"""A buyer who buys what a state holds: "X sought to acquire all 9 of Y's Zorvan jets", "X bought Y's 12 used
Gripens", "X wants 20 of Y's surplus tanks". The state named as the possessor of the item bought (on the item, or
on the whole of a part told "N of Y's ...") sells it: it is the supplier, in place of a company read off the item's
own name ("Y's Saab Gripen jets": Saab made them, Y sells them). A possessor that is a company, a pronoun or the
buyer's own ("its jets", "X's own jets") names no seller, nor does a possessor outside the item ("for Y's navy")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

BUYING_CLASSES = lexicon.word_set("beneficiary", "buying_classes")
SELLER_KINDS = frozenset({"state", "government_body"})


def _possessors(m: Any) -> list[Token]:
    """The possessors of an item: on its head ("Y's jets") or, for a part, on the whole ("15 of Y's jets")."""
    heads = [m.head]
    h = m.head
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in ("NUM", "NOUN", "PRON", "DET") and \
            (h.head.head.like_num or h.head.head.lower_ in ("all", "some", "most", "part", "half", "rest", "many")):
        heads.append(h.head.head)  # "all 15 of Y's jets": the count is the object the verb takes
    return [c for x in heads for c in x.children if c.dep_ == "poss" and c.pos_ == "PROPN"]


def held_sellers(f: Frame, res: Any) -> None:
    """Make the state that holds the items a buying frame takes its supplier (see the module)."""
    if f.cls not in BUYING_CLASSES or not f.items or not f.roles["recipient"]:
        return  # "the Army's units, bought from Z": with no buyer named, the possessor holds them after the sale
    buyers = {k for r in f.roles["recipient"] for k in (r.actor.id, r.actor.country) if k}
    found = [r for m in f.items for p in _possessors(m) for r in res.resolve_all(p)
             if r.actor.kind in SELLER_KINDS and not {r.actor.id, r.actor.country} & buyers]
    if not found or len({r.actor.id for r in found}) > 1:
        return
    own = {t.i for m in f.items for t in m.head.subtree}
    named = [r for r in f.roles["supplier"] if r.token.i not in own or r.actor.kind in SELLER_KINDS]
    if named:
        return  # a seller named outside the item ("from Z"), or a state already
    f.roles["supplier"] = found[:1]
    f.rule += ":held"

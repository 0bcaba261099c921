"""A sale a government notifies its legislature of: "the ministry notified lawmakers of a possible sale of X to Y",
"Washington informed Congress of the proposed sale of X". Notifying the legislature is the exporting government's
approval of a sale still to be agreed: `offered`, whether the noun says "possible", "proposed" or nothing. The
addressees and the sale classes are data (words.toml [notified] legislatures, sale_classes); a notification to a
sanctions committee of a delivery stays what it tells (frames/notified.py)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

VERBS = lexicon.word_set("notified", "verbs")
LEGISLATURES = lexicon.word_set("notified", "legislatures")
SALE_CLASSES = lexicon.word_set("notified", "sale_classes")


def _addressee(noun: Token) -> Token | None:
    """The addressee of the verb of notifying whose "of" phrase (on the verb or on its addressee) is `noun`."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    holder = noun.head.head
    verb = holder.head if holder.dep_ in ("dobj", "obj") else holder
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in VERBS:
        return None
    return holder if holder is not verb else next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def mark(noun: Token, f: Frame) -> None:
    """A sale noun in the "of" phrase of notifying a legislature is offered."""
    if f.cls not in SALE_CLASSES or f.stage not in ("considered", "ordered", "delivered"):
        return
    to = _addressee(noun)
    if to is None or not (to.lemma_.lower() in LEGISLATURES or to.lower_ in LEGISLATURES):
        return
    f.stage, f.rule = "offered", f.rule + ":notified"

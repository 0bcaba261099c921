"""Offers a buyer weighs: "Kenya's navy is evaluating offers from Spain and India for patrol
boats". The offer noun is the object of a verb of weighing; that verb's subject is the buyer the
offers were made to, and its phrases after the noun ("for patrol boats") are the offer's."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

WEIGHING_VERBS = lexicon.word_set("offers", "weighing_verbs")
WEIGHED_CLASSES = lexicon.word_set("offers", "weighed_classes")


def weighs_offer(n: Token, noun_classes: dict[str, str]) -> bool:
    """n is an offer noun, the direct object of a verb of weighing."""
    cls = noun_classes.get(n.lemma_.lower()) or noun_classes.get(n.lower_)
    return cls in WEIGHED_CLASSES and n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() in WEIGHING_VERBS


def offer_stands(n: Token, f: Frame, noun_classes: dict[str, str]) -> None:
    """"Kenya is weighing an offer of X from Y": the verb of weighing ("weigh", "consider", "study") is the buyer's,
    not the offer's stage; the offer is made (`offered`), and a negated weighing leaves it made too."""
    if not weighs_offer(n, noun_classes) or f.stage != "considered" or f.governor is None or f.governor.i != n.head.i:
        return
    f.stage, f.negated = "offered", False
    buyers = {r.token.i for r in f.roles["recipient"]}
    f.roles["supplier"] = [r for r in f.roles["supplier"] if r.token.i not in buyers]  # the weigher sells nothing
    f.rule = f.rule.removesuffix(f":{n.head.lemma_.lower()}")


def told_offer(f: Frame) -> bool:
    """The weighed offer names its item or its maker ("an offer of X from Y"); a bare "the offer" is the one told
    before, whose row that telling already gives."""
    return bool(f.items or f.roles["supplier"])

"""A transfer named only as the act a penalty punishes is no transfer: no row.

"The cabinet would press for harsher penalties for importing unlicensed pistols", "the bill sets fines for selling
rifles to minors", "tougher sentences for smuggling guns": the gerund of a transfer verb that is the object of
"for" / "against" / "on" after a noun of punishment ([penalised_acts] penalty_nouns) names a kind of act that a
policy would punish, not an event, so its row goes, when the noun is told of a kind of act: plural ("penalties",
"fines") or compared ("a stiffer sentence"); "a ten-year sentence for smuggling rifles" punishes a real act. The preposition may hang on the noun or, by a parse slip, on the
verb whose object the noun is ("approved prison terms of up to ten years for exporting weapons", "press for harsher
penalties for importing"). A gerund with its
own subject or possessor ("fined for his selling rifles") and a finite verb ("he was fined after he sold rifles")
are left alone; so are bans and embargoes ("a ban on exporting arms to Y" is a refusal row).

Word lists: words.toml [penalised_acts]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

PENALTIES = lexicon.word_set("penalised_acts", "penalty_nouns")
PREPS = ("for", "against", "on")


def _generic(noun: Token) -> bool:
    """A penalty noun told of a kind of act: plural ("penalties") or compared ("a stiffer sentence"); "a ten-year
    sentence for smuggling rifles" punishes a real act and stays."""
    if noun.lemma_.lower() not in PENALTIES:
        return False
    return noun.tag_ == "NNS" or any(c.tag_ in ("JJR", "RBR") for c in noun.subtree if c.i < noun.i)


def _penalty(prep: Token) -> bool:
    """The preposition hangs on a generic penalty noun, or on a verb whose direct object, or the object of another
    of its prepositions, is one ("lobby for harsher fines for exporting ...")."""
    head = prep.head
    if _generic(head):
        return True
    if head.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [g for c in head.children if c.dep_ == "prep" and c.i != prep.i for g in c.children if g.dep_ == "pobj"]
    return any(_generic(o) for o in objects)


def penalised_act(t: Token) -> bool:
    """t is a bare gerund after "for" / "against" / "on" of a penalty (see the module)."""
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ not in PREPS:
        return False
    if any(c.dep_ in ("nsubj", "poss") for c in t.children):
        return False
    return _penalty(t.head)


def penalised(r: Row) -> bool:
    """The row's trigger is the act a penalty punishes (see the module)."""
    return penalised_act(r.frame.trigger)


__all__ = ["penalised", "penalised_act"]

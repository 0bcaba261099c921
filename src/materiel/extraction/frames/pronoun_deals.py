"""A step over a deal told again by a pronoun in the same sentence: "the government approved the sale of X to Y,
but parliament blocked it", "parliament blocked the sale of X to Y after the government had approved it", "Seoul
offered X to Y, then withdrew it". The verb over "it" (words.toml `frame_words.deal_pronouns`) names no item of
its own; the deal it takes up is that of the coordinated or subordinate clause it hangs on, with that deal's
parties and items, at the stage of its own verb (the block refuses the sale, the approval offers it); not when
the verb's own party is of neither side of the deal ("Russia tried to stop it")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import ROLES, Frame

DEAL_PRONOUNS = lexicon.word_set("frame_words", "deal_pronouns")
LINKS = ("conj", "advcl", "dep")  # "approved X, but blocked it", "blocked X after approving it", "X, then Y"
STEP_CLASSES = ("refuse", "offer", "clear", "cancel", "call_off")  # predicates.toml classes of a step over a deal


def _pronoun(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in DEAL_PRONOUNS),
                None)


def _linked(a: Token, b: Token) -> bool:
    """a and b are verbs of clauses joined by coordination or subordination, in either direction."""
    return a.dep_ in LINKS and a.head.i == b.i or b.dep_ in LINKS and b.head.i == a.i


def _outsider(f: Frame, deal: Frame) -> bool:
    """f names a party of neither side of the deal: "Germany sent tanks to X, and Russia tried to stop it" (a third
    state cannot refuse the transfer; a parliament or government of either side can)."""
    sides = {a.actor.country or a.actor.id for role in ROLES for a in deal.roles[role]}
    return any((a.actor.country or a.actor.id) not in sides for role in ROLES for a in f.roles[role])


def deals_told_again(frames: list[Frame]) -> list[Frame]:
    """Give each step over "it" the items and parties of the deal of the clause it is linked to."""
    for f in frames:
        v = f.trigger
        if f.cls not in STEP_CLASSES or v.pos_ not in ("VERB", "AUX") or f.items or f.implicit:
            continue
        pronoun = _pronoun(v)
        if pronoun is None:
            continue
        deal = next((g for g in frames if g is not f and g.items and g.trigger.pos_ in ("VERB", "AUX") and
                     g.trigger.i < pronoun.i and _linked(v, g.trigger) and _pronoun(g.trigger) is None), None)
        if deal is None or not deal.roles["recipient"] or _outsider(f, deal):
            continue
        f.items = [replace(m) for m in deal.items]
        for role in ROLES:
            f.roles[role] = list(deal.roles[role])
        f.rule += ":told-again"
    return frames

"""A deal undone in the same sentence, named by a pronoun: "X signed a contract to sell Y the Z but suspended it
in 2010", "agreed to buy 12 trainers from Y, but this was cancelled two years later", "signed a deal for 20 guns,
which was frozen in 2019". The refusing verb (a predicates.toml class of `REFUSING_CLASSES`) has a pronoun
(words.toml `undone_deals.pronouns`) for its object or passive subject, and is conjoined to the verb of the deal (or
is the relative clause of a noun that governs it). The rows of that deal, told just before it in the sentence, are
refused with it, with their parties; the deal's own rows stay as they were (it was ordered, then refused).
So is an order whose goods a denied delivery names by a pronoun ("ordered 5 jets in 2017, but they were never
delivered", "paid for rifles that X never delivered", the relative clause on the ordered goods): its rows are told
again, delivered and negated."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.cues import Reading
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame

PRONOUNS = lexicon.word_set("undone_deals", "pronouns")
TOLD_STAGES = ("ordered", "offered")  # a deal signed, agreed or offered, then undone


def _pronoun_object(t: Token) -> bool:
    """t, the refusing verb, refuses a pronoun: "suspended it", "this was cancelled", "which was frozen"."""
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in PRONOUNS and c.pos_ in ("PRON", "DET")
               for c in t.children)


def _deal_head(t: Token) -> Token | None:
    """The verb (or noun) of the deal that t undoes: its conjunct head, or the noun its relative clause hangs on."""
    if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    return None


def _under(trigger: Token, head: Token) -> bool:
    """trigger is head or lies under it, within the same clause chain ("signed a contract to sell": sell)."""
    return trigger == head or head in trigger.ancestors


def unmet(frame: Frame) -> bool:
    """`frame` is a delivery denied that names its goods by a pronoun: "they were never delivered"."""
    return frame.stage == "delivered" and frame.negated and not frame.items and not frame.implicit


def undone_deal(frame: Frame, reading: Reading, sent: Span, before: list[Row]) -> list[Row]:
    """The refused rows of the deal told earlier in the sentence that `frame`, refusing a pronoun, undoes; for a
    delivery denied (`unmet`), the rows of the order whose goods were never delivered, delivered and negated."""
    t = frame.trigger
    if t.pos_ not in ("VERB", "AUX") or not _pronoun_object(t):
        return []
    head = _deal_head(t)
    if head is None:
        return []
    stages = ("ordered",) if unmet(frame) else TOLD_STAGES
    told = [r for r in before if r.sent.start == sent.start and r.frame.stage in stages and
            r.frame.trigger.i < t.i and not r.frame.negated and (r.supplier or r.recipient) and
            (_under(r.frame.trigger, head) or unmet(frame) and head in r.item.head.subtree)]
    if not told:
        return []
    last = [r for r in told if r.frame is told[-1].frame]
    return [replace(r, frame=frame, reading=reading, sent=sent, inherited=True, standalone=False) for r in last]

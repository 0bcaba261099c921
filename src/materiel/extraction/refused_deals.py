"""A deal told before, refused by a later clause that names it only by a definite noun: "Peru signed a deal for 24
jets in 2017; the deal was frozen in 2019", "... but the contract was cancelled", "the sale collapsed". The refusal
names no item of its own; the rows of the latest deal told in the sentences just before are refused with it, with
their parties (the deal's supplier and buyer). The nouns are words.toml `frame_words.failed_deal_nouns`; a noun with
a phrase of its own ("the deal for X", "the sale to Y") or an indefinite one ("a deal was frozen") is not one
told before. Only a deal told with a party of its own: one whose parties are still to be found from the context
lends none that can be trusted to its refusal."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.cues import Reading
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.gapped_refusals import gapped_refusal
from materiel.extraction.undone_deals import undone_deal, unmet

DEAL_NOUNS = lexicon.word_set("frame_words", "failed_deal_nouns") | lexicon.word_set("applied_acts", "refused_asks")
DEFINITE = frozenset({"the", "this", "that", "its", "their"})
WINDOW = 400  # characters between the deal told and its refusal
TOLD_STAGES = ("ordered", "offered", "requested")  # "X tried to buy Y. The export was refused"
REFUSING_CLASSES = ("refuse", "cancel", "call_off")  # predicates.toml classes whose verb refuses its object


def _told_before(n: Token) -> bool:
    """n is a deal noun named as one told before: definite, with no phrase of its own."""
    return n.pos_ in ("NOUN", "PROPN") and n.lemma_.lower() in DEAL_NOUNS and \
        any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in n.children) and \
        not any(c.dep_ in ("prep", "compound", "amod", "nummod", "acl", "relcl") for c in n.children)


def undoes_deal(frame: Frame) -> bool:
    """`frame`, with no goods of its own, may undo a deal told before: a refusal, or a delivery denied."""
    return frame.stage == "refused" or unmet(frame)


def refused_deal(frame: Frame, reading: Reading, sent: Span, before: list[Row]) -> list[Row]:
    """The rows of the deal told just before that `frame`, a refusal with no item, refuses, or none."""
    t = frame.trigger
    if unmet(frame):  # "ordered X, but they were never delivered"
        return undone_deal(frame, reading, sent, before)
    gapped = gapped_refusal(frame, reading, sent, before)  # "the frigates it had made for X and later declined to deliver"
    if gapped:
        return gapped
    if t.pos_ not in ("NOUN", "PROPN") and frame.cls not in REFUSING_CLASSES:
        return []  # "were not authorized to discuss the deliveries": no refusal of a deal
    nouns = [t] if t.pos_ in ("NOUN", "PROPN") else [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if t.dep_ == "xcomp" and t.pos_ != "NOUN":  # "the application is expected to be refused": the raised subject
        nouns += [c for c in t.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not any(_told_before(n) for n in nouns):
        return undone_deal(frame, reading, sent, before)  # "signed a contract to sell X but suspended it"
    told = [r for r in before if r.frame.stage in TOLD_STAGES and r.frame.trigger.i < t.i and
            sent.start_char - r.sent.end_char < WINDOW and not r.frame.negated and (r.supplier or r.recipient)]
    if not told:
        return []
    last = [r for r in told if r.frame is told[-1].frame]
    return [replace(r, frame=frame, reading=reading, sent=sent, inherited=True, standalone=False) for r in last]

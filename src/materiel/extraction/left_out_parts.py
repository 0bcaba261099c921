"""Parts a transfer left out: "the corvettes were delivered without their missiles", "their rockets were not
included in the handover", "the guns were not part of the deal", "its torpedoes were removed before the
handover". The part is a row of its own, negated, with the parties and stage of the transfer it was left out of
(the transfer of the same sentence, else of the sentence before); a row the sentence built for the part on its
own gives way to it. Words are data (`words.toml` [left_out_parts])."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.frames import Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

WITHOUT = lexicon.word_set("left_out_parts", "without_preps")
INCLUDE = lexicon.word_set("left_out_parts", "include_verbs")
PART = lexicon.word_set("left_out_parts", "part_nouns")
REMOVING = lexicon.word_set("left_out_parts", "removing_verbs")
REMOVING_PREPS = lexicon.word_set("left_out_parts", "removing_preps")
TRANSFER_NOUNS = lexicon.word_set("left_out_parts", "transfer_nouns")
STAGES = ("delivered", "ordered")


def left_out(rows: list[Row], by_sentence: Sequence[tuple[Span, Sequence[Frame]]], finder: ItemFinder) -> list[Row]:
    """The rows with the parts left out added (see the module), the sentence's own rows for them dropped."""
    added: list[Row] = []
    dropped: set[int] = set()
    for i, (sent, _) in enumerate(by_sentence):
        own = [r for r in rows if r.sent.start == sent.start]
        before = [r for r in rows if i > 0 and r.sent.start == by_sentence[i - 1][0].start]
        for frame in {id(r.frame): r.frame for r in own}.values():  # "delivered without their missiles"
            parts = _without(frame.trigger, finder)
            if parts and frame.stage in STAGES:
                bases = _prefer_named(_bases([r for r in own if r.frame is frame]), _bases(before))
                added.extend(row for b in bases for row in _negated(b, parts, sent))
        for subj in _left_out_subjects(sent):
            parts = finder.items(subj)
            heads = {m.head.i for m in parts}
            if not parts:
                continue
            bases = _prefer_named(_bases([r for r in own if r.item.head.i not in heads]), _bases(before))
            dropped.update(id(r) for r in own if r.item.head.i in heads)
            added.extend(row for b in bases for row in _negated(b, parts, sent))
    return [r for r in rows if id(r) not in dropped] + added


def _negated(base: Row, parts: list[ItemMention], sent: Span) -> list[Row]:
    reading = replace(base.reading, factuality="negated")
    return [replace(base, item=m, designation=m.designation, category=m.category, sent=sent, reading=reading) for m in parts]


def _without(verb: Token, finder: ItemFinder) -> list[ItemMention]:
    """The materiel of a "without" phrase of the transfer verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [m for c in verb.children if c.dep_ == "prep" and c.lower_ in WITHOUT
            for p in c.children if p.dep_ == "pobj" for m in finder.items(p)]


def _left_out_subjects(sent: Span) -> list[Token]:
    """Subjects of "were not included in the sale", "were not part of the deal", "were removed before the
    transfer"."""
    out: list[Token] = []
    for v in sent:
        if v.pos_ not in ("VERB", "AUX"):
            continue
        lemma = v.lemma_.lower()
        neg = any(c.dep_ == "neg" for c in v.children)
        passive = any(c.dep_ == "auxpass" for c in v.children)
        if lemma in INCLUDE and neg and passive and _transfer_phrase(v, ("in",)):
            pass
        elif lemma == "be" and neg and any(c.dep_ == "attr" and c.lower_ in PART and _transfer_phrase(c, ("of",))
                                           for c in v.children):
            pass
        elif not (lemma in REMOVING and passive and not neg and _transfer_phrase(v, REMOVING_PREPS)):
            continue
        out.extend(c for c in v.children if c.dep_ in ("nsubj", "nsubjpass"))
    return out


def _transfer_phrase(head: Token, preps: Sequence[str] | frozenset[str]) -> bool:
    """Whether head has a phrase ("in the transfer", "of the deal", "before the handover") of a transfer noun."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [p for p in c.subtree if p.dep_ == "pobj"]
            if any(p.lemma_.lower() in TRANSFER_NOUNS or p.lower_ in TRANSFER_NOUNS for p in objs):
                return True
    return False


def _bases(rows: list[Row]) -> list[Row]:
    """One row for each transfer (frame and parties; these may be filled later, from the context) at a stage a part
    can be left out of."""
    out: list[Row] = []
    seen: set[tuple[int, str | None, str | None]] = set()
    for r in rows:
        if r.frame.stage not in STAGES or r.reading.factuality != "asserted":
            continue
        key = (id(r.frame), r.supplier.actor.id if r.supplier else None, r.recipient.actor.id if r.recipient else None)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out



def _prefer_named(own: list[Row], before: list[Row]) -> list[Row]:
    """The sentence's own transfers that name a party, else those of the sentence before that do (they stand
    for a bare "the corvettes were delivered"), else any."""
    for rows in (own, before):
        named = [r for r in rows if r.supplier is not None or r.recipient is not None]
        if named:
            return named
    return own or before

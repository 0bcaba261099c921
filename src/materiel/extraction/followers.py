"""Parties that follow another's refusal: "X halted arms exports to Y, and Z and W followed with similar
suspensions", "Z followed suit", "W took the same step". Each follower refuses the transfers the refusal just
told refuses (the refused rows of the same sentence before it, else of the sentence before), as their supplier.
The words are data (words.toml [followers])."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.echoed_acts import echoed_rows
from materiel.extraction.frames.framebase import FinderState
from materiel.extraction.mentions.resolve import Resolved

FOLLOW = lexicon.word_set("followers", "follow_verbs")
SUIT = lexicon.word_set("followers", "suit_nouns")
LIKENESS = lexicon.word_set("followers", "likeness_words")
MEASURES = lexicon.word_set("followers", "measure_nouns")


def _alike(n: Token) -> bool:
    """A measure noun said to be like another ("similar suspensions", "the same step")."""
    return n.lower_ in MEASURES and any(c.dep_ in ("amod", "det") and c.lower_ in LIKENESS for c in n.children)


def _following(v: Token) -> bool:
    """v follows another's measure: "followed suit", "followed with similar bans", "took the same step"."""
    if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in FOLLOW:
        return False
    objects = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    if v.lemma_.lower() == "follow" and any(o.lower_ in SUIT for o in objects):
        return True
    withs = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    return any(_alike(n) for n in (*objects, *withs))


def followers(finder: FinderState, sent: Span) -> list[tuple[Token, list[Resolved]]]:
    """The verbs of following in the sentence, each with the actors that follow (its subject)."""
    out = []
    for v in sent:
        if not _following(v):
            continue
        subj = finder.subject_of(v)
        actors = finder.res.resolve_all(subj) if subj is not None else []
        if actors:
            out.append((v, actors))
    return out


def followed_refusals(finder: FinderState, sent: Span, before: list[Row], here: list[Row]) -> list[Row]:
    """The refused rows of the refusal each follower follows, once more with the follower as supplier."""
    out: list[Row] = []
    for v, actors in followers(finder, sent):
        told = [r for r in here if r.frame.stage == "refused" and r.frame.trigger.i < v.i and r.supplier]
        if not told:
            prior = [r for r in before if r.frame.stage == "refused" and r.supplier and r.sent.end <= sent.start]
            told = [r for r in prior if r.sent.start == prior[-1].sent.start] if prior else []
        for r in told:
            s = r.supplier
            for a in actors:
                if s is None or a.actor.id == s.actor.id or (r.recipient and a.actor.id == r.recipient.actor.id) or \
                        any(o.supplier and o.supplier.actor.id == a.actor.id and o.item.head.i == r.item.head.i
                            for o in here + out):
                    continue
                out.append(replace(r, supplier=a, inherited=True))
    return out + echoed_rows(finder, sent, before, here)  # "as did Z", "Z did too": any act repeated

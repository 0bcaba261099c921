"""A bar put on a proposal, plan or request that carries a transfer: "Z put a hold on a Ruritanian plan to give
the army 900 rifles", "Z imposed a freeze on Y's plan to sell X 20 trucks", "Z put a block on a request to send
guns to W". The transfer's rows (offered, weighed or asked, read from the infinitive on the proposal noun) stay, and
are told once more refused, with their own parties (the one who bars it is a third party, not the supplier). The
bar nouns, the proposal nouns and the lifting verbs are predicates.toml [governors] data; a bar lifted ("lifted
the hold on the proposal") refuses nothing."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.cues import CueReader
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame

_GOV = lexicon.toml("predicates.toml")["governors"]
BARS = frozenset(_GOV["bar_nouns"])
PROPOSALS = frozenset(_GOV["offer_nouns"]) | frozenset(_GOV["consider_nouns"]) | frozenset(_GOV["request_nouns"])
LIFTING = frozenset(_GOV["lifting"])
TOLD = ("offered", "considered", "requested")


def _bar_over(v: Token) -> Token | None:
    """The bar noun whose "on" phrase holds the proposal that v, an infinitive on a proposal noun, carries."""
    n = v.head
    if v.dep_ not in ("acl", "xcomp", "relcl") or n.pos_ != "NOUN" or n.lemma_.lower() not in PROPOSALS:
        return None
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ not in ("on", "of"):
        return None
    bars = [prep.head] if prep.head.lemma_.lower() in BARS else [  # "placed a hold on it": the phrase on the verb
        o for o in prep.head.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in BARS
        and prep.head.pos_ in ("VERB", "AUX")]
    if not bars:
        return None
    bar = bars[0]
    if bar.head.lemma_.lower() in LIFTING and bar.dep_ in ("dobj", "obj", "nsubjpass"):
        return None  # "lifted the hold on the proposal": nothing barred
    return bar


def held_proposals(cues: CueReader, sent: Span, here: list[Row]) -> list[Row]:
    """The rows of each transfer proposed in `sent` under a bar, once more refused."""
    out: list[Row] = []
    frames: dict[int, Frame] = {}
    for r in here:
        t = r.frame.trigger
        if r.sent.start != sent.start or r.frame.stage not in TOLD or r.frame.negated or t.pos_ != "VERB":
            continue
        bar = _bar_over(t)
        if bar is None:
            continue
        if bar.i not in frames:
            frames[bar.i] = Frame(bar, "refuse", "refused", rule=f"noun:refuse:{bar.lemma_.lower()}:proposal")
        frame = frames[bar.i]
        out.append(replace(r, frame=frame, reading=cues.read(frame), inherited=True, standalone=False))
    return out

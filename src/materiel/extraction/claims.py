"""The claim behind a denial: "Serbia denied Amnesty's accusation that it had supplied mortars to
Sudan" reports two things, the accusation (Amnesty's, uncertain) and the denial (Serbia's).

The denied row is read by `cues`; this module adds the claim as its maker states it, attributed to
the maker, when the denied claim noun names one (a possessor, "by X", "from X", an actor modifier:
"US accusations", "claims by Human Rights Watch", "a report by a UN panel"). An accusation, a claim
or an allegation is uncertain; a report is asserted, as `cues` reads them when they are not denied.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.cues import CueReader
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

ASSERTING_CLAIMS = lexicon.word_set("claims", "asserting_claims")
CLAIM_CONFIDENCE = 0.9


def claims_behind_denials(rows: list[Row], cues: CueReader, res: ActorResolver) -> list[Row]:
    """For each denied row whose denial names the claim's maker, the claim row (not yet in `rows`)."""
    out: list[Row] = []
    for r in rows:
        if r.reading.factuality != "denied":
            continue
        claim = _claim_noun(r.frame.trigger, cues)
        if claim is None:
            continue
        maker_tok = _maker(claim, res)
        maker = res.resolve(maker_tok) if maker_tok is not None else None
        if maker_tok is None or maker is None:
            continue
        denier = r.reading.denied_by
        if denier is not None and denier.actor.id == maker.actor.id:
            continue
        factuality = "asserted" if claim.lower_ in ASSERTING_CLAIMS or claim.lemma_.lower() in ASSERTING_CLAIMS \
            else "uncertain"
        text = res.doc[maker_tok.left_edge.i: maker_tok.i + 1].text
        reading = replace(r.reading, factuality=factuality, denied_by=None, attribution_text=text,
                          attribution_source=maker, speaker=maker,
                          confidence_factor=r.reading.confidence_factor * CLAIM_CONFIDENCE)
        if not any(_same(o, r, reading.factuality) for o in rows + out):
            out.append(replace(r, reading=reading))
    return out


def _claim_noun(t: Token, cues: CueReader) -> Token | None:
    """The claim noun between a predicate and the verb that denies it ("denied [claims] that ...")."""
    for a in t.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in cues.denial_verbs:
            return None
        if a.pos_ in ("NOUN", "PROPN") and (a.lemma_.lower() in cues.claim_nouns or a.lower_ in cues.claim_nouns):
            head = a.head
            return a if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in cues.denial_verbs else None
    return None


def _maker(claim: Token, res: ActorResolver) -> Token | None:
    """Who makes the claim: "Amnesty's accusation", "claims by X", "accusations from X", "US claims"."""
    for c in claim.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and res.is_actor_span(c)):
            return c
    for c in claim.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _same(o: Row, r: Row, factuality: str) -> bool:
    return o.frame is r.frame and o.item.head.i == r.item.head.i and o.reading.factuality == factuality and \
        _id(o.supplier) == _id(r.supplier) and _id(o.recipient) == _id(r.recipient)


def _id(x: Resolved | None) -> str | None:
    return x.actor.id if x is not None else None

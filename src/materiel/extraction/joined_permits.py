"""A permit's coordinated "for" phrases, each with its own party: in "the board withheld permits for A ordered by
X, and for B destined for Y" (or "licences for A to X and for B to Y") each "for" phrase opens a segment of the
sentence, and a party told inside a segment (a destination participle's "for"/"to" phrase, [permits]
destined_participles; a buying participle's "by" agent, [joined_permits] buying_participles; or a "to" phrase)
is the recipient of the items of that segment only. A permit row whose item lies in a segment with a party of its
own takes that party; a row whose item lies in a segment with none keeps its recipient ("licences for A and for B
to Y": Y for both). Frames without coordinated "for" phrases are left alone."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

DESTINED = lexicon.word_set("permits", "destined_participles")
BUYING = lexicon.word_set("joined_permits", "buying_participles")


def _openers(first: Token) -> list[Token]:
    """The "for" prepositions coordinated with `first` ("for A and for B"), in text order, `first` included."""
    return sorted([first, *(j for j in first.conjuncts if j.lower_ == first.lower_)], key=lambda t: t.i)


def _party_in(start: int, end: int, tok: Token) -> Token | None:
    """The party a segment [start, end) of tok's sentence names: the "for"/"to" object of a destination participle,
    the "by" agent of a buying participle, or the object of a bare "to"."""
    doc = tok.doc
    for t in doc[start:end]:
        lemma = t.lemma_.lower()
        preps: tuple[str, ...] = ()
        if t.pos_ == "VERB" and lemma in DESTINED:
            preps = ("for", "to")
        elif t.pos_ == "VERB" and lemma in BUYING:
            preps = ("by",)
        for p in (c for c in t.children if c.lower_ in preps and c.dep_ in ("prep", "agent")):
            obj = next((o for o in p.children if o.dep_ == "pobj" and start <= o.i < end), None)
            if obj is not None:
                return obj
        if t.lower_ == "to" and t.dep_ == "prep" and t.head.pos_ not in ("VERB", "AUX"):
            obj = next((o for o in t.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.i < end:
                return obj
    return None


def _segments(r: Row) -> list[tuple[int, int]]:
    """The segments the coordinated "for" phrases holding r's item open; [] when its item is in no such phrase."""
    head = r.item.head
    for a in head.ancestors:
        if a.lower_ == "for" and a.dep_ in ("prep", "conj"):
            first = a.head if a.dep_ == "conj" and a.head.lower_ == "for" else a
            openers = _openers(first)
            if len(openers) < 2:
                return []
            end = head.sent.end
            return [(o.i, openers[k + 1].i if k + 1 < len(openers) else end) for k, o in enumerate(openers)]
    return []


def segment_parties(rows: list[Row], res: ActorResolver) -> list[Row]:
    """Each permit row's recipient the party of its item's own "for" segment (module docstring)."""
    out: list[Row] = []
    seen: set[tuple[int, int, str | None]] = set()
    for r in rows:
        segs = _segments(r) if ":permit" in r.frame.rule else []
        if not segs:
            out.append(r)
            continue
        mine = next(((s, e) for s, e in segs if s <= r.item.head.i < e), None)
        own = _party_in(mine[0], mine[1], r.item.head) if mine is not None else None
        rec: Resolved | None = r.recipient
        if own is not None:
            rec = res.resolve(own) or rec
        key = (id(r.frame), r.item.head.i, rec.actor.id if rec is not None else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(r if rec is r.recipient else replace(r, recipient=rec))
    return out

"""Record lists of official summaries: "Major implemented cases in FY 20 include: Japan – F-35 aircraft
($23.11B); Morocco – AH-64E helicopters ($4.25B)". Each "State – item" segment after the colon is a row
with that state as the buyer, at the stage of the record noun (`predicates.toml` [official] record_nouns);
the seller is left to the item's origin. The parse of such lines is poor, so they are read by tokens."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel.extraction.frames.approvals import words
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.itemised import ENDS, MAX_TOKENS, SEPARATORS, segment_item
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver

DASHES = {"–", "—", "-", "--"}
CLASS_OF_STAGE = {"ordered": "buy", "offered": "offer", "delivered": "receive"}


def record_frames(res: ActorResolver, items: ItemFinder, sent: Span) -> list[Frame]:
    out: list[Frame] = []
    nouns: dict[str, str] = dict(words().get("record_nouns", {}))
    verbs = set(words().get("record_list_verbs", []))
    window = int(words().get("record_noun_window", 6))
    for t in sent:
        if t.lemma_.lower() not in verbs:
            continue
        colon = _next_solid(t)
        if colon is None or colon.text != ":":
            continue
        noun = next((x for x in reversed(t.doc[max(sent.start, t.i - window): t.i]) if x.lower_ in nouns), None)
        if noun is None:
            continue
        out.extend(_segments(res, items, t, colon, nouns[noun.lower_]))
    return out


def _next_solid(t: Token) -> Token | None:
    for x in t.doc[t.i + 1: t.i + 4]:
        if not x.is_space:
            return x
    return None


def _segments(res: ActorResolver, items: ItemFinder, verb: Token, colon: Token, stage: str) -> list[Frame]:
    doc = verb.doc
    stop = min(len(doc), colon.i + MAX_TOKENS)
    end = next((x.i for x in doc[colon.i + 1: stop] if x.text in ENDS or "\n" in x.text), stop)
    out: list[Frame] = []
    start = colon.i + 1
    for i in range(colon.i + 1, end + 1):
        if i < end and doc[i].text not in SEPARATORS:
            continue
        seg = doc[start:i]
        start = i + 1
        dash = next((x for x in seg if x.text in DASHES and x.whitespace_), None)
        if dash is None:
            continue
        buyer = next((res.resolve(x) for x in doc[seg.start: dash.i] if res.is_actor_span(x)), None)
        item = segment_item(items, doc[dash.i + 1: seg.end])
        if buyer is None or item is None:
            continue
        f = Frame(verb, CLASS_OF_STAGE[stage], stage, rule="list:record", confidence=0.6)
        f.add("recipient", [buyer])
        f.items.append(item)
        out.append(f)
    return out

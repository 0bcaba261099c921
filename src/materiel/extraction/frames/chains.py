"""Chains of passives: "rifles sold to X turned up with Z", "shells that Y exported to X were
obtained by Z". The first link is the sale to X (a participle or relative clause on the item);
the second is Z holding the item, from X. Verbs and possession nouns are data (`data/chains.toml`)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.resolve import Resolved
from materiel.extraction.mentions.resolved import same_state

CHAIN_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return lexicon.toml("chains.toml")


def _lemma(tok: Token) -> str:
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {particle}" if particle else tok.lemma_.lower()


class Chains(FinderState):
    def _first_link(self, frames: list[Frame], item_head: Token) -> Frame | None:
        """The sale or supply told by a participle or relative clause on the item ("rifles sold to X")."""
        links = set(_data()["first_link"])
        for f in frames:
            t = f.trigger
            if f.cls in links and t.dep_ in ("acl", "relcl") and t.head.i == item_head.i and f.roles["recipient"]:
                return f
        return None

    def _holders(self, v: Token, preps: list[str]) -> list[Resolved]:
        """The new holder named by the verb's phrases: "with militias", "in the hands of X", "to X"."""
        owned = set(_data()["possession_nouns"])
        phrases = [c for c in v.children if c.dep_ in ("prep", "dative")]
        phrases += [p for o in v.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in owned
                    for p in o.children if p.dep_ == "prep"]  # "found their way to X"
        out: list[Resolved] = []
        for p in phrases:
            if p.lower_ not in preps:
                continue
            for o in (c for c in p.children if c.dep_ == "pobj"):
                if o.lemma_.lower() in owned or o.lower_ in owned:  # "in the hands of X", "into X's arsenals"
                    inner = [c for c in o.children if c.dep_ == "poss" or  # "in RSF stockpiles": the modifier too
                             (c.dep_ in ("compound", "amod") and self.res.is_actor_span(c))] + \
                            [q for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                             for q in c.children if q.dep_ == "pobj"]
                    out.extend(r for i in inner for r in self.res.resolve_all(i))
                elif p.lower_ != "in" or not self._is_place(o):  # "turned up in Yemen": a place, not a holder
                    out.extend(self.res.resolve_all(o))
        return out

    def _is_place(self, tok: Token) -> bool:  # provided by Arguments
        raise NotImplementedError

    def _diverted(self, sent: Span, frames: list[Frame]) -> list[Frame]:
        """Frames of the second link told by a holder verb ("turned up with Z")."""
        holders: dict[str, list[str]] = _data()["holders"]
        out: list[Frame] = []
        for v in sent:
            lemma = _lemma(v)
            if v.pos_ not in ("VERB", "AUX") or lemma not in holders or \
                    any(f.trigger.i == v.i and (f.items or f.implicit) for f in frames):  # "X diverted it": a frame
                continue
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            first = self._first_link(frames, subj) if subj is not None else None
            if first is None:
                continue
            f = Frame(v, "receive", "delivered", rule=f"chain:{lemma.replace(' ', '_')}", confidence=CHAIN_CONFIDENCE)
            f.items = list(first.items)
            f.add("recipient", [r for r in self._holders(v, holders[lemma])
                                if all(r.actor.id != x.actor.id for x in first.roles["recipient"])])
            f.add("supplier", first.roles["recipient"])
            if f.roles["recipient"]:
                out.append(f)
        return out

    def _chain_suppliers(self, frames: list[Frame]) -> None:
        """"rifles sold to X were later obtained by Z": the receiving frame without a supplier takes X; "the
        battery received by X was handed over to Z": the giving frame without a supplier takes X (the holder)."""
        for f in frames:
            if not f.roles["supplier"] and f.roles["recipient"] and f.cls in _data()["second_link"]:
                held = [h for m in f.items for h in frames if h is not f and h.cls in _data()["holding_link"] and
                        h.trigger.dep_ in ("acl", "relcl") and h.trigger.head.i == m.head.i]
                f.add("supplier", [r for h in held[:1] for r in h.roles["recipient"]
                                   if not any(same_state(r, x) for x in f.roles["recipient"])])
            if f.roles["supplier"] or not f.roles["recipient"] or f.cls not in ("receive", "buy"):
                continue
            for m in f.items:
                first = self._first_link(frames, m.head)
                if first is not None and first is not f:
                    new = [r for r in first.roles["recipient"]
                           if all(r.actor.id != x.actor.id for x in f.roles["recipient"])]
                    if new:
                        f.add("supplier", new)
                        f.rule += ":chain"
                        f.confidence = min(f.confidence, CHAIN_CONFIDENCE)
                    break

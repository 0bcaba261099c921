"""Materiel made available to someone: "the Italian government made four helicopters available to the
Kenyan army", "Pakistan has made ten jets available to Nigeria". The subject supplies the items to the
one named after "to"/"for" ([availability] in words.toml). With no one named there is no row."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame

VERBS = lexicon.word_set("availability", "verbs")
ADJECTIVES = lexicon.word_set("availability", "adjectives")


def _adjective(v: Token) -> Token | None:
    """"available" as the verb's complement, or as a modifier of its object ("made X available")."""
    for c in v.children:
        if c.lower_ in ADJECTIVES and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advmod"):
            return c
        if c.dep_ in ("dobj", "obj"):
            for a in c.children:
                if a.lower_ in ADJECTIVES and a.dep_ == "amod":
                    return a
    return None


def availability_frames(finder: FinderState, sent: Span) -> list[Frame]:
    out = []
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in VERBS or (adj := _adjective(v)) is None:
            continue
        f = finder.verb_frame(v, "supply")
        f.items.extend(m for c in adj.children if c.dep_ == "nsubj" for m in finder.items.items(c)
                       if all(m.head.i != x.head.i for x in f.items))  # "made [jets available]"
        f.add("recipient", [r for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                            for p in c.children if p.dep_ == "pobj" for r in finder.res.resolve_all(p)])
        if f.items and f.roles["recipient"]:
            f.rule = f"verb:supply:{v.lemma_.lower()}-available"
            out.append(f)
    return out

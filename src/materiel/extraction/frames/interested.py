"""A buyer interested in a system weighs buying it: "the country was interested in MiG fighters and
armoured vehicles" gives one row per item at stage `considered`, the subject of the copula as the recipient
(its supplier, as for "has shown interest in X", from the item's origin or the text). The adjectives are
words.toml `frame_words.interest_adjectives`; "interested in buying X" is read by the governors instead."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

INTEREST_ADJECTIVES = lexicon.word_set("frame_words", "interest_adjectives")


def interested_frames(finder: Any, sent: Span) -> list[Frame]:
    """Frames of "X is interested in <materiel>" in the sentence (see the module)."""
    out: list[Frame] = []
    for t in sent:
        if t.pos_ != "ADJ" or t.lower_ not in INTEREST_ADJECTIVES or t.dep_ != "acomp":
            continue
        objs = [q for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                for q in c.children if q.dep_ == "pobj"]
        items = [m for q in objs for m in finder.items.items(q)]
        subj = finder.subject_of(t.head) if items else None
        buyers = finder.res.resolve_all(subj) if subj is not None else []
        if not buyers:
            continue
        f = Frame(t, "interest", "considered", rule="noun:interest:adjective", confidence=0.9)
        f.items = items
        f.add("recipient", buyers)
        f.negated = any(c.dep_ == "neg" for c in (*t.children, *t.head.children))  # "was not interested in"
        out.append(f)
    return out

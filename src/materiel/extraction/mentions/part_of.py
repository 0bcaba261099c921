"""Parts of a named system: "components of the X-9 surface-to-air missile system", "parts of a Y radar". The
parts are told as the system they belong to: the mention takes the designation of the system its "of" phrase
names (the part nouns and prepositions are data, `words.toml` [part_of])."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon

PART_NOUNS = lexicon.word_set("part_of", "part_nouns")
PART_PREPS = lexicon.word_set("part_of", "part_preps")


def whole_systems(head: Token, span_at: dict[int, Span]) -> list[Span]:
    """The designated system named in the "of" phrase of a part noun, or []."""
    if head.lower_ not in PART_NOUNS:
        return []
    return [span_at[x.i] for c in head.children if c.dep_ == "prep" and c.lower_ in PART_PREPS
            for p in c.children if p.dep_ == "pobj" for x in p.subtree
            if x.i in span_at and span_at[x.i].kb_id_][:1]

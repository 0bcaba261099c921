"""A destination the parser hangs on the means of carriage before it: in "the rifles were to be taken by road to
X", "the crates were sent by sea to Y", "moved by truck into Z", the small English model reads "to X" as a modifier
of "road", and the verb loses its destination (and a "where ..." clause on it, the party the load goes on to). A
bare means noun ([means_routes] means_nouns of words.toml, with no determiner: "by road", not "by the road to X")
carries nobody, so the component ``materiel_means_routes`` (after the parser) moves such a phrase
([route_sources] destination_preps) onto the verb of the "by" phrase."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

MEANS = lexicon.word_set("means_routes", "means_nouns")
DESTINATION = lexicon.word_set("route_sources", "destination_preps")


def _verb(p: Token) -> Token | None:
    """The verb of "VERB by MEANS to X" whose destination phrase p hangs on the means noun."""
    means = p.head
    if p.dep_ != "prep" or p.lower_ not in DESTINATION or means.dep_ != "pobj" or means.lower_ not in MEANS or \
            any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in means.children):
        return None
    by = means.head
    if by.lower_ != "by" or by.dep_ not in ("agent", "prep") or by.head.pos_ != "VERB":
        return None
    v = by.head
    return None if any(c.dep_ == "prep" and c.lower_ == p.lower_ for c in v.children) else v


@Language.component("materiel_means_routes")
def means_routes(doc: Doc) -> Doc:
    for p in doc:
        v = _verb(p)
        if v is not None:
            p.head = v
            by = next((c for c in v.children if c.lower_ == "by" and c.dep_ == "agent"), None)
            if by is not None and any(o.lower_ in MEANS for o in by.children):
                by.dep_ = "prep"  # "by road" names no agent
    return doc

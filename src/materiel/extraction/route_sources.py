"""A source the parser hangs on the destination before it: in "a shipment of rifles bound for Ruritania from
Borduria was seized", "six jets delivered to Ruritania from Borduria", the small English model reads "from
Borduria" as a modifier of "Ruritania", and the transfer loses its supplier. One state does not come from
another, so the component ``materiel_route_sources`` (after the parser) moves such a "from" to the verb or
participle whose destination phrase holds the state (`route_sources.destination_preps` in words.toml)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

DESTINATION = lexicon.word_set("route_sources", "destination_preps")


def _state(t: Token) -> bool:
    return t.ent_type_ == "GPE" and t.pos_ == "PROPN"


def _verb(p: Token) -> Token | None:
    """The verb of "VERB for/to STATE from STATE" whose destination's state the "from" p hangs on."""
    dest = p.head
    if p.lower_ != "from" or p.dep_ != "prep" or not _state(dest) or dest.dep_ != "pobj" or \
            dest.head.lower_ not in DESTINATION or not any(o.dep_ == "pobj" and _state(o) for o in p.children):
        return None
    v = dest.head.head
    if v.pos_ != "VERB" or any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
        return None
    return v


@Language.component("materiel_route_sources")
def route_sources(doc: Doc) -> Doc:
    for p in doc:
        v = _verb(p)
        if v is not None:
            p.head = v
    return doc

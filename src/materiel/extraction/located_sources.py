"""The place of a source of no name that the parser hangs on the verb: in "the rifles were bought from dealers in
Ruritania", "smuggled by traffickers in Borduria", the small English model often reads "in Ruritania" as where the
buying happened, and the dealers stay no one. A place phrase (`place_preps`) that follows at once the object of a
source's preposition (`source_preps`, or the passive agent) whose noun is one of no one in particular placed
somewhere (cues.toml [actors] located_nouns: "dealers", "traders", "smugglers", "networks") and that names a place
(`place_entities`: the tagger may call a state a nationality) belongs to that noun: the component
``materiel_located_sources`` (after the parser) moves it there, and the resolver reads the state as the party
([located_sources] in words.toml)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

SOURCE_PREPS = lexicon.word_set("located_sources", "source_preps")
PLACE_PREPS = lexicon.word_set("located_sources", "place_preps")
PLACE_ENTS = lexicon.word_set("located_sources", "place_entities")
LOCATED = frozenset(lexicon.toml("cues.toml")["actors"].get("located_nouns", []))


def _placed_noun(p: Token) -> Token | None:
    """The located noun just before the place phrase p that hangs on the same verb, or None."""
    v = p.head
    if p.lower_ not in PLACE_PREPS or p.dep_ != "prep" or v.pos_ not in ("VERB", "AUX") or \
            not any(o.dep_ == "pobj" and o.ent_type_.lower() in PLACE_ENTS for o in p.children):
        return None
    for src in v.children:
        if src.i > p.i or not (src.lower_ in SOURCE_PREPS and src.dep_ in ("prep", "agent")):
            continue
        noun = next((o for o in src.children if o.dep_ == "pobj"), None)
        if noun is not None and noun.right_edge.i + 1 == p.i and noun.lower_ in LOCATED:
            return noun
    return None


@Language.component("materiel_located_sources")
def located_sources(doc: Doc) -> Doc:
    for p in doc:
        noun = _placed_noun(p)
        if noun is not None:
            p.head = noun
    return doc

"""Parties named by a common noun: by a kind and a place, "to parties in X" (`cues.toml` [actors]
generic), "companies registered in X", "arms dealers based in X", "entities within X" ([actors]
located_nouns and placing_participles), the country named; by membership with the members named,
"NATO members Poland and Romania" ([actors] member_nouns), those members."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved

_CUES = lexicon.toml("cues.toml")["actors"]
LOCATED = frozenset(_CUES.get("located_nouns", []))
PLACING = frozenset(_CUES.get("placing_participles", []))
MEMBERS = frozenset(_CUES.get("member_nouns", []))
PLACED_PARTIES = frozenset(_CUES.get("placed_party_nouns", []))
PLACED_DETS = frozenset(_CUES.get("placed_party_dets", []))
APPROVALS = frozenset(lexicon.toml("predicates.toml")["official"]["approval_verbs"])
PLACE_PREPS = ("in", "within", "from")
REGION_NOUNS = lexicon.word_set("located_sources", "region_nouns")


def places(tok: Token) -> list[Token]:
    """The places in which the phrase headed by tok puts its referent: "in X", "within X", "based in X",
    "operating from X" (a bare "from X" is an origin of goods, not where a firm is)."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "within")]
    preps += [p for c in tok.children if c.dep_ == "acl" and c.lower_ in PLACING
              for p in c.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS]
    return [_region_state(p) for c in preps for p in c.children if p.dep_ == "pobj"]


def _region_state(p: Token) -> Token:
    """The state of a part of it that places the phrase: "in X's northern states", "in the border regions of X"
    ([located_sources] region_nouns of words.toml); else the place itself."""
    if p.lemma_.lower() not in REGION_NOUNS and p.lower_ not in REGION_NOUNS:
        return p
    owner = next((c for c in p.children if c.dep_ == "poss"), None) or \
        next((o for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
    return owner if owner is not None and owner.ent_type_ == "GPE" else p


def referents(tok: Token, generic: set[str], plural: dict[int, Token]) -> list[Token]:
    """The phrases that name whom the common noun tok stands for: the places of a noun of no one in
    particular, or the members named after a noun of membership (recorded in `plural`, the resolver's
    plural antecedents, so that every member coordinated with the first is a party too)."""
    if tok.lower_ in MEMBERS and tok.pos_ == "NOUN":
        named = [c for c in tok.children if c.dep_ == "appos"]
        if named:
            plural[tok.i] = named[0]
            return named[:1]
    if tok.lower_ in PLACED_PARTIES and tok.pos_ == "NOUN":
        return unnamed_party_places(tok)
    return places(tok) if tok.lower_ in generic or tok.lower_ in LOCATED else []


def unnamed_party_places(tok: Token) -> list[Token]:
    """"to any party in X", "to non-state actors in X", "to any Xian entity": a party of no name (cues.toml
    [actors] placed_party_nouns, quantified by placed_party_dets or a bare plural) stands for the state it is
    placed in or named by; "the group in X" is a group told before, not X. A permission ("has never authorised
    sales to any party in X") tells a class of buyers, not one."""
    dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
    if any(d.lower_ not in PLACED_DETS for d in dets) or not dets and tok.tag_ != "NNS" or \
            any(a.lemma_.lower() in APPROVALS for a in tok.ancestors):  # "never authorised sales to any party in X"
        return []
    adjectives = [c for c in tok.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
    return places(tok) + adjectives


def placed_text(tok: Token, found: Resolved | None, text: str) -> Resolved | None:
    """The state a party of no name stands for keeps the party's own words as its text ("any party in X")."""
    if found is None or tok.lower_ not in PLACED_PARTIES:
        return found
    return Resolved(found.actor.model_copy(update={"text": text}), found.confidence, found.token)

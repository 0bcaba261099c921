"""Units of a state's forces named by a number or a name of their own: "the 3rd Mechanised Brigade of the Ostrian
army", "the Ostrian army's Northern Division", "the navy's 2nd Flotilla". Such a unit stands for the force its "of"
phrase or its possessor names (and so for that force's state), like the agent nouns of cues.toml, never an armed
group of its own (`unit_nouns` and `force_nouns` of words.toml [unit_of]). A unit noun without a force beside it
("the fire brigade", "the Kessar Brigades") is left to the other readers. A part of a state named by its owner
("the police in Ostria's north") stands for the state (`region_owner`); a named party's post or detachment
("a Tarn Front unit", "KLF bases in Y") for that party (`owner`, mentions/group_posts.py)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import group_posts
from materiel.extraction.mentions.resolved import Resolved

UNIT_NOUNS = lexicon.word_set("unit_of", "unit_nouns")
FORCE_NOUNS = lexicon.word_set("unit_of", "force_nouns")
REGION_NOUNS = lexicon.word_set("located_sources", "region_nouns")


def _force(tok: Token) -> bool:
    """tok heads a force of a state: "army", "the Ostrian navy", "air force"."""
    low = tok.lemma_.lower()
    words = " ".join(t.lower_ for t in tok.subtree if t.dep_ in ("compound", "amod") and t.i == tok.i - 1)
    return tok.lower_ in FORCE_NOUNS or low in FORCE_NOUNS or f"{words} {tok.lower_}".strip() in FORCE_NOUNS


def _stated(force: Token) -> bool:
    """The force's phrase names its state: "the Ostrian army", "Ostria's navy", "the army of Ostria"."""
    return any(t.i != force.i and t.ent_type_ in ("NORP", "GPE") for t in force.subtree)


def state_unit(tok: Token, named: bool = False) -> bool:
    """tok heads a unit of a state's force: a unit noun with "of <force>" or "<force>'s" beside it (with named, a
    force whose phrase names its state: "the armed wing of a police force" is left to the antecedent readers)."""
    if tok.lower_ not in UNIT_NOUNS and tok.lemma_.lower() not in UNIT_NOUNS:
        return False
    for c in tok.children:
        forces = [c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ == "of" else []
        if any(_force(f) and (not named or _stated(f)) for f in forces):
            return True
    return False


def region_owner(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """A part of a state named by its owner ("Ostria's north", "the border province of Ostria", words.toml
    [located_sources] region_nouns) in a party's place stands for that state, as "Ostria" would: "donated to the
    regional police in Ostria's north"."""
    if tok.pos_ != "NOUN" or (tok.lower_ not in REGION_NOUNS and tok.lemma_.lower() not in REGION_NOUNS):
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"] + \
        [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    found = next((r for o in owners if o.ent_type_ == "GPE" for r in [resolve(o)] if r is not None), None)
    return found if found is not None and found.actor.kind == "state" else None


def owner(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The party a noun of a part stands for: a state's region, or a named party's post or detachment."""
    if any(c.dep_ in ("compound", "nmod", "poss") and _force(c) for c in tok.children):
        return None  # "the Air Force base in Y", "the Army's base": the state's, told by its place
    return region_owner(tok, resolve) or group_posts.owner(tok, resolve)

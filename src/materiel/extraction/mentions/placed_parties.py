"""The parties a phrase's own place in its sentence tells, whatever resolution found for it (called first by
`firm_countries.placed`): a word of an item's name is none (`item_words`); a town a delivery left or was made in is
its state (`towns`); a force several states raise is one of its own (`joint_forces`); "the company" right after an
unlisted firm is that firm (`company_anaphors`); "the Normandy shipyard X" is X, not the region (`region_firms`)."""
from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from materiel.extraction.mentions import company_anaphors, item_words, joint_forces, region_firms, towns
from materiel.extraction.mentions.resolved import Resolved


def no_party(tok: Token, found: Resolved | None) -> bool:
    """tok is a word of an item's name, not the party resolution guessed."""
    return item_words.item_name(tok, found)


def told_party(tok: Token, found: Resolved | None, by_token: Mapping[int, Span]) -> Resolved | None:
    """The party tok's place tells over what resolution found, or None."""
    return towns.town_party(tok, found) or joint_forces.force_party(tok, found) or \
        company_anaphors.nearer_firm(tok, found, by_token) or region_firms.apposed_firm(tok, found)

"""A firm named after its home town: "Galati Shipyard", "Tarnby Dockyard", "Vardo Arsenal". Yards, docks and
arsenals take the name of the port or town they stand in, so a firm no gazetteer lists whose name is a known
town (mentions/cities) followed by one of `town_firm_nouns` of [firm_countries] in words.toml is a company of that
town's state: it supplies for that state, and building for its own state's navy is no transfer."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.lexicon import cities

TOWN_FIRM_NOUNS = lexicon.word_set("firm_countries", "town_firm_nouns")


def town_state(found: Resolved | None) -> Resolved | None:
    """found, a firm with no state named "<Town> <yard noun>", placed in the town's state; None otherwise."""
    if found is None or found.actor.kind not in ("company", "other") or found.actor.country:
        return None
    words = found.actor.name.split()
    if len(words) < 2 or words[-1].lower() not in TOWN_FIRM_NOUNS or not all(w[:1].isupper() for w in words[:-1]):
        return None
    state = cities.state_of(" ".join(words[:-1]))
    if state is None:
        return None
    actor = found.actor.model_copy(update={"kind": "company", "country": state})
    return Resolved(actor, found.confidence, found.token, guessed=found.guessed)

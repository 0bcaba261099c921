"""A firm named after its home town: "Galati Shipyard", "Tarnby Dockyard", "Vardo Arsenal", "Tarnby Aircraft
Corporation", "Kazan Helicopter Plant". Yards, docks, arsenals and the plants of a planned economy take the name
of the town they stand in, so a firm no gazetteer lists whose name is a known town (mentions/cities) followed by
one of `town_firm_nouns`, or by trade words of `town_firm_trades` and a generic head of `town_firm_heads` (a
generic head alone is no firm: "Minsk Group"), all of [firm_countries] in words.toml, is a company of that town's
state: it supplies for that state, and building for its own state's forces is no transfer."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.lexicon import cities

TOWN_FIRM_NOUNS = lexicon.word_set("firm_countries", "town_firm_nouns")
HEADS = lexicon.word_set("firm_countries", "town_firm_heads")
TRADES = lexicon.word_set("firm_countries", "town_firm_trades")
MAX_TOWN = 3  # words of the town's name


def _tail_is_firm(tail: list[str]) -> bool:
    """The words after the town end a firm's name: one yard noun, or trade words and generic heads ending with a
    head, with one trade word at least ("Aviation Industry Group")."""
    low = [w.lower() for w in tail]
    if len(low) == 1:
        return low[0] in TOWN_FIRM_NOUNS
    return low[-1] in HEADS and all(w in TRADES or w in HEADS for w in low[:-1]) and any(w in TRADES for w in low)


def name_state(name: str) -> str | None:
    """The state of the town a firm's name begins with, when the rest of the name is a yard or plant's."""
    words = name.split()
    if words and words[0].lower() == "the":  # "the Kharkiv Machine-Building Plant"
        words = words[1:]
    for k in range(min(MAX_TOWN, len(words) - 1), 0, -1):
        if all(w[:1].isupper() for w in words[:k]) and _tail_is_firm(words[k:]):
            state = cities.state_of(" ".join(words[:k]))
            if state is not None:
                return state
    return None


def town_state(found: Resolved | None) -> Resolved | None:
    """found, a firm with no state named "<Town> <yard noun>", placed in the town's state; None otherwise. The
    tagger may take such a name for a person's ("Kazan Helicopter Plant"): no person bears a plant's name."""
    if found is None or found.actor.kind not in ("company", "other", "person") or found.actor.country:
        return None
    state = name_state(found.actor.name)
    if state is None:
        return None
    actor = found.actor.model_copy(update={"kind": "company", "country": state})
    return Resolved(actor, found.confidence, found.token, guessed=found.guessed)

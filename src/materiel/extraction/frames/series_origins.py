"""The next step of a series that names its own origin ("Eight Z-40 vehicles followed from Ruritania in 2016",
"Two Borduria-built boats followed", "In 2019 came six Ruritanian-made trucks"): the origin is the step's supplier,
so it does not take the supplier of the transfer told before (`extraction/series.py`); its recipient still comes
from there. A state the phrase names as the maker or source, never the earlier supplier. The words are data
(`words.toml` [history] origin_participles, series_source_preps)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.resolve import Resolved

PARTICIPLES = lexicon.word_set("history", "origin_participles")
SOURCE_PREPS = lexicon.word_set("history", "series_source_preps")
STATE_KINDS = ("state", "government_body")


def own_origin(finder: FinderState, v: Token, f: Frame) -> None:
    """f (a series step told by v) takes as supplier the state of v's "from" phrase, else the one origin its
    items' phrases name ("Ruritanian-built", "Ruritanian"); nothing when they name several."""
    if f.roles["supplier"]:
        return
    source = [r for c in v.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPS
              for p in c.children if p.dep_ == "pobj" for r in [_state(finder, p)] if r is not None]
    if not source:
        found = {r.actor.id: r for m in f.items for r in [_made_by(finder, m.head)] if r is not None}
        source = list(found.values()) if len(found) == 1 else []
    if source:
        f.add("supplier", source[:1])


def _state(finder: FinderState, tok: Token) -> Resolved | None:
    r = finder.res.resolve(tok) if finder.res.is_actor_span(tok) else None
    return r if r is not None and r.actor.kind in STATE_KINDS and r.actor.country else None


def _made_by(finder: FinderState, head: Token) -> Resolved | None:
    """The maker an item's own words name: "Ruritanian-built A", "Ruritania-made A", "Ruritanian A"."""
    for c in (x for x in head.subtree if x.i < head.i):
        nxt = c.doc[c.i + 2] if c.i + 2 < len(c.doc) else None
        hyphened = c.doc[c.i + 1].text == "-" and nxt is not None and nxt.lower_ in PARTICIPLES
        if not hyphened and c.dep_ not in ("amod", "compound", "nmod"):
            continue
        r = finder.res._demonym_modifier(c) or (_state(finder, c) if hyphened else None)
        if r is not None and r.actor.country:
            return r
    return None

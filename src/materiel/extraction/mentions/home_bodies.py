"""A bare "the government" (words.toml `resolve.home_bodies`) in a feature on one state, whose head noun the text
last used for another state's body in an earlier paragraph ("Borduvia's government was selling the jets to many
partners. || ... the government's eventual pick"): the paragraph before it tells of another state, so the earlier
body is stale and the feature's own state (mentions/topic.py, use "home_body") is meant. In the same paragraph the
earlier body stands."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel.extraction.mentions import topic
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolved import Resolved

STATE_KINDS = ("state", "government_body")


def _told_in_paragraph(tok: Token) -> bool:
    """The same head noun before tok in its own paragraph."""
    return any(t.lemma_.lower() == tok.lemma_.lower() and t.pos_ in ("NOUN", "PROPN")
               for t in tok.doc[max(0, tok.i - 400): tok.i] if same_paragraph(tok.doc, t.i, tok.i))


def stale_body(tok: Token, same: Resolved | None, home: Callable[[], Resolved | None] | None) -> Resolved | None:
    """The feature's own state's body over `same`, another state's body named in an earlier paragraph; else None."""
    if same is None or home is None or same.actor.kind not in STATE_KINDS or not topic.is_home_body(tok):
        return None
    if _told_in_paragraph(tok):
        return None
    own = home()
    if own is None or own.actor.country == same.actor.country:
        return None
    return own

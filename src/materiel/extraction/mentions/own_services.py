"""A service told bare in lower case ("the navy", "the army already operates ...") whose nearest earlier namesake
is another state's, told in an earlier paragraph ("... passed on by the Danish Navy." || "the navy already
operates drones"), when the text first named its own state's service under that head ("The Gabon Navy
commissioned ..."), and that state is the text's topic (mentions/topic.py, use `body_use`): a report introduces
its own service first and a foreign one in passing, so the first-named service is meant, as for a bare "the Navy"
(mentions/bare_bodies.py). In the same paragraph as the foreign one, that one stands."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel.extraction.mentions import topic
from materiel.extraction.mentions.bare_bodies import first_named
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolved import Resolved

STATE_KINDS = ("state", "government_body")
CONFIDENCE = 0.7


def _named_in_paragraph(tok: Token, country: str, resolve: Callable[[Token], Resolved | None]) -> bool:
    """The same head noun before tok in its paragraph, read as the body of `country`."""
    for t in tok.doc[max(0, tok.i - 400): tok.i]:
        if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if not same_paragraph(tok.doc, t.i, tok.i):
            continue
        r = resolve(t)
        if r is not None and r.actor.country == country:
            return True
    return False


def own_service(tok: Token, same: Resolved | None, resolve: Callable[[Token], Resolved | None],
                topics: topic.TopicStates) -> Resolved | None:
    """The text's own state's service over `same` (see the module); else `same`."""
    if same is None or same.actor.kind not in STATE_KINDS or not same.actor.country:
        return same
    if tok.pos_ != "NOUN" or not topic.is_topic_body(tok):
        return same
    first = first_named(tok, resolve)
    if first is None or first.country == same.actor.country:
        return same
    home = topics.decide(topic.body_use(tok))
    if home is None or home.iso3 != first.country:
        return same
    if _named_in_paragraph(tok, same.actor.country, resolve):
        return same
    return Resolved(first.model_copy(update={"text": same.actor.text}), CONFIDENCE, tok)

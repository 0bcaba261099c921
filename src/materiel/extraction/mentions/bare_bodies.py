"""A service told bare ("the Navy", "The Army", a headline's "Navy": topic.is_bare_body) and whose it is, in
order: the state of the transcript turn it is told in (the speaker's; in an interview's answer or question the
interviewee's, mentions/interview.py); the state of the same body first named with its state earlier in the
text ("The Peruvian Navy on Friday commissioned ... The Navy expects"; a report introduces its own service
first, a foreign one in passing); the text's topic state (mentions/topic.py, use "topic_body"); else None, and
the resolver reads it as it reads "the navy"."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel.extraction.mentions import topic
from materiel.extraction.mentions.portfolio_bodies import as_named, placed, same_field
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS, Resolved
from materiel.record.models import Actor

PLURAL_TAGS = ("NNS", "NNPS")
NAMING_DEPS = ("compound", "amod", "poss", "nmod")
CONFIDENCE = 0.7

Resolver = Callable[[Token], "Resolved | None"]
TurnParty = Callable[[Token, str], "Resolved | None"]


def _words(tok: Token) -> set[str]:
    return {t.lower_ for t in tok.lefts if t.dep_ == "compound"}


def first_named(tok: Token, resolve: Resolver) -> Actor | None:
    """The state of the first earlier mention of the same body with a state of its own ("the Peruvian Navy")."""
    words, plural = _words(tok), tok.tag_ in PLURAL_TAGS
    for t in tok.doc[: tok.i]:
        if t.lemma_.lower() != tok.lemma_.lower() or (t.tag_ in PLURAL_TAGS) != plural or not words <= _words(t):
            continue
        if not any(c.dep_ in NAMING_DEPS for c in t.children) or not same_field(tok, t):
            continue  # "the Ministry of Defence" is not the earlier "Ruritania's Ministry of Trade"
        r = resolve(t)
        if r is not None and r.actor.kind in OFFICIAL_KINDS and r.actor.country:
            return r.actor
    return None


def whose(tok: Token, turn: TurnParty, resolve: Resolver, topics: topic.TopicStates) -> Resolved | None:
    """The state the bare body tok belongs to (see the module), as the reading of tok; None when none is told."""
    found = turn(tok, "we") or turn(tok, "you")  # an interview's question: the answerer's
    state = found.actor if found is not None else first_named(tok, resolve)
    if state is None:
        home = topics.decide("topic_body")
        country = topics.lex.countries.get(home.iso3) if home is not None else None
        state = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3,
                      text="") if country else None
    if state is None:  # "the Ministry of Trade" whose state no one tells: its own name, not the nearest state's;
        return None if placed(tok) else as_named(tok)  # but "to the Ministry of Defence in Bamako": the place's
    text = " ".join(t.text for t in tok.subtree if t.i <= tok.i)
    return Resolved(state.model_copy(update={"text": text}), CONFIDENCE, tok)

"""The state a report is about, from its first line (the title, else the lede): the one state it names,
or, naming several, the state of its main clause's subject ("Kazakhstan turns to Turkey and Europe
as ..."). An unnamed "the government" or "the defence ministry" of a feature, when no clause of
its own names the state, is that state's body, not the last state the text happened to name."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved

HOME_BODIES = lexicon.word_set("resolve", "home_bodies")
NAME_KINDS = ("country", "metonym")


def home_state(doc: Doc, by_token: dict[int, Span], resolve: Callable[[Token], Resolved | None]) -> str:
    """The ISO3 code of the report's state, "" when its first line names none or no one of several."""
    first = next(iter(doc.sents), None)
    if first is None:
        return ""
    states = {r.actor.country for t in first if t.i in by_token and by_token[t.i].kb_id_ in NAME_KINDS
              for r in [resolve(t)] if r is not None and r.actor.kind == "state" and r.actor.country}
    if len(states) == 1:
        return states.pop()
    subject = next((c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    r = resolve(subject) if subject is not None and subject.i in by_token else None
    return r.actor.country if r is not None and r.actor.country in states else ""


def is_home_body(tok: Token) -> bool:
    """"the government", "the defence ministry": a body of no state the phrase names."""
    phrase = " ".join(t.lower_ for t in tok.lefts if t.dep_ == "compound") + " " + tok.lower_
    if phrase.strip() not in HOME_BODIES and tok.lemma_.lower() not in HOME_BODIES:
        return False
    return not any(c.dep_ in ("poss", "amod", "nmod", "prep", "appos") or
                   (c.dep_ == "compound" and c.pos_ == "PROPN") for c in tok.children)

"""A government named by its leader: "the Obama administration suspended deliveries". When the text gives
the person's office ("President X of Y"), the resolver reads the state from it (persons.py) and the phrase
is that state's body. When it does not, the head noun's usage may tell the state: "the <surname>
administration" is how English reporting names the executive of one state (`heads` in [led_bodies] of
words.toml: head noun -> the state's alpha-3). Any other head ("the X government") stays unknown."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.paragraphs import paragraph_start
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

HEADS: dict[str, str] = lexicon.word_table("led_bodies", "heads")
CONFIDENCE = 0.6


def led_body(leader: Resolved, head: Token, lex: lexicon.Lexicon, res: Any = None) -> Resolved | None:
    """The government body `head` names by its leader (a person), or None when its state is unknown; a
    government of the text's own state (mentions/topic.py, use "home_body") when the head is one of
    [resolve] home_bodies ("Prime Minister X's government" in a feature on one state) and its paragraph names
    no other state as an actor (`res` is the document's resolver)."""
    iso3 = HEADS.get(head.lemma_.lower()) or HEADS.get(head.lower_) or _home(head, res)
    country = lex.countries.get(iso3) if iso3 else None
    if leader.actor.kind != "person" or country is None:
        return None
    actor = Actor(id=f"{country.iso3}-{lexicon.slug(head.lower_)}", name=f"{country.name} {head.lower_}",
                  kind="government_body", country=country.iso3, text=f"{leader.actor.text} {head.text}")
    return Resolved(actor, CONFIDENCE, head)


HOME_BODIES = lexicon.word_set("resolve", "home_bodies")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "poss")


def _actor_place(t: Token) -> bool:
    """t is a clause's subject or a possessor, or names one ("the Ruritanian Defence Force says"): a state the
    paragraph makes an actor, not a seller in a "from" phrase or a maker's word on an item."""
    return t.dep_ in SUBJECT_DEPS or t.dep_ in ("compound", "amod") and t.head.dep_ in SUBJECT_DEPS


def _home(head: Token, res: Any) -> str | None:
    """The alpha-3 of the text's own state for a leader's government whose paragraph names no other state."""
    if res is None or head.lemma_.lower() not in HOME_BODIES:
        return None
    found = res.topics.decide("home_body")
    if found is None:
        return None
    doc = head.doc
    start = paragraph_start(doc, head.i, max(0, head.i - 400))
    end = next((t.i for t in doc[head.i: head.i + 400] if "\n\n" in t.whitespace_), len(doc))
    others = {r.actor.country for t in doc[start: end + 1] if t.i != head.i and _actor_place(t)
              for r in [res.resolve(t) or res._demonym_modifier(t)] if r is not None and r.actor.kind == "state"}
    return found.iso3 if others <= {found.iso3} else None

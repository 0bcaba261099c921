"""A government named by its leader: "the Obama administration suspended deliveries". When the text gives
the person's office ("President X of Y"), the resolver reads the state from it (persons.py) and the phrase
is that state's body. When it does not, the head noun's usage may tell the state: "the <surname>
administration" is how English reporting names the executive of one state (`heads` in [led_bodies] of
words.toml: head noun -> the state's alpha-3). Any other head ("the X government") stays unknown."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

HEADS: dict[str, str] = lexicon.word_table("led_bodies", "heads")
CONFIDENCE = 0.6


def led_body(leader: Resolved, head: Token, lex: lexicon.Lexicon) -> Resolved | None:
    """The government body `head` names by its leader (a person), or None when its state is unknown."""
    iso3 = HEADS.get(head.lemma_.lower()) or HEADS.get(head.lower_)
    country = lex.countries.get(iso3) if iso3 else None
    if leader.actor.kind != "person" or country is None:
        return None
    actor = Actor(id=f"{country.iso3}-{lexicon.slug(head.lower_)}", name=f"{country.name} {head.lower_}",
                  kind="government_body", country=country.iso3, text=f"{leader.actor.text} {head.text}")
    return Resolved(actor, CONFIDENCE, head)

"""A transfer named as the topic of talks or a request: "Negotiations with X on the acquisition of Y are in the final
stage", "talks over the purchase of Z have stalled", "discussions about the supply of W", "a request for the
delivery of V". The transfer noun is the object of a topic phrase (words.toml [weighed_topics] preps) of a governing
noun whose own stage is a step before a deal (considered or requested, predicates.toml [governors] consider_nouns,
request_nouns): the transfer takes that stage and that noun as its governor. A noun of an offer or a deal ("the
decision on the purchase", "a contract for the supply") is left to the other rules."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

PREPS = lexicon.word_set("weighed_topics", "preps")
STAGES = ("considered", "requested")  # steps before a deal; an offer or order noun is left alone


def weighed_topic(t: Token, gov_nouns: dict[str, str]) -> tuple[str | None, Token | None]:
    """The stage and governing noun of the transfer noun `t` told as the topic of talks or a request, or none."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "pobj" or t.head.lower_ not in PREPS:
        return None, None
    noun = t.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or t.head.dep_ != "prep":
        return None, None
    stage = gov_nouns.get(noun.lemma_.lower()) or gov_nouns.get(noun.lower_)
    return (stage, noun) if stage in STAGES else (None, None)

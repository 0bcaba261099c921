"""A claim the text withdraws is no transfer (`completeness.kept` asks `retracted`; cues.toml [retracted]): a
row whose trigger stands in the complement of a verb of saying whose subject is an earlier version of the text
("An earlier version of this blog post said Ruritania had delivered Ostrava-9 drones to Borduria"; the corrected
statement after it stands), or a verb of saying that an adverb of error qualifies ("This story incorrectly
reported that Ruritania sold ...")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

_DATA = lexicon.toml("cues.toml")["retracted"]
VERSIONS = frozenset(_DATA["version_nouns"])
EARLIER = frozenset(_DATA["earlier_words"])
ERRORS = frozenset(_DATA["error_adverbs"])
SAID = frozenset(_DATA["said_verbs"])


def _earlier_version(verb: Token) -> bool:
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in VERSIONS and
               any(m.lower_ in EARLIER for m in s.children if m.dep_ in ("amod", "advmod", "compound"))
               for s in verb.children)


def withdrawn(t: Token) -> bool:
    """Whether a verb of saying that the text withdraws governs t."""
    for a in t.ancestors:
        if a.lemma_.lower() not in SAID or a.pos_ not in ("VERB", "AUX"):
            continue
        if _earlier_version(a) or any(c.dep_ == "advmod" and c.lower_ in ERRORS for c in a.children):
            return True
    return False


def retracted(r: Row) -> bool:
    """A row of a claim the text withdraws (see the module's text)."""
    return withdrawn(r.frame.trigger)

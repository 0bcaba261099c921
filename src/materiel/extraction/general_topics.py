"""The arms trade as a topic is no transfer: no row.

- A stance on a trade: "Z opposes Ruritanian weapons sales to X", "Z condemned Ruritanian arms exports to Y",
  "questions in parliament over Ruritanian arms exports to Z", "criticism of weapons sales to W", "faced questions
  on Monday over arms exports to V", "came under pressure over its arms exports to U". A row on a trade noun (or a
  gerund) with a generic item (no name, no count: "arms", "weapons", "military equipment", or none) that is the
  object of a verb of stance, or the object of a preposition hanging on a noun of stance (or on a verb whose object is
  one), is dropped; "Beijing
  protested after X sold 40 missiles to Y" (a verb of its own) and "opposes the sale of 40 missiles to Y" (a
  counted item) stay.
- A policy is no transfer: "will review its long-held policy of never exporting rifles to X", "the wisdom of
  selling weapons to Y". A row whose trigger is the object of "of" after a noun of policy is dropped, whatever its item.

Word lists: words.toml [general_topics]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.covered_generic import generic_words
from materiel.extraction.discourse import Row

STANCE_VERBS = lexicon.word_set("general_topics", "stance_verbs")
STANCE_NOUNS = lexicon.word_set("general_topics", "stance_nouns")
STANCE_PREPS = lexicon.word_set("general_topics", "stance_preps")
POLICY_NOUNS = lexicon.word_set("general_topics", "policy_nouns")
TRADE_NOUNS = lexicon.word_set("general_topics", "trade_nouns")


def _generic_item(r: Row) -> bool:
    if r.designation or r.item.quantity is not None:
        return False
    if r.frame.implicit and r.item.span.start == r.frame.trigger.i:
        return True
    return generic_words([t.lower_ for t in r.item.span if not t.is_punct])


def _topic_word(t: Token) -> Token:
    """The trade noun the trigger stands in: itself, or the trade noun whose "of" phrase it fills."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in TRADE_NOUNS:
        return t.head.head
    return t


def stance(t: Token) -> bool:
    """t is the object of a verb of stance, or of a preposition hanging on a noun of stance."""
    if t.dep_ in ("dobj", "obj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        return t.head.lemma_.lower() in STANCE_VERBS
    if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in STANCE_PREPS:
        host = t.head.head
        if host.pos_ in ("VERB", "AUX"):  # "faced questions over X", "came under pressure over X": the verb's noun
            return any(_stance_noun(c) or c.dep_ == "prep" and any(_stance_noun(g) for g in c.children)
                       for c in host.children if c.i != t.head.i)
        return _stance_noun(host)
    return False


def _stance_noun(t: Token) -> bool:
    return t.dep_ in ("dobj", "obj", "pobj") and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in STANCE_NOUNS


def policy(t: Token) -> bool:
    """t is the object of "of" after a noun of policy ("its policy of never exporting X")."""
    return t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "of" and t.head.head.lemma_.lower() in POLICY_NOUNS


def general_topic(r: Row) -> bool:
    """The row is a stance on the trade or a policy, not a transfer (module docstring)."""
    t = r.frame.trigger
    if policy(t):
        return True
    noun = t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in TRADE_NOUNS or t.tag_ == "VBG"
    return noun and _generic_item(r) and stance(_topic_word(t))

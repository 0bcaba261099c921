"""A habit of arming groups no one names is a charge, not a transfer: "X continues to arm terrorist organizations",
"Y has long supplied weapons to militant groups", "Z routinely supplies weapons to separatist fighters". The
recipient is a kind of group, told as a bare plural with no name, state, determiner or count; the item has no
name and no count ("weapons", "arms", or only the verb's); and the verb is told as a habit - in the present
simple, with a habit adverb (words.toml [habits] habit_adverbs), or after a verb of continuing ("continues to
arm", "keeps sending": words.toml [habitual_groups] continuing_verbs). Such a row is dropped. "X supplied 200
rifles to tribal fighters in 2019" (no habit), "X continues to supply drones to the Houthis" (a name), "X
continues to supply 40 rifles a month to militias" (a count) and "free to arm rebels" stay.

Word lists: words.toml [habitual_groups], [habits]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.habits import HABIT_ADVERBS, bare_generic, habitual

CONTINUING_VERBS = lexicon.word_set("habitual_groups", "continuing_verbs")
GROUP_KINDS = ("armed_group", "other")
BOUND_DEPS = ("det", "poss", "nummod", "quantmod")
DENIED = ("denied", "negated")


def _continued(t: Token) -> bool:
    """"continues to arm", "keeps sending", "has long supplied", "routinely supplies"."""
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in CONTINUING_VERBS:
        return True
    return habitual(t) or any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in t.children)


def _unnamed_group(r: Row) -> bool:
    """The recipient is a kind of group told as a bare plural: no country, no name, nothing that bounds it."""
    rec = r.recipient
    if rec is None or rec.actor.country is not None or rec.actor.kind not in GROUP_KINDS:
        return False
    tok = rec.token
    return tok.tag_ == "NNS" and not any(c.dep_ in BOUND_DEPS for c in tok.children)


def _generic_item(r: Row) -> bool:
    if r.designation or r.item.designation or r.item.quantity is not None:
        return False
    return (bool(r.frame.implicit) and r.item.span.start == r.frame.trigger.i) or bare_generic(r.item.head)


def habitual_to_groups(r: Row) -> bool:
    """The row is a habit of arming an unnamed kind of group (module docstring)."""
    t = r.frame.trigger
    if t.pos_ != "VERB" or r.reading.factuality in DENIED or r.frame.negated:
        return False
    return _unnamed_group(r) and _generic_item(r) and _continued(t)

"""A negated need is no request: no row.

The request class reads "Ukraine needs air defence systems from Germany" as Ukraine's request. Negated, a verb of
needing or wanting ([unneeded] verbs: "Zembla does not need the jets", "Ruritania no longer wants the tanks",
"the navy never needed more frigates") tells that the party has no use for the goods: nobody asked, offered or
refused anything, so the row goes. An affirmative need for a kind of goods with no supplier in its own sentence
([unneeded] need_verbs: "We need trainers for our cadets", "the navy needs patrol boats soon") states a
requirement, not a request made of anyone: the supplier a context would lend it is a guess, and the row goes; a
need with its supplier ("needs air defence systems from Germany") or a named type ("we need the Brand-X 9") stays,
and so does "want". So does a transfer verb of any class that is the "to" complement of a negated verb
of duty ([unneeded] duty_verbs: "Peru does not have to buy new jets", "its police will not have to rent rifles"):
the clause says the transfer is not needed, not that it happens; "had to buy X from Y" keeps its row. Negated verbs
of asking ("did not ask for", "has not requested") are left to the
request frames, and so is the affirmative need.

Word lists: words.toml [unneeded]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.modality import ceased, negated

VERBS = lexicon.word_set("unneeded", "verbs")
NEEDS = lexicon.word_set("unneeded", "need_verbs")
DUTY = lexicon.word_set("unneeded", "duty_verbs")


def _denied(v: Token) -> bool:
    return negated(v) or ceased(v) or any(c.lower_ == "never" for c in v.children)


def no_duty(t: Token) -> bool:
    """t is the "to" complement of a negated verb of duty ("does not have to buy", "will not need to import")."""
    return t.dep_ == "xcomp" and t.head.i != t.i and t.head.lemma_.lower() in DUTY and _denied(t.head)


def unneeded(r: Row) -> bool:
    """The row's request verb is a verb of needing or wanting that is negated, or its verb is a duty denied (module
    docstring)."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if no_duty(t):
        return True
    return r.frame.stage == "requested" and t.lemma_.lower() in VERBS and _denied(t)


def unaddressed_need(r: Row) -> bool:
    """An affirmative need for an unnamed kind of goods whose supplier is not in the sentence (module docstring)."""
    t = r.frame.trigger
    if r.frame.stage != "requested" or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in NEEDS:
        return False
    if r.item.designation or r.supplier is None:
        return False
    return not r.sent.start <= r.supplier.token.i < r.sent.end


def unneeded_or_unaddressed(r: Row) -> bool:
    return unneeded(r) or unaddressed_need(r)


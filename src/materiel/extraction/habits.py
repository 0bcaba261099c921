"""A buyer's habits are no transfer: "X, which buys most of its tanks from Y", "it buys French and Israeli
equipment", "X has for years purchased small arms from Y" say where a state shops, not that a deal was made.

A row is dropped when its trigger is a sourcing verb (the buyer its subject: words.toml [habits] sourcing_verbs)
told as a habit - in the present simple with no auxiliary in a sentence that ends like one (a headline's
present, "X buys 12 jets", stays), or with a habit adverb ("has long bought") - and its item has no name and
no count and is either the buyer's own stock ("its tanks", "most of its armoured vehicles") or a bare generic noun
("equipment", "arms"). So is a selling verb ([habits] selling_verbs) told as a habit with a bare generic item
("firms sell ammunition to X through a company in Y", "weapons they sell to X"). "X buys 12 Rafale jets from Y",
"X buys Ostrava-9 radars from Y", "X supplies Y with drones" and a habit denied ("denied that X sells weapons
to Y") stay.

Word lists: words.toml [habits]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

SOURCING_VERBS = lexicon.word_set("habits", "sourcing_verbs")
SELLING_VERBS = lexicon.word_set("habits", "selling_verbs")
HABIT_ADVERBS = lexicon.word_set("habits", "habit_adverbs")
OWN_DETERMINERS = lexicon.word_set("habits", "own_determiners")
SHARE_WORDS = lexicon.word_set("habits", "share_words")
GENERIC_HEADS = lexicon.word_set("habits", "generic_heads")
PRESENT_TAGS = ("VBZ", "VBP")
AUX_DEPS = ("aux", "auxpass")
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'")
COUNT_DEPS = ("nummod", "det", "quantmod")
KEPT_READINGS = ("denied", "negated")


def habitual(t: Token) -> bool:
    """The verb is told as a habit: present simple with no auxiliary in a full sentence, or a habit adverb."""
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in t.children):
        return True
    if t.tag_ not in PRESENT_TAGS or any(c.dep_ in AUX_DEPS for c in t.children):
        return False
    return t.sent.text.rstrip().endswith(SENTENCE_ENDS)


def own_stock(head: Token) -> bool:
    """"its tanks", "most of its armoured vehicles", "all their equipment": the buyer's own stock."""
    if any(c.dep_ == "poss" and c.lower_ in OWN_DETERMINERS for c in head.children):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in SHARE_WORDS


def bare_generic(head: Token) -> bool:
    """"American and Korean equipment", "arms": a generic noun with no determiner or count."""
    return head.lower_ in GENERIC_HEADS and not any(c.dep_ in (*COUNT_DEPS, "poss") for c in head.children)


def habitual_sourcing(r: Row) -> bool:
    """True when the row tells a buyer's habit, not a deal (module docstring)."""
    t = r.frame.trigger
    lemma = t.lemma_.lower()
    if t.pos_ != "VERB" or lemma not in SOURCING_VERBS | SELLING_VERBS or not habitual(t):
        return False
    if r.designation or r.item.designation or r.item.quantity is not None or r.reading.factuality in KEPT_READINGS:
        return False  # "denied that X sells weapons to Y": a charge denied stays
    head = r.item.head
    return bare_generic(head) or (lemma in SOURCING_VERBS and own_stock(head))


__all__ = ["habitual_sourcing"]

"""Phrases a relative clause on an item swallows: in "would hand over the helicopters it deems surplus
to Chile in exchange for new trucks" the parse hangs "to Chile" and "in exchange for" on the clause
("deems ... surplus"), but a clause that only judges the item (a verb with an object predicate:
"considered scrap", "deems surplus", "called obsolete"; `judging_verbs` in words.toml) takes no recipient and no counter-item: the
phrases after its predicate belong to the transfer verb the item is the object of. So does the "to" phrase
the parse hangs on a participle of taking after its "from" ("passed rifles received from X to Y";
`taking_participles`), and the one it hangs on a participle of seeing ("supplied the missiles documented in X
to Y"; `observing_participles`). And the list of examples it hangs on the recipient ("sold arms to X, including A and
B": `recipient_examples`)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.items import EXAMPLE_PREPS

PREDICATE_DEPS = ("oprd", "acomp", "xcomp", "dobj", "obj")
JUDGING_VERBS = lexicon.word_set("frame_words", "judging_verbs")
TAKING = lexicon.word_set("frame_words", "taking_participles")
OBSERVING = lexicon.word_set("frame_words", "observing_participles")


def judged(rel: Token) -> Token | None:
    """The predicate of a relative clause that only judges the item it hangs on ("it considered scrap",
    "they deem surplus"), or None."""
    if rel.dep_ != "relcl" or rel.pos_ not in ("VERB", "AUX") or rel.lemma_.lower() not in JUDGING_VERBS:
        return None
    preds = [c for c in rel.children if (c.dep_ in PREDICATE_DEPS or c.dep_ == "ccomp" and c.pos_ == "ADJ")
             and c.pos_ in ("NOUN", "ADJ") and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
             or c.dep_ == "prep" and c.lower_ == "as"]  # "regards as obsolete"
    return preds[-1] if preds else None


def stranded_preps(item_head: Token) -> list[Token]:
    """The prepositional phrases after the predicate of a judging relative clause on the item."""
    out: list[Token] = []
    for rel in item_head.children:
        pred = judged(rel)
        if pred is not None:
            holders = (rel, pred, *(c for c in pred.children if c.pos_ in ("NOUN", "ADJ")))
            out += [c for h in holders for c in h.children if c.dep_ == "prep" and c.i > pred.i]
        elif rel.dep_ == "acl" and rel.tag_ == "VBN" and rel.lower_ in TAKING and \
                any(c.dep_ == "prep" and c.lower_ == "from" for c in rel.children):  # "Y received from X to Z"
            out += [c for c in rel.children if c.dep_ == "prep" and c.lower_ == "to"]
        elif rel.dep_ == "acl" and rel.tag_ == "VBN" and rel.lower_ in OBSERVING:  # "X documented in Y to Z"
            out += [c for c in rel.children if c.dep_ == "prep" and c.lower_ == "to"]
    return out


def recipient_examples(verb: Token, is_materiel: Callable[[Token], bool]) -> list[Token]:
    """"sold arms to X, including A and B", the "including" phrase hung on the recipient X: its preposition, when
    what it lists is materiel (not "to allies, including X and Y")."""
    goals = [q for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
             for q in c.children if q.dep_ == "pobj"]
    return [p for q in goals for p in q.children if p.dep_ == "prep" and p.lower_ in EXAMPLE_PREPS and
            any(o.dep_ == "pobj" and is_materiel(o) for o in p.subtree)]

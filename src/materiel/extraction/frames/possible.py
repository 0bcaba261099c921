"""A transfer only possible: "Japan could export shells to X", "the new rules
could allow Japan to export X". An unnegated modal of possibility (words.toml `frames.possibility_modals`) on
the verb of transfer, or on a verb of permission whose complement it is, tells a step weighed (`considered`),
not an order or a delivery. A negated one is left to the refusal reading ("cannot supply")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.governors import PERMISSION_VERBS

POSSIBLE = lexicon.word_set("frames", "possibility_modals")


def _modal(v: Token) -> bool:
    """v has an unnegated modal of possibility and no perfect ("may have sent X": a past step, only uncertain)."""
    kids = list(v.children)
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in kids) and \
        not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() == "have") for c in kids)


def only_possible(t: Token) -> bool:
    """The verb `t` tells a transfer that may happen, not one that happened or was agreed."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if _modal(t):
        return True
    return t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in PERMISSION_VERBS and _modal(t.head)

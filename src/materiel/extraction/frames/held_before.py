"""A conveyance held in one sentence and its load told in the next: "The navy intercepted a dhow off X. It was
carrying 2,000 rifles bound for Y" ("The vessel was carrying ..."). A carrying verb whose subject is a pronoun or a
definite conveyance noun, right after a sentence in which a verb of holding took a conveyance as its object, is that
held conveyance's load; its subject (the conveyance) is no party, whatever actor the pronoun would stand for."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame

PRONOUNS = ("it", "they")
DEFINITE = ("the", "this", "that")
OBJECT_DEPS = ("dobj", "obj", "nsubjpass")


def held_before(f: Frame, verbs: dict[str, str], words: Any, holds: Callable[[Token, dict[str, str], Any], bool]) -> Token | None:
    """The holding verb of the sentence before that took the conveyance f's carrying verb has as its subject."""
    v = f.trigger
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lower_ in PRONOUNS or subj.lemma_.lower() in words.conveyances and any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children)):
        return None
    start = v.sent.start
    if start == 0:
        return None
    prev = v.doc[start - 1].sent
    for t in prev:
        if t.lemma_.lower() in words.conveyances and t.dep_ in OBJECT_DEPS and holds(t.head, verbs, words):
            f.roles["supplier"] = [a for a in f.roles["supplier"] if a.token.i != subj.i]
            return t.head
    return None

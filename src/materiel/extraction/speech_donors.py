"""Frames that lend their parties to the rows of their sentence (`discourse.share_in_sentence`) must be
transfers told without an item, not verbs of saying: "An X spokesman declined to confirm or deny that the
army had received tanks" holds a frame of denying whose subject is the speaker, who is no party of the
tanks' row."""
from __future__ import annotations

from materiel.extraction.frames.frames import Frame

CLAUSE_DEPS = ("ccomp",)  # the complement clause of a verb of saying ("deny that ...")


def tells_a_clause(f: Frame) -> bool:
    """A frame whose verb (or a verb coordinated with it: "confirm or deny that") takes a clause."""
    t = f.trigger
    if t.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in CLAUSE_DEPS for v in (t, *t.conjuncts) for c in v.children)


__all__ = ["tells_a_clause"]

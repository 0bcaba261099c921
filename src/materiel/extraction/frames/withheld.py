"""A refusal whose "from" phrase names who is kept without: "withholding a cargo of mortar rounds from X". For
most verbs of refusal a "from" phrase names the supplier ("suspended arms purchases from X"); for the verbs in
words.toml [declined] `deprived_from_verbs` it names the one deprived, the recipient."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

DEPRIVING = lexicon.word_set("declined", "deprived_from_verbs")


def _from_phrase(t: Token) -> bool:
    return t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "from"


def deprived(frames: list[Frame]) -> None:
    """Move the actors of a depriving verb's "from" phrase from supplier to recipient."""
    for f in frames:
        if f.stage != "refused" or f.trigger.lemma_.lower() not in DEPRIVING:
            continue
        kept = [a for a in f.roles["supplier"] if _from_phrase(a.token)]
        if kept:
            f.roles["supplier"] = [a for a in f.roles["supplier"] if not _from_phrase(a.token)]
            f.add("recipient", kept)

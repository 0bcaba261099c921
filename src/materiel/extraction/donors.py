"""Frames whose parties a sentence shares with its other frames (discourse.share_in_sentence): those that name
no item of their own, are not a report ("X announced"), and stand in no condition on the transfer ("barred from
buying weapons without approval from X": X approves nothing here and sells nothing). The condition words are
data (words.toml [donors])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.frames import Frame

CONDITION_PREPS = lexicon.word_set("donors", "condition_preps")


def _in_condition(t: Token) -> bool:
    """t is the object of a condition ("without approval", "pending clearance")."""
    return t.dep_ == "pobj" and t.head.lower_ in CONDITION_PREPS


def donor_frames(frames: list[Frame], reporting: set[str] | frozenset[str]) -> list[Frame]:
    """The frames whose parties serve the sentence's other frames."""
    return [f for f in frames if not (f.items or f.implicit) and f.trigger.lemma_.lower() not in reporting
            and not _in_condition(f.trigger)]

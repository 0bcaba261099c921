"""Frames whose parties a sentence shares with its other frames (discourse.share_in_sentence): those that name
no item of their own, are not a report ("X announced") nor a verb that takes a clause (speech_donors.py), and stand in no condition on the transfer ("barred from
buying weapons without approval from X": X approves nothing here and sells nothing) nor in a clause of time
before it ("After the army removed the president, X suspended deliveries of Y": the army is no party), nor a verb that gives information, no thing ("asked for X, Z added, without giving
a date"), nor a clause told of a rival a bid lost to ("offered X and lost to Y, which signed for Z"). The words
are data (words.toml [donors])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.frames import Frame
from materiel.extraction.speech_donors import tells_a_clause

CONDITION_PREPS = lexicon.word_set("donors", "condition_preps")
TIME_MARKS = lexicon.word_set("donors", "time_marks")
INFORMATION = lexicon.word_set("donors", "information_objects")
RIVAL_VERBS = lexicon.word_set("donors", "rival_verbs")


def _in_condition(t: Token) -> bool:
    """t is the object of a condition ("without approval", "pending clearance")."""
    return t.dep_ == "pobj" and t.head.lower_ in CONDITION_PREPS


def _before(t: Token) -> bool:
    """t heads a clause of time that comes before its main clause ("After X removed Y, ...")."""
    return t.dep_ == "advcl" and t.i < t.head.i and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                                                        for c in t.children)


def _gives_information(t: Token) -> bool:
    """t gives words, no thing: "without giving a date", "provided no details"."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in INFORMATION for c in t.children)


def _of_rival(t: Token) -> bool:
    """t is told of the rival a bid lost to: under a verb of losing ("lost to Y, which signed for Z")."""
    return any(a.pos_ == "VERB" and a.lemma_.lower() in RIVAL_VERBS for a in t.ancestors)


def donor_frames(frames: list[Frame], reporting: set[str] | frozenset[str]) -> list[Frame]:
    """The frames whose parties serve the sentence's other frames."""
    return [f for f in frames if not (f.items or f.implicit) and f.trigger.lemma_.lower() not in reporting
            and not _in_condition(f.trigger) and not _before(f.trigger) and not tells_a_clause(f)
            and not _gives_information(f.trigger) and not _of_rival(f.trigger)]  # "X denied that"

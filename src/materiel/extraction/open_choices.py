"""A choice still open tells no transfer: "X has not said whether it will buy the jets", "the ministry
declined to say whether it would send new rifles to Y", "the real test will be whether Z approves the
missiles", "is expected to announce whether it would order the frigates". A frame whose trigger (or a verb
above it) heads a "whether" clause (or an "if" clause that is a verb's object, not a condition) in the future
(a modal) or the present tense is dropped, whatever verb governs the clause. A past clause ("would not confirm
whether Y had delivered the boats") asks about an event and stays an uncertain row; "X asked Y whether it
could export Z" is a request put to Y (frames/clauses.py) and stays; a relative clause inside the choice
("whether it will service the boats that Y sold") tells what is known and stays.

Word lists: words.toml [open_choices]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.clauses import asks_the_asked

MARKS = lexicon.word_set("open_choices", "marks")
OBJECT_MARKS = lexicon.word_set("open_choices", "object_marks")
MODALS = lexicon.word_set("open_choices", "future_modals")
PRESENT = lexicon.word_set("open_choices", "present_tags")
OBJECT_DEPS = ("ccomp",)
RELATIVES = ("relcl",)


def _marked(clause: Token) -> bool:
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & MARKS) or (clause.dep_ in OBJECT_DEPS and bool(marks & OBJECT_MARKS))


def _open(clause: Token) -> bool:
    """The clause's verb is in the future (a modal) or the present tense, with no perfect "has"."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODALS for a in auxes):
        return True
    if auxes:
        return any(a.tag_.lower() in PRESENT and a.lemma_.lower() != "have" for a in auxes)
    return clause.tag_.lower() in PRESENT


def open_choice(t: Token) -> bool:
    """t (or a verb above it, below any relative clause) heads an open "whether" clause."""
    for a in (t, *t.ancestors):
        if a.dep_ in RELATIVES:
            return False
        if _marked(a):
            return _open(a) and not asks_the_asked(a)
    return False

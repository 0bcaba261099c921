"""A choice still open tells no transfer: "X has not said whether its navy will buy the jets", "the ministry
declined to say whether it would send new rifles to Y", "the real test will be whether Z approves the
missiles", "is expected to announce whether it would order the frigates". A frame whose trigger (or a verb
above it) heads a "whether" clause (or an "if" clause that is a verb's object, not a condition) in the future
(a modal) or the present tense is dropped, whatever verb governs the clause. A past clause ("would not confirm
whether Y had delivered the boats") asks about an event and stays an uncertain row; "X asked Y whether it
could export Z" is a request put to Y (frames/clauses.py) and stays; a relative clause inside the choice
("whether it will service the boats that Y sold") tells what is known and stays. A condition laid down as a demand ("would send the frigates only if Y supplied two more to replace them")
is no event either, in any tense.

Word lists: words.toml [open_choices]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.clauses import asks_the_asked

MARKS = lexicon.word_set("open_choices", "marks")
OBJECT_MARKS = lexicon.word_set("open_choices", "object_marks")
MODALS = lexicon.word_set("open_choices", "future_modals")
PRESENT = lexicon.word_set("open_choices", "present_tags")
CONDITIONS = lexicon.word_set("open_choices", "condition_marks")
DEMANDS = lexicon.word_set("open_choices", "demand_adverbs")
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


def _only_if(clause: Token) -> bool:
    """A condition laid down as a demand: "only if Y supplied two more"."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONDITIONS]
    return clause.dep_ == "advcl" and bool(marks) and any(
        c.dep_ == "advmod" and c.lower_ in DEMANDS for m in (clause, *marks) for c in m.children)


def open_choice(t: Token) -> bool:
    """t (or a verb above it, below any relative clause) heads an open "whether" clause or a demanded condition."""
    for a in (t, *t.ancestors):
        if a.dep_ in RELATIVES:
            return False
        if _only_if(a):
            return True
        if _marked(a):
            return _open(a) and not asks_the_asked(a)
    return False

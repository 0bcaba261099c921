"""Direct questions assert nothing: "Has the Government approved the export of X to Y?" or "Will the
Government approve the delivery of ...?" (a parliamentary question) gives no row; the answer that
follows ("Yes. On 10 January the Government approved ...") is an assertion. A direct question is a
sentence that ends with a question mark and opens (after any numbering) with an auxiliary or a
question word; a statement with a question tagged on ("X sent tanks, but will it send more?") is not one.
Nor does an embedded question: "reporters asked whether X had sold Y to Z" reports no sale."""
from __future__ import annotations

from typing import Protocol, TypeVar

from spacy.tokens import Span, Token

from materiel import lexicon

OPENERS = lexicon.word_set("resolve", "question_openers")
ASKING = lexicon.word_set("resolve", "asking_verbs")
MARKS = lexicon.word_set("governors", "question_marks")


class Triggered(Protocol):
    trigger: Token


F = TypeVar("F", bound=Triggered)  # a frame


def is_direct_question(sent: Span) -> bool:
    words = [t for t in sent if not (t.is_space or t.is_punct or t.like_num)]
    solid = [t for t in sent if not t.is_space]
    if not words or not solid or solid[-1].text != "?":
        return False
    return words[0].lower_ in OPENERS


def in_embedded_question(t: Token) -> bool:
    """t stands in a "whether"/"if" clause of a verb of asking ("asked whether X had sent Y")."""
    return any(a.dep_ in ("ccomp", "advcl") and a.head.lemma_.lower() in ASKING and  # "asked if": an advcl to the parser
               any(c.dep_ == "mark" and c.lower_ in MARKS for c in a.children) for a in (t, *t.ancestors))


def unasked(frames: list[F]) -> list[F]:
    """The frames whose trigger does not stand in an embedded question."""
    return [f for f in frames if not in_embedded_question(f.trigger)]

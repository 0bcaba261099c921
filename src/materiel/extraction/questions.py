"""Direct questions assert nothing: "Has the Government approved the export of X to Y?" or "Will the
Government approve the delivery of ...?" (a parliamentary question) gives no row; the answer that
follows ("Yes. On 10 January the Government approved ...") is an assertion. A direct question is a
sentence that ends with a question mark and opens (after any numbering) with an auxiliary or a
question word; a statement with a question tagged on ("X sent tanks, but will it send more?") is not one.
Nor does an embedded question: "reporters asked whether X had sold Y to Z" reports no sale, nor an inquiry
demanded: "calls on X to investigate how Y's shells reached Z", "must explain how the export was approved". A relative
clause inside either is no part of the question but what it takes as known: "asked whether the government would
support the two aircraft that X sold to Y in 2010", "Will X service the boats it sold to Y?" report the sale."""
from __future__ import annotations

from typing import Protocol, TypeVar

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.clauses import asks_the_asked
from materiel.extraction.open_choices import open_choice

OPENERS = lexicon.word_set("resolve", "question_openers")
ASKING = lexicon.word_set("resolve", "asking_verbs")
MARKS = lexicon.word_set("governors", "question_marks")
RELATIVES = ("relcl",)
CHECKS = lexicon.word_set("questions", "report_checks")
INQUIRY = lexicon.word_set("questions", "inquiry_verbs")
INQUIRY_WORDS = lexicon.word_set("questions", "inquiry_words")
LABEL_WORDS = 3  # the words of a speaker's label before its colon  # a relative clause's verb ("that X sold")


class Triggered(Protocol):
    trigger: Token


F = TypeVar("F", bound=Triggered)  # a frame


def is_direct_question(sent: Span) -> bool:
    solid = [t for t in sent if not t.is_space]
    colon = next((k for k, t in enumerate(solid[:LABEL_WORDS + 1]) if t.text in (":", ".") and k), None)
    if colon is not None and all(t.text[:1].isupper() or t.text == "." for t in solid[:colon]):
        solid = solid[colon + 1:]  # a speaker's label: "Q:", "QUESTION:", "SENATOR VANCE:", "Q."
    words = [t for t in solid if not (t.is_punct or t.like_num)]
    if not words or not solid or solid[-1].text != "?":
        return False
    return words[0].lower_ in OPENERS


def _up_to_relative(t: Token) -> list[Token]:
    """t and its heads up to the verb of the relative clause it stands in, if any ("the boats that X sold")."""
    out = [t]
    while out[-1].dep_ not in RELATIVES and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def in_relative(t: Token) -> bool:
    """t stands in a relative clause of a system's noun ("the two aircraft that X sold to Y", "the boats it
    sold"; not "at a time when X supplied Y")."""
    top = _up_to_relative(t)[-1]
    return top.dep_ in RELATIVES and any(s.start <= top.head.i < s.end for s in t.doc.spans.get("materiel", []))


def _demanded_inquiry(a: Token) -> bool:
    """a is the clause of an inquiry still to be made ("calls on X to investigate how Y reached Z", "must
    explain how the export was approved"): a verb of inquiry in its base form with a "how"/"why"/"whether" clause."""
    return a.dep_ == "ccomp" and a.head.lemma_.lower() in INQUIRY and a.head.tag_ == "VB" and \
        any(c.dep_ in ("mark", "advmod") and c.lower_ in INQUIRY_WORDS for c in a.children)


def in_embedded_question(t: Token) -> bool:
    """t stands in a "whether"/"if" clause of a verb of asking ("asked whether X had sent Y"), or in the clause of
    an inquiry demanded ("to investigate how X reached Y"), and not in a relative clause inside it."""
    return any(a.dep_ in ("ccomp", "advcl") and a.head.lemma_.lower() in ASKING and  # "asked if": an advcl to the parser
               any(c.dep_ == "mark" and c.lower_ in MARKS for c in a.children) and not asks_the_asked(a) or
               _demanded_inquiry(a)
               for a in (_up_to_relative(t) if in_relative(t) else (t, *t.ancestors)))


def unasked(frames: list[F], sent: Span | None = None) -> list[F]:
    """The frames whose trigger does not stand in an embedded question (nor, when sent is a direct
    question, anywhere but in a relative clause), nor in a choice still open ("has not said whether its navy will buy X")."""
    direct = sent is not None and is_direct_question(sent)
    return [f for f in frames if not in_embedded_question(f.trigger) and not open_choice(f.trigger) and
            (not direct or in_relative(f.trigger) or checks_a_report(f.trigger))]


def checks_a_report(t: Token) -> bool:
    """t stands in the "that" clause of a question that checks a report ("Is it true that X offered Y?",
    "Is it correct that ..."): the question tells the report (`questions.report_checks` in words.toml)."""
    for a in (t, *t.ancestors):
        if a.dep_ == "ccomp":
            head = a.head
            return head.lemma_.lower() in CHECKS or any(c.dep_ == "acomp" and c.lemma_.lower() in CHECKS
                                                         for c in head.children)
    return False

"""A claim left unanswered or unverified is uncertain, and a denial withheld is no denial: "gave no reply to
queries on reports that X had delivered Y", "declined to comment on allegations that X sold Y", "reports that X
shipped Y could not be verified", "declined to either confirm or deny that Y got X", "would neither confirm nor deny
that X sold Y". An answer verb (lexicon `non_answers.answer_verbs`) that is negated or is the infinitive of a
withholding word ("declined to", "was unable to") is withheld; a frame under a withheld answer verb, directly or
through a claim noun or a question about it, is uncertain. An answer given ("confirmed that X delivered Y") and a
withheld answer in a clause beside the frame ("did not comment, but said X delivered Y") change nothing."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

ANSWER_VERBS = lexicon.word_set("non_answers", "answer_verbs")
WITHHOLDING = lexicon.word_set("non_answers", "withholding")
NEGATORS = lexicon.word_set("non_answers", "negators")
TOPIC_NOUNS = lexicon.word_set("non_answers", "topic_nouns")
ANSWER_NOUNS = lexicon.word_set("non_answers", "answer_nouns")
# Steps from a frame up to the answer verb that bears on it: its clause, a claim noun's clause, a preposition.
PATH_DEPS = frozenset({"ccomp", "acl", "pobj", "prep", "dobj", "nsubjpass", "nsubj", "xcomp", "pcomp", "conj"})


def withheld(verb: Token) -> bool:
    """An answer verb whose answer is not given: negated ("did not confirm", "neither confirmed nor denied"), the
    infinitive of a withholding word ("declined to comment", "was unable to verify"), or joined to one ("declined to
    confirm or deny")."""
    if verb.lemma_.lower() not in ANSWER_VERBS:
        return False
    if any(c.dep_ in ("neg", "preconj") or c.dep_ == "cc" and c.lower_ == "nor" for c in verb.children):
        return True
    if any(c.lower_ in NEGATORS and c.dep_ in ("neg", "preconj", "det") for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in WITHHOLDING:
        return True
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "be" and \
            any(c.dep_ == "acomp" and c.lemma_.lower() in WITHHOLDING for c in head.children):
        return True  # "was unable to confirm" parsed with "confirm" under "was"
    if verb.dep_ == "conj" and head.i != verb.i and head.lemma_.lower() in ANSWER_VERBS:
        return withheld(head) or any(c.dep_ == "cc" and c.lower_ == "nor" for c in head.children)
    return False


def unanswered(t: Token, claim_nouns: set[str]) -> bool:
    """The frame at `t` is what a withheld answer bears on: reached from `t` through its own clause ("declined to
    confirm that X sold Y"), a claim noun ("declined to comment on allegations that ..."), or a question about one
    ("has not replied to queries on reports that ..."); a verb of another kind on the way ends the search."""
    via, claimed = t, False
    for a in t.ancestors:
        if via.dep_ not in PATH_DEPS or via.dep_ == "conj" and a.lemma_.lower() not in ANSWER_VERBS:
            return False
        if a.lemma_.lower() in ANSWER_VERBS:
            return (claimed or _content(via, a)) and withheld(a)
        if a.pos_ in ("VERB", "AUX"):
            return False
        if a.pos_ == "NOUN" and a.lemma_.lower() in ANSWER_NOUNS:
            return claimed and _no_answer(a)
        if a.pos_ == "NOUN" and (a.lower_ in claim_nouns or a.lemma_.lower() in claim_nouns):
            claimed = True
        elif a.pos_ == "NOUN" and a.lower_ not in TOPIC_NOUNS:
            return False
        via = a
    return False


def _content(clause: Token, verb: Token) -> bool:
    """The frame's clause is what the answer verb would answer: its complement after it ("declined to confirm that X
    sold Y"), the verb taking no object of its own ("have never confirmed the number" answers about the number)."""
    return clause.dep_ == "ccomp" and clause.i > verb.i and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _no_answer(noun: Token) -> bool:
    """An answer noun that says none was given: "no comment on", "did not have any comment on", "gave no response to"."""
    if any(c.dep_ in ("det", "neg") and c.lower_ in NEGATORS for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ in ("dobj", "attr", "nsubj") and head.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "neg" for c in head.children)

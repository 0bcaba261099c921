"""A clause that repeats the act of the one before with another subject: "Egypt bought tanks from X, as did Y",
"X delivered howitzers to Z, and so did Y", "X supplied Z with missiles. Y did too", "Y did the same", "Y has done
so as well". The echo is a form of "do" (or "have", "as have Y") with no object of its own but "so", "the same"
or "likewise", marked by "as" before it, by "so" before it, or by "too", "as well", "likewise" or "also" after
it. Each row of the act echoed (its verb is the echo's head, else the rows of the sentence before when the echo
is a sentence of its own) is told once more with the echo's subject in the place of the party that was the
subject there (the giver of "sold", the taker of "bought"); the count is the first party's, not the echo's.
The words are data (words.toml [echoes])."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import FinderState
from materiel.extraction.mentions.resolved import Resolved

ECHO_VERBS = lexicon.word_set("echoes", "verbs")  # do, have
OBJECTS = lexicon.word_set("echoes", "objects")  # "did so", "did the same"
AFTER = lexicon.word_set("echoes", "after_words")  # "did too", "did likewise"
BLOCKERS = lexicon.word_set("echoes", "blockers")  # "neither did Y", "did not": not an echo of the act
OWN_PREPS = lexicon.word_set("echoes", "own_preps")  # "as Y did with submarines": an act of its own


def _echo(e: Token) -> str | None:
    """How e echoes a verb before it: "mark" ("as did Y"), "so" ("and so did Y"), "after" ("Y did too"), else None."""
    if e.lemma_.lower() not in ECHO_VERBS or e.pos_ not in ("VERB", "AUX") or e.dep_ in ("aux", "auxpass"):
        return None
    kids = list(e.children)
    if any(c.lower_ in BLOCKERS or c.dep_ == "prep" and c.lower_ in OWN_PREPS for c in kids):
        return None
    objects = [c for c in kids if c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "acomp", "attr")]
    if any(o.lower_ not in OBJECTS for o in objects):
        return None  # "as it did with Y's request", "did a deal": a verb of its own
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return "mark"
    if any(c.dep_ == "advmod" and c.lower_ == "so" and c.i < e.i for c in kids):
        return "so"
    words = {x.lower_ for c in kids if c.i > e.i for x in c.subtree}
    if words & AFTER or objects:
        return "after"
    return None


def _subjects(finder: FinderState, e: Token) -> list[Resolved]:
    """The echo's subject's actors; none when it is a pronoun (the first party again: "as it did in 2022")."""
    subj = next((c for c in e.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    return finder.res.resolve_all(subj)


def _subject_role(finder: FinderState, r: Row) -> str | None:
    """Which of r's parties is the subject of its verb: "supplier" or "recipient"."""
    subj = finder.subject_of(r.frame.trigger)
    if subj is None:
        return None
    span = {t.i for t in subj.subtree}
    if r.supplier is not None and r.supplier.token.i in span:
        return "supplier"
    if r.recipient is not None and r.recipient.token.i in span:
        return "recipient"
    return None


def echoed_rows(finder: FinderState, sent: Span, before: list[Row], here: list[Row]) -> list[Row]:
    """The rows each echo in sent repeats, with the echo's subject as the party its verb's subject was."""
    out: list[Row] = []
    for e in sent:
        kind = _echo(e)
        actors = _subjects(finder, e) if kind is not None else []
        if not actors:
            continue
        if e.head.i != e.i and e.head.i < e.i:
            told = [r for r in here if r.frame.trigger.i == e.head.i]
        elif e.head.i == e.i and kind == "after" and not [r for r in here if r.frame.trigger.i < e.i]:
            prior = [r for r in before if r.sent.end <= sent.start]
            told = [r for r in prior if r.sent.start == prior[-1].sent.start and r.sent.end == sent.start] \
                if prior else []
        else:
            told = []
        for r in told:
            role = _subject_role(finder, r)
            other = r.recipient if role == "supplier" else r.supplier
            for a in actors:
                if role is None or other is not None and other.actor.id == a.actor.id:
                    continue
                item = replace(r.item, quantity=None, quantity_text=None, whole=None, shares=None)
                sup, rec = (a, r.recipient) if role == "supplier" else (r.supplier, a)
                out.append(replace(r, item=item, supplier=sup, recipient=rec, inherited=True))
    return out

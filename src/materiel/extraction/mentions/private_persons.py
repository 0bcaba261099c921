""""He" or "she" as the subject of a clause, standing for a private person named just before: in a court's
or a prosecutor's account ("X pleaded guilty ... In recorded calls, he asked an agent for grenades") the
person is the party. Only a subject pronoun, only a person the text names as a subject (or in apposition to
one) in the `window` sentences before, whose name resolves to a person and to no state's office."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS, Resolved
from materiel.record.models import Actor

SUBJECT_PRONOUNS = lexicon.word_set("private_persons", "subject_pronouns")
WINDOW = 2  # sentences back to the person's name
CONFIDENCE = 0.5
TITLES = lexicon.word_set("resolve", "state_offices") | lexicon.word_set("private_persons", "titles")


def _surnames(doc: Doc) -> dict[str, str]:
    """The last word of each person's name the tagger found, with the longest name it ends."""
    out: dict[str, str] = {}
    for e in doc.ents:
        if e.label_ == "PERSON" and e[-1].is_title:
            name = e.text.strip()
            if len(name) > len(out.get(e[-1].text, "")):
                out[e[-1].text] = name
    return out


def _titled(t: Token) -> bool:
    """The name follows an office's title ("Defence Minister X", "General X")."""
    start = t.i
    while start > t.sent.start and t.doc[start - 1].dep_ == "compound" and t.doc[start - 1].head.i == t.i:
        start -= 1
    before = t.doc[max(t.sent.start, start - 4): start]
    return any(w.lower_ in TITLES for w in [*before, *t.doc[start: t.i]])


def private_person(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The private person a subject "he"/"she" stands for, or None."""
    if tok.lower_ not in SUBJECT_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass") or \
            any(c.dep_ == "conj" for c in tok.children):
        return None  # "he and three co-defendants": a group acting together, not the person alone
    sents = list(tok.doc.sents)
    at = next((n for n, s in enumerate(sents) if s.start <= tok.i < s.end), None)
    if at is None:
        return None
    names = _surnames(tok.doc)
    for s in reversed(sents[max(0, at - WINDOW): at + 1]):
        for t in reversed([t for t in s if t.i < tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass", "appos") or not (
                    (t.ent_type_ == "PERSON" and t.pos_ == "PROPN") or t.text in names):
                continue
            if _titled(t):
                return None  # "Deputy Defence Minister X": an office holder, who speaks for a state
            r = resolve(t)
            if r is not None and (r.actor.kind in OFFICIAL_KINDS or r.actor.kind != "person" and t.text not in names):
                return None  # the nearest named subject holds an office or is no person: no private party
            name = names.get(t.text, t.text)
            actor = r.actor if r is not None and r.actor.kind == "person" else Actor(id=lexicon.slug(name), name=name, kind="person", country=None,
                                                        text=t.text)
            return Resolved(actor.model_copy(update={"text": tok.text}), CONFIDENCE, tok)
    return None

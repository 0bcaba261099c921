"""Parties named by no name: "to a third country", "any buyer", "from an undisclosed customer", "to unnamed
export customers". Such a role is generic: no party of the context fills it (a firm's release that keeps its
customer secret sells to no state the article names elsewhere). The words are `generic_party_nouns`,
`generic_party_dets` and `undisclosed_party_modifiers` in words.toml [arguments]. A joint deal's partner ("a joint
procurement with X") is no seller either."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.described import designated_subject
from materiel.extraction.frames.framebase import ROLES, Frame

GENERIC_PARTY_NOUNS = lexicon.word_set("arguments", "generic_party_nouns")
GENERIC_PARTY_DETS = lexicon.word_set("arguments", "generic_party_dets")
UNDISCLOSED = lexicon.word_set("arguments", "undisclosed_party_modifiers")
ABROAD = lexicon.word_set("arguments", "abroad_adverbs")
JOINT = lexicon.word_set("arguments", "joint_deal_modifiers")
GOVERNMENTS = frozenset(lexicon.toml("cues.toml")["actors"]["government_nouns"])


def generic_party(tok: Token) -> bool:
    """Whether tok is a party noun that names no one: "a customer", "another buyer", "undisclosed customers"."""
    lemma = tok.lemma_.lower()
    if lemma not in GENERIC_PARTY_NOUNS and tok.lower_ not in GENERIC_PARTY_NOUNS:
        return False
    return any(c.lower_ in GENERIC_PARTY_DETS or c.dep_ in ("amod", "compound", "advmod") and c.lower_ in UNDISCLOSED
               for c in tok.children)


def unnamed_subject(finder: Any, f: Frame) -> None:
    """A verb frame whose subject's role is empty because its subject names no one ("an unnamed customer has
    ordered X"): that role is generic (`finder` a FrameFinder)."""
    role = finder.classes[f.cls].get("subject")
    if role not in ROLES or f.roles[role] or f.trigger.pos_ not in ("VERB", "AUX"):
        return
    subj = finder.subject_of(f.trigger)
    if subj is not None and subj.dep_ == "nsubj" and generic_party(subj):
        f.generic.add(role)
    elif subj is not None and subj.pos_ == "NOUN" and subj in designated_subject(f.trigger):
        f.generic.add(role)  # "designated three entities for supplying X": told, not named; none from the context


def abroad(f: Frame) -> None:
    """"has never sold its X abroad", "exported six Y overseas": the recipient is no state in particular; "bought Z
    from abroad", "bought Z elsewhere" (after the verb): nor the supplier. A role the frame leaves empty is generic (words.toml `abroad_adverbs`)."""
    for c in f.trigger.children:
        if c.dep_ == "advmod" and c.lower_ in ABROAD and c.i > f.trigger.i:  # not "Elsewhere, X delivered ..."
            if not f.roles["recipient"]:
                f.generic.add("recipient")
            elif not f.roles["supplier"]:
                f.generic.add("supplier")  # "Y bought its trucks elsewhere": from no one the text names
        if c.dep_ == "prep" and c.lower_ == "from" and not f.roles["supplier"] and \
                any(g.lower_ in ABROAD for g in c.children):
            f.generic.add("supplier")


def joint_partners(f: Frame) -> None:
    """"as part of a joint procurement with the Netherlands", "in a joint purchase with X": the "with" party of a
    deal noun marked joint (words.toml `joint_deal_modifiers`) buys alongside, it does not sell."""
    n = f.trigger
    if n.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "amod" and c.lower_ in JOINT for c in n.children):
        return
    partners = {p.i for c in n.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.subtree}
    f.roles["supplier"] = [r for r in f.roles["supplier"] if r.token.i not in partners]


def unplaced_leader(finder: Any, f: Frame) -> None:
    """"sold carbines to the government of President X", where the text gives X no state (a government named
    by its leader stays unknown, mentions/led_bodies.py): the recipient is named, so no party of the context
    fills the role."""
    if f.roles["recipient"] or f.trigger.pos_ not in ("VERB", "AUX"):
        return
    goals = [q for p in f.trigger.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
             for q in p.children if q.dep_ == "pobj" and q.lemma_.lower() in GOVERNMENTS]
    if any(x.ent_type_ == "PERSON" for q in goals if not finder.res.resolve_all(q) for p in q.children
           if p.dep_ == "prep" and p.lower_ == "of" for x in p.subtree):
        f.generic.add("recipient")

"""A passive participle fronted before the main clause, with its "by" agent: "Asked in 2019 by Tbilisi for its
air-defence systems, the Slovak government refused". The agent is the participle's subject (the asker, for a
request) and the main clause's subject its object (the party asked); the parser hangs the participle on the
main verb as an adverbial clause, so the verb is read as passive here, after the frame is found. Also the converse shape: a subject set off by a
parenthetical that the parser makes the root, its finite verb a participle on it (`misread_main_verb`)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.apposed_subjects import apposed_name
from materiel.extraction.frames.framebase import ROLES, FinderState, Frame


def misread_main_verb(v: Token) -> bool:
    """"Accra, for its part, handed over old trucks to X": the parser makes the subject the root and
    the finite verb after the parenthetical a participle on it; a verb with its own object and no auxiliary,
    set off from a root name by a comma, is that name's main verb, active; so too when the name is the subject of a
    reporting verb after the clause ("X, a Y maker, handed over trucks to Z, the ministry said")."""
    if apposed_name(v) is not None:
        return True  # "and X, Y's main partner, handed over A" (frames/apposed_subjects.py)
    head = v.head
    rooted = head.dep_ == "ROOT" or head.dep_ == "nsubj" and head.head.i > v.i  # "..., the ministry said"
    return v.dep_ == "acl" and rooted and head.pos_ == "PROPN" and v.tag_ in ("VBD", "VBN") and \
        head.i < v.i and any(t.text == "," for t in v.doc[head.i + 1: v.i]) and \
        any(c.dep_ in ("dobj", "obj") for c in v.children) and \
        not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in v.children)


def fronted(v: Token) -> bool:
    """v is a past participle with an agent, adverbial to a later main verb, with no subject or auxiliary."""
    return v.tag_ == "VBN" and v.dep_ == "advcl" and v.i < v.head.i and \
        any(c.dep_ == "agent" for c in v.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in v.children)


def reread(finder: FinderState, frames: list[Frame]) -> None:
    """Give a fronted passive frame its agent as subject and the main clause's subject as object."""
    for f in frames:
        v = f.trigger
        spec = finder.classes.get(f.cls, {})
        subject_role, object_role = spec.get("subject"), spec.get("object")
        if not fronted(v) or subject_role not in ROLES or object_role not in ROLES:
            continue
        agents = [r for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for r in finder.res.resolve_all(p)]
        mains = [r for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") for r in finder.res.resolve_all(c)]
        if not agents:
            continue
        taken = {a.actor.id for a in agents + mains}
        for role in ROLES:
            f.roles[role] = [a for a in f.roles[role] if a.actor.id not in taken]
        f.add(subject_role, agents)
        f.add(object_role, mains)  # none when the main subject names no one yet ("the government"): from context
        f.rule += ":passive"

"""The issuer of a licensing report told by its verbs: "the department issued 400 permits and refused 12
applications", "export permits were granted by Ruritania". The one state (or body of a state) that is the subject
or agent of a verb deciding permits ([permit_issuers] deciding_verbs over decided_nouns) marks the text's issuer as
surely as an institution line does; two such states mark none, and a body of no named state ("the
ministry") marks none."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolve import ActorResolver

VERBS = lexicon.word_set("permit_issuers", "deciding_verbs")
NOUNS = lexicon.word_set("permit_issuers", "decided_nouns")
KINDS = ("state", "government_body")
NAMED = ("GPE", "NORP", "ORG")


def _decides_permits(v: Token) -> bool:
    """v is a verb of deciding whose object (or passive subject) is a permit or an application."""
    return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in VERBS and any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and (c.lemma_.lower() in NOUNS or c.lower_ in NOUNS)
        for c in v.children)


def _deciders(v: Token) -> list[Token]:
    """The subject of an active verb (and of the verb it is coordinated with), or the agent of a passive one."""
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if not subj and v.dep_ == "conj":
        subj = [c for c in v.head.children if c.dep_ == "nsubj"]
    return subj + [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _named(s: Token) -> bool:
    """The subject's phrase names a state or body itself: a proper name or a demonym ("the Dutch government")."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in NAMED for t in s.subtree)


def permit_issuer(res: ActorResolver) -> str | None:
    """The ISO3 code of the one state that decides permits in the text, else None."""
    found: set[str] = set()
    for v in (t for t in res.doc if _decides_permits(t)):
        for s in (s for s in _deciders(v) if _named(s)):  # not "the ministry", a state of no name
            r = res.resolve(s)
            if r is not None and r.actor.kind in KINDS and r.actor.country:
                found.add(r.actor.country)
    return found.pop() if len(found) == 1 else None

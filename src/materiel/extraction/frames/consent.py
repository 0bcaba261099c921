"""Withheld consent: a government that "has not given its consent to the supply of X to Y", "did not
approve the export of X", "granted no permission for the sale of X" refuses the transfer (stage refused,
asserted), rather than negating a delivery or an offer."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.clauses import phrasal
from materiel.extraction.frames.framebase import FUTURE_AUX
from materiel.extraction.frames.governors import CONSENT_NOUNS, PERMISSION_VERBS

DENIALS = lexicon.word_set("governors", "consent_denials")
NEGATIONS = lexicon.word_set("governors", "consent_negations")
PENDING = lexicon.word_set("governors", "consent_pending")
GRANTING = lexicon.word_set("governors", "granting_phrasals")
REQUESTS = lexicon.word_set("pipeline", "request_nouns")
PERFECT = ("has", "have")


def pending(t: Token) -> bool:
    """"has not yet approved the sale", "the application has not yet been approved": an approval still to come."""
    return t.lemma_.lower() in PERMISSION_VERBS and _negated(t) and (any(
        c.dep_ == "advmod" and c.lower_ in PENDING for c in t.children) or _open_request(t))


def _open_request(t: Token) -> bool:
    """"the application has not been granted", "Oslo has not approved the request": a request not granted
    so far (the present perfect), still open, unlike "the request was not approved"."""
    return any(c.dep_ == "aux" and c.lower_ in PERFECT for c in t.children) and any(
        c.dep_ in ("nsubjpass", "dobj", "obj") and c.lemma_.lower() in REQUESTS for c in t.children)


def withheld(t: Token) -> bool:
    """True when the transfer noun or verb t is what a denied consent or a negated approval is about."""
    if (t.lemma_.lower() in PERMISSION_VERBS or phrasal(t) in GRANTING) and (_negated(t) or _denied_object(t)) and \
            not pending(t):
        return True  # "did not approve the export", "will issue no new licences": the approval verb as the trigger
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "pobj" or t.head.lower_ not in ("to", "for"):
        return False
    host = t.head.head
    nouns = [host] if host.lemma_.lower() in CONSENT_NOUNS else \
        [c for c in host.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CONSENT_NOUNS] \
        if host.pos_ in ("VERB", "AUX") else []  # "given its consent | to the supply": "to" hung on the verb
    for noun in nouns:
        if any(c.dep_ == "det" and c.lower_ in DENIALS for c in noun.children):
            return True  # "gave no consent to the supply of X"
        if noun.dep_ in ("dobj", "obj") and _negated(noun.head):
            return True
    return False


def _denied_object(v: Token) -> bool:
    """"will issue no new licences", "would approve no further exports": a policy of granting none, the verb's
    object denied by its determiner under a future or conditional auxiliary (`future_aux` of [frames]);
    "had issued no licence for X" tells that none was granted, a negated transfer, not a refusal."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in v.children) and \
        any(c.dep_ in ("dobj", "obj") and any(d.dep_ == "det" and d.lower_ in DENIALS for d in c.children)
            for c in v.children)


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in v.children)

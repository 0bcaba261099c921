"""A request made of unnamed partners: "X has asked its partners for air defence systems", "Y requested howitzers
from its allies", "Z's defence ministry has asked donors for coastal radars". The asker is the verb's own subject
and the asked party is told as no state in particular: the register keeps the request with the supplier left
empty (as it keeps a seizure's), rather than dropping it. A negated, modal or relative request ("has not asked
anyone for X", "would seek X elsewhere", "the arms the government had requested") is no row. The same holds for
a supply verb governed by an asking verb whose asked party is such a noun ("X called on its allies to send Y", "Z
urged partners to supply A"), when the row's recipient is the asker itself. Words: words.toml [unnamed_requests]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

ASKING = lexicon.word_set("unnamed_requests", "asking_verbs")
MODALS = lexicon.word_set("participle_stages", "unrealised_auxiliaries")
PARTNERS = lexicon.word_set("unnamed_requests", "partner_nouns")
URGING = lexicon.word_set("unnamed_requests", "urging_verbs")
URGED_PREPS = lexicon.word_set("unnamed_requests", "urged_preps")
NEGATORS = {"not", "n't", "never"}


def _of_partners(t: Token) -> bool:
    """The asking verb t's object or "from" phrase is a partner noun ("asked its partners", "from allies")."""
    asked = [c for c in t.children if c.dep_ in ("dobj", "obj", "dative")]
    hosts = [t, *(c for c in asked if c.dep_ in ("dobj", "obj"))]  # "requested X from allies": on X, misparsed
    asked += [p for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
              for p in c.children if p.dep_ == "pobj"]
    return any(a.lemma_.lower() in PARTNERS for a in asked)


def _plain(t: Token) -> bool:
    """No negation or unrealised modal on t, and t heads no relative clause."""
    return t.dep_ not in ("relcl", "acl", "amod") and \
        not any(c.dep_ in ("aux", "neg") and c.lower_ in MODALS | NEGATORS for c in t.children)


def _urged_partners(r: Row) -> bool:
    """"X called on its allies to send A": the trigger is the complement of an urging verb whose object (or "on" /
    "to" phrase) is a partner noun, and the row's recipient is that verb's own subject."""
    t = r.frame.trigger
    gov = t.head
    if t.dep_ != "xcomp" or gov.lemma_.lower() not in URGING or not _plain(gov) or r.recipient is None:
        return False
    asked = [c for c in gov.children if c.dep_ in ("dobj", "obj")]
    asked += [p for c in gov.children if c.dep_ == "prep" and c.lower_ in URGED_PREPS
              for p in c.children if p.dep_ == "pobj"]
    if not any(a.lemma_.lower() in PARTNERS for a in asked):
        return False
    askers = {w.i for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree}
    return any(a.actor.id == r.recipient.actor.id and a.token.i in askers for a in r.frame.roles["recipient"])


def asked_unnamed(r: Row) -> bool:
    """The row is an asking verb's in a main or complement clause, its recipient is the frame's own asker, and no
    supplier was found for it."""
    f, t = r.frame, r.frame.trigger
    if r.supplier is not None or f.stage != "requested" or t.pos_ != "VERB" or r.recipient is None:
        return False
    if r.reading.factuality in ("asserted", "uncertain") and not f.negated and \
            not any(c.dep_ == "neg" for c in t.children) and _urged_partners(r):
        return True
    if t.lemma_.lower() not in ASKING or t.dep_ in ("relcl", "acl", "amod") or f.negated:
        return False
    if r.reading.factuality not in ("asserted", "uncertain") or \
            any(c.dep_ in ("aux", "neg") and c.lower_ in MODALS | NEGATORS for c in t.children):
        return False
    return _of_partners(t) and any(a.actor.id == r.recipient.actor.id for a in f.roles["recipient"])

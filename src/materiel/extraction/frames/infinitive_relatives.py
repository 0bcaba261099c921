"""An infinitive relative on an item tells a step still to come: "30 A to be delivered by 2026", "B, to be
supplied from army stocks": not a delivery. A ranked head tells one that happened ("the first A to be delivered
arrived in May"): words.toml [participle_stages] ranked_modifiers."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon

RANKED = lexicon.word_set("participle_stages", "ranked_modifiers")


def to_be_done(t: Token) -> bool:
    """t is the verb of a passive infinitive relative ("to be delivered") on a noun no ordinal or superlative
    ranks."""
    if t.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or \
            not any(c.dep_ == "auxpass" for c in t.children):  # "a scheme to ship X": the scheme's act, not X's
        return False
    head = t.head
    return head.lower_ not in RANKED and not any(c.lower_ in RANKED or c.tag_ == "JJS" for c in head.children)


def raised_subjects(v: Token, governors: set[str], is_party: Callable[[Token], bool]) -> list[Token]:
    """"Forty A are to be supplied to Y by Z", "the jets are due to be delivered to Y", "two B are set to be handed
    over to Y": a passive infinitive under "be" or a word of schedule (predicates.toml [governors] future) has no
    subject of its own; its items are the subject of the clause above. Only with its destination named in the clause
    ("to Y", a party): with none ("another 12 are due to be shipped in 2031") it is the schedule of a deal told
    before, whose parties the context does not reliably give."""
    if v.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) or \
            not any(c.dep_ == "auxpass" for c in v.children):
        return []
    if not any(p.dep_ == "pobj" and is_party(p) for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
               for p in c.children):
        return []
    host = v.head
    if not (host.lemma_.lower() in governors or host.lemma_.lower() == "be" and host.pos_ == "AUX"):
        return []
    if host.dep_ == "acomp":  # "are due to be delivered": the adjective's verb holds the subject
        host = host.head
    return [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")]

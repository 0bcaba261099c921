"""The other party of a transfer told in the sentence after a deal: "Varnia signed a deal with Ostland on Monday. It
will deliver six X by 2027", "The minister said the contract with Ostland had been signed. 'We will receive the
first two X next year.'" A frame whose subject's role is filled and whose opposite role is empty, in a sentence
that names no other state, takes the "with" party of the one deal noun ([governors] deal_nouns, words.toml) of the
sentence just before (or of the verb it is the object of), when that deal's own clause has the frame's subject
party as its subject, or no subject (a passive without agent), and the partner is a state (or its body), not the
frame's subject party."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.deal_partners import with_party
from materiel.extraction.frames.framebase import ROLES, Frame
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS, Resolved

DEAL_NOUNS = lexicon.word_set("governors", "deal_nouns")


def _previous_sentence(v: Token) -> list[Token]:
    start = v.sent.start
    return list(v.doc[start - 1].sent) if start > 0 else []


def _with(noun: Token) -> list[Token]:
    """The deal noun's "with" objects, or those of the verb it is the object of ("signed a deal with X")."""
    direct = with_party(noun)
    if direct or noun.dep_ != "dobj":
        return direct
    return [p for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj"]


def _deal_partners(finder: Any, noun: Token, own: set[str]) -> list[Resolved] | None:
    """The deal's "with" parties when its clause's subject is one of `own` or absent, else None."""
    clause = noun.head if noun.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    if clause is None:
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "agent") and c.i != noun.i]
    for s in subjects:
        r = finder.res.resolve(s)
        if r is None or r.actor.id not in own:
            return None
    found = [r for p in _with(noun) for r in finder.res.resolve_all(p)]
    if not found or any(r.actor.id in own or r.actor.kind not in OFFICIAL_KINDS for r in found):
        return None  # a firm or a person as the partner: the maker or the leader, not the other state
    return found


def read_prior_deal(finder: Any, f: Frame) -> None:
    """Give the previous sentence's deal partner the role opposite the subject's when the frame has none there."""
    v = f.trigger
    subject_role = finder.classes.get(f.cls, {}).get("subject")
    if v.pos_ not in ("VERB", "AUX") or subject_role not in ("supplier", "recipient"):
        return
    other = "recipient" if subject_role == "supplier" else "supplier"
    if f.roles[other] or not f.roles[subject_role]:
        return
    own = {a.actor.id for a in f.roles[subject_role]}
    named = {r.actor.id for t in v.sent if t.ent_type_ == "GPE" for r in [finder.res.resolve(t)] if r is not None}
    if named - own:
        return  # the sentence names another state: its own reading decides
    deals = [t for t in _previous_sentence(v) if t.lemma_.lower() in DEAL_NOUNS and _with(t)]
    if len(deals) != 1:
        return
    found = _deal_partners(finder, deals[0], own)
    have = {a.actor.id for role in ROLES for a in f.roles[role]}
    if found and not any(r.actor.id in have for r in found):
        f.add(other, found)

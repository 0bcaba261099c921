"""The other side of a deal told by an infinitive after a verb of agreeing: "Ruritania agreed with Borduvia's Kestrel
Yards to buy four corvettes" (Kestrel Yards, of Borduvia, sells), "Tarvo Arms arranged with the Borduvian navy to
supply 200 rifles" (the navy buys). The verb (`verbs` of [agreed_with] in words.toml) governs the frame's
infinitive and has a "with" phrase naming a state, one of its bodies or a firm (not a lender: "the IMF"); that party takes the role opposite
the subject's when that role is still empty. Not a partner on the same side ("agreed with Y to jointly buy X",
`joint_words`), nor a party the frame already has."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.customer_orders import firm_like
from materiel.extraction.frames.framebase import ROLES, Frame
from materiel.extraction.mentions.resolved import Resolved

VERBS = lexicon.word_set("agreed_with", "verbs")
JOINT = lexicon.word_set("agreed_with", "joint_words")
PARTY_KINDS = ("state", "government_body", "company")


def _with_objects(verb: Token) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj"]


def _agreeing(v: Token) -> Token | None:
    """The verb of agreeing whose infinitive complement v is."""
    head = v.head
    if v.dep_ != "xcomp" or head.i == v.i or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in VERBS:
        return None
    if any(t.lower_ in JOINT for t in (*v.children, *head.children)):
        return None
    return head


def _party(r: Resolved) -> bool:
    """A state, its body or a firm; not a lender or other body ("agreed with the IMF to buy")."""
    return r.actor.kind in PARTY_KINDS or firm_like(r)


def read_agreed_with(finder: Any, f: Frame) -> None:
    """Give the "with" party of the governing verb of agreeing the role opposite the subject's (see the module)."""
    v = f.trigger
    subject_role = finder.classes.get(f.cls, {}).get("subject")
    if v.pos_ not in ("VERB", "AUX") or subject_role not in ("supplier", "recipient"):
        return
    other = "recipient" if subject_role == "supplier" else "supplier"
    head = _agreeing(v)
    if f.roles[other] or head is None or not f.roles[subject_role]:
        return
    have = {a.actor.id for role in ROLES for a in f.roles[role]}
    found = [r for p in _with_objects(head) for r in finder.res.resolve_all(p)
             if r.actor.id not in have and _party(r)]
    if found:
        f.add(other, found)
        f.rule += ":agreed-with"

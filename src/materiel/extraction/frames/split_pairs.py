"""The second member of a pair of items the parser hung elsewhere: "agreed to sell 50 A and 18 B drones to X"
(B a conjunct of the verb), "contracts for 42 A fighters from firm F and two B submarines from firm G" (B a
conjunct of the firm), "delivered A helicopters to X in 2021 and B jets the following year" (B a conjunct of the
year, or the year B's count). After an item of a frame and the phrases that follow it on the same clause (its own "from" phrase, the
verb's "to" and time phrases), "and"/"or" and a materiel noun phrase that the parser made a conjunct gives that
phrase as an item of the frame too. A phrase that is the subject of a clause of its own ("and B jets arrived")
or an item of another frame is not one; a "to" phrase of its own naming another party than the frame's
recipient keeps it out."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel.extraction.frames.comma_lists import JOINS, member
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.resolve import Resolved
from materiel.extraction.own_suppliers import own_from

MAX_GAP = 8  # tokens between the first item and the joining word


def _join_after(head: Token) -> Token | None:
    """The "and"/"or" that closes the phrases after the item with head `head`, if only phrases come between."""
    doc = head.doc
    for k in range(head.i + 1, min(len(doc), head.i + 1 + MAX_GAP)):
        t = doc[k]
        if t.lower_ in JOINS:
            return t
        if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "PRON") or t.sent.start != head.sent.start:
            return None
    return None


def _own_count(m: ItemMention, join: Token | None) -> ItemMention:
    """The member without a count the parser gave it from before the join ("in 2021 and B jets")."""
    if join is not None and any(c.dep_ == "nummod" and c.i < join.i for c in m.head.children):
        return replace(m, quantity=None, quantity_text=None)
    return m


def _conjoined(finder: FinderState, t: Token, join: Token | None) -> bool:
    """Whether the parser made the member phrase (or a word of it) a conjunct of a word before the join that
    names no materiel (a verb, a firm, a year), or took a number before the join as its own count: a conjunct
    of an item is read with that item already."""
    if join is None:
        return False
    if any(c.dep_ == "nummod" and c.i < join.i for c in t.children):
        return True  # "in 2020 and B tanks": the year before the join taken as the member's count
    return any(w.dep_ == "conj" and w.head.i < join.i and not finder.items.is_materiel(w.head)
               for w in t.doc[join.i + 1:t.i + 1])


def _own_party(finder: FinderState, m: Token, f: Frame) -> bool:
    """Whether the member's own "to" phrase names another party than the frame's recipient, or its own "from"
    phrase another state than the frame's supplier ("offers of A from X and B from Y")."""
    def key(r: Resolved) -> str:
        return r.actor.country or r.actor.id
    if len({key(r) for r in f.roles["recipient"]}) > 1:
        return True
    if len({key(r) for r in f.roles["supplier"]}) > 1:  # "offers of A from X and B from Y": B's own "from" phrase
        inside = {t.i for t in own_from(m)}  # names whose it is (pipeline: own_suppliers); else the parser's guess
        return not any(r.token.i in inside for r in f.roles["supplier"])
    after = m.doc[m.i + 1] if m.i + 1 < len(m.doc) else None
    preps = [c for c in m.children if c.dep_ == "prep"] + ([after] if after is not None and after.dep_ == "prep" else [])
    for word, role in (("to", "recipient"), ("from", "supplier")):
        have = {key(r) for r in f.roles[role]}
        named = {key(a) for c in preps if c.lower_ == word
                 for p in c.children if p.dep_ == "pobj" for a in finder.res.resolve_all(p)}
        if named - have and (have or role == "supplier"):
            return True
    return False


def _goal_parties(finder: FinderState, m: Token) -> list[Resolved]:
    """The parties the member's own "to" phrase names."""
    return [a for c in m.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj" for a in finder.res.resolve_all(p)]


def paired_members(finder: FinderState, frames: list[Frame]) -> None:
    """Add to each frame the second member of a pair its item opens, when the parser hung it elsewhere."""
    taken = {m.head.i for f in frames for m in f.items}
    for f in frames:
        for m in list(f.items):
            join = _join_after(m.head)
            t = member(finder, m.head.doc, join.i + 1) if join is not None else None
            if t is None or t.i in taken or not _conjoined(finder, t, join) or _own_party(finder, t, f):
                continue
            new = [_own_count(x, join) for x in finder.items.items(t)[:1]]
            if not new or join is None:
                continue
            taken.add(t.i)
            f.items.extend(new)
            if not f.roles["recipient"]:
                f.add("recipient", _goal_parties(finder, t))

"""A supplier told in a "from" phrase fronted before a transfer noun: "(b) from Freedonia, the delivery on 3 May of
two helicopters to the Ruritanian air force;", "From Sylvania, a planned shipment of rifles was notified." The parser
hangs such a phrase on a list mark or a later verb, so the noun's frame names no supplier and the maker of the item
or the supplier of a line before fills it. A clause (a sentence, or the part after a semicolon) that opens, after
any list mark, with "from" and a party, then a comma and the transfer noun (a determiner or a word of
`between` may stand before it), names that party as the noun's supplier."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

MARKS = lexicon.word_set("fronted_sources", "list_marks")
BETWEEN = lexicon.word_set("fronted_sources", "between")
KINDS = lexicon.word_set("fronted_sources", "party_kinds")


def _clause_start(t: Token) -> int:
    """The first token of t's clause: after the last semicolon or colon before t in its sentence ("received these
    notifications: (a) from X, ..."), else the sentence's."""
    start = t.sent.start
    for tok in t.doc[t.sent.start: t.i]:
        if tok.text in (";", ":"):
            start = tok.i + 1
    return start


def _opening_from(t: Token) -> Token | None:
    """The "from" that opens t's clause after list marks ("(b) from X, the delivery"), when a comma then only
    words of `between` stand before t."""
    doc, i = t.doc, _clause_start(t)
    while i < t.i and (doc[i].text in MARKS or len(doc[i].text) <= 2 and doc[i].text.isalnum()
                       and doc[i].lower_ != "from"):
        i += 1  # "(b)", "2.", "-"
    if i >= t.i or doc[i].lower_ != "from":
        return None
    comma = next((k for k in range(i + 1, t.i) if doc[k].text == ","), None)
    if comma is None or any(doc[k].lower_ not in BETWEEN for k in range(comma + 1, t.i)):
        return None
    return doc[i]


def _party(prep: Token, res: ActorResolver) -> Resolved | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    found = res.resolve(obj) if obj is not None else None
    return found if found is not None and found.actor.kind in KINDS else None


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give a transfer noun whose clause opens with "from X," that party as supplier (see the module's text)."""
    for r in rows:
        t = r.frame.trigger
        if t.pos_ not in ("NOUN", "PROPN") or r.frame.roles["supplier"] or (r.supplier is not None and not r.inherited):
            continue
        prep = _opening_from(t)
        party = _party(prep, res) if prep is not None else None
        if party is None or (r.recipient is not None and r.recipient.actor.id == party.actor.id):
            continue
        r.supplier, r.inherited = party, False
        r.frame.roles["supplier"] = [party]
        r.frame.rule += "" if r.frame.rule.endswith(":fronted-from") else ":fronted-from"

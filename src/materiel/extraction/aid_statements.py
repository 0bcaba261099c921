"""The recipient of deliveries told after a statement of the supplier's aid to another: "Since 2010 X has provided
$300 million in security assistance to Y. In 2014 it delivered eight A, and in 2016 it handed over 20 B", "X has
long armed Y's army. In 2018 the country delivered 24 C": Y receives A, B and C.

The statement is a clause whose subject is the row's supplier and whose verb gives to a party ("provided aid to Y",
"gave Y loans") or aids one as its object ("has equipped Y", "has backed Y"), or a noun of patronage naming the
supplier the party's ("X, Y's main security partner, handed over A", "X is Y's closest ally"), not negated, in the row's sentence
before its verb or in the REACH sentences before it, within its paragraph. The statement may name no materiel
(money and training give no row of their own). Only a delivery told by a verb takes it, not a noun of trade
("X accounted for 75% of arms imports"). Verbs are [aid_statements] in `words.toml`."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved

REACH = 2  # sentences before the row's own
GIVING = lexicon.word_set("aid_statements", "giving_verbs")
AIDING = lexicon.word_set("aid_statements", "aiding_verbs")
STAGES = lexicon.word_set("aid_statements", "stages")
PARTNERS = lexicon.word_set("aid_statements", "partner_nouns")
COPULAS = lexicon.word_set("suppliers", "copulas")


def _goals(v: Token) -> list[Token]:
    """The parties a verb of giving gives to ("to Y" on it or on its object, a dative), or a verb of aiding aids."""
    heads = [v, *(c for c in v.children if c.dep_ in ("dobj", "obj"))]
    out = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
           for p in c.children if p.dep_ == "pobj"]
    out += [c for c in v.children if c.dep_ in ("dative", "iobj")]
    if v.lemma_.lower() in AIDING:
        out += [c for c in v.children if c.dep_ in ("dobj", "obj")]
    return out


def _partners(sent: Span, before: int, res: ActorResolver) -> list[tuple[Resolved, Resolved]]:
    """(giver, receiver) of each "X, Y's main security partner" or "X is Y's closest ally" in sent before `before`."""
    out = []
    for n in sent:
        if n.i >= before or n.lemma_.lower() not in PARTNERS or n.pos_ != "NOUN":
            continue
        if n.dep_ == "attr" and n.head.lemma_.lower() in COPULAS:
            holder = next((c for c in n.head.children if c.dep_ == "nsubj"), None)
        else:
            holder = n.head if n.dep_ == "appos" else None
        if holder is None or any(c.dep_ == "neg" or c.lower_ in ("longer", "former", "formerly", "once")
                                 for c in (*n.children, *n.head.children)):
            continue  # "X is no longer Y's partner", "X, Y's former partner"
        giver = res.resolve(holder)
        for g in [c for c in n.children if c.dep_ == "poss"]:
            got = res.resolve(g)
            if giver is not None and got is not None and got.actor.kind != "person" and not _same(got, giver):
                out.append((giver, got))
    return out


def statements(sent: Span, before: int, res: ActorResolver) -> list[tuple[Resolved, Resolved]]:
    """(giver, receiver) of each statement of aid in sent before token `before`."""
    out = _partners(sent, before, res)
    for v in sent:
        if v.i >= before or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in GIVING | AIDING:
            continue
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children):
            continue  # "X has never armed Y"
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        giver = res.resolve(subj) if subj is not None else None
        if giver is None:
            continue
        for g in _goals(v):
            got = res.resolve(g)
            if got is not None and got.actor.kind != "person" and not _same(got, giver):
                out.append((giver, got))
    return out


def fill(rows: list[Row], by_sentence: list[tuple[Any, list[Any]]], res: ActorResolver) -> None:
    """Give a row with a supplier and no recipient the party the supplier's statement of aid just before names."""
    open_rows = [r for r in rows if r.supplier is not None and r.recipient is None and r.frame.stage in STAGES
                 and r.frame.trigger.pos_ == "VERB"]  # a told delivery, not "X accounted for 75% of Y's arms imports"
    if not open_rows:
        return
    starts = [s.start for s, _ in by_sentence]
    for r in open_rows:
        if r.sent.start not in starts:
            continue
        at = starts.index(r.sent.start)
        for k in range(at, max(at - REACH, 0) - 1, -1):
            sent = by_sentence[k][0]
            if not same_paragraph(sent.doc, sent.start, r.frame.trigger.i):
                break
            before = r.frame.trigger.i if k == at else sent.end
            match = [got for giver, got in statements(sent, before, res) if _same(giver, r.supplier)]
            if match:
                r.recipient, r.inherited = match[-1], True
                break


def _same(a: Resolved, b: Resolved | None) -> bool:
    return b is not None and (a.actor.id == b.actor.id or (a.actor.kind == b.actor.kind == "state" and a.actor.country == b.actor.country))

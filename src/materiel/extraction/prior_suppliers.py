"""The supplier of a row told with none, from the sentence just before: a statement naming a party the row's
recipient's supplier ("X has long been Y's main arms supplier. In 2015, six A were transferred to Y's air force"),
its partner or the giver of its aid ("X is Y's largest security partner", "X has provided aid to Y"; aid_statements.py),
or a party that won or signed the deal ("X won the tender in 2018. Y received the A two years later", "X signed the
contract in 2019. The first four A were delivered to Y in May", "X was awarded the contract"). The party signing
is the seller only when it is not the recipient's own state, a state or firm (not a force), and its deal names no
item it is for ("X signed a contract for six A" tells a buyer as often as a seller). A third state named otherwise ("X criticised the
deal") lends nothing. Words: [prior_suppliers] in words.toml; supplier nouns as [suppliers]."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.aid_statements import statements as aid_given
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.supplier_statements import statements

WINNING = lexicon.word_set("prior_suppliers", "winning_verbs")
SIGNING = lexicon.word_set("prior_suppliers", "signing_verbs")
AWARDING = lexicon.word_set("prior_suppliers", "awarding_verbs")
DEALS = lexicon.word_set("prior_suppliers", "deal_nouns")


def _state(a: Resolved) -> str | None:
    return a.actor.country


def _deal_parties(sent: Span, res: ActorResolver, home: str | None, before: int) -> list[Resolved]:
    """The party of each "X won / signed the deal" or "X was awarded the contract" of the sentence before token
    `before`, not negated; a signing party only when it is a state or firm, the deal names no item it is for and no
    other state it is signed with;
    the "with" party of a deal the recipient's state signs, or whose signer is not told ("the deal was signed with X")."""
    out: list[Resolved] = []
    for v in sent:
        lemma = v.lemma_.lower()
        if v.i >= before or v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in v.children):
            continue
        deals = [c for c in v.children if c.dep_ in ("dobj", "obj", "dative", "nsubjpass") and c.lemma_.lower() in DEALS]
        if not deals:
            continue
        winners = [a for w in _winners(v, lemma) for a in res.resolve_all(w)]
        partners = [a for h in (v, *deals) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children if p.dep_ == "pobj" for a in res.resolve_all(p)]
        if lemma in SIGNING and all(_state(a) == home for a in winners):
            out += partners
        if lemma in SIGNING and (any(_for_item(d) for d in (v, *deals)) or any(_state(a) != home for a in partners)):
            continue  # "X signed a contract for six A": a buyer as often as a seller; "X signed a deal with Z"
        out += [a for a in winners if lemma not in SIGNING or a.actor.kind in ("state", "company")]
    return out


def _winners(v: Token, lemma: str) -> list[Token]:
    """Who wins the deal: the subject of "won", "signed"; of a passive, "was awarded" or "was won by X"."""
    if lemma in AWARDING:  # "X was awarded the contract", "the contract was awarded to X"
        return [c for c in v.children if c.dep_ == "nsubjpass" and c.lemma_.lower() not in DEALS] + \
            [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    if lemma not in WINNING | SIGNING:
        return []
    passive = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return passive or [c for c in v.children if c.dep_ == "nsubj"]


def _for_item(deal: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in deal.children)


def _candidates(sent: Span, res: ActorResolver, items: Any, recipient: Resolved, before: int) -> list[Resolved]:
    """The suppliers the sentence names for this recipient before token `before`."""
    home = _state(recipient)
    named = [s for ss, rs in statements(sent, res, items) if any(_state(r) == home for r in rs) for s in ss
             if s.token.i < before]
    named += _deal_parties(sent, res, home, before)
    named += [giver for giver, got in aid_given(sent, before, res) if _state(got) == home]
    return [a for a in named if a.actor.id != recipient.actor.id and (home is None or _state(a) != home)]


def fill(rows: list[Row], by_sentence: list[tuple[Any, list[Any]]], res: ActorResolver, items: Any) -> None:
    """Give a row with a recipient and no supplier the one supplier the sentence just before, in its paragraph,
    names for it."""
    starts = [s.start for s, _ in by_sentence]
    for r in rows:
        if r.supplier is not None or r.recipient is None or r.frame.stage == "intercepted" or \
                r.sent.start not in starts or r.frame.roles["supplier"]:
            continue
        at, t = starts.index(r.sent.start), r.frame.trigger
        found = {a.actor.id: a for a in _candidates(r.sent, res, items, r.recipient, t.i)}  # "After X won the tender, "
        if not found and at > 0 and same_paragraph(r.sent.doc, by_sentence[at - 1][0].start, t.i):
            prev = by_sentence[at - 1][0]
            found = {a.actor.id: a for a in _candidates(prev, res, items, r.recipient, prev.end)}
        if len(found) == 1:
            r.supplier, r.inherited = next(iter(found.values())), True

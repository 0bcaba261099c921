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


def _deal_parties(sent: Span, res: ActorResolver) -> list[Resolved]:
    """The party of each "X won / signed the deal" or "X was awarded the contract" of the sentence, not negated; a
    signing party only when it is a state or firm and the deal names no item it is for."""
    out: list[Resolved] = []
    for v in sent:
        lemma = v.lemma_.lower()
        if v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in v.children):
            continue
        deals = [c for c in v.children if c.dep_ in ("dobj", "obj", "dative", "nsubjpass") and c.lemma_.lower() in DEALS]
        if not deals or (lemma in SIGNING and any(_for_item(d) for d in (v, *deals))):
            continue  # "X signed a contract for six A": a buyer as often as a seller
        subjects = _winners(v, lemma)
        out += [a for s in subjects for a in res.resolve_all(s)
                if lemma not in SIGNING or a.actor.kind in ("state", "company")]  # "the air force signed": a buyer
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


def _candidates(sent: Span, res: ActorResolver, items: Any, recipient: Resolved) -> list[Resolved]:
    """The suppliers the sentence names for this recipient."""
    home = _state(recipient)
    named = [s for ss, rs in statements(sent, res, items) if any(_state(r) == home for r in rs) for s in ss]
    named += _deal_parties(sent, res)
    named += [giver for giver, got in aid_given(sent, sent.end, res) if _state(got) == home]
    return [a for a in named if a.actor.id != recipient.actor.id and (home is None or _state(a) != home)]


def fill(rows: list[Row], by_sentence: list[tuple[Any, list[Any]]], res: ActorResolver, items: Any) -> None:
    """Give a row with a recipient and no supplier the one supplier the sentence just before, in its paragraph,
    names for it."""
    starts = [s.start for s, _ in by_sentence]
    for r in rows:
        if r.supplier is not None or r.recipient is None or r.frame.stage == "intercepted" or \
                r.sent.start not in starts or r.frame.roles["supplier"]:
            continue
        at = starts.index(r.sent.start)
        if at == 0 or not same_paragraph(r.sent.doc, by_sentence[at - 1][0].start, r.frame.trigger.i):
            continue
        found = {a.actor.id: a for a in _candidates(by_sentence[at - 1][0], res, items, r.recipient)}
        if len(found) == 1:
            r.supplier, r.inherited = next(iter(found.values())), True

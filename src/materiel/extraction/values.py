"""A transfer's value: the amount of money the sentence attaches to its deal.

An amount found by `mentions.money` is the deal's value when its syntactic path up the parse reaches the
transfer's trigger or item ("bought 12 howitzers for 2.5 billion rupees", "tanks worth $400m") or a deal
noun ("a €3.75bn contract", "the $1.2 billion deal": words.toml [money] deal_nouns) that governs the trigger
or item or lies under one before it crosses
another clause (a relative, adverbial or complement clause, unless its verb values: "a deal valued at",
[money] value_verbs) or a noun that names other money ("whose
defence budget is $50bn": [money] not_values). The first such amount in the sentence is the value; every
row of the sentence's deal shares it. In US dollars at the rate of the deal's year (`lexicon.rates`)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.mentions.money import Money, find_money
from materiel.lexicon.rates import to_usd
from materiel.record.models import Value

DEAL_NOUNS = lexicon.word_set("money", "deal_nouns")
NOT_VALUES = lexicon.word_set("money", "not_values")
VALUE_VERBS = lexicon.word_set("money", "value_verbs")
CLAUSES = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "parataxis", "appos"})
MAX_STEPS = 8


def _head(doc_span: Span) -> Token:
    """The token of the span whose head lies outside it."""
    return doc_span.root


def _linked(noun: Token, sent: Span, anchors: set[int]) -> bool:
    """The deal noun governs the trigger or item, or lies under one: the same deal, not another told
    in the sentence ("The deal, worth 90 million euros, follows an earlier order under which ...")."""
    under = {t.i for t in noun.subtree}
    return bool(anchors & under) or any(noun.i in {t.i for t in sent.doc[i].subtree} for i in anchors)


def attached(money: Money, sent: Span, anchors: set[int]) -> bool:
    """Whether the amount's path up the parse reaches an anchor (trigger, item) or a deal noun first."""
    tok = _head(sent.doc[money.start:money.end])
    for _ in range(MAX_STEPS):
        if tok.i in anchors:
            return True
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and not money.start <= tok.i < money.end:
            if lemma in DEAL_NOUNS:
                return _linked(tok, sent, anchors)
            if lemma in NOT_VALUES or tok.lower_ in NOT_VALUES:
                return False
        if tok.dep_ in CLAUSES and lemma not in VALUE_VERBS or tok.head is tok:
            return False
        tok = tok.head
    return False


def value_of(sent: Span, anchors: set[int], year: int | None) -> Value | None:
    """The value of the deal whose trigger and item are `anchors` (token indices) in `sent`, or None."""
    for money in find_money(sent):
        if attached(money, sent, anchors):
            return Value(amount=money.amount, currency=money.currency, text=money.text,
                         usd=to_usd(money.amount, money.currency, year))
    return None


__all__ = ["value_of"]

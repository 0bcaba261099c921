"""A transfer's value: the amount of money the sentence attaches to its deal.

An amount found by `mentions.money` is the deal's value when its syntactic path up the parse reaches the
transfer's trigger or item ("bought 12 howitzers for 2.5 billion rupees", "tanks worth $400m") or a deal
noun ("a €3.75bn contract", "the $1.2 billion deal": words.toml [money] deal_nouns) that governs the trigger
or item or lies under one before it crosses
another clause (a relative, adverbial or complement clause, unless its verb values: "a deal valued at",
[money] value_verbs) or a noun that names other money ("whose
defence budget is $50bn": [money] not_values). The path may pass a reporting or hedging verb through its "to be"
complement ("a deal reported to be worth about 3.75 billion euros", "a contract said to be valued at $2bn": [money]
hedge_verbs). The first such amount in the sentence is the value; every row of the sentence's deal shares it.

A value told in the next sentence, of a definite deal noun that is its subject ("... ordered 12 jets from X. The deal,
worth about 90 million euros, follows ...", "The contract is valued at $1bn": [money] anaphoric_deal_nouns), goes
back to the rows of the sentence before (`from_next_sentence`) when they are the rows of one deal with no value, in
the same paragraph, and the next sentence tells no transfer of its own nor names other parties.
In US dollars at the rate of the deal's year (`lexicon.rates`)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.frames.frames import Frame
from materiel.extraction.mentions.money import Money, find_money
from materiel.lexicon.rates import to_usd
from materiel.record.models import Actor, Transfer, Value

DEAL_NOUNS = lexicon.word_set("money", "deal_nouns")
NOT_VALUES = lexicon.word_set("money", "not_values")
VALUE_VERBS = lexicon.word_set("money", "value_verbs")
HEDGE_VERBS = lexicon.word_set("money", "hedge_verbs")
COPULAS = lexicon.word_set("money", "copulas")
ANAPHORIC_DEALS = lexicon.word_set("money", "anaphoric_deal_nouns")
DEFINITE = lexicon.word_set("item_words", "definite_dets")
PARAGRAPH = re.compile(r"\n\s*\n")
CLAUSES = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "parataxis", "appos"})
MAX_STEPS = 8


def _head(doc_span: Span) -> Token:
    """The token of the span whose head lies outside it."""
    return doc_span.root


def _linked(noun: Token, sent: Span, anchors: set[int]) -> bool:
    """The deal noun governs the trigger or item, or lies under one: the same deal, not another told
    in the sentence ("The deal, worth 90 million euros, follows an earlier order under which ...")."""
    under = {t.i for t in noun.subtree}
    if anchors & under or any(noun.i in {t.i for t in sent.doc[i].subtree} for i in anchors):
        return True
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)  # "X will send Y, officials
    if verb is None or verb.lemma_.lower() not in HEDGE_VERBS:                   # said, as part of a $2bn deal"
        return False
    told = {t.i for c in verb.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
    return bool(anchors) and anchors <= told


def attached(money: Money, sent: Span, anchors: set[int]) -> bool:
    """Whether the amount's path up the parse reaches an anchor (trigger, item) or a deal noun first."""
    tok = _head(sent.doc[money.start:money.end])
    prev: Token | None = None
    for _ in range(MAX_STEPS):
        if tok.i in anchors:
            return True
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and not money.start <= tok.i < money.end:
            if lemma in DEAL_NOUNS:
                return _linked(tok, sent, anchors)
            if lemma in NOT_VALUES or tok.lower_ in NOT_VALUES:
                return False
        if tok.dep_ in CLAUSES and not _passes(tok, prev) or tok.head is tok:
            return False
        prev, tok = tok, tok.head
    return False


def _passes(tok: Token, prev: Token | None) -> bool:
    """A clause the path may cross: a valuing verb ("valued at"), or a hedge's "to be" ("reported to be worth")."""
    lemma = tok.lemma_.lower()
    if lemma in VALUE_VERBS:
        return True
    if lemma in COPULAS and tok.dep_ == "xcomp":
        return tok.head.lemma_.lower() in HEDGE_VERBS
    return lemma in HEDGE_VERBS and prev is not None and prev.dep_ == "xcomp" and prev.head.i == tok.i


def value_of(sent: Span, anchors: set[int], year: int | None) -> Value | None:
    """The value of the deal whose trigger and item are `anchors` (token indices) in `sent`, or None."""
    for money in find_money(sent):
        if attached(money, sent, anchors):
            return _value(money, year)
    return None


def _value(money: Money, year: int | None) -> Value:
    return Value(amount=money.amount, currency=money.currency, text=money.text,
                 usd=to_usd(money.amount, money.currency, year))


def _deal_subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ANAPHORIC_DEALS
            and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)]


def told_next(sent: Span, nxt: Span) -> Money | None:
    """The amount the next sentence gives a definite deal noun that is its subject ("The deal, worth about 90
    million euros, ...", "The contract is valued at $1bn"), in the same paragraph as `sent`; else None."""
    words = [t for t in sent if not t.is_space], [t for t in nxt if not t.is_space]
    if not words[0] or not words[1] or PARAGRAPH.search(sent.doc.text[words[0][-1].idx:words[1][0].idx]):
        return None
    root = nxt.root
    subjects = _deal_subjects(root)
    if not subjects:  # "The contract is valued at ..., the ministry said": the reported clause
        root = next((c for c in root.children if c.dep_ == "ccomp" and _deal_subjects(c)), root)
        subjects = _deal_subjects(root)
    if not subjects:
        return None
    anchors = {subjects[0].i}
    if root.lemma_.lower() in VALUE_VERBS | COPULAS | HEDGE_VERBS:
        anchors.add(root.i)  # "The package is worth $300m", "The contract is valued at ..."
    return next((m for m in find_money(nxt) if attached(m, nxt, anchors)), None)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    lex = lexicon.load()
    out = {a.id: a.country for a in lex.actors if a.country}
    out.update((c, c) for c in lex.countries)
    return out


def _others(nxt: Span, rows: list[Transfer]) -> bool:
    """The next sentence names an actor that is none of the rows' parties (nor of their countries)."""
    parties: list[Actor] = [a for t in rows for a in (t.supplier, t.recipient, t.intermediary) if a is not None]
    ours = {a.id for a in parties} | {a.country for a in parties if a.country}
    countries = _countries()
    return any(s.label_ not in ours and countries.get(s.label_) not in ours
               for s in nxt.doc.spans.get("actors", []) if nxt.start <= s.start < nxt.end)


def from_next_sentence(pairs: list[tuple[Frame, Transfer]], doc: Doc,
                       anchor: date | None) -> list[tuple[Frame, Transfer]]:
    """The rows given the value told of their deal in the next sentence (see the module's text)."""
    sents = list(doc.sents)
    number = {s.start_char: n for n, s in enumerate(sents)}
    told: dict[int, list[int]] = {}
    for k, (_, t) in enumerate(pairs):
        if t.evidence.start in number:
            told.setdefault(number[t.evidence.start], []).append(k)
    out = list(pairs)
    for n, ks in told.items():
        rows = [pairs[k][1] for k in ks]
        one_deal = len({pairs[k][0].trigger.i for k in ks}) == 1
        if n + 1 >= len(sents) or n + 1 in told or not one_deal or any(t.value for t in rows):
            continue
        money = told_next(sents[n], sents[n + 1])
        if money is None or _others(sents[n + 1], rows):
            continue
        for k in ks:
            f, t = out[k]
            year = int(t.when.start[:4]) if t.when else anchor.year if anchor else None
            out[k] = (f, t.model_copy(update={"value": _value(money, year)}))
    return out


__all__ = ["from_next_sentence", "told_next", "value_of"]

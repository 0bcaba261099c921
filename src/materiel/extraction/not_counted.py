"""Rows the text itself sets aside, or whose party cannot trade arms, are no transfers (`completeness.kept` asks
`set_aside`; words.toml [not_counted]):
- a fronted exclusion line, "Excluded from this list: 30 fire engines donated to X by Y";
- a negated first-person verb of counting whose object holds the row, "We do not count the transfer of X to Y";
- a negated relative clause on the row's clause that puts it outside the matter, ", which were not a part of the
  charges", or denies it is arms, ", which the panel does not regard as arms";
- a third party's pressure on a supplier, "X has lobbied Y not to supply Z with arms", "X, which lobbied Y to
  cancel the sale";
- a statistic: a trade noun with no particular item and no destination of its own ("to Y": a flow, kept as a
  row) as the subject of a verb of trend or measure ("X's arms
  sales have been falling", "exports, which amount to 1% of its imports");
- a party that neither sells nor receives arms (a council of states, a development bank), or a court in any stage
  but a refusal (a court's "it" read as the seller)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import Resolved

_S = "not_counted"
FRONTED = lexicon.word_set(_S, "fronted_exclusion")
COUNTING = lexicon.word_set(_S, "counting_verbs")
FIRST_PERSON = lexicon.word_set(_S, "first_person")
OUTSIDE = lexicon.word_set(_S, "outside_nouns")
CLASSING = lexicon.word_set(_S, "classing_verbs")
ARMS_KINDS = lexicon.word_set(_S, "arms_kinds")
PRESSURE = lexicon.word_set(_S, "pressure_verbs")
NEVER = lexicon.word_list(_S, "never_parties")
LENDERS = lexicon.word_set(_S, "lender_heads")
JUDICIAL = lexicon.word_set(_S, "judicial_words")
TREND = lexicon.word_set(_S, "trend_verbs")
TRADE = lexicon.word_set(_S, "trade_nouns")
FLOW_PREPS = lexicon.word_set(_S, "flow_preps")
FRONT_WINDOW = 8  # tokens from the sentence's start within which an exclusion line's colon stands


def _negated(t: Token) -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def fronted_exclusion(sent: Span) -> bool:
    """'Excluded from this tracker: ...', 'Left out of the count: ...'."""
    head = list(sent[:FRONT_WINDOW])
    colon = next((t for t in head if t.text == ":"), None)
    if colon is None:
        return False
    for t in head[:colon.i - sent.start]:
        if t.lemma_.lower() in FRONTED and (t.lemma_.lower() != "leave" or
                                             any(c.lower_ == "out" for c in t.children)):
            return True
    return False


def _not_counted(t: Token) -> bool:
    """'We do not count ... X ...': a negated counting verb with a first-person subject above t."""
    return any(a.lemma_.lower() in COUNTING and _negated(a) and
               any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in a.children) for a in t.ancestors)


def _disclaims(rel: Token) -> bool:
    if not _negated(rel):
        return False
    if any(c.dep_ == "attr" and c.lemma_.lower() in OUTSIDE for c in rel.children):
        return True  # "which were not a part of the charges"
    return rel.lemma_.lower() in CLASSING and any(
        d.lower_ in ARMS_KINDS or d.lemma_.lower() in ARMS_KINDS for d in rel.subtree if d.dep_ in ("attr", "oprd", "dobj", "pobj"))


def _disclaimed(trigger: Token) -> bool:
    """A negated relative clause hanging in the trigger's clause that sets the row aside."""
    inside = {t.i for t in trigger.subtree}
    return any(t.dep_ == "relcl" and t.head.i in inside and _disclaims(t) for t in trigger.sent)


def _pressured(r: Row) -> bool:
    """'X lobbied Y not to supply Z': a verb of pressure above the trigger whose subject is neither party."""
    parties = {p.token.i for p in (r.supplier, r.recipient) if p is not None}
    for a in r.frame.trigger.ancestors:
        if a.lemma_.lower() in PRESSURE:
            subj = [a.head if c.tag_ in ("WDT", "WP") and a.dep_ == "relcl" else c  # "X, which lobbied Y"
                    for c in a.children if c.dep_ == "nsubj"]
            return bool(subj) and all(s.i not in parties and s.pos_ != "PRON" for s in subj)
    return False


def _statistic(r: Row) -> bool:
    """'X's arms sales have been falling': a trade noun with no particular item under a verb of trend."""
    t = r.frame.trigger
    if t.pos_ != "NOUN" or r.designation or r.item.quantity is not None:
        return False
    for a in (t, *t.ancestors):
        if a.lemma_.lower() not in TREND or a.pos_ not in ("VERB", "AUX"):
            continue
        for s in (c for c in a.children if c.dep_ == "nsubj"):
            noun = a.head if s.tag_ in ("WDT", "WP") and a.dep_ == "relcl" else s  # "exports, which amount to"
            if noun.lemma_.lower() in TRADE and not _flow(noun):
                return True
    return False


def _flow(noun: Token) -> bool:
    """"arms exports to X rose": a trade noun with its own destination is a flow between two parties, a row."""
    return any(c.dep_ == "prep" and c.lower_ in FLOW_PREPS for c in noun.children)


def _cannot_trade(p: Resolved | None, stage: str) -> bool:
    if p is None:
        return False
    name = p.actor.name.lower()
    words = name.split()
    if any(n in name for n in NEVER) or (p.actor.kind != "state" and words and words[-1] in LENDERS):
        return True
    return stage != "refused" and any(w in name.split() for w in JUDICIAL)


def set_aside(r: Row) -> bool:
    """A row the text sets aside, or one with a party that cannot trade arms (see the module's text)."""
    t = r.frame.trigger
    if fronted_exclusion(r.sent) or _not_counted(t) or _disclaimed(t) or _pressured(r) or _statistic(r):
        return True
    return _cannot_trade(r.supplier, r.frame.stage) or _cannot_trade(r.recipient, r.frame.stage)

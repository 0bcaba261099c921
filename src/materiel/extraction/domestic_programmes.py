"""A domestic programme told in so many words: no transfer.

- The row's sentence calls what it tells a domestic programme: a noun phrase whose head is a programme noun
  ([domestic_programmes] programme_nouns) modified by a domestic word (domestic_words), attached to the clause as an
  apposition or adverbial ("X is delivering trucks to the Peruvian Army, a domestic programme") or as the object of
  a preposition ("... under an indigenous programme", "as part of a home-grown project").
- The maker is owned by the taker's side: an "owned by" / "run by" participle or relative clause on the maker
  (owner_verbs) whose agent is a state body ([domestic_programmes] owner_nouns: "owned by the navy", "run by the
  defence ministry") naming no other state than the taker's ("owned by the Indian government" making boats for
  another state's navy keeps its row).

Either way the maker must be of no state or of the taker's own state: a foreign firm or state keeps its row ("France
is delivering jets ..., a domestic programme" is no home build). Word lists: words.toml [domestic_programmes]."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.home_industry import state_words

PROGRAMMES = lexicon.word_set("domestic_programmes", "programme_nouns")
DOMESTIC = lexicon.word_set("domestic_programmes", "domestic_words")
OWNER_VERBS = lexicon.word_set("domestic_programmes", "owner_verbs")
OWNERS = lexicon.word_set("domestic_programmes", "owner_nouns")
ATTACH_DEPS = ("appos", "npadvmod", "dep", "advcl")
PREPS = ("under", "as", "in", "through", "of")
NAME_DEPS = ("compound", "flat", "amod", "nmod")


def _domestic_phrase(t: Token) -> bool:
    """t heads a programme phrase with a domestic word ("a domestic programme", "an indigenous project")."""
    if t.lemma_.lower() not in PROGRAMMES and t.lower_ not in PROGRAMMES:
        return False
    doc = t.doc  # "home-grown" may be split in three tokens: the modifier's whole phrase, hyphens removed
    return any(c.dep_ in ("amod", "compound") and
               doc[c.left_edge.i:c.i + 1].text.lower().replace("-", "").replace(" ", "") in DOMESTIC
               for c in t.children)


def programme_told(sent: Span) -> bool:
    """The sentence calls what it tells a domestic programme (see the module)."""
    for t in sent:
        if not _domestic_phrase(t):
            continue
        if t.dep_ in ATTACH_DEPS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ in PREPS:
            return True
    return False


def _maker_heads(tok: Token) -> list[Token]:
    """The head of the maker's name phrase, and every later token of the text with the same name word."""
    head = tok
    while head.dep_ in NAME_DEPS and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    return [head] + [t for t in tok.doc if t.i != head.i and t.lower_ == head.lower_ and t.pos_ == "PROPN"]


def _owner_states(owner: Token) -> set[str]:
    states = state_words()
    return {states[t.lower_] for t in owner.subtree if t.lower_ in states}


def owned_by_taker(r: Row) -> bool:
    """The maker is owned or run by a state body of no other state than the taker's (see the module)."""
    assert r.supplier is not None and r.recipient is not None
    state = r.recipient.actor.country
    for head in _maker_heads(r.supplier.token):
        for acl in head.children:
            if acl.dep_ not in ("acl", "relcl") or acl.lemma_.lower() not in OWNER_VERBS:
                continue
            for owner in (g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"):
                if owner.lemma_.lower() not in OWNERS:
                    continue
                told = _owner_states(owner)
                if not told or told == {state}:
                    return True
    return False


def domestic_programme(r: Row) -> bool:
    """The row tells a domestic programme or a maker owned by the taker's side (see the module)."""
    s, rec = r.supplier, r.recipient
    if s is None or rec is None or not rec.actor.country:
        return False
    if s.actor.country and s.actor.country != rec.actor.country:
        return False
    if s.actor.kind in ("state", "government_body") and s.actor.country != rec.actor.country:
        return False
    return programme_told(r.sent) or owned_by_taker(r)


__all__ = ["domestic_programme", "owned_by_taker", "programme_told"]

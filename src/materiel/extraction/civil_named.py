"""Civil goods that `civil.civil_reason` keeps for want of a civil party: the filter after it.

A row is a civil deal, and dropped, when
- its item's own words name civil goods of a kind that is civil by name (civil.toml [items]
  self_civil_kinds: "airliners", "passenger jets", "SUVs"), no military variant, no military party: a
  military word elsewhere in the sentence ("Away from the military deals, X leased four airliners") does not
  make an airliner a weapon;
- its item is a generic dual-use noun ("engines", "jets") with no military context, and its only parties
  that are states are so by a phrase that names a company ("the company had considered engines from X":
  the company, resolved to its country, is no state buyer; nor is "China's Weichai"), or the subject of its clause is a civil carrier
  that the text names by a common noun and no party stands for ("The carrier is in talks with X for 250 jets").

Every word list is data (civil.toml, civil_items.csv)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import Resolved

SUBJECT_DEPS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon.toml("civil.toml")
    return frozenset(data["items"]["self_civil_kinds"]), frozenset(data["parties"]["company_nouns"])


def _parties(r: Row) -> list[Resolved]:
    return [p for p in (r.supplier, r.recipient, r.intermediary) if p is not None]


def named_civil(r: Row) -> bool:
    """The item's own words name civil goods of a kind civil by name, and no variant or party makes it military."""
    kinds = _words()[0]
    own = civil.item_words(r)
    if not any(c.kind in kinds and c.pattern.search(own) for c in civil.load().items):
        return False
    return not civil.marked_variant(r) and not any(civil.military_party(p) for p in _parties(r))


def _in_actor_span(t: Token) -> bool:
    return any(s.start <= t.i < s.end for s in t.doc.spans.get("actors", []))


def company_phrase(p: Resolved) -> bool:
    """The party's own word is a company noun ("the company", "the firm"), or a name the gazetteer does not
    know that a state owns ("China's Weichai"), whatever it was resolved to."""
    tok = p.token
    if tok.lemma_.lower() in _words()[1] or tok.lower_ in _words()[1]:
        return True
    return tok.pos_ == "PROPN" and not _in_actor_span(tok) and \
        any(c.dep_ == "poss" and _in_actor_span(c) for c in tok.children)


def _clause_subject(t: Token) -> Token | None:
    """The subject of the verb the trigger belongs to ("The carrier is in talks with X for Y": "carrier")."""
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None or t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return subj
        t = t.head
    return None


def _carrier_subject(r: Row) -> bool:
    subj = _clause_subject(r.frame.trigger)
    if subj is None or any(p.token.i == subj.i for p in _parties(r)):
        return False
    lex = civil.load()
    words = subj.doc[subj.left_edge.i: subj.i + 1].text.lower()
    return bool(lex.carrier.search(lex.carrier_exceptions.sub(" ", words)))


def generic_for_civil_party(r: Row) -> bool:
    """A generic dual-use item, no military context, its states only company phrases or its clause's subject a carrier."""
    if not civil.dual_use_generic(r) or civil.military_modifier(r) or civil.military_sentence(r):
        return False
    parties = _parties(r)
    if any(civil.military_party(p) for p in parties):
        return False
    if _carrier_subject(r):
        return True
    states = [p for p in parties if p.actor.kind in civil.STATE_KINDS]
    return bool(states) and all(company_phrase(p) for p in states)


def civil_by_name_or_party(r: Row) -> str | None:
    """Why the row is a civil deal by its item's civil name or its civil parties, None when it stays."""
    if named_civil(r):
        return "civil by its own name"
    if generic_for_civil_party(r):
        return "generic item for a company or carrier"
    return None


__all__ = ["civil_by_name_or_party", "company_phrase", "generic_for_civil_party", "named_civil"]

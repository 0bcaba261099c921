"""Aid packages and deals told over several sentences: "The package also will deliver more ammunition and
12 support vehicles", "Indonesia signed a contract with Dassault in 2022. The deal covers 42 Rafale
fighters." A transfer verb whose subject is the package (a definite transfer noun: "the package", "this
tranche", "the shipment"), or a definite deal noun that names the items itself ("the deal covers X"),
gives what the package or deal named before gives: its supplier and its recipient. The earlier telling
may name no item ("signed a contract with X"): any frame with both parties serves."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.dated_packages import dated
from materiel.extraction.deal_subjects import PRONOUNS as DEAL_PRONOUNS
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.handed_packages import ceremony_envoys, envoy_speakers, object_pairs, row_funders, take_stage
from materiel.extraction.mentions.resolve import Resolved

DEFINITE = lexicon.word_set("packages", "definite_dets")
INCLUDE = lexicon.word_set("frames", "include_verbs")
RECENT = lexicon.word_set("packages", "recent_superlatives")
WINDOW_SENTENCES = 4


@lru_cache(maxsize=1)
def transfer_nouns() -> frozenset[str]:
    classes = lexicon.toml("predicates.toml")["classes"]
    return frozenset(n for spec in classes.values() if spec["stage"] in ("delivered", "offered")
                     for n in spec.get("nouns", []))


@lru_cache(maxsize=1)
def deal_nouns() -> frozenset[str]:
    classes = lexicon.toml("predicates.toml")["classes"]
    return transfer_nouns() | frozenset(n for spec in classes.values() if spec["stage"] == "ordered"
                                        for n in spec.get("nouns", []))


def definite_noun(n: Token, nouns: frozenset[str]) -> bool:
    """"the package", "this deal": a transfer or deal noun named again; "It covers X" after "signed a deal"
    (the pronoun takes the deal noun's lemma, extraction/deal_subjects.py)."""
    return n.lemma_.lower() in nouns and (any(c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children) or
                                          n.lower_ in DEAL_PRONOUNS and n.pos_ == "NOUN" or dated(n))


def ranked_by_superlative(t: Token) -> bool:
    """"one of India's largest weapons exports": a ranking, not a transfer; "the latest package" is the
    newest of a series, the one told before."""
    return any(c.tag_ == "JJS" and c.lower_ not in RECENT for c in t.children)


def _anaphoric_package(t: Token) -> bool:
    """"The package will deliver X" (a verb over a definite package) or "the deal covers X" (the noun)."""
    if t.pos_ in ("VERB", "AUX"):
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ in ("nsubj", "nsubjpass") and \
                t.head.head.lemma_.lower() in INCLUDE and any(c.dep_ == "det" and c.lower_ in DEFINITE
                                                              for c in t.head.children):
            return True  # "The equipment donated includes X": the donation told before
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subj) and definite_noun(subj[0], transfer_nouns())
    return t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") and definite_noun(t, deal_nouns()) and \
        (dated(t) or not any(c.dep_ in ("poss", "prep") for c in t.children))


def inherit_parties(rows: list[Row], sentence_index: dict[int, int],
                    by_sentence: Sequence[tuple[Span, list[Frame]]] = ()) -> None:
    envoy_speakers(rows)  # "N A were handed over to X, the Y embassy said": Y's
    ceremony_envoys(rows)  # "... at a ceremony attended by Y's ambassador": Y's
    row_funders(rows)  # "Funded by Y, the N A were delivered to X by FIRM": Y's
    donors: list[tuple[int, Resolved, Resolved, Frame | None]] = [
        (f.trigger.i, f.roles["supplier"][0], f.roles["recipient"][0], f)
        for _, frames in by_sentence for f in frames if f.roles["supplier"] and f.roles["recipient"]]
    donors += object_pairs(by_sentence)  # "handed over a donation to X": the verb's supplier, the noun's recipient
    for i, r in enumerate(rows):
        t = r.frame.trigger
        if r.supplier is not None or r.recipient is not None or not _anaphoric_package(t):
            continue
        here = sentence_index.get(r.sent.start, 0)
        told = [(e.frame.trigger.i, e.supplier, e.recipient, e.frame) for e in rows[:i]
                if e.supplier is not None and e.recipient is not None]
        earlier = [d for d in (*told, *donors) if d[0] < r.sent.start and
                   here - sentence_index.get(r.sent.doc[d[0]].sent.start, 0) <= WINDOW_SENTENCES]
        if earlier:
            _, supplier, recipient, donor = max(earlier, key=lambda d: (_stated(d[1]), d[0]))
            r.supplier, r.recipient, r.inherited = supplier, recipient, True
            take_stage(r.frame, donor)  # "delivered a package to X. The package includes": delivered


def _stated(supplier: Resolved) -> bool:
    """A supplier of a known state, or anything but a person of none: an envoy named without her state ("joined
    by ambassador X with a package") yields to the state a nearer telling names."""
    return supplier.actor.country is not None or supplier.actor.kind != "person"

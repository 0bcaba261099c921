"""A deal noun that is the passive subject of a signing verb: "the contract for the purchase of 12
howitzers was signed (at the ministry) with Hanwha (by Estonia)". The verb's "with" phrase (also one the
parser hung on the place where it was signed) names the noun's other party, its agent the noun's signer."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

PASSIVE_SIGNING = lexicon.word_set("frames", "passive_signing")
REPORTING = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"])
BUYER_KINDS = frozenset({"state", "government_body"})
COMPANY_NOUNS = frozenset(lexicon.toml("cues.toml")["actors"]["anaphors"]["company"])
PLACE_PREPS = frozenset({"at", "in"})


def signing_verb(n: Token) -> Token | None:
    """The passive signing verb whose subject is `n` or the deal `n` is "for" ("the contract for the
    acquisition of X was signed"), or None."""
    if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.pos_ == "NOUN":
        n = n.head.head
    if n.dep_ != "nsubjpass" or n.head.lemma_.lower() not in PASSIVE_SIGNING:
        return reduced_signing(n)
    return n.head


def reduced_signing(n: Token) -> Token | None:
    """"an order for six X placed by Y with Z", "the contract, signed by Y with Z in 2015,": a reduced relative of
    signing on the deal noun, or on the item of its "for" phrase where the parser hangs it."""
    heads = [n] + [o for p in n.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return next((c for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in PASSIVE_SIGNING), None)


def signed_with(n: Token) -> list[Token]:
    """The "with" (and "for") prepositions of the passive signing verb over `n`: on the verb, or ("with") on
    the object of its place phrase ("was signed at the ministry with X") or of its agent ("placed by Y with X");
    "an order was placed for 200 X"."""
    verb = signing_verb(n)
    if verb is None:
        return []
    out = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "for", "between")]  # "placed for 200 X"
    for place in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS or c.dep_ == "agent"):
        out += [w for p in place.children if p.dep_ == "pobj"
                for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
    return out


def signed_by(n: Token) -> list[Token]:
    """The agent of the passive signing verb over `n` ("was signed by Estonia")."""
    verb = signing_verb(n)
    if verb is None:
        return []
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def reported_signer(n: Token, res: ActorResolver, sellers: list[Resolved]) -> list[Resolved]:
    """"The ministry informs that the contract for X was signed with the company Y": with no agent, the
    state body that reports its own signing with a company (not a state, not its own company) signed it."""
    verb = signing_verb(n)
    if verb is None or signed_by(n) or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING:
        return []
    if not sellers or not all(_company(s) for s in sellers):
        return []
    subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    signers = [r for r in res.resolve_all(subj[0])] if subj else []
    own = {s.actor.country for s in sellers}
    return [r for r in signers if r.actor.kind in BUYER_KINDS and r.actor.country not in own]


def _company(s: Resolved) -> bool:
    """A company, also one the resolver read as its state ("the American company X")."""
    return s.actor.kind == "company" or s.token.ent_type_ == "ORG" or s.token.lemma_.lower() in COMPANY_NOUNS

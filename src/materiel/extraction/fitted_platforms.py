"""More platforms armed that are no transfer (a companion of fitted_items.py).

- A verb of arming joined to a participle (or passive relative clause) that modifies materiel: "the cutters,
  refitted at X and armed with cannon, were handed over", "the craft, which were built at X and armed with guns":
  the conjoined verb arms the noun the first one modifies.
- A pronoun armed that takes up materiel named just before: "Ruritania bought two frigates and will fit them out
  and arm them with missiles", "X delivered four helicopters, and Y's air force later armed them with rocket
  pods". The nearest noun of
  the pronoun's number before it (in its sentence or the one before) names materiel or a platform; a party named
  nearer ("X delivered rifles to the militias and armed them with mortars") keeps the row.

Word lists: words.toml [fitted_items] (verbs, platform_nouns) and [fitted_platforms] pronouns."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon

PLURAL_PRONOUNS = lexicon.word_set("fitted_platforms", "plural_pronouns")
SINGULAR_PRONOUNS = lexicon.word_set("fitted_platforms", "singular_pronouns")
RELATIVES = lexicon.word_set("fitted_items", "relative_pronouns")
LOOK_BACK = 60  # tokens before the pronoun searched for the noun it takes up


def conjoined_patients(t: Token) -> list[Token]:
    """The noun a participle modifies when t is a participle conjoined to it ("built by X and armed with Y")."""
    head = t
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head is t or head.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_.startswith("nsubj") for c in t.children):
        return []
    passive_relative = head.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVES
                                                    for c in head.children)
    return [head.head] if head.dep_ == "acl" or passive_relative else []


def _number(t: Token) -> str:
    return "Plur" if t.tag_ in ("NNS", "NNPS") or "Plur" in t.morph.get("Number", []) else "Sing"


def antecedent(pronoun: Token) -> Token | None:
    """The nearest noun of the pronoun's number before it, in its sentence or the one before."""
    lower = pronoun.lower_
    if lower not in PLURAL_PRONOUNS and lower not in SINGULAR_PRONOUNS:
        return None
    want = "Plur" if lower in PLURAL_PRONOUNS else "Sing"
    start = pronoun.sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    for i in range(pronoun.i - 1, max(start, pronoun.i - LOOK_BACK) - 1, -1):
        tok = pronoun.doc[i]
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "poss") and _number(tok) == want:
            return tok
    return None


def pronoun_platform(patient: Token, materiel: Callable[[Token], bool]) -> bool:
    """The patient is a pronoun whose antecedent names materiel."""
    if patient.pos_ != "PRON":
        return False
    noun = antecedent(patient)
    return noun is not None and materiel(noun)

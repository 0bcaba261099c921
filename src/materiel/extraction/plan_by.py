"""A "by" phrase and an infinitive the parser hangs on the verb after a plan noun: in "Ruritania blocked a proposal
by Borduria to hand over six ZX-4 jets to Y" the small English model reads "by Borduria" and "to hand over" as
the verb's ("blocked ... by", "blocked ... to hand"), so the plan loses its holder and the transfer reads as the
blocker's. The spaCy component ``materiel_plan_by`` (after the parser) moves both to the plan noun that is the
verb's object when they follow it in that order: "by PARTY" right after the noun, the infinitive right after
them. Plan nouns: the governor nouns of offers, plans and requests of `data/predicates.toml` [governors]."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

_GOV = lexicon.toml("predicates.toml")["governors"]
PLAN_NOUNS = frozenset(n for key in ("offer_nouns", "consider_nouns", "request_nouns") for n in _GOV[key])


def _infinitive(verb: Token, after: int) -> Token | None:
    """The verb's infinitive clause that opens right after token index `after` ("to hand over ...")."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.left_edge.i ==
                 after + 1 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


@Language.component("materiel_plan_by")
def plan_by(doc: Doc) -> Doc:
    for by in doc:
        verb = by.head
        if by.lower_ != "by" or by.dep_ not in ("prep", "agent") or verb.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.right_edge.i == by.i - 1
                     and c.lemma_.lower() in PLAN_NOUNS), None)
        clause = _infinitive(verb, by.right_edge.i) if noun is not None else None
        if noun is not None and clause is not None:  # "a proposal by X to send": both the noun's
            by.head, by.dep_, clause.head, clause.dep_ = noun, "prep", noun, "acl"
    return doc

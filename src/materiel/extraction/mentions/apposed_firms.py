"""A firm named with its state in apposition: "Velmar Munitions, Ruritania's largest ammunition maker, signed ...",
"Velmar, the Ruritanian shell maker, reported ...". Resolution reads the name as the state of the apposed firm
noun (`firm_nouns` of [firm_countries]); where the register needs the firm itself (the seller of a contract it
signs, the firm a business report is about), the party is a company of that state."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import firm_countries
from materiel.extraction.mentions.reporters import reporter_of
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

NOT_FIRM_TYPES = ("PERSON", "GPE", "NORP", "LOC", "DATE", "FAC")


def apposed_name(r: Resolved) -> Token | None:
    """The firm's name, where the party was read as the state of the firm noun in apposition to it."""
    t = reporter_of(r.token)
    if r.actor.kind != "state":
        return None
    if t.dep_ in ("poss", "amod", "compound") and firm_countries.firm_noun(t.head) and t.head.dep_ == "appos":
        t = t.head.head
    elif t.dep_ == "appos" and firm_countries.firm_noun(t):
        t = t.head
    elif not any(c.dep_ == "appos" and firm_countries.firm_noun(c) for c in t.children):
        return None
    return t if t.pos_ == "PROPN" and (t.ent_type_ not in NOT_FIRM_TYPES or t.ent_type_ == "DATE" and
                                       t.text[:1].isupper()) else None


def company(r: Resolved, name_tok: Token, weight: float = 0.9) -> Resolved:
    """The company of r's state that name_tok (with the name words before it) names."""
    words = sorted(c for c in name_tok.children if c.dep_ == "compound" and c.i < name_tok.i)
    name = " ".join(x.text for x in (*words, name_tok))
    return Resolved(Actor(id=lexicon.slug(name), name=name, kind="company", country=r.actor.country, text=name),
                    r.confidence * weight, r.token)


def as_company(r: Resolved | None) -> Resolved | None:
    """r, or the company it names when it is a firm read as its state (see the module)."""
    name = apposed_name(r) if r is not None else None
    return company(r, name) if r is not None and name is not None else r

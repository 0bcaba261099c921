"""A sale or build told as done whose handing over the seller then refused: "X built two corvettes for Y but refused
to deliver them", "X refused to deliver the howitzers it had sold to Y", "the frigates it had built for Y and then
declined to hand over". The deal was made and the goods held back: the sale stays an order (the refusal is a row of
its own), not a delivery."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

REFUSING = frozenset(lexicon.toml("predicates.toml")["governors"]["refuse"])
HANDING = lexicon.word_set("withheld_handover", "handing_verbs")
HANDING_NOUNS = lexicon.word_set("withheld_handover", "handing_nouns")


def _refused_handover(v: Token) -> bool:
    """v is a verb of handing over that a refusing verb governs ("refused to deliver", "declined to hand over")."""
    if v.lemma_.lower() not in HANDING or v.dep_ not in ("xcomp", "ccomp") or v.head.i == v.i:
        return False
    gov = v.head
    return gov.lemma_.lower() in REFUSING and not any(c.dep_ == "neg" for c in gov.children)


def _handovers_near(t: Token) -> list[Token]:
    """The verbs of handing over in t's clause: under a verb coordinated with t ("built X but refused to deliver
    them"), or under the verb whose object t's relative clause describes ("refused to deliver the X it had sold")."""
    out: list[Token] = []
    pairs = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
    for p in pairs:  # with a pronoun for the goods ("deliver them"); a bare "refused to hand over" may be misparsed
        out += [c for c in p.children if c.dep_ in ("xcomp", "ccomp") and
                any(o.dep_ in ("dobj", "obj") and o.pos_ == "PRON" for o in c.children)]
    if t.dep_ in ("relcl", "acl") and t.head.dep_ in ("dobj", "obj"):
        out.append(t.head.head)
    return out


def _refused_noun(t: Token) -> bool:
    """"halted the delivery of the X that Y sold": t's relative clause on the "of" object of a handing-over noun
    that a refusing verb takes as its object."""
    n = t.head
    if t.dep_ not in ("relcl", "acl") or n.dep_ != "pobj" or n.head.lower_ != "of":
        return False
    noun = n.head.head
    return noun.lemma_.lower() in HANDING_NOUNS and noun.dep_ in ("dobj", "obj") and \
        noun.head.lemma_.lower() in REFUSING and not any(c.dep_ == "neg" for c in noun.head.children)


def held_back(t: Token) -> bool:
    """True when the sale or build verb t was followed by a refusal to hand its goods over."""
    return any(_refused_handover(v) for v in _handovers_near(t)) or _refused_noun(t)

"""Acts a permit authorises, and the phrases of a permit or request told through a participle.

"The licence allows X to export three radars to Y", "a permit lets X ship 200 rifles to Y": the transfer under a
verb of permitting whose subject is a permit (words.toml [permits] permit_nouns) is authorised, not yet made, so
its stage is `offered` whatever its tense. "A licence granted in 2015 for 40 sights for Y", "a request filed in
2019 for 650 rifles": the parser hangs the noun's "for" phrases on the participle (`granting_participles`); they
are the noun's own."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

PERMITTING = lexicon.word_set("licensed_acts", "permitting_verbs")
PARTICIPLES = lexicon.word_set("licensed_acts", "granting_participles")
PERMIT_NOUNS = lexicon.word_set("permits", "permit_nouns")
COMPLEMENTS = ("xcomp", "ccomp")


def _is_permit(t: Token) -> bool:
    return t.lemma_.lower() in PERMIT_NOUNS or t.lower_ in PERMIT_NOUNS


def licensed(t: Token) -> bool:
    """True when the transfer verb t is what a permit allows: the complement of a verb of permitting whose
    subject is a permit ("the licence allows X to export Y"); the verb's own subject ("the ministry allowed")
    is a party, not a permit, and gives no reading here."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ not in COMPLEMENTS:
        return False
    gov = t.head
    if gov.lemma_.lower() not in PERMITTING:
        return False
    if gov.dep_ == "acl" and _is_permit(gov.head):
        return True  # "a licence allowing X to export Y" (or so parsed: "A second licence allowed X to export Y")
    return any(c.dep_ in ("nsubj", "nsubjpass") and (_is_permit(c) or any(a.dep_ == "appos" and _is_permit(a)
                                                                        for a in c.children)) for c in gov.children)


def participle_preps(n: Token, words: tuple[str, ...]) -> list[Token]:
    """The prepositions among `words` hung on a participle of granting or making that modifies n ("a licence
    granted in 2015 | for X"), when n has none of that word of its own."""
    own = {c.lower_ for c in n.children if c.dep_ == "prep"}
    return [p for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PARTICIPLES
            for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in words and p.lower_ not in own]

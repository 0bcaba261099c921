"""A platform armed is no transfer: "the corvettes, built by X and armed with missiles, were handed over",
"six trainer jets, which could be armed for close support", "the navy will arm the patrol boats with cannon
from its own stocks" tell how materiel is fitted. A row whose trigger is a verb of arming (words.toml
[fitted_items] verbs) whose patient - its object, its passive subject (a relative pronoun standing for the noun its
clause hangs on), or the noun its participle modifies - is materiel (or takes up a system named before: "The boats, which are armed with guns", or is a platform noun of
[fitted_items] platform_nouns) is dropped; the platform's own transfer
told by another verb ("were handed over to Y") stays. "X armed the rebels with rifles", "the rebels were armed by
Y" (a party armed) stay.

Word lists: words.toml [fitted_items]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.fitted_platforms import conjoined_patients, pronoun_platform
from materiel.extraction.mentions.items import ItemFinder

VERBS = lexicon.word_set("fitted_items", "verbs")
RELATIVE_PRONOUNS = lexicon.word_set("fitted_items", "relative_pronouns")
PLATFORMS = lexicon.word_set("fitted_items", "platform_nouns")
PATIENT_DEPS = ("dobj", "nsubjpass")
PARTICIPLE_DEPS = ("acl",)


def _materiel(t: Token) -> bool:
    """t heads a phrase that names materiel ("eight A trainer jets"), or takes up a system named before it ("four
    A patrol boats ... The boats")."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = t.lemma_.lower()
    return lemma in PLATFORMS or bool(ItemFinder(t.doc).items(t)) or any(s.end <= t.i and s.root.lemma_.lower() == lemma
                                                    for s in t.doc.spans.get("materiel", []))


def _patients(t: Token) -> list[Token]:
    """What the verb arms: its object or passive subject (a relative pronoun's noun), or the noun its participle
    modifies."""
    out = [t.head] if t.dep_ in PARTICIPLE_DEPS and t.head.i != t.i else conjoined_patients(t)
    for c in t.children:
        if c.dep_ in PATIENT_DEPS:
            relative = c.lower_ in RELATIVE_PRONOUNS and t.dep_ == "relcl" and t.head.i != t.i
            out.append(t.head if relative else c)
    return out


def fitted(r: Row) -> bool:
    """The row's verb of arming arms materiel (module docstring)."""
    t = r.frame.trigger
    return t.pos_ == "VERB" and t.lemma_.lower() in VERBS and any(_materiel(p) or pronoun_platform(p, _materiel) for p in _patients(t))

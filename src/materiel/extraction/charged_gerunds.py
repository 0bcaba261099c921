"""A transfer verb read as a noun in an indictment: in "prosecutors charged two men with smuggling rifles to the X
Front", "were indicted for shipping pistols to Y", the small English model often tags the gerund a compound noun
of the items ("smuggling rifles") and hangs the destination on the verb of charging. The component
``materiel_charged_gerunds`` (after the parser) makes such a gerund (`gerunds`, with its verb's lemma) the verb of
the charge's preposition ([group_recipients] charge_preps under one of its charge_verbs), the items its object,
and the destination phrases after the items (`moved_preps`) its own ([charged_gerunds] in words.toml). The same for
the "of" of an accusation ("accused Y of smuggling rifles to Z", "suspects Y of shipping mortars to Z"; verbs of
[governors] accusing): the gerund is the accused's act, not a kind of rifle."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

_DATA = lexicon.toml("words.toml")["charged_gerunds"]
GERUNDS: dict[str, str] = dict(_DATA["gerunds"])
MOVED_PREPS = frozenset(_DATA["moved_preps"])
CHARGE_VERBS = lexicon.word_set("group_recipients", "charge_verbs")
CHARGE_PREPS = lexicon.word_set("group_recipients", "charge_preps")
ACCUSING = lexicon.word_set("governors", "accusing")


def charge_prep(p: Token) -> bool:
    """p is the preposition of what someone is charged with: on the verb of charging or on its object ("indicted
    a man for smuggling")."""
    head = p.head.head if p.head.dep_ in ("dobj", "obj") else p.head
    return p.dep_ == "prep" and p.lower_ in CHARGE_PREPS and head.lemma_.lower() in CHARGE_VERBS


def _accusation_of(p: Token) -> bool:
    """p is the "of" of what someone is accused of, on the verb of accusing or on its object."""
    head = p.head.head if p.head.dep_ in ("dobj", "obj") else p.head
    return p.dep_ == "prep" and p.lower_ == "of" and head.pos_ == "VERB" and head.lemma_.lower() in ACCUSING


def _gerund(p: Token) -> tuple[Token, Token] | None:
    """The gerund read as a compound and the items' noun of the charge's preposition p, or None."""
    if not (charge_prep(p) or _accusation_of(p)):
        return None
    noun = next((c for c in p.children if c.dep_ == "pobj"), None)
    if noun is None or p.i + 1 >= len(p.doc):
        return None
    g = p.doc[p.i + 1]
    if g.lower_ not in GERUNDS or g.dep_ not in ("compound", "amod") or g.head.i != noun.i:
        return None
    return g, noun


@Language.component("materiel_charged_gerunds")
def charged_gerunds(doc: Doc) -> Doc:
    for p in doc:
        found = _gerund(p)
        if found is None:
            continue
        g, noun = found
        charge = p.head.head if p.head.dep_ in ("dobj", "obj") else p.head
        g.head, g.dep_, g.pos_, g.tag_, g.lemma_ = p, "pcomp", "VERB", "VBG", GERUNDS[g.lower_]
        noun.head, noun.dep_ = g, "dobj"
        for c in list(charge.children) + list(noun.children):
            if c.dep_ == "prep" and c.lower_ in MOVED_PREPS and c.i > noun.i:
                c.head = g
    return doc

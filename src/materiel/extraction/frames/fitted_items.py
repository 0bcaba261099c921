"""A second item coordinated inside a platform's fitting phrase: "offered a patrol aircraft fitted with radars and
more Type 89 rifles". The parser hangs "more rifles" under "fitted with" as a conjunct of "radars"; marked by a word
of a further quantity ("more", "additional") it is no part of the platform's fit but an item of the transfer."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.name_numbers import calibre

FITTING = lexicon.word_set("frame_words", "fitting_verbs")
FOLLOW_ON = lexicon.word_set("item_words", "follow_on_words")


def fitted_conjuncts(finder: ItemFinder, obj: Token) -> list[ItemMention]:
    """The items of the conjuncts of obj's fitting phrase ("X fitted with A and more B": B) that a follow-on word
    marks, when obj itself is materiel."""
    out: list[ItemMention] = []
    if not finder.items(obj, 1):
        return out
    for acl in (c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in FITTING):
        for p in (q for c in acl.children if c.dep_ == "prep" and c.lower_ == "with"
                  for q in c.children if q.dep_ == "pobj"):
            for q in p.conjuncts:
                if q.i > p.i and any(c.dep_ in ("amod", "advmod") and c.lower_ in FOLLOW_ON for c in q.children):
                    out.extend(finder.items(q, 1))
    return out


def _counted(finder: ItemFinder, t: Token) -> bool:
    return finder.is_materiel(t) and any(c.dep_ == "nummod" and c.like_num and not calibre(c) for c in t.children)


def accompanying(finder: ItemFinder, obj: Token) -> list[ItemMention]:
    """"20 A launchers with 300 missiles and 5,000 B pistols": a counted item's "with" phrase that counts materiel of
    its own names items of the transfer (the munitions that come with the launchers), and so do the counted nouns
    the parser coordinated inside it (the list's next item). Not "a truck with 30 soldiers", nor "tanks with 120 mm
    guns" (a calibre, no count)."""
    if not (_counted(finder, obj) or obj.pos_ == "VERB" and any(  # "included 20 A with 300 B": "with" on the verb
            o.dep_ in ("dobj", "obj") and _counted(finder, o) for o in obj.children)):
        return []
    return [m for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children if p.dep_ == "pobj" and _counted(finder, p)
            for q in (p, *p.conjuncts) if _counted(finder, q) for m in finder.items(q, 1)]

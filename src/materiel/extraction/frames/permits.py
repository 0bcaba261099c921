"""What a permit names: "granted export licences for 250 rifles to X", "issued licences for the export of
four radars to X", "denied a licence for the sale of X to Y". The permit noun (a class's `object_heads`)
is no item; its items are the "for" phrase under it, or the "of" phrase of a transfer noun there, and its
recipient the "to" phrase under either."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

TRANSFER_NOUNS = lexicon.word_set("permits", "transfer_nouns")
PERMIT_NOUNS = lexicon.word_set("permits", "permit_nouns")
COVERING = lexicon.word_set("permits", "covering_verbs")
ANAPHORS = frozenset({"it", "them"})


def is_permit(o: Token) -> bool:
    return o.lemma_.lower() in PERMIT_NOUNS or o.lower_ in PERMIT_NOUNS


def _pobjs(t: Token, preps: tuple[str, ...]) -> list[Token]:
    return [p for c in t.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]


def _covered(o: Token) -> list[Token]:
    """The "for" phrases of the permit, or of its verb when the parser hung them there; or the object of a
    participle of covering on it ("licences covering 20 rifles", `covering_verbs`)."""
    covering = [x for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in COVERING
                for x in c.children if x.dep_ in ("dobj", "obj")]
    return _pobjs(o, ("for",)) or covering or _pobjs(o.head, ("for",))


def permit_of(o: Token) -> Token | None:
    """The permit an object is: itself, or for "it"/"them" the permit named as the subject or object of the
    sentence before ("A licence for X was approved in May. Y revoked it in June")."""
    if is_permit(o):
        return o
    if o.lower_ not in ANAPHORS or o.sent.start == 0:
        return None
    before = o.doc[o.sent.start - 1].sent
    return next((t for t in before if is_permit(t) and t.dep_ in ("nsubj", "nsubjpass", "dobj") and _covered(t)), None)


def permit_items(items: ItemFinder, o: Token) -> list[ItemMention]:
    """The items a permit object covers: "licences for 250 rifles", "a licence for the export of X"."""
    out: list[ItemMention] = []
    for p in _covered(o):
        if p.lemma_.lower() in TRANSFER_NOUNS:
            for q in _pobjs(p, ("of",)):
                out.extend(m for x in (q, *q.conjuncts) for m in items.items(x))
        else:
            out.extend(m for x in (p, *p.conjuncts) for m in items.items(x))
    return out


def permit_recipients(o: Token) -> list[Token]:
    """The "to" phrases under the permit or its transfer noun: "licences for X to Y"."""
    hosts = [o, *_covered(o)]
    return [q for h in hosts for q in _pobjs(h, ("to",))]

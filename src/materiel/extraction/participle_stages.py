"""The stage a participle gives an item of a package: "the assistance also includes 30 A donated by X in 2019",
"the aid the army has received includes B": the package or aid noun reads as an offer, but an item told with a
past participle of handing over, or a package told as received, was delivered. A participle in the future or a
wish ("to be delivered by X next year", "which will be sent") or negated leaves the offer. Words: words.toml
[participle_stages]."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

ITEM_PARTICIPLES = lexicon.word_set("participle_stages", "item_participles")
NOUN_PARTICIPLES = lexicon.word_set("participle_stages", "noun_participles")
UNREALISED = lexicon.word_set("participle_stages", "unrealised_auxiliaries")
INCLUDE = lexicon.word_set("frames", "include_verbs")
RULE = ":handed-participle"


def _realised(v: Token) -> bool:
    """v is a participle, or a past relative clause ("the aid that X received"), of a done act: no modal, "to" or
    "being" before it, no negation."""
    return (v.tag_ == "VBN" or v.tag_ == "VBD" and v.dep_ == "relcl") and not any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.lower_ in UNREALISED
                                       for c in v.children)


def told_handed(n: Token, lemmas: frozenset[str] | set[str]) -> bool:
    """The noun n carries a realised participle of one of the lemmas ("carriers donated by X", "the aid received")."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lemmas and _realised(c) for c in n.children)


def _item_participles(r: Row) -> list[Token]:
    """The realised handing participles on a noun of the item's span or on its head ("- 30 A donated by X")."""
    span, head = r.item.span, r.item.head
    nouns = {head.i, *(t.i for t in span if t.pos_ in ("NOUN", "PROPN"))}
    if head.dep_ in ("amod", "compound", "nmod", "npadvmod") and head.head.i > head.i and \
            head.head.pos_ in ("NOUN", "PROPN"):
        nouns.add(head.head.i)  # "41 A (B) vehicles donated by X": the name modifies the noun the participle is on
    return [v for i in sorted(nouns) for v in span.doc[i].children
            if v.dep_ in ("acl", "relcl") and v.lemma_.lower() in ITEM_PARTICIPLES and _realised(v)]


def _listing(n: Token) -> bool:
    """The noun n is what an include verb lists ("recent acquisitions include: ...", "the purchases comprised A")."""
    return n.dep_ in ("nsubj", "nsubjpass") and n.head.lemma_.lower() in INCLUDE


def delivered_items(rows: list[Row]) -> list[Row]:
    """Rows of an offered or ordered package, aid or acquisition noun whose item, or whose noun, is told as handed
    over ("acquisitions include: - 24 A delivered by X"): delivered."""
    frames: dict[int, object] = {}
    told: set[int] = set()  # the participles of the rows made deliveries
    for r in rows:
        f = r.frame
        if f.stage not in ("offered", "ordered") or f.trigger.pos_ not in ("NOUN", "PROPN"):
            continue
        if f.stage == "ordered" and not _listing(f.trigger):
            continue  # "won an order for two A, delivered in 2020": the order, not what its list holds
        participles = _item_participles(r)
        if not (participles or told_handed(f.trigger, NOUN_PARTICIPLES)):
            continue
        key = id(f)
        if key not in frames:
            frames[key] = replace(f, stage="delivered", rule=f.rule + RULE)
        r.frame = frames[key]  # type: ignore[assignment]
        told.update(v.i for v in participles)
    return [r for r in rows if r.frame.trigger.i not in told or r.item.head.i != r.frame.trigger.head.i]  # once


def handed_by(r: Row, res: ActorResolver) -> Resolved | None:
    """The agent of the item's realised participle of handing over ("- 30 A donated by X in 2019"): X, the
    supplier of a row its frame left without one; None when it names no actor or names the recipient."""
    for v in _item_participles(r):
        for by in (c for c in v.children if c.dep_ == "agent"):
            found = next((res.resolve(p) for p in by.children if p.dep_ == "pobj"), None)
            if found is not None and (r.recipient is None or found.actor.id != r.recipient.actor.id):
                return found
    return None

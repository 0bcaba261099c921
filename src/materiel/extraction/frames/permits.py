"""What a permit names: "granted export licences for 250 rifles to X", "issued licences for the export of
four radars to X", "denied a licence for the sale of X to Y". The permit noun (a class's `object_heads`)
is no item; its items are the "for" phrase under it, or the "of" phrase of a transfer noun there, and its
recipient the "to" phrase under either, or a "for" phrase with a name ("licences for Egypt"), which the caller resolves."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.licensed_acts import participle_preps
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

TRANSFER_NOUNS = lexicon.word_set("permits", "transfer_nouns")
PERMIT_NOUNS = lexicon.word_set("permits", "permit_nouns")
COVERING = lexicon.word_set("permits", "covering_verbs")
BUYERS = lexicon.word_set("permits", "buyer_nouns")
DESTINED = lexicon.word_set("permits", "destined_participles")
ANAPHORS = frozenset({"it", "them"})
VALUE_WORDS = frozenset({"worth", "valued"})


def is_permit(o: Token) -> bool:
    return o.lemma_.lower() in PERMIT_NOUNS or o.lower_ in PERMIT_NOUNS


def _pobjs(t: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of t's prepositions, and of the same preposition joined to one ("for A and for B")."""
    heads = [c for c in t.children if c.dep_ == "prep" and c.lower_ in preps]
    heads += [j for c in heads for j in c.conjuncts if j.lower_ == c.lower_]
    return [p for c in heads for p in c.children if p.dep_ == "pobj"]


def _valued(o: Token) -> list[Token]:
    """"licences worth 40 million euros for X to Y", "licences valued at ...": the value's word, on the permit or
    (as the parser has it) on its verb, and the sum under it, on which the parser hangs the permit's phrases."""
    hosts = [o, o.head] if o.dep_ in ("dobj", "obj", "nsubjpass") else [o]
    worth = [c for h in hosts for c in h.children if c.lower_ in VALUE_WORDS and c.i > o.i]
    sums = [s for w in worth for s in w.children if s.dep_ in ("npadvmod", "pobj", "dobj")]
    return worth + sums + [s for w in worth for p in w.children if p.dep_ == "prep" for s in p.children if s.dep_ == "pobj"]


def _covered(o: Token) -> list[Token]:
    """The "for" phrases of the permit (or of its value, "licences worth X for Y"), or of its verb when the
    parser hung them there, both when the permit's own "for" names its buyer and the verb's what it covers
    ("licences for X, mostly for ammunition"); or the object of a participle of covering on it ("licences
    covering 20 rifles", `covering_verbs`)."""
    covering = [x for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in COVERING
                for x in c.children if x.dep_ in ("dobj", "obj")]
    own = _pobjs(o, ("for",)) + [p for v in _valued(o) for p in _pobjs(v, ("for",))]
    own += [q for p in participle_preps(o, ("for",)) for q in p.children if q.dep_ == "pobj"]  # "granted in 2015 for X"
    on_verb = _pobjs(o.head, ("for",)) if o.head.pos_ in ("VERB", "AUX") else []
    if own and on_verb and all(p.pos_ == "PROPN" for p in own):  # "licences for Egypt, mainly for armoured vehicles"
        return own + on_verb
    return own or covering or _pobjs(o.head, ("for",))


def permit_of(o: Token) -> Token | None:
    """The permit an object is: itself, or for "it"/"them" the permit named as the subject or object of the
    sentence before ("A licence for X was approved in May. Y revoked it in June")."""
    if is_permit(o):  # "One licence was revoked: a licence for X for Y": the appositive that says what it covers
        return next((a for a in o.children if a.dep_ == "appos" and is_permit(a) and _pobjs(a, ("for",))
                     and not _covered(o)), o)
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
    """The "to" phrases under the permit or its transfer noun: "licences for X to Y"; or under a participle of
    sending on what it covers: "permits for X sold to Y" (`destined_participles`)."""
    hosts = [o, *_valued(o), *_covered(o)]
    return [q for h in hosts for q in _pobjs(h, ("to",))] + \
        [q for p in participle_preps(o, ("to",)) for q in p.children if q.dep_ == "pobj"] + \
        [q for p in (o, *_covered(o)) for a in p.children if a.dep_ == "acl" and a.lemma_.lower() in DESTINED
         for q in _pobjs(a, ("to", "for"))] + \
        [p for p in _covered(o) if p.pos_ == "PROPN" or p.lemma_.lower() in BUYERS and p.i > o.i] + \
        [q for p in _covered(o) for x in p.subtree if x.dep_ == "prep" and x.lower_ == "for" and x.head.i != p.i
         for q in x.children if q.dep_ == "pobj" and _named_buyer(q)]  # "for 900 rounds of X ammunition for Y"


def _named_buyer(q: Token) -> bool:
    """A name, a buyer noun, or a body a name owns ("Y's navy"): a party, not what a permit covers."""
    return q.pos_ == "PROPN" or q.lemma_.lower() in BUYERS or any(c.dep_ == "poss" and c.pos_ == "PROPN"
                                                                 for c in q.children)

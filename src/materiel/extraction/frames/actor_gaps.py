"""Gapping with a new giver: "Germany has put forward the Leopard 2 and South Korea the K2",
"Turkey has offered the TB2, and China the Wing Loong II". The second conjunct reuses the verb: an
actor, then a determiner and an item, no verb between. It is a frame of its own with that actor as
the supplier and the other roles of the verb; its item is no longer the first frame's. The parse of
such a conjunct is unreliable (the actor read as a possessor, the item as an apposition), so the
pattern is read on the words in order, the actor and the item as the lexicons mark them."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.topic_takers import topic_taker
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

GAP_CLASSES = lexicon.word_set("offers", "gap_classes")
GAP_DETERMINERS = lexicon.word_set("offers", "gap_determiners")
QUALIFIERS = lexicon.word_set("quantities", "qualifiers")  # "and Y about 40 trucks"
MAX_QUALIFIER = 3  # "in excess of"
ACTOR_KINDS = ("state", "company", "government_body")
MAX_ACTOR_WORDS = 6  # "France's state-owned Dassault Aviation": the giver's phrase is short
MAX_NAME_WORDS = 3  # "ten Tarvik Mk 2 vehicles": the name words between a gapped count and the kind


def actor_gaps(f: Frame, res: ActorResolver, items: ItemFinder, role: str = "supplier") -> list[Frame]:
    """The gapped frames after f's verb; f keeps only the items before the first gap. role is the one the
    verb's subject plays: the giver's ("offered"), or the taker's ("Kenya received six A and Uganda four B")."""
    v = f.trigger
    if f.cls not in GAP_CLASSES or not f.roles.get(role) or v.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Frame] = []
    start = v.i + 1
    subject_role, dative = role, _dative_role(f)
    for cc in [t for t in v.sent if t.i > v.i and t.lower_ == "and" and t.dep_ == "cc"]:
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in v.doc[v.i + 1: cc.i]):
            break  # the "and" of a later clause, with a verb of its own
        found = _gap(cc, res, items)
        if found is None or not _items_between(items, start, cc.i):
            continue
        giver, item = found
        # "sold Peru 20 tanks, and Chile 40 trucks": a counted remnant after an indirect object lists takers
        counted = any(t.like_num and t.pos_ == "NUM" for t in v.doc[giver.token.i + 1: item.i])
        role = dative if dative and counted and not topic_taker(res, f.roles[dative], f.roles[subject_role], giver) \
            else subject_role  # "... and Y 20 B" in a text about the taker: Y a second giver (topic_takers.py)
        if any(giver.actor.id == s.actor.id for s in f.roles[role]):
            continue
        g = Frame(v, f.cls, f.stage, rule=f.rule + ":gapped", confidence=f.confidence * 0.9)
        g.items = [_counted(m) for m in items.items(item) if m.head.i >= cc.i]
        g.add(role, [giver])
        for other, parties in f.roles.items():
            if other != role:
                g.add(other, parties)
                f.roles[other] = [p for p in parties if p.token.i < cc.i]  # "... and Y two B from Z": Z is Y's
        g.negated, g.governor = f.negated, f.governor
        if not f.items or any(m.head.i >= cc.i for m in f.items):
            before = [m for m in f.items if start <= m.head.i < cc.i] or _items_between(items, start, cc.i)
            f.items = before
        start = item.i + 1
        out.append(g)
    return out


def _gap(cc: Token, res: ActorResolver, items: ItemFinder) -> tuple[Resolved, Token] | None:
    """After "and": the giver (the first word that names an actor) and the item's last word."""
    sent_end = cc.sent.end
    i = cc.i + 1
    giver = None
    while i < sent_end and i - cc.i <= MAX_ACTOR_WORDS and giver is None:
        t = cc.doc[i]
        r = res.resolve(t) if not items.is_materiel(t) else None
        if r is None and t.lower_ != "the" and not _modifies_party(t, res):
            return None
        if r is not None:
            giver = r
        i += 1
    if giver is None or giver.actor.kind not in ACTOR_KINDS:
        return None
    while i < sent_end and i - cc.i <= MAX_ACTOR_WORDS and not _opens_item(cc.doc[i]):
        if (k := _after_qualifier(cc.doc, i, sent_end)) is not None:
            i = k
            break
        t = cc.doc[i]
        if items.is_materiel(t) or t.pos_ in ("VERB", "AUX", "PUNCT", "ADP") or t.is_punct:
            return None
        i += 1
    if i >= sent_end - 1 or not _opens_item(cc.doc[i]):
        return None
    j = i + 1
    while cc.doc[i].like_num and j - i <= MAX_NAME_WORDS and j + 1 < sent_end and not items.is_materiel(cc.doc[j]) \
            and cc.doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "NUM"):
        j += 1  # "and Y ten Tarvik armoured vehicles": a model's name before the kind
    if not items.is_materiel(cc.doc[j]):
        return None
    while j + 1 < sent_end and items.is_materiel(cc.doc[j + 1]):
        j += 1
    return giver, cc.doc[j]


def _after_qualifier(doc: Doc, i: int, end: int) -> int | None:
    """The count's index after a hedge opening at i ("about 15,000", "at least 40"), else None."""
    for n in range(MAX_QUALIFIER, 0, -1):
        k = i + n
        if k < end and doc[i:k].text.lower() in QUALIFIERS and doc[k].like_num and doc[k].pos_ == "NUM":
            return k
    return None


def _modifies_party(t: Token, res: ActorResolver) -> bool:
    """"the Borduvian police": a modifier that names no party alone, before the head noun that does."""
    return t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and res.resolve(t.head) is not None


def _dative_role(f: Frame) -> str | None:
    """The role of the verb's indirect object when it names a party ("sold Peru 20 tanks": the recipient's):
    a gapped conjunct then names a new party of that role, the subject staying the same."""
    v = f.trigger  # an indirect object, or a party read as the object straight after the verb
    datives = {c.i for c in v.children if c.dep_ == "dative" or c.dep_ in ("dobj", "obj") and c.i == v.i + 1}
    datives |= {t.i for c in v.children if c.dep_ == "dative" for t in c.subtree}  # "the X gendarmerie": X
    return next((r for r, parties in f.roles.items() if any(p.token.i in datives for p in parties)), None)


def _opens_item(t: Token) -> bool:
    """A determiner or a count: "the K2", "two B"."""
    return t.lower_ in GAP_DETERMINERS or (t.like_num and t.pos_ == "NUM")


def _items_between(items: ItemFinder, start: int, end: int) -> list[ItemMention]:
    """The item of the last run of materiel words in [start, end): the first conjunct's object."""
    doc = items.doc
    last = next((i for i in range(end - 1, start - 1, -1) if items.is_materiel(doc[i])), None)
    return [m for m in items.items(doc[last]) if start <= m.head.i < end] if last is not None else []


def _counted(m: ItemMention) -> ItemMention:
    """The gapped item's own count, which the parse leaves inside its text ("and Chile 40 trucks": 40)."""
    if m.quantity is not None:
        return m
    first, before = m.span[0], m.span.doc[m.span.start - 1]
    if len(m.span) > 1 and first.pos_ == "NUM" and (n := parse_quantity(first.text)) is not None:
        return replace(m, span=m.span[1:], quantity=n, quantity_text=first.text)
    if before.pos_ == "NUM" and before.like_num and (n := parse_quantity(before.text)) is not None:
        return replace(m, quantity=n, quantity_text=before.text)  # "and Y 3 corvettes": the count outside
    return m

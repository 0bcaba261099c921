"""A part of a whole told in a relative clause: "X flies Y-built jets, the first four of which arrived in 2020",
"X ordered 18 trainers, the last of which reached the air force in May". The part ("the first four", "the last") counts
from the noun the relative hangs on (mentions/relative_pronouns.py), so its clause is a transfer of its own:

- the parser often takes such a relative for a complement of the verb before it ("ordered ..., the last of which
  reached the air force"): the verb does not govern it, and the clause keeps its own stage;
- a verb coordinated with the relative's verb shares its part: "the X jets, six of which were refurbished and
  delivered to Y" delivers six;
- when the whole is the object of a verb of holding (`[owners] holding_verbs` of words.toml: "flies", "operates"),
  the holder is the recipient of the part.

Whether the part stays a row of its own is decided once the whole's row is known (`extraction/relative_rows.py`)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.relative_pronouns import relative_head

HOLDING = lexicon.word_set("owners", "holding_verbs")
COMPLETING = lexicon.word_set("items", "completing_ordinals")
ORIGIN_PARTICIPLES = lexicon.word_set("arguments", "origin_participles")
HOLDER_KINDS = ("state", "government_body", "armed_group")
PARTY_ENTITIES = ("GPE", "NORP", "ORG", "PERSON", "LOC", "DATE", "FAC")
SUBJECTS = ("nsubj", "nsubjpass")
WINDOW = 12  # tokens searched back from ", the first of which" for the whole


def whole_of(part: Token) -> Token | None:
    """The noun a part's "of which" counts from ("four of which" on "jets"), or None."""
    which = next((p for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and p.lower_ == "which"), None)
    if which is None:
        return None
    whole = relative_head(which)
    if whole is not None or part.head.dep_ == "relcl":
        return whole or (part.head.head if part.head.head.pos_ in ("NOUN", "PROPN") else None)
    doc = part.doc  # the parser took the relative for a clause of the verb: the noun before ", the first of which"
    comma = part.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    for t in reversed(doc[max(0, comma - WINDOW): comma]):
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss") and t.ent_type_ not in PARTY_ENTITIES:
            return t
    return None


def _part_subject(f: Frame) -> Token | None:
    """The frame's item that is a part told "of which", as its clause's subject."""
    return next((it.head for it in f.items if it.head.dep_ in ("nsubj", "nsubjpass") and it.head.head.i == f.trigger.i
                 and whole_of(it.head) is not None), None)


def shared_part_count(f: Frame) -> None:
    """"the X jets, six of which were refurbished and delivered to Y": a verb coordinated with the relative's verb
    and with no subject of its own shares its part "N of which", so its item (the whole the relative hangs on,
    uncounted) takes the part's count."""
    v = f.trigger
    if v.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in v.children):
        return
    first = v.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    part = next((c for c in first.children if c.dep_ in SUBJECTS), None)
    if part is None or part.pos_ != "NUM" or not part.like_num:
        return
    whole, q = whole_of(part), parse_quantity(part.text)
    if whole is None or q is None:
        return
    for it in f.items:
        if it.head.i == whole.i and it.quantity != q:
            it.whole = it.quantity if it.quantity is not None and it.quantity > q else it.whole
            it.quantity, it.quantity_text = q, part.text
            f.rule += ":shared-part"


def read_relative_part(finder: Any, f: Frame) -> None:
    """Give a part told "of which" its own stage and, from a verb of holding over its whole, its recipient."""
    shared_part_count(f)
    part = _part_subject(f)
    if part is None:
        return
    whole = whole_of(part)
    assert whole is not None
    _count_of(finder, f, part, whole)
    spec = finder.classes.get(f.cls, {})
    if f.governor is not None and f.trigger.dep_ == "ccomp" and spec.get("stage"):
        f.stage, f.governor = spec["stage"], None  # "ordered 18 X, the last of which reached the air force"
        f.rule += ":of-which"
    holder = whole.head if whole.dep_ in ("dobj", "obj") else None
    if f.roles["recipient"] or holder is None or holder.lemma_.lower() not in HOLDING:
        return
    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    found = [r for r in finder.res.resolve_all(subj) if r.actor.kind in HOLDER_KINDS] if subj is not None else []
    if found:
        f.add("recipient", found)
        f.rule += ":holder"
        if not f.roles["supplier"]:
            f.add("supplier", _maker(finder, whole, found))


def _count_of(finder: Any, f: Frame, part: Token, whole: Token) -> None:
    """The part counts the whole's items: "the first two of which" count two of the jets that the relative hangs on."""
    told = finder.items.items(whole)
    for it in f.items:
        if it.head.i == part.i and told and it.antecedent is None:
            it.anaphoric, it.antecedent, it.category = False, told[0].span, told[0].category
            it.designation = it.designation or told[0].designation
            if completing(part) and f.stage == "delivered" and told[0].quantity is not None:
                it.quantity, it.quantity_text = told[0].quantity, told[0].quantity_text  # "the last of which"


def completing(part: Token) -> bool:
    """"the last of which", "the final two of which": the last part, which completes the whole."""
    return part.lower_ in COMPLETING or any(c.dep_ == "amod" and c.lower_ in COMPLETING for c in part.children)


def _maker(finder: Any, whole: Token, holders: list[Any]) -> list[Any]:
    """The state a "Y-built" or demonym modifier of the whole names ("flies Y-built jets"), not the holder's own."""
    doc, out = whole.doc, []
    for t in (t for t in whole.subtree if t.i < whole.i):
        built = t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in ORIGIN_PARTICIPLES
        r = finder.res._demonym_modifier(t) if built or t.dep_ in ("amod", "compound", "nmod") else None
        if r is not None and not any(h.actor.country and h.actor.country == r.actor.country for h in holders):
            out.append(r)
    return out

"""A counted list whose second member the parser tears out of the list: in "found 18 A rifles, four M4 carbines,
six thermal sights and 9,000 rounds hidden under sacks" the small English model reads "carbines" as a verb ("M4"
its subject, "sights" its object, even the sentence's root), and in "found 24 rifles, two machine guns, six
launchers and 8,000 rounds, hidden in the fish hold" it makes "guns" the subject of "hold" read as a bare verb;
either way the finding verb's object is the first member alone and the rest of the list is lost. The spaCy
component ``materiel_stray_members`` (after ``materiel_listed_verb_items``) mends it: a counted item phrase right
after the comma that closes a counted materiel argument becomes that argument's conjunct when its head word is
read as a verb (the counted materiel it took as object or modifier continue the list, its other dependants go to
the clause's verb, which becomes the root when the verb reading was) or when it is the subject of a bare verb
("VB", no auxiliary) told after the list. The new tree is checked (one root per sentence, no cycle) first."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from materiel.extraction.listed_verb_items import apply_plan

ARGUMENTS = ("dobj", "obj", "pobj", "nsubjpass", "attr", "conj", "appos")
VERB_TAGS = ("VBZ", "VBP", "VBD", "VBN", "VB")
PHRASE_POS = ("NUM", "PROPN", "NOUN", "ADJ", "ADV")
MAX_LEFT = 6  # words between the comma and the item span (the count, its "about", modifiers)

Plan = dict[int, tuple[int, str]]


def is_counted(t: Token) -> bool:
    return any(c.dep_ == "nummod" or (c.like_num and c.dep_ in ("compound", "amod")) for c in t.children)


def _anchor(doc: Doc, comma: int, heads: set[int]) -> Token | None:
    """The counted materiel argument whose phrase the comma closes ("18 A rifles", "900 rounds of ammunition")."""
    t = doc[comma - 1]
    best = None
    for a in (t, *t.ancestors):
        if a.right_edge.i > comma or a.i > comma:
            break
        if a.i in heads and is_counted(a) and a.dep_ in ARGUMENTS:
            best = a
    return best


def _member(doc: Doc, comma: int, spans: list[Span]) -> tuple[Span, int] | None:
    """The item span opening the phrase after the comma, and the phrase's first word, when a count leads it."""
    for s in spans:
        if s.start <= comma or s.start - comma > MAX_LEFT:
            continue
        lead = doc[comma + 1: s.start]
        if all(t.pos_ in PHRASE_POS for t in lead) and any(t.like_num for t in (*lead, *s[:-1])):
            return s, comma + 1
        return None
    return None


def _verb_read(span: Span, first: int, anchor: Token) -> Plan | None:
    """The plan when the member's head word is read as a verb (see the module)."""
    doc, head = span.doc, span.doc[span.end - 1]
    if head.pos_ not in ("VERB", "AUX") or head.tag_ not in VERB_TAGS:
        return None
    phrase = range(first, span.end)
    plan: Plan = {head.i: (anchor.i, "conj")}
    for t in doc[first:span.end - 1]:
        if t.head.i == head.i or t.head.i not in phrase:
            plan[t.i] = (head.i, "nummod" if t.like_num else "amod" if t.pos_ in ("ADJ", "ADV") else "compound")
    if head.head.i == head.i:  # the verb reading was the root: the clause above the anchor takes its place
        top = next((a for a in (anchor, *anchor.ancestors) if a.head.i == head.i), None)
        if top is None or top.pos_ not in ("VERB", "AUX"):
            return None
        clause, plan[top.i] = top, (top.i, "ROOT")
    else:
        clause = head.head
    for c in head.children:
        if c.i in plan or c.i in phrase:
            continue
        listed = c.i > head.i and c.pos_ in ("NOUN", "PROPN") and is_counted(c) and c.dep_ in (
            "dobj", "obj", "npadvmod", "appos", "conj", "attr")
        plan[c.i] = (head.i, "conj") if listed else (head.i, c.dep_) if c.dep_ in ("punct", "cc") and \
            c.i < head.i + 2 else (clause.i, c.dep_)
    return plan


def _stray_subject(span: Span, anchor: Token) -> Plan | None:
    """The plan when the member is the subject of a bare verb told after the list ("two guns ... hold")."""
    head = span.doc[span.end - 1]
    verb = head.head
    if head.dep_ != "nsubj" or verb.i < head.right_edge.i or verb.tag_ != "VB" or \
            any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return None
    return {head.i: (anchor.i, "conj")}


def _plan(doc: Doc, comma: int, spans: list[Span], heads: set[int]) -> Plan | None:
    anchor = _anchor(doc, comma, heads)
    found = _member(doc, comma, spans) if anchor is not None else None
    if anchor is None or found is None:
        return None
    span, first = found
    if doc[span.end - 1].head.i == anchor.i:
        return None
    return _verb_read(span, first, anchor) or _stray_subject(span, anchor)


@Language.component("materiel_stray_members")
def stray_members(doc: Doc) -> Doc:
    spans = sorted(doc.spans.get("materiel", []), key=lambda s: s.start)
    for i, t in enumerate(doc):
        if t.text != "," or i < 1 or i + 2 >= len(doc):
            continue
        heads = {s.end - 1 for s in spans}
        plan = _plan(doc, i, spans, heads)
        if not plan:
            continue
        if not apply_plan(doc, t.sent, plan):
            continue
        for j in plan:
            if doc[j].dep_ == "conj" and doc[j].pos_ in ("VERB", "AUX"):
                doc[j].pos_, doc[j].tag_ = "NOUN", "NNS" if doc[j].text.endswith("s") else "NN"
    return doc

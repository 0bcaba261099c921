"""A counted item whose plural head noun the parser reads as a verb: in "the army has bought 2,400 Zorvan
carbines from X" the small English model makes "2,400" the object, "Zorvan" a subject and "carbines" a clause
of its own, so the item phrase is lost. The spaCy component ``materiel_item_verbs`` (after ``materiel_items``)
mends it: when a recognised item span ends in a token read as a verb and a count stands just before the span,
the head noun takes the count's place in the tree, the count becomes its number and the span's other words
its modifiers; the head's other dependants go to the count's head ("from X" is the verb's)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token


def _misread(span: Span) -> tuple[Token, Token] | None:
    """(count, head) when the span's last token is read as a verb and a count opens the phrase before it."""
    doc = span.doc
    head = doc[span.end - 1]
    if span.start == 0 or head.pos_ not in ("VERB", "AUX") or head.tag_ not in ("VBZ", "VBP", "VBD", "VBN"):
        return None
    count = doc[span.start - 1]
    if not count.like_num or count.head.i == count.i or count.head.i >= span.start:
        return None
    if head.head.i != count.head.i and head.head.i not in range(span.start, span.end) and head.head.i != count.i:
        return None
    return count, head


@Language.component("materiel_item_verbs")
def item_verbs(doc: Doc) -> Doc:
    for span in list(doc.spans.get("materiel", [])):
        found = _misread(span)
        if found is None:
            continue
        count, head = found
        above, dep = count.head, count.dep_
        for child in list(head.children):
            if child.i not in range(span.start, span.end) and child.i != count.i:
                child.head = above
        head.head, head.dep_, head.pos_, head.tag_ = above, dep, "NOUN", "NNS"
        count.head, count.dep_ = head, "nummod"
        for tok in span[:-1]:
            if tok.head.i == head.i or tok.head.i not in range(span.start, span.end):
                tok.head, tok.dep_ = head, "compound"
    return doc

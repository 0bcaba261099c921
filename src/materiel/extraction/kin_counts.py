"""The count of a plain definite item named by a broader noun of its kind in the sentence after its counted
mention: "Fincantieri is refitting two A-class patrol vessels for Y. The ships were sold to Y in 2024" sells the
two vessels. The mention must be the only counted mention of the item's narrow category in the sentence just before
(in the same paragraph), told in no row of its own, and no part of a whole; the item must not be a designated system
other than the mention's (`definite_counts.inherit_counts` reads it only when no mention of its own head noun is
found)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from materiel import lexicon
from materiel.extraction.mentions.paragraphs import same_paragraph

BROAD = lexicon.word_set("definite_counts", "broad_categories")


def kin_mentions(r: Any, items: Any, sents: list[Span], row_heads: set[int]) -> list[Any]:
    """The one counted mention of r's narrow category in `sents` (the sentence before r's), else none."""
    cat = r.category or r.item.category
    if not cat or cat in BROAD or not sents:
        return []
    head = r.item.head
    found = []
    for t in (t for s in sents for t in s if t.pos_ in ("NOUN", "PROPN") and items.is_materiel(t)):
        for m in items.items(t, 1):
            if m.head.i == t.i and m.quantity is not None and m.category == cat:
                found.append(m)
    if len(found) != 1:
        return []
    m = found[0]
    if m.head.i in row_heads or m.whole is not None or not same_paragraph(head.doc, m.head.i, head.i) or \
            (r.designation and m.designation != r.designation):
        return []
    return found

"""The count written before an item's phrase when the parser hung it elsewhere: "six Sea Kite 300 helicopters" with
"six" on "Kite", and "the 14 Halvard HT-4 Jet Trainers" with "14" on the maker's name or on the designation and the
maker left out of the phrase. The proper names right before the phrase that are no item (a maker's name) are read
with it; the count is the number right before them, with no words of its own, no calibre and no year."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel.extraction.mentions import count_words
from materiel.extraction.mentions.name_numbers import calibre
from materiel.extraction.mentions.quantities import parse_quantity


def maker_lead(span: Span, span_at: dict[int, Span]) -> list[Token]:
    """The item's phrase with the proper names right before it that are no item."""
    doc, start = span.doc, span.start
    while start > 0 and (t := doc[start - 1]).pos_ == "PROPN" and t.i not in span_at and not t.like_num:
        start -= 1
    return list(doc[start: span.end])


def count_before_name(span: Span, span_at: dict[int, Span]) -> tuple[int | float | None, str] | None:
    """The count right before the item's phrase (and its maker's name), hung on a word of them; None if none."""
    lead = maker_lead(span, span_at)
    return next(((parse_quantity(c.text), c.text) for t in lead for c in t.children if c.dep_ == "nummod"
                 and c.i == lead[0].i - 1 and not calibre(c) and not list(c.children)
                 and not count_words.year_of_phrase(c)), None)

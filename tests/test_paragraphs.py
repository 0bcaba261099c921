"""Paragraph bounds: the bounded scan (`lo`) gives what scanning back to the document's start gives,
cut at `lo`; two tokens share a paragraph exactly when no blank line lies between them."""
from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from materiel.extraction.mentions.paragraphs import paragraph_start, same_paragraph

NLP = spacy.blank("en")
PIECES = st.lists(st.sampled_from(["Tanks", "were", "sold", ".", "\n\n", "\n", "X"]), min_size=1, max_size=40)


def _naive_start(doc: spacy.tokens.Doc, i: int) -> int:
    return max([t.i + 1 for t in doc[:i] if "\n\n" in t.whitespace_ or "\n\n" in t.text], default=0)


@settings(max_examples=200, deadline=None)
@given(PIECES, st.data())
def test_the_bounded_scan_agrees_with_a_scan_from_the_start(pieces: list[str], data: st.DataObject) -> None:
    doc = NLP(" ".join(pieces))
    i = data.draw(st.integers(0, len(doc) - 1))
    lo = data.draw(st.integers(0, i))
    assert paragraph_start(doc, i) == _naive_start(doc, i)
    assert paragraph_start(doc, i, lo) == max(lo, _naive_start(doc, i))
    j = data.draw(st.integers(0, len(doc) - 1))
    a, b = min(i, j), max(i, j)
    breaks = any("\n\n" in t.whitespace_ or "\n\n" in t.text for t in doc[a:b])
    assert same_paragraph(doc, i, j) is (not breaks)


def test_a_blank_line_splits_and_a_single_newline_does_not() -> None:
    doc = NLP("Tanks were sold.\nMore tanks.\n\nJets were sold.")
    jets = next(t.i for t in doc if t.text == "Jets")
    more = next(t.i for t in doc if t.text == "More")
    assert same_paragraph(doc, 0, more)
    assert not same_paragraph(doc, 0, jets)
    assert paragraph_start(doc, jets, lo=more) == jets

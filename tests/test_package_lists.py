"""A package's contents in a bulleted list introduced by a sentence of its own ("The package, as the army listed it,
includes:" then one line per item): each line gives a row with the parties and stage of
the transfer told just before, a line with two items two rows with their own counts (contents_next.listed_contents).
Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

LEAD = "Norway will give Chile 20 Leopard tanks in an aid package worth $90 million, officials said on Monday.\n\n"
LIST = ("- 20 Leopard 2 tanks with spare parts;\n"
        "- 12 M113 armored personnel carriers and six Bandvagn vehicles;\n"
        "- ammunition.\n")


@pytest.mark.parametrize("intro", ["The package includes:", "The package, as the army listed it, "
                                                             "includes:", "This package comprises:"])
def test_each_bulleted_line_is_a_row_of_the_package(extractor, intro):
    report = extractor.extract_text(LEAD + intro + "\n\n" + LIST, published="2024-06-01")
    m113 = find(report, "NOR", "CHL", "M113")
    assert m113 and {t.quantity for t in m113} == {12} and {t.stage for t in m113} == {"offered"}, report.transfers
    assert find(report, "NOR", "CHL", "ammunition"), report.transfers


@pytest.mark.parametrize("text", [
    LEAD + "The parade included:\n\n" + LIST,                          # no package named again
    "Officials spoke on Monday.\n\nThe package includes:\n\n" + LIST,  # no transfer told before
])
def test_a_list_with_no_package_or_no_transfer_gives_no_row(extractor, text):
    assert not find(extractor.extract_text(text, published="2024-06-01"), None, None, "M113") and \
        not find(extractor.extract_text(text, published="2024-06-01"), "NOR", "CHL", "M113")

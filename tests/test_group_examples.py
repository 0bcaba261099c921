"""A group noun named by examples: "exported drones to more than 30 countries, including A, B and C" gives
a row for each example (mentions/examples.py). Sentences written for these tests (not taken from any
article); each positive assertion failed before the change; the counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

EXAMPLES = [
    ("Turkey has exported its armed drones to more than 30 countries, including Poland, Ukraine and Morocco.",
     "TUR", ["POL", "UKR", "MAR"]),
    ("Russia shipped S-400 systems to several countries such as China, India and Turkey.", "RUS", ["CHN", "IND", "TUR"]),
    ("Israel supplies weapons to countries like Azerbaijan and India.", "ISR", ["AZE", "IND"]),
]


@pytest.mark.parametrize(("text", "supplier", "recipients"), EXAMPLES)
def test_each_example_of_the_group_is_a_recipient(extractor, text, supplier, recipients):
    report = extractor.extract_text(text, published="2024-06-01")
    for recipient in recipients:
        assert find(report, supplier, recipient, ""), (recipient, report.transfers)


def test_a_group_with_no_examples_names_no_recipient(extractor):
    report = extractor.extract_text("Turkey has exported its armed drones to more than 30 countries.", published="2024-06-01")
    assert all(t.recipient is None or t.recipient.id != "TUR" for t in report.transfers), report.transfers
    assert not [t for t in report.transfers if t.recipient is not None], report.transfers


def test_a_named_recipient_keeps_its_own_modifiers(extractor):
    report = extractor.extract_text("Israel supplies weapons to India, including drones and radars.", published="2024-06-01")
    assert find(report, "ISR", "IND", "") and not find(report, "ISR", "drone", ""), report.transfers

"""The Python API and the provenance it promises: offsets that point into the untouched text."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import materiel

SENTENCE = "Spain delivered six Leopard 2 tanks to Ukraine in early March, officials said."


def test_extract_returns_report() -> None:
    report = materiel.extract(SENTENCE, published="2023-04-20")
    assert isinstance(report, materiel.Report)
    row = report.transfers[0]
    assert (row.supplier.id, row.recipient.id, row.stage, row.quantity) == ("ESP", "UKR", "delivered", 6)
    assert row.when is not None and (row.when.start, row.when.end) == ("2023-03-01", "2023-03-15")
    assert row.rule.startswith("verb:supply") and 0 < row.confidence <= 1
    assert {a.id for a in report.actors} >= {"ESP", "UKR"}


@settings(max_examples=25, deadline=None)
@given(before=st.text(alphabet=" \n\t", max_size=6), after=st.text(alphabet=" \n", max_size=4),
       lead=st.sampled_from(["", "Defence\n\n", "MADRID (wire) - ", "“Quote.” "]))
def test_evidence_offsets_slice_the_text(before: str, after: str, lead: str) -> None:
    text = lead + before + SENTENCE + after
    report = materiel.extract(text)
    for row in report.transfers:
        assert text[row.evidence.start:row.evidence.end] == row.evidence.text
        assert "Spain" in row.evidence.text


def test_empty_text_gives_empty_report() -> None:
    assert materiel.extract("No weapons here, just weather.").transfers == []

"""Session 28, duplicate rows: a transfer denied by one party and told as not having happened by another
(or by the same one in the next sentence) is one claim, one row. All sentences are invented."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str, sup: str, rec: str) -> list[tuple[str, str, str | None, float | None]]:  # noqa: ANN001
    report = extractor.extract_text(text, published="2026-02-10")
    return [(t.item.text.lower(), t.stage, t.factuality, t.quantity) for t in report.transfers
            if t.supplier and t.supplier.country == sup and t.recipient and t.recipient.country == rec]


DENIED_THEN_NEGATED = [
    ("Slovenia denied sending artillery shells to Mali. No shells were sent to Mali, a Slovenian spokesman said.",
     "SVN", "MLI", "shell"),
    ("Ljubljana rejected claims that it had shipped rifles to Mali. \"Slovenia has never supplied rifles to Mali,\" "
     "the minister told reporters.", "SVN", "MLI", "rifle"),
    ("Slovenia denied that it had sent attack helicopters to Mali. No helicopters were ever delivered to Mali, "
     "the ministry said.", "SVN", "MLI", "helicopter"),
    ("Estonia has denied that it transferred armoured vehicles to Chad. Tallinn never delivered any armoured "
     "vehicles to Chad, the defence ministry said on Monday.", "EST", "TCD", "armoured vehicle"),
    ("On Tuesday the Estonian government denied that it had sold mortar rounds to Chad. \"No mortar rounds "
     "were sold to Chad,\" a spokeswoman said.", "EST", "TCD", "mortar round"),
    ("Bolivia denied shipping ammunition to Mali. Bolivia did not send any ammunition to Mali, its foreign "
     "ministry added in a statement.", "BOL", "MLI", "ammunition"),
    ("Uruguay, a small exporter, denied selling drones to Chad last year. The envoy insisted that Uruguay has "
     "never delivered drones to Chad.", "URY", "TCD", "drone"),
    ("Reports that Uruguay supplied grenades to Chad were denied by its defence minister. Uruguay has not "
     "supplied grenades to Chad, he said.", "URY", "TCD", "grenade"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "item"), DENIED_THEN_NEGATED)
def test_denial_and_negation_of_one_transfer_is_one_row(extractor, text, sup, rec, item):  # noqa: ANN001
    got = _rows(extractor, text, sup, rec)
    told = [r for r in got if item in r[0]]
    assert len(told) == 1, got
    assert all(r[1] == "delivered" and r[2] in ("denied", "negated") for r in told), got


def test_denial_of_one_item_and_negation_of_another_stay_two(extractor):  # noqa: ANN001
    got = _rows(extractor, "Slovenia denied supplying drones to Mali. It did not send tanks to Mali either, "
                "a spokeswoman added.", "SVN", "MLI")
    items = {r[0] for r in got}
    assert any("drone" in i for i in items) and any("tank" in i for i in items), got


def test_asserted_sale_beside_a_denied_one_is_kept(extractor):  # noqa: ANN001
    got = _rows(extractor, "Slovenia sold 40 rockets to Mali in 2019. Slovenia denied that it had sent attack "
                "helicopters to Mali. No helicopters were ever delivered to Mali, the ministry said.", "SVN", "MLI")
    assert ("rockets", "delivered", "asserted", 40) in got, got
    assert len([r for r in got if "helicopter" in r[0]]) == 1, got


def test_reported_delivery_and_its_denial_stay_two(extractor):  # noqa: ANN001
    got = _rows(extractor, "Estonia reportedly shipped 300 rifles to Chad in May, according to customs records. "
                "Estonia has denied that it sold rifles to Chad.", "EST", "TCD")
    facts = {r[2] for r in got if "rifle" in r[0]}
    assert "denied" in facts and facts - {"denied", "negated"}, got

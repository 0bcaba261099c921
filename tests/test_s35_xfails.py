"""Thirty-fifth session, round 3 (xfails): a supply verb governed by an asking verb whose asked party is told only
as unnamed partners ("X called on its allies to send Y", "Z urged partners to supply A", "the minister pressed the
country's backers to deliver B"). The asker is the verb's subject and the row's recipient; the supplier is no state in
particular, so the request is kept with the supplier empty (`unnamed_requests._urged_partners`, words.toml
[unnamed_requests] urging_verbs / urged_preps). Negated or modal asking, a negated complement, a named third party as
the recipient, or a verb that is no asking ("warned") keeps no row.

Second pattern: a deal noun's item phrase coordinated with another of the same kind ("a request to X for A and for
B", "an order with Y for A and for B", "Z's request for A and for B"): each "for" phrase gives an item of the noun's
frame (`frames/nouns.py`, with `conjoined_preps.conjoined_phrases`). Only item phrases are joined: "with X for A and
with Y for B" pairs no party with the other party's item.

Third pattern: a false label told before a heavy object ("X called false a report that it would ship A to Y",
"called baseless an article saying ..."): the parser makes the object a second label; it is the claim labelled false,
so the rows under it are denied (`false_labels.labelled_claim`). A label that is no falsehood ("called historic a
deal ...") denies nothing."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        sup = t.supplier.name if t.supplier else None
        rec = t.recipient.name if t.recipient else None
        out.append((sup, rec, t.item.text.lower(), t.stage))
    return out


@pytest.mark.parametrize("text,recipient,item", [
    ("Vilnius called on its allies to send additional howitzers.", "Lithuania", "howitzer"),
    ("Georgia urged its partners to supply more anti-tank missiles.", "Georgia", "anti-tank missile"),
    ("The Estonian defence minister pressed the country's allies to deliver extra artillery shells.",
     "Estonia", "artillery shell"),
    ("Finland's president asked donors to provide more armoured vehicles.", "Finland", "armoured vehicle"),
])
def test_urged_partners_request(text: str, recipient: str, item: str) -> None:
    rows = _rows(text)
    assert any(s is None and r == recipient and item in i and st == "requested" for s, r, i, st in rows), rows


@pytest.mark.parametrize("text", [
    "Georgia urged its allies not to send howitzers to Armenia.",
    "Lithuania did not ask its partners to send more tanks.",
    "Lithuania would ask its partners to send more tanks.",
    "Belarus warned its allies to send tanks.",
])
def test_urged_partners_none(text: str) -> None:
    assert not [r for r in _rows(text) if r[0] is None], _rows(text)


def test_third_party_recipient_not_asker() -> None:
    """The asker is not the recipient: the rule does not fill an empty supplier for a third party's goods."""
    rows = _rows("Poland urged its allies to send more tanks to Moldova.")
    assert not [r for r in rows if r[0] is None and r[1] == "Moldova"], rows


@pytest.mark.parametrize("text,supplier,recipient,items", [
    ("Tunisia submitted a request to Italy for patrol boats and for coastal radars.", "Italy", "Tunisia",
     ("patrol boat", "coastal radar")),
    ("Namibia placed an order with Brazil for trainer aircraft and for armoured trucks.", "Brazil", "Namibia",
     ("trainer aircraft", "armoured truck")),
    ("Uruguay sent a request to Spain for transport helicopters to help with flood relief and for mortars.",
     "Spain", "Uruguay", ("helicopter", "mortar")),
])
def test_joined_item_phrases(text: str, supplier: str, recipient: str, items: tuple[str, ...]) -> None:
    rows = _rows(text)
    for item in items:
        assert any(s == supplier and r == recipient and item in i for s, r, i, _ in rows), (item, rows)


@pytest.mark.parametrize("text,supplier,item", [
    ("Namibia signed a deal with Brazil for trainer aircraft and with Chile for armoured trucks.", "Chile",
     "trainer aircraft"),
    ("Tunisia placed an order with Italy for patrol boats and with Greece for mortars.", "Greece", "patrol boat"),
])
def test_joined_party_phrases_not_crossed(text: str, supplier: str, item: str) -> None:
    assert not [r for r in _rows(text) if r[0] == supplier and item in r[2]], _rows(text)


@pytest.mark.parametrize("text", [
    "Bolivia called false a report that it would buy tanks from China.",
    "Laos called baseless a report that it planned to sell rifles to Myanmar.",
])
def test_shifted_false_label_denies(text: str) -> None:
    got = [t for t in get_extractor().extract_text(text).transfers]
    assert got and all(t.factuality == "denied" for t in got), [(t.item.text, t.factuality) for t in got]


@pytest.mark.parametrize("text", [
    "Bolivia called historic a deal under which it would buy tanks from China.",
    "Laos called false the charges of bribery. Laos has sold rifles to Myanmar.",
])
def test_shifted_other_label_not_denied(text: str) -> None:
    got = [t for t in get_extractor().extract_text(text).transfers]
    assert got and not any(t.factuality == "denied" for t in got), [(t.item.text, t.factuality) for t in got]

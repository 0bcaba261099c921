"""Thirty-fifth session, round 3 (xfails): a supply verb governed by an asking verb whose asked party is told only
as unnamed partners ("X called on its allies to send Y", "Z urged partners to supply A", "the minister pressed the
country's backers to deliver B"). The asker is the verb's subject and the row's recipient; the supplier is no state in
particular, so the request is kept with the supplier empty (`unnamed_requests._urged_partners`, words.toml
[unnamed_requests] urging_verbs / urged_preps). Negated or modal asking, a negated complement, a named third party as
the recipient, or a verb that is no asking ("warned") keeps no row."""
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

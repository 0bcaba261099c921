"""Session 33 (round 1), refusals: requests and applications turned down.

Pattern 1 (extraction/body_refusers.py `_verb`): a deciding body refuses a request noun whose infinitive is the
transfer ("Its licensing board turned down an application to export X to Y", "an application to sell X to Y was
rejected by Z's agency", the parser may hang the infinitive on the verb when a time phrase comes between). The
body's state supplies the refused row, as it does when the body refuses the transfer itself. A body with no state
of its own ("the committee") lends none; an approval is no refusal."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        out.append((t.supplier.country or "" if t.supplier else "", t.recipient.country or "" if t.recipient else "",
                    t.item.text, t.stage))
    return out


def _refused(text: str) -> list[tuple[str, str, str]]:
    return [(s, r, i) for s, r, i, st in _rows(text) if st == "refused"]


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Norway has been strict. Its export licensing board turned down an application in May to export 2,000 hand "
     "grenades to the Kenyan army.", "NOR", "KEN"),
    ("Belgium was more cautious. Its arms export committee rejected an application last year to export 600 mortar "
     "rounds to the Bolivian army.", "BEL", "BOL"),
    ("Chile's export agency rejected a request in March to ship 12 armoured cars to the Bolivian police.",
     "CHL", "BOL"),
    ("Austria has been cautious. An application to sell 40 mortars to Kenya was rejected by Austria's export "
     "control agency in March.", "AUT", "KEN"),
])
def test_body_refuses_an_application_to_export(text: str, supplier: str, recipient: str) -> None:
    refused = _refused(text)
    assert refused, text
    assert any(s == supplier and r == recipient for s, r, _ in refused), refused


@pytest.mark.parametrize("text", [
    "Norway has been generous. Its export licensing board approved an application in May to export 2,000 hand "
    "grenades to the Kenyan army.",
    "Norway has been strict. Its export licensing board turned down an application in May to open an office in "
    "Nairobi.",
])
def test_no_refusal_of_an_application(text: str) -> None:
    assert not _refused(text)

"""Session 33 (round 1), refusals: requests and applications turned down.

Pattern 1 (extraction/body_refusers.py `_verb`): a deciding body refuses a request noun whose infinitive is the
transfer ("Its licensing board turned down an application to export X to Y", "an application to sell X to Y was
rejected by Z's agency", the parser may hang the infinitive on the verb when a time phrase comes between). The
body's state supplies the refused row, as it does when the body refuses the transfer itself. A body with no state
of its own ("the committee") lends none; an approval is no refusal.

Pattern 2 (extraction/stalled_requests.py): a request told before, refused by a verb whose infinitive only does
or moves it ("Y declined to advance that request", "Y has refused to process the request"): the request's
rows are told again, refused, with Y as supplier. An infinitive of telling ("declined to comment publicly on
the request") or a verb that is no refusal ("promised to process the request") gives no refused row."""
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
    ("Belgium took a harder line. Its arms control panel rejected an application the previous autumn to sell 600 "
     "mortar rounds to the Bolivian army.", "BEL", "BOL"),
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


@pytest.mark.parametrize("text,supplier", [
    ("Peru asked Norway in 2020 for six Mi-17 helicopters. The Norwegian foreign ministry has declined to advance "
     "that request.", "NOR"),
    ("Ghana asked Brazil last spring for four Super Tucano trainers. Brazil has refused to process the request, "
     "officials said.", "BRA"),
    ("In 2019 Kenya asked Sweden for two Gripen fighters. The Swedish government declined to act on that "
     "request.", "SWE"),
])
def test_refused_to_move_the_request(text: str, supplier: str) -> None:
    rows = _rows(text)
    assert any(st == "requested" for *_, st in rows), rows
    assert any(s == supplier and st == "refused" for s, _, _, st in rows), rows


@pytest.mark.parametrize("text", [
    "Peru asked Norway in 2020 for six Mi-17 helicopters. Norway has declined to comment publicly on the request.",
    "Peru asked Norway in 2020 for six Mi-17 helicopters. Norway has promised to process the request.",
    "Ghana asked Brazil last spring for four Super Tucano trainers. Brazil has agreed to move the request forward.",
])
def test_no_refusal_of_the_request(text: str) -> None:
    assert not _refused(text)


# Pattern 3 (extraction/mentions/item_names.py): a weapon's designation the tagger took for an organisation
# ("spare engines for the Mi-17s") names the item the parts are for, never the recipient; the asker takes the row.
@pytest.mark.parametrize("text,recipient", [
    ("Peru asked Moscow in March to sell it rotor blades for the Mi-17s. Moscow refused.", "PER"),
    ("Bolivia asked the Pentagon to release spare parts for the C-130s. The Pentagon turned the request down.", "BOL"),
])
def test_parts_for_the_jets_go_to_the_asker(text: str, recipient: str) -> None:
    rows = _rows(text)
    assert any(st == "refused" and r == recipient for _, r, _, st in rows), rows
    assert all(r for _, r, _, _ in rows), rows  # no row goes to the jets (an actor of no state)

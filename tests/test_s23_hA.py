"""Authorisations, licences, refusals and requests as official texts tell them (twenty-third session, helper hA):

- a transfer a permit lets a firm carry out ("the licence allows X to export three radars to Y") is authorised,
  not made: stage offered, whatever the tense of its verb (`frames/licensed_acts.py`, words.toml
  [licensed_acts] permitting_verbs);
- the phrases of a permit or a request told through a participle ("a licence granted in 2015 for 40 sights for
  Y was revoked", "a request filed in 2019 for 650 rifles was rejected") are the noun's own
  ([licensed_acts] granting_participles).

Sentences written for these tests (invented firms, places and models; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows

OSLO = "OSLO, 3 May 2018 — "
REPORT = OSLO + "The ministry published its export report on Tuesday. "  # the state of the report, its own sentence
LIMA = "LIMA, 9 June 2020 — "


def _has(rows, recipient: str, stage: str, word: str, quantity: int | None = None,  # noqa: ANN001
         supplier: str | None = "") -> bool:
    return any(r == recipient and st == stage and word in item and (quantity is None or q == quantity)
               and (supplier == "" or s == supplier) for s, r, st, item, q in rows)


LICENSED = [
    (OSLO + "The largest licence, worth 300 million crowns, allows Karvell Marine to export three coastal radars "
     "to Oman.", "OMN", "radars", 3),
    (OSLO + "One licence permits Karvell Marine to sell four Ostrava-9 radars to Peru.", "PER", "Ostrava-9", 4),
    (OSLO + "A second licence allowed Norvik Arms to export 2,000 rifles to Chile in 2017.", "CHL", "rifles", 2000),
    (OSLO + "The permit, issued in March, enables Karvell Marine to deliver two patrol boats to the Omani navy.",
     "OMN", "patrol boats", 2),
    ("Under Swedish rules, the licence allows Brask Defence to export 12 Tarn-4 howitzers to Peru.",
     "PER", "Tarn-4", 12),
    ("Its licence permits Brask Defence to sell six Ostrava-9 radars to Chile.", "CHL", "Ostrava-9", 6),
    (OSLO + "According to the answer, the licence will allow Karvell Marine to export five naval radars to Peru.",
     "PER", "radars", 5),
    (OSLO + "Two licences, granted in May, allowed Norvik Arms to ship 300 sniper rifles to the Chilean army.",
     "CHL", "sniper rifles", 300),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), LICENSED)
def test_a_transfer_a_licence_allows_is_authorised_not_delivered(extractor, text, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, recipient, "offered", word, quantity), rows
    assert not [r for r in rows if r[1] == recipient and r[2] == "delivered"], rows


@pytest.mark.parametrize(("text", "recipient", "word"), [
    (OSLO + "Karvell Marine exported three coastal radars to Oman in May.", "OMN", "radars"),  # no permit
    (OSLO + "Under a licence granted in May, Karvell Marine exported three coastal radars to Oman.", "OMN", "radars"),
])
def test_a_transfer_made_under_a_licence_stays_delivered(extractor, text, recipient, word) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), recipient, "delivered", word), _rows(extractor, text)


def test_rules_that_allow_firms_to_export_give_no_row(extractor) -> None:  # noqa: ANN001
    assert not _rows(extractor, "The rules allow firms to export radars to NATO members.")


REVOKED = [
    (REPORT + "A licence granted in 2015 for 40 thermal sights for the Peruvian police was revoked in 2017.",
     "PER", "thermal sights", 40),
    (REPORT + "A licence issued in 2015 for 300 pistols for a Chilean security company was withdrawn last year.",
     "CHL", "pistols", 300),
    (REPORT + "An export licence granted to Karvell Marine in 2016 for six radars for Oman was cancelled by the "
     "ministry in March.", "OMN", "radars", 6),
    (REPORT + "The licence granted in 2014 for 25 thermal imagers for Peru's army was revoked after the coup.",
     "PER", "thermal imagers", 25),
    (REPORT + "In 2019 a licence approved in 2016 for twelve armoured vehicles for Chile was suspended.",
     "CHL", "armoured vehicles", 12),
    (REPORT + "The licence, granted in 2014 for 60 night-vision goggles for Chile's navy, was revoked last year.",
     "CHL", "night-vision goggles", 60),
    (REPORT + "Two licences issued in 2016 for 500 pistols for a Peruvian importer were cancelled in 2018.",
     "PER", "pistols", 500),
    (REPORT + "A licence awarded in 2013 for eight armoured vehicles for Oman's police was suspended after the "
     "protests.", "OMN", "armoured vehicles", 8),
    (REPORT + "Ministers revoked a licence granted in 2015 for 40 thermal sights for the Peruvian police.",
     "PER", "thermal sights", 40),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), REVOKED)
def test_a_licence_granted_earlier_and_revoked_is_refused(extractor, text, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, recipient, "refused", word, quantity, "NOR"), rows
    assert not [r for r in rows if r[2] in ("delivered", "offered")], rows


REQUESTS_REFUSED = [
    ("WASHINGTON — A request made in 2019 for 800 M4 rifles for Peru's border police was rejected.",
     "PER", "M4 rifles", 800),
    ("A request filed last year for 40 thermal imagers for the Chilean navy was turned down by Washington.",
     "CHL", "thermal imagers", 40),
    ("A request submitted in 2018 for two Ostrava-9 radars for Oman was refused by the State Department in March.",
     "OMN", "Ostrava-9 radars", 2),
    ("The State Department answered the senators on Tuesday. A request lodged in 2018 by Peru for 600 carbines "
     "was rejected, it said.", "PER", "carbines", 600),
    ("WASHINGTON — A request made by Lima in 2019 for 800 M4 rifles was rejected by the State Department.",
     "PER", "M4 rifles", 800),
    ("WASHINGTON — A request filed in 2017 for 12 Ostrava-9 radars for Chile's navy was turned down by Washington.",
     "CHL", "Ostrava-9 radars", 12),
    ("A request sent by Santiago in 2016 for 30 thermal imagers was declined by the State Department.",
     "CHL", "thermal imagers", 30),
    ("According to the cable, a request presented in May for 200 night-vision goggles for Oman's police was "
     "rejected by Washington.", "OMN", "night-vision goggles", 200),
]


@pytest.mark.parametrize("text", [
    "WASHINGTON — A request made in 2019 for 800 M4 rifles for Peru's border police was approved in May.",
    REPORT + "A licence granted in 2015 for 40 thermal sights for the Peruvian police was renewed in 2017.",
])
def test_a_request_or_licence_granted_or_renewed_is_not_refused(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and not [r for r in rows if r[2] == "refused"], rows


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), REQUESTS_REFUSED)
def test_a_request_made_earlier_and_turned_down_is_refused(extractor, text, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, recipient, "refused", word, quantity, "USA"), rows


LISTED_REFUSALS = [
    ("The memo says the State Department had refused an export licence for 110 night-vision goggles and 35 "
     "thermal imagers requested by Oman's police.", "OMN", [("night-vision goggles", 110), ("thermal imagers", 35)]),
    ("Washington refused a licence for 300 rifle scopes and 60 laser rangefinders for the Peruvian army.",
     "PER", [("rifle scopes", 300), ("laser rangefinders", 60)]),
    ("In 2012 the State Department refused export licences for 80 night-vision goggles, 20 thermal imagers and "
     "body armour for Chile's police.", "CHL", [("night-vision goggles", 80), ("thermal imagers", 20),
                                              ("body armour", None)]),
]


@pytest.mark.parametrize(("text", "recipient", "listed"), LISTED_REFUSALS)
def test_each_item_of_a_refused_licence_is_its_own_refused_row(extractor, text, recipient, listed) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in listed:
        assert _has(rows, recipient, "refused", word, quantity, "USA"), (word, rows)


def test_engines_for_a_platform_still_go_to_the_platforms_buyer(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Germany refused to supply engines for the tanks Brazil sold to Peru.")
    assert _has(rows, "PER", "refused", "engines", None, "DEU"), rows
    assert not [r for r in rows if "tanks" in r[3] and r[2] == "refused"], rows


ALSO_REFUSED = [
    ("The State Department refused a licence for 120 night-vision goggles requested by the Omani police. "
     "A further application, for body armour for those officers, was also turned down.", "OMN", "USA",
     "body armour"),
    ("Sweden's export agency rejected a licence for 40 sniper rifles for Peru's army in May. "
     "An application for 2,000 rounds of ammunition was likewise rejected.", "PER", "SWE", "ammunition"),
    ("In March, Berlin refused a permit for six Ostrava-9 radars for Chile. "
     "A further request, for spare parts, was also refused.", "CHL", "DEU", "spare parts"),
    (REPORT + "The agency rejected a licence for 30 rifles for Oman. A licence for 200 rifle scopes was also refused.",
     "OMN", "NOR", "rifle scopes"),
    (REPORT + "Oslo refused a licence for 30 rifles for Peru in May; an application for rifle scopes was likewise "
     "turned down.", "PER", "NOR", "rifle scopes"),
]


@pytest.mark.parametrize(("text", "recipient", "supplier", "word"), ALSO_REFUSED)
def test_a_refusal_told_as_one_more_has_the_parties_of_the_one_before(extractor, text, recipient, supplier,  # noqa: ANN001
                                                                      word) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, recipient, "refused", word, None, supplier), rows


def test_a_refusal_without_also_borrows_no_parties(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The State Department refused a licence for 120 night-vision goggles requested by the "
                            "Omani police. Years later, an application for body armour was turned down.")
    assert not [r for r in rows if "armour" in r[3]], rows


NONE_SHIPPED = [
    ("Norway revoked a licence for 45 thermal sights for the Peruvian police in 2018. None of the sights has been "
     "shipped.", "NOR", "PER", "sights"),
    (OSLO + "A licence granted in 2015 for 300 pistols for Chile's police was withdrawn in 2016; the ministry said "
     "none of the pistols had been exported.", "NOR", "CHL", "pistols"),
    ("In 2019 Sweden approved the export of 12 Tarn-4 howitzers to Peru. No part of the howitzers has yet been "
     "delivered, the agency said.", "SWE", "PER", "howitzers"),
    ("Oslo granted a licence for six Ostrava-9 radars for Oman in May. By December none of the radars had been "
     "delivered.", "NOR", "OMN", "radars"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), NONE_SHIPPED)
def test_none_of_a_licensed_lot_shipped_is_a_negated_delivery(extractor, text, supplier, recipient, word) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    found = [t for t in report.transfers if t.stage == "delivered" and word in t.item.text]
    assert found and all(t.factuality == "negated" for t in found), report.transfers
    assert any(t.recipient and t.recipient.country == recipient and
               (supplier is None or t.supplier and t.supplier.country == supplier) for t in found), found


def test_all_of_a_lot_shipped_stays_asserted(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Norway granted a licence for 45 thermal sights for the Peruvian police in 2018. "
                                    "All of the sights were shipped by May.")
    assert not [t for t in report.transfers if t.factuality == "negated"], report.transfers


TALLIES = [
    OSLO + "Norway approved exports of defence equipment to Oman, Peru and Chile last year.",
    OSLO + "The ministry issued 47 licences for military goods in 2016, worth about 2.3 billion crowns, for Oman, "
    "Peru and Chile.",
    "Stockholm granted export licences for military equipment to Peru and Chile in 2016, the agency's report shows.",
    OSLO + "In 2017 the government authorised exports of defence goods to Oman and Peru worth 900 million crowns.",
]


@pytest.mark.parametrize("text", TALLIES)
def test_a_licence_tally_by_destination_gives_no_generic_rows(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text), _rows(extractor, text)


@pytest.mark.parametrize(("text", "recipient", "word"), [
    (OSLO + "Norway approved exports of defence equipment to Oman last year.", "OMN", "equipment"),  # one destination
    (OSLO + "The ministry issued licences for 40 sniper rifles to Peru and Chile.", "PER", "sniper rifles"),  # named
    (OSLO + "The ministry issued licences for 40 sniper rifles to Peru and Chile.", "CHL", "sniper rifles"),
])
def test_a_named_item_or_one_destination_keeps_its_row(extractor, text, recipient, word) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), recipient, "offered", word), _rows(extractor, text)


FRONTED = [
    (OSLO + "For Oman, the ministry approved an export of 75,000 rounds of 14.5 mm ammunition for the Royal Navy "
     "of Oman.", "OMN", "ammunition"),
    (OSLO + "For Chile, the ministry approved an export of 250 sniper rifles for the Chilean army.", "CHL",
     "sniper rifles"),
    (OSLO + "Karvell Marine shipped radars to Peru. For Oman, the ministry approved an export of two patrol boats "
     "in June.", "OMN", "patrol boats"),
    (OSLO + "To Peru, the agency approved the export of 40 thermal sights last year.", "PER", "thermal sights"),
    (REPORT + "For Peru, the agency approved the export of 40 thermal sights for the army last year.", "PER",
     "thermal sights"),
    (REPORT + "For Chile, officials said, the ministry authorised the sale of two patrol boats to the Chilean navy.",
     "CHL", "patrol boats"),
]


@pytest.mark.parametrize(("text", "recipient", "word"), FRONTED)
def test_a_fronted_destination_is_not_the_approving_ministrys_state(extractor, text, recipient, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, recipient, "offered", word, None, "NOR"), rows
    assert not [r for r in rows if r[0] == recipient], rows


def test_a_negated_approval_takes_no_decider_from_the_dateline(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, OSLO + "Officials said no new licence for bombs for Oman would be approved this year.")
    assert not [r for r in rows if r[2] in ("offered", "delivered") and r[0] == "NOR"], rows


ASKED_OF = [
    ("QUITO, 3 May 2011 — Ecuador's air force flies Swedish Gripen fighters. A request to Sweden for upgraded "
     "Gripens was turned down in 2009, according to one officer.", "SWE", "ECU", "refused", "Gripens"),
    ("QUITO, 3 May 2011 — Ecuador's navy operates two German submarines. A request to Berlin for two more "
     "submarines is under review.", "DEU", "ECU", "requested", "submarines"),
    ("LIMA, 9 June 2020 — Peru's army is short of artillery. A request to Seoul for 24 K9 howitzers was rejected "
     "last year.", "KOR", "PER", "refused", "K9"),
    ("LIMA, 9 June 2020 — Peru's navy operates four Korean frigates. A request to Seoul for two more frigates was "
     "declined in 2019.", "KOR", "PER", "refused", "frigates"),
    ("LIMA, 9 June 2020 — Peru's army flies Russian helicopters. A request to Moscow for six Mi-17 helicopters has "
     "been turned down.", "RUS", "PER", "refused", "Mi-17"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), ASKED_OF)
def test_a_request_put_to_a_supplier_is_the_text_states(extractor, text, supplier, recipient, stage, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, recipient, stage, word, None, supplier), rows


def test_a_request_with_its_own_asker_keeps_it(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "QUITO, 3 May 2011 — Ecuador's navy operates two German submarines. A request by Chile "
                           "to Berlin for two submarines was rejected.")
    assert not [r for r in rows if r[1] == "ECU"], rows


BARRED_BY_BODY = [
    (OSLO + "The High Court on Tuesday suspended the export of 12 armoured vehicles and 800,000 rounds of "
     "ammunition to Peru, pending a review of the licences.", "PER", [("armoured vehicles", 12), ("rounds", 800000)]),
    (OSLO + "The sale of six Ostrava-9 radars to Chile was blocked by the committee in March.", "CHL",
     [("Ostrava-9 radars", 6)]),
    (OSLO + "In a ruling on Friday, the tribunal halted the export of 40 thermal sights to Oman.", "OMN",
     [("thermal sights", 40)]),
    (REPORT + "The committee blocked the export of 300 pistols to Chile.", "CHL", [("pistols", 300)]),
    (REPORT + "The export of 300 pistols to Chile was halted by a court in June.", "CHL", [("pistols", 300)]),
    (REPORT + "A judge suspended the sale of 20 armoured vehicles to Peru.", "PER", [("armoured vehicles", 20)]),
]


@pytest.mark.parametrize(("text", "recipient", "listed"), BARRED_BY_BODY)
def test_a_bare_body_barring_an_export_refuses_for_its_state(extractor, text, recipient, listed) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in listed:
        assert _has(rows, recipient, "refused", word, quantity, "NOR"), (word, rows)


def test_a_bare_body_barring_an_export_to_its_own_state_gives_no_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, OSLO + "The High Court suspended the export of 12 armoured vehicles to Norway.")
    assert not [r for r in rows if r[0] == "NOR" and r[1] == "NOR"], rows


REVIEWED = [
    ("LIMA — Peru has asked for two Ostrava-9 radars; that request is now being reviewed by the Norwegian ministry.",
     "NOR", "PER", "Ostrava-9"),
    ("Peru has asked for a second-hand patrol boat; this request is being weighed by the U.S. Navy.",
     "USA", "PER", "patrol boat"),
    ("A request from Oman for 12 Ostrava-9 radars is being reviewed by the Norwegian ministry.", "NOR", "OMN",
     "Ostrava-9"),
    ("A request by Chile for 40 thermal imagers was being studied by the Swedish agency, officials said.", "SWE",
     "CHL", "thermal imagers"),
    ("Chile asked for six Tarn-4 howitzers in May. The request is being examined by the Swedish government.", "SWE",
     "CHL", "Tarn-4"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), REVIEWED)
def test_a_request_under_review_is_put_to_the_reviewer(extractor, text, supplier, recipient, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)  # a request a body is weighing: requested, or considered (the gold's convention)
    assert any(_has(rows, recipient, stage, word, None, supplier) for stage in ("requested", "considered")), rows


def test_a_request_reviewed_by_its_own_asker_takes_no_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "A request from Oman for 12 Ostrava-9 radars is being reviewed by the Omani ministry.")
    assert not [r for r in rows if r[0] == "OMN"], rows


NESTED_BUYERS = [
    ("Norway granted a licence for 75,000 rounds of 14.5 mm ammunition for Oman.", "OMN", "offered", 75000),
    ("Norway issued a licence for 90,000 rounds of 9 mm ammunition for Oman's navy.", "OMN", "offered", 90000),
    ("Sweden refused a licence for 4,000 rounds of 40 mm ammunition for Peru.", "PER", "refused", 4000),
    ("Oslo revoked a licence for 25,000 rounds of heavy machine-gun ammunition for Chile's army.", "CHL", "refused",
     25000),
]


@pytest.mark.parametrize(("text", "recipient", "stage", "quantity"), NESTED_BUYERS)
def test_a_buyer_named_under_a_licences_rounds_receives(extractor, text, recipient, stage, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, recipient, stage, "ammunition", quantity), rows


def test_a_platform_under_a_licences_item_is_no_buyer(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway granted a licence for 40 engines for armoured vehicles.")
    assert not [r for r in rows if r[1] is not None], rows


@pytest.mark.parametrize("text", [
    "Norway approved the export of 75,000 rounds of 14.5 mm ammunition to Oman.",
    "The State Department approved a sale of 5,000 rounds of 40 mm ammunition to Peru.",
    "Sweden approved the export of 300 boxes of hand grenades to Chile.",
])
def test_an_approved_export_of_rounds_of_ammunition_is_one_row(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert len(rows) == 1 and rows[0][2] == "offered", rows

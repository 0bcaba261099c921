"""Stages of items in itemised packages (twenty-ninth session, helper hB):

- an item of an aid or package noun told with a realised participle of handing over ("- 30 A donated by X in
  2019", "includes B handed over in 2021") or a package told as received ("the assistance received by Y
  includes", "the aid that Y received") was delivered, not offered (`participle_stages.delivered_items`,
  words.toml [participle_stages]); a participle in the future ("to be supplied", "which will be delivered") or
  negated keeps the offer;
- the agent of such a participle supplies the row ("donated by X": X, whatever state makes the item)
  (`participle_stages.handed_by`, called from `stock_sources.fill`); an infinitive relative ("30 A to be
  delivered by 2026") is a step to come, not a delivery (`frames/infinitive_relatives.py`);
- a request whose asker is named and whose supplier no phrase names ("X has asked its partners for Y") is kept
  with the supplier empty when the asked party is told as unnamed partners (`unnamed_requests.asked_unnamed`,
  words.toml [unnamed_requests]); a bare, negated, modal or relative request is not;
- a follow-on count of a partitive ("promised two more of the helicopters") counts the row (`counts.counted_more`).

Sentences written for these tests (invented systems, places and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


def _has(rows: list[Row], supplier: str, recipient: str, stage: str, word: str, quantity: int | None = None) -> bool:
    return any(s is not None and supplier in s and r is not None and recipient in r and st == stage and word in item
               and (quantity is None or q == quantity) for s, r, st, item, q in rows)


BULLETS = ("The Peruvian Army received new equipment from its partners at a ceremony in Lima on Monday.\n\n"
           "The assistance received over the past years also includes:\n\n"
           "- 30 BMP-2 infantry fighting vehicles donated by Norway between 2015 and 2018;\n"
           "- 12 M109 howitzers donated by Portugal in 2021;\n"
           "- 200 field radios donated by Chile.")

DELIVERED = [
    (BULLETS, [("Norway", "Peru", "vehicles", 30), ("Portugal", "Peru", "howitzers", 12)]),
    ("The assistance received by the Peruvian Army in recent years includes:\n\n"
     "- 30 Kestrel armoured vehicles donated by Norway between 2015 and 2018;\n"
     "- twelve Varan-3 howitzers donated by Portugal in 2021.",
     [("Norway", "Peru", "vehicles", 30), ("Portugal", "Peru", "howitzers", 12)]),
    ("The aid Peru has received includes 30 Kestrel armoured vehicles donated by Norway and 12 Varan-3 howitzers "
     "delivered by Portugal.", [("Norway", "Peru", "vehicles", 30), ("Portugal", "Peru", "howitzers", 12)]),
    ("Military assistance received by Peru since 2019 includes 30 Kestrel armoured vehicles and 12 Varan-3 "
     "howitzers from Norway.", [("Norway", "Peru", "vehicles", 30), ("Norway", "Peru", "howitzers", 12)]),
    ("The aid that Ghana received from Sweden last year included 14 Torvik-2 trucks and six Lanner drones.",
     [("Sweden", "Ghana", "trucks", 14), ("Sweden", "Ghana", "drones", 6)]),
    ("Norway's aid to Peru includes thirty Kestrel armoured vehicles handed over in 2021.",
     [("Norway", "Peru", "vehicles", 30)]),
    ("According to the ministry, the aid received by Ghana includes six Lanner drones supplied by Austria.",
     [("Austria", "Ghana", "drones", 6)]),
    ("In 2022, the military assistance delivered to Ghana by Austria included six Lanner drones.",
     [("Austria", "Ghana", "drones", 6)]),
    ("The Danish package for Ghana, received in March, included eight Harrow patrol boats.",
     [("Denmark", "Ghana", "boats", 8)]),
]


@pytest.mark.parametrize(("text", "expected"), DELIVERED)
def test_handed_items_of_a_package_are_delivered(extractor, text: str, expected: list) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for supplier, recipient, word, quantity in expected:
        assert _has(rows, supplier, recipient, "delivered", word, quantity), rows
        assert not _has(rows, supplier, recipient, "offered", word), rows


def test_the_participle_agent_supplies_not_the_maker(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, BULLETS)
    assert not any(s == "United States" or s == "Russia" for s, *_ in rows), rows
    assert _has(rows, "Chile", "Peru", "delivered", "radios"), rows


OFFERED = [
    "Norway's assistance to Peru includes 30 Kestrel armoured vehicles.",
    "Norway pledged a package to Peru. The package includes 30 Kestrel armoured vehicles, which will be delivered "
    "next year.",
    "Norway's new aid for Peru includes 30 Kestrel armoured vehicles to be supplied from army stocks.",
    "The package for Peru includes 30 Kestrel armoured vehicles to be delivered by Norway next year.",
]


@pytest.mark.parametrize("text", OFFERED)
def test_packages_not_told_as_handed_stay_offers(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, "Norway", "Peru", "offered", "vehicles", 30), rows
    assert not _has(rows, "Norway", "Peru", "delivered", "vehicles"), rows


def test_a_negated_participle_delivers_nothing(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Report\n\nNorway's aid package for Peru includes 30 Kestrel armoured vehicles "
                                    "not yet delivered.")
    assert any(t.stage == "offered" and t.quantity == 30 for t in report.transfers)
    assert not any(t.stage == "delivered" and t.factuality == "asserted" for t in report.transfers)


def test_an_infinitive_relative_is_a_step_to_come(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway has pledged 30 Kestrel armoured vehicles to Peru, to be supplied from army "
                            "stocks.")
    assert _has(rows, "Norway", "Peru", "offered", "vehicles", 30) and not _has(rows, "Norway", "Peru",
                                                                               "delivered", "vehicles"), rows
    first = _rows(extractor, "The first Kestrel armoured vehicles to be delivered by Norway arrived in Peru in May.")
    assert _has(first, "Norway", "Peru", "delivered", "vehicles"), first


REQUESTS = [
    ("Peru has asked its partners for mobile air defence systems.", "Peru", "air defence", None),
    ("The minister said Peru had asked its allies for more howitzers.", "Peru", "howitzers", None),
    ("Lima has requested long-range air defence systems from its partners.", "Peru", "air defence", None),
    ("In March, the Ghanaian navy requested two offshore patrol vessels from its allies, according to a ministry "
     "statement.", "Ghana", "patrol vessels", 2),
    ("Peru, which lost two helicopters last year, has asked its donors for four new transport helicopters.", "Peru",
     "helicopters", 4),
    ("According to officials, Ghana's defence ministry asked friendly partners for 12 Lanner drones in 2023.",
     "Ghana", "drones", 12),
    ("Ghana's army has sought six coastal radars and three patrol boats from its partners, the minister said.",
     "Ghana", "radars", 6),
    ("It is understood that Peru has asked its closest allies for 20 Kestrel armoured vehicles.", "Peru",
     "vehicles", 20),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), REQUESTS)
def test_a_request_of_no_named_supplier_is_kept(extractor, text: str, recipient: str, word: str,  # noqa: ANN001
                                                quantity: int | None) -> None:
    rows = _rows(extractor, text)
    assert any(s is None and r is not None and recipient in r and st == "requested" and word in item and
               (quantity is None or q == quantity) for s, r, st, item, q in rows), rows


NO_REQUESTS = [
    "Peru has not asked its partners for air defence systems.",
    "Peru has asked for mobile air defence systems, the minister said.",
    "Peru's president asked voters for patience on Monday.",
    "Peru has asked its partners for extra training and financial support.",
    "Peru would seek ammunition from its partners elsewhere, a spokesman said.",
    "Any state that wants to buy Kestrel armoured vehicles should first align its policy.",
    "The rifles the government had requested from its allies never arrived.",
]


@pytest.mark.parametrize("text", NO_REQUESTS)
def test_no_request_row_without_a_request(extractor, text: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[0] is None], text


def test_a_named_supplier_still_supplies(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru has asked Norway for mobile air defence systems.")
    assert _has(rows, "Norway", "Peru", "requested", "air defence"), rows


SPLITS = [
    ("Oslo has handed Peru four Falko-7 helicopters, the ministry said. Oslo had also promised two more of the "
     "helicopters next year.", 4, 2),
    ("The ministry said Norway had handed over one Falko-7 helicopter and had promised three more of the Falko-7 "
     "helicopters to Peru.", 1, 3),
    ("Norway handed over three Falko-7 helicopters to Peru. A further three have been pledged.", 3, 3),
    ("Two Falko-7 helicopters were handed over to Peru on Monday and two more are promised by Norway for 2026.", 2, 2),
]


@pytest.mark.parametrize(("text", "handed", "promised"), SPLITS)
def test_handed_and_promised_parts_are_two_rows(extractor, text: str, handed: int, promised: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, "Norway", "Peru", "delivered", "", handed), rows
    assert _has(rows, "Norway", "Peru", "offered", "", promised), rows


def test_an_order_told_with_its_delivery_stays_an_order(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "In 2016 Karvell Defence of Norway won an order from Peru for two Skarv air-defence "
                            "batteries, delivered in 2020.")
    assert _has(rows, "Norway", "Peru", "ordered", "batteries", 2), rows


def test_an_acquisition_list_with_participles_is_delivered(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru's air force has been busy.\n\nOther recent Peruvian acquisitions include:\n"
                            "- 18 Mi-17 utility helicopters delivered by Russia between 2012 and 2014;\n"
                            "- three C-27J transports, delivered in 2016.")
    assert _has(rows, "Russia", "Peru", "delivered", "helicopters", 18), rows
    assert not _has(rows, "Russia", "Peru", "ordered", "helicopters"), rows


def test_an_active_infinitive_on_a_scheme_is_not_a_step_to_come(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Two traders were charged with running a scheme to ship Norwegian-made engines to Peru's "
                            "air force through front companies, prosecutors said.")
    assert not _has(rows, "Norway", "Peru", "offered", "engines"), rows


def test_a_bracketed_name_line_gives_one_row_from_its_donor(extractor) -> None:  # noqa: ANN001
    text = ("The Peruvian Army received new equipment from its partners at a ceremony in Lima on Monday.\n\n"
            "The assistance received over the past years also includes:\n\n"
            "- 16 M113 (Zelda) armoured carriers donated by Canada between 2014 and 2017;\n"
            "- six Pilatus PC-7 (Turbo Trainer) aircraft donated by Switzerland in 2020.")
    rows = _rows(extractor, text)
    assert _has(rows, "Canada", "Peru", "delivered", "M113", 16) and _has(rows, "Switzerland", "Peru", "delivered",
                                                                          "PC-7", 6), rows
    assert len([r for r in rows if r[0] == "Canada"]) == 1 and not any(r[0] == "United States" for r in rows), rows

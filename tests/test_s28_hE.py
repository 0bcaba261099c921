"""Rows whose item is a count or a batch, and joint donors' rows (twenty-eighth session, helper hE).

A count or batch noun is never an item on its own: "The first batch was delivered", "a second tranche",
"a handful were delivered", "two of them were sold" show the items they count. A sentence giving goods
"from A and B" sums up; when the text then tells what each donor gave, the joint rows go.

Texts written for these tests (invented firms, models and people; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

COUNTED = [  # (text, supplier, recipient, stage, item words, quantity)
    ("In 2021 Peru agreed to buy 60 Ostrava-9 armoured vehicles from Norway. The first batch was delivered in May.",
     "NOR", "PER", "delivered", "Ostrava-9", None),
    ("Kenya ordered 40 Falcon-7 drones from Portugal in 2019. A second tranche was handed over to Nairobi last week.",
     "PRT", "KEN", "delivered", "Falcon-7", None),
    ("The Norwegian firm Karvell Aero assembles Tern-5 helicopters under licence, and it delivered eight of them to "
     "Chile in 2018.", "NOR", "CHL", "delivered", "Tern-5", 8),
    ("Portugal promised 30 Vanta-2 howitzers to Kenya, and a handful were delivered in June.",
     "PRT", "KEN", "delivered", "Vanta-2", None),
    ("Chile bought six Kestrel-3 jets from Portugal in 2010; three of them were delivered the following year.",
     "PRT", "CHL", "delivered", "Kestrel-3", 3),
    ("The four Halden-class corvettes were among the Skarv type frigates built in Norway in the 1980s; two of them "
     "had originally been ordered by Chile, but after the embargo Oslo refused to deliver them.",
     "NOR", "CHL", "refused", "Skarv type frigates", 2),
    ("The four Halden-class corvettes were among the Skarv type frigates built in Norway in the 1980s; two of them "
     "had originally been ordered by Chile, but after the embargo Oslo refused to deliver them.",
     "NOR", "CHL", "ordered", "Skarv type frigates", 2),
    ("Under a 2019 contract, the Kenyan army is getting 80 Brask-4 trucks from the Portuguese firm Vanta Motors. "
     "A first batch of them arrived in Mombasa in March.", None, "KEN", "delivered", "Brask-4", None),
]

BARE = {"batch", "tranche", "second tranche", "handful", "eight", "two", "three", "first batch"}


@pytest.mark.parametrize("text,sup,rec,stage,word,qty", COUNTED)
def test_count_shows_the_items_it_counts(extractor, text, sup, rec, stage, word, qty):  # noqa: ANN001
    rows = _rows(extractor, "Defence news\n\n" + text)
    assert any(r == rec and st == stage and word in item and (qty is None or q == qty)
               and (sup is None or s == sup) for s, r, st, item, q in rows), rows
    assert not any(item.lower() in BARE for _, _, _, item, _ in rows), rows


def test_count_in_its_antecedents_sentence_keeps_own_row(extractor):  # noqa: ANN001
    rows = _rows(extractor, "Kenya ordered 24 Kestrel-3 jets from Portugal in 2019 and 12 more in 2021.")
    assert has_country_row(rows, "PRT", "KEN", "ordered", "Kestrel-3", 24), rows
    assert has_country_row(rows, "PRT", "KEN", "ordered", "Kestrel-3", 12), rows


JOINT = [  # (text, rows kept, items no row may have)
    ("The Ghanaian navy received patrol boats and radios from Portugal and Norway on Monday. Norway handed over "
     "two Halden patrol boats. Portugal gave the navy 60 Vanta radios.",
     [("NOR", "GHA", "Halden", 2), ("PRT", "GHA", "Vanta", 60)], {"patrol boats", "radios"}),
    ("Patrol boats and radios were handed over to the Ghanaian navy by Portugal and Norway on Monday. Lisbon "
     "donated 60 Vanta radios, and Oslo delivered two Halden patrol boats.",
     [("NOR", "GHA", "Halden", 2), ("PRT", "GHA", "Vanta", 60)], {"patrol boats", "radios"}),
    ("Kenya's army today received a fleet of trucks, rifles and radios from Portugal and Norway. Portugal handed "
     "over twelve Vanta-4 trucks and 300 Tern-2 carbines. Norway gave the army 40 Halden radios.",
     [("PRT", "KEN", "Vanta-4", 12), ("PRT", "KEN", "Tern-2", 300), ("NOR", "KEN", "Halden", 40)],
     {"trucks", "rifles", "radios"}),
    ("ACCRA, 3 May - Ghana's army took delivery of vehicles and rifles from Portugal and Japan. Japan's embassy "
     "handed over 20 Kuro-3 trucks. Portugal donated 400 Tern-2 carbines.",
     [("JPN", "GHA", "Kuro-3", 20), ("PRT", "GHA", "Tern-2", 400)], {"vehicles", "rifles"}),
    ("Armenia gets new vehicles, rifles from Portugal and Norway\n\nArmenia's border guard on Friday received "
     "vehicles, rifles and radios from Portugal and Norway. The Portuguese embassy handed over ten Vanta-4 jeeps "
     "and 120 Tern-2 rifles. Norway has also promised to donate two Halden patrol boats next year.",
     [("PRT", "ARM", "Vanta-4", 10), ("PRT", "ARM", "Tern-2", 120)], {"new vehicles", "rifles", "radios",
                                                                     "vehicles"}),
]


@pytest.mark.parametrize("text,kept,gone", JOINT)
def test_joint_donors_distributed_by_the_text(extractor, text, kept, gone):  # noqa: ANN001
    rows = _rows(extractor, text)
    for sup, rec, word, qty in kept:
        assert has_country_row(rows, sup, rec, "delivered", word, qty), rows
    assert not any(item.lower() in gone for _, _, _, item, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Peru received weapons from Portugal and Norway.",
    "Peru received weapons from Portugal and Norway, the minister said. He did not say what they included.",
    "Donations of helmets and rifles from Portugal and Japan arrived in Lima this week, officials said.",
])
def test_joint_donors_told_no_more_keep_their_rows(extractor, text):  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == "PRT" and r == "PER" for s, r, *_ in rows) or any(s == "PRT" for s, *_ in rows), rows
    assert len({s for s, *_ in rows}) == 2, rows


ABSENT = [  # (text, rows kept as (supplier, recipient, item word, factuality), item words no asserted row may have)
    ("Portugal delivered 40 radios and vans to the Ghanaian army. The donation contained no weapons, officials said.",
     [("PRT", "GHA", "radios", "asserted")], {"weapons"}),
    ("Norway handed over 12 Vanta-4 trucks to Kenya today. Today's package includes no weapons or "
     "ammunition, the embassy noted.", [("NOR", "KEN", "Vanta-4", "asserted")], {"weapons", "ammunition"}),
    ("Japan donated helmets and radios to Peru; the consignment included no firearms.",
     [("JPN", "PER", "helmets", "asserted")], {"firearms"}),
    ("Oslo gave Kenya 20 Vanta trucks but no rifles or grenades.",
     [("NOR", "KEN", "Vanta", "asserted"), ("NOR", "KEN", "rifles", "negated"), ("NOR", "KEN", "grenades", "negated")],
     {"rifles", "grenades"}),
    ("Norway delivered no weapons to Kenya.", [("NOR", "KEN", "weapons", "negated")], {"weapons"}),
    ("In March the Kenyan army received 30 Brask-2 trucks from Norway, a shipment that carried no lethal weapons.",
     [("NOR", "KEN", "Brask-2", "asserted")], {"lethal weapons", "weapons"}),
    ("Twenty Vanta jeeps were handed over to Ghana by Portugal; no rifles were included.",
     [("PRT", "GHA", "Vanta", "asserted")], {"rifles"}),
    ("Lisbon, which has supplied Ghana with patrol boats, said the latest delivery held no missiles.",
     [("PRT", "GHA", "patrol boats", "asserted")], {"missiles"}),
    ("Portugal delivered 300 Tern-2 rifles to Ghana.", [("PRT", "GHA", "Tern-2", "asserted")], set()),
]


@pytest.mark.parametrize("text,kept,gone", ABSENT)
def test_items_said_absent_are_no_asserted_rows(extractor, text, kept, gone):  # noqa: ANN001
    rows = [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.text, t.factuality) for t in extractor.extract_text("Defence news\n\n" + text).transfers]
    for sup, rec, word, fact in kept:
        assert any(s == sup and r == rec and word in item and f == fact for s, r, item, f in rows), rows
    assert not any(item.lower() in gone and f == "asserted" for _, _, item, f in rows), rows


def test_absent_item_of_another_clause_leaves_the_row_alone(extractor):  # noqa: ANN001
    text = ("Defence news\n\nA licence for a further 500 Tern-2 rifles for Ghana was approved in May. Portugal "
            "suspended it in June, and no rifles were ever shipped under it.")
    rows = [(t.stage, t.factuality, t.quantity) for t in extractor.extract_text(text).transfers
            if t.supplier and t.supplier.country == "PRT" and "rifles" in t.item.text]
    assert ("refused", "asserted", 500) in rows, rows
    assert not any(st == "delivered" and f == "asserted" for st, f, _ in rows), rows


LICENCES = [  # (text, row of the goods kept as (supplier, recipient, item word), or None when only the licence is told)
    ("Portugal froze arms export licences for Chad and halted the sale of 12 Vanta-4 armoured cars to N'Djamena.",
     ("PRT", "TCD", "Vanta-4")),
    ("In May the Swedish government revoked export licences for Mali, halting the delivery of 30 Brask-2 trucks to "
     "the Malian army.", ("SWE", "MLI", "Brask-2")),
    ("The Norwegian radar maker Karvell Optics cancelled a contract for Ostrava-9 radars for Chad after Oslo "
     "suspended export licences for the deal.", ("NOR", "TCD", "Ostrava-9")),
]


@pytest.mark.parametrize("text,goods", LICENCES)
def test_licence_beside_its_goods_is_no_row(extractor, text, goods):  # noqa: ANN001
    rows = _rows(extractor, "Defence news\n\n" + text)
    assert has_country_row(rows, goods[0], goods[1], "refused", goods[2]), rows
    assert not any("licence" in item for _, _, _, item, _ in rows), rows


def test_licence_alone_stays(extractor):  # noqa: ANN001
    rows = _rows(extractor, "Defence news\n\nNorway suspended export licences to Chad in March.")
    assert has_country_row(rows, "NOR", "TCD", "refused", "licences"), rows

"""Session 22 (helper F): quantities and list items.

Batteries for the counts of a transfer that the parse splits or hides:
- a number whose scale word the parser split from it ("2 million 7.62 mm rounds", "the first two million of six
  million rounds"), read whole (`mentions/count_words.scaled`), and a counted first batch of a whole ("the first
  2,000 of 6,000 rifles") that also tells the whole's order (`mentions/counts.counted_part`);
- a bare count whose items a fronted "of" phrase or a relative "of which" names ("Of the 40 A ordered, X has received
  25", "ordered 40 A, of which 25 have arrived"), shown with the whole's words (`antecedents._fronted_whole`);
- a bare count that counts back to an undesignated kind ("ordered 30 patrol boats ... Of those, 21 have been
  delivered") takes the parties of that kind's row (`discourse.fill_from_context`);
- a counted item's "with" phrase that counts materiel, and the list items coordinated inside it ("included 20 A
  launchers with 300 missiles and 50 B pistols", `frames/fitted_items.accompanying`);
- a total told after an uncounted item ("There were eight of them", ", eight in all", `total_counts.py`) and a
  breakdown after a colon ("bought A: 36 ordered in 2015 and 12 more ordered in 2022", `breakdowns.py`);
- an order of the last batch of a whole tells the whole order ("bought the last 12 of 36 jets", `wholes.py`);
- items after a bare date phrase ("gave A four drones, and in May 200 B pistols", `frames/adjunct_items.py`);
- a transfer noun's "of" phrase hung on its date ("the export on 17 May 2013 of 400 rifles", `displaced_for.py`).

Every sentence, firm and model name is invented for these tests."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, object, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    out = []
    for t in extractor.extract_text("Report\n\n" + text).transfers:
        sup = (t.supplier.country or t.supplier.name) if t.supplier else None
        rec = (t.recipient.country or t.recipient.name) if t.recipient else None
        out.append((sup, rec, t.item.text, t.quantity, t.stage))
    return out


def _has(rows: list[Row], sup: str, rec: str, word: str, qty: object, stage: str) -> bool:
    return any(r[0] == sup and r[1] == rec and word in r[2] and r[3] == qty and r[4] == stage for r in rows)


SCALED = [  # (sentence, supplier, recipient, item word, quantity, stage)
    ("Norway shipped 2 million 7.62 mm cartridges to Peru.", "NOR", "PER", "cartridges", 2000000, "delivered"),
    ("In May, Norway shipped two million 5.56 mm rounds to Peru, the ministry said.", "NOR", "PER", "rounds",
     2000000, "delivered"),
    ("Norway shipped 2 million of the 6 million 7.62 mm cartridges to Peru.", "NOR", "PER", "cartridges", 2000000,
     "delivered"),
    ("Norway shipped the first 3 million of 8 million cartridges to Peru.", "NOR", "PER", "cartridges", 3000000,
     "delivered"),
    ("Norway shipped the first 3 million of 8 million cartridges to Peru.", "NOR", "PER", "cartridges", 8000000,
     "ordered"),
    ("Oslo shipped the first three million of eight million cartridges to Lima.", "NOR", "PER", "cartridges",
     3000000, "delivered"),
    ("Kestrel Arms, a Norwegian firm, delivered 1.5 million 9 mm rounds to Peru.", "NOR", "PER", "rounds", 1500000,
     "delivered"),
    ("Peru has received 3 million 12.7 mm rounds from Norway.", "NOR", "PER", "rounds", 3000000, "delivered"),
    ("Norway will ship half a million 7.62 mm cartridges to Peru.", "NOR", "PER", "cartridges", 500000, "offered"),
    ("Norway shipped a million 9 mm rounds to Peru last year.", "NOR", "PER", "rounds", 1000000, "delivered"),
    ("Norway delivered six 40 mm guns to Peru.", "NOR", "PER", "guns", 6, "delivered"),
]


@pytest.mark.parametrize("text,sup,rec,word,qty,stage", SCALED)
def test_scale_word_split_from_its_number(extractor, text, sup, rec, word, qty, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, qty, stage), rows


@pytest.mark.parametrize("text", [
    "Norway shipped 2 million 7.62 mm cartridges to Peru.",
    "Norway shipped the first 3 million of 8 million cartridges to Peru.",
])
def test_scale_word_never_read_as_a_small_count(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and not any(r[3] in (1, 2, 3, 8) for r in rows), rows


def test_last_batch_tells_no_second_order(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru received the last two of twelve Velmora howitzers from Norway.")
    assert not any(r[4] == "ordered" for r in rows), rows


FRONTED = [  # (text, supplier, recipient, item word, quantity, stage)
    ("Of the 40 K9 howitzers ordered from South Korea, Peru has received 25.", "KOR", "PER", "howitzers", 25,
     "delivered"),
    ("Of the 40 K9 howitzers ordered by Peru, South Korea has delivered 25.", "KOR", "PER", "howitzers", 25,
     "delivered"),
    ("Of the 30 patrol boats ordered by Qatar from Sweden, 21 had been delivered when the deliveries stopped.",
     "SWE", "QAT", "patrol boats", 21, "delivered"),
    ("Qatar ordered 30 patrol boats from Sweden. Of those, 21 have been delivered.", "SWE", "QAT", "patrol boats",
     21, "delivered"),
    ("Qatar ordered 30 patrol boats from Sweden. Of these, 21 have been handed over.", "SWE", "QAT", "patrol boats",
     21, "delivered"),
    ("Qatar ordered 30 patrol boats from Sweden, of which 21 have been delivered.", "SWE", "QAT", "patrol boats", 21,
     "delivered"),
    ("Peru ordered 40 K9 howitzers from South Korea. Of those, 25 were delivered in 2019.", "KOR", "PER",
     "howitzers", 25, "delivered"),
    ("Qatar ordered 30 patrol boats from Sweden. Sweden has delivered 21 of them.", "SWE", "QAT", "patrol boats", 21,
     "delivered"),
]


@pytest.mark.parametrize("text,sup,rec,word,qty,stage", FRONTED)
def test_count_of_a_whole_named_before(extractor, text, sup, rec, word, qty, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, qty, stage), rows
    assert not any(r[2].strip().isdigit() for r in rows), rows


@pytest.mark.parametrize("text", [
    "Qatar ordered 30 patrol boats from Sweden. Of those, none have been delivered.",
    "Of the 30 patrol boats in the Qatari fleet, 21 are in service.",
])
def test_count_of_a_whole_without_a_delivery(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r[4] == "delivered" and r[3] == 21 for r in rows), rows


WITH = [  # (text, supplier, recipient, [(item word, quantity)], stage)
    ("The first delivery to Peru from Norway included 6,000 Kestrel rifles with ammunition, 20 Varga launchers "
     "with 300 missiles and 5,000 Lumo pistols.", "NOR", "PER",
     [("rifles", 6000), ("launchers", 20), ("missiles", 300), ("pistols", 5000)], "delivered"),
    ("The shipment from Norway to Peru included 20 Varga launchers with 300 missiles.", "NOR", "PER",
     [("launchers", 20), ("missiles", 300)], "delivered"),
    ("The shipment from Norway to Peru included 20 Varga launchers with 300 missiles and 5,000 Lumo pistols.",
     "NOR", "PER", [("launchers", 20), ("missiles", 300), ("pistols", 5000)], "delivered"),
    ("Norway delivered 20 Varga launchers with 300 missiles and 5,000 Lumo pistols to Peru.", "NOR", "PER",
     [("launchers", 20), ("missiles", 300), ("pistols", 5000)], "delivered"),
    ("Norway sent Peru 20 Varga anti-tank launchers with 300 missiles.", "NOR", "PER",
     [("launchers", 20), ("missiles", 300)], "delivered"),
    ("In March the consignment from Oslo to Lima included 12 Torva mortars with 2,400 bombs, the ministry said.",
     "NOR", "PER", [("mortars", 12), ("bombs", 2400)], "delivered"),
]


@pytest.mark.parametrize("text,sup,rec,items,stage", WITH)
def test_counted_with_phrase_items(extractor, text, sup, rec, items, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, qty in items:
        assert _has(rows, sup, rec, word, qty, stage), (word, rows)


@pytest.mark.parametrize("text,word", [
    ("The shipment from Norway to Peru included 20 Leopard 1 tanks with 105 mm guns.", "guns"),
    ("The shipment from Norway to Peru included 20 armoured trucks with 40 soldiers.", "soldiers"),
    ("The shipment from Norway to Peru included Varga launchers with 300 missiles.", "missiles"),
])
def test_with_phrase_no_item_of_its_own(extractor, text, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r[2].endswith(word) for r in rows), rows


TOTALS = [  # (text, supplier, recipient, item word, quantity, stage)
    ("Kenya bought AW139 helicopters from Italy in 2012. There were eight of them.", "ITA", "KEN", "helicopters", 8,
     "delivered"),
    ("Kenya bought AW139 helicopters from Italy in 2012; there were eight in all.", "ITA", "KEN", "helicopters", 8,
     "delivered"),
    ("Kenya bought AW139 helicopters from Italy in 2012, eight in all.", "ITA", "KEN", "helicopters", 8, "delivered"),
    ("In 2019 Rome sold Puma helicopters to Nairobi. There were 12 in total, the ministry said.", "ITA", "KEN",
     "helicopters", 12, "delivered"),
    ("Italy has ordered K9 howitzers from South Korea. There are twenty of them, an official said.", "KOR", "ITA",
     "howitzers", 20, "ordered"),
    ("Kenya bought AW139 helicopters, which are made by Leonardo, from Italy. There were eight of them.", "ITA",
     "KEN", "helicopters", 8, "delivered"),
]


@pytest.mark.parametrize("text,sup,rec,word,qty,stage", TOTALS)
def test_total_told_after_the_item(extractor, text, sup, rec, word, qty, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, qty, stage), rows


@pytest.mark.parametrize("text", [
    "Kenya bought AW139 helicopters and Bell 412 helicopters from Italy. There were eight of them.",
    "Kenya bought AW139 helicopters from Italy in 2012. Eight of them crashed in 2015.",
    "Kenya bought AW139 helicopters from Italy in 2012. There were eight of them at the parade.",
    "Kenya bought AW139 helicopters from Italy.\n\nThere were eight of them in the hangar when the fire began.",
])
def test_no_total_for_the_item(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and not any(r[3] == 8 for r in rows), rows


BREAKDOWNS = [  # (text, supplier, recipient, item word, [(quantity, stage)])
    ("Peru has bought K9 howitzers from South Korea: 36 ordered in 2015, all delivered by 2019, and 12 more ordered "
     "in 2022.", "KOR", "PER", "howitzers", [(36, "ordered"), (12, "ordered")]),
    ("Peru has ordered K9 howitzers from South Korea: 36 in 2015 and 12 in 2022.", "KOR", "PER", "howitzers",
     [(36, "ordered"), (12, "ordered")]),
    ("Peru operates K9 howitzers bought from South Korea: 36 delivered in 2019 and 12 ordered in 2022.", "KOR", "PER",
     "howitzers", [(36, "delivered"), (12, "ordered")]),
    ("Lima has ordered Caesar howitzers from France: twenty in 2018, then ten more in 2021.", "FRA", "PER",
     "howitzers", [(20, "ordered"), (10, "ordered")]),
    ("According to the ministry, Peru ordered AW139 helicopters from Italy: eight in 2016; four in 2020.", "ITA",
     "PER", "helicopters", [(8, "ordered"), (4, "ordered")]),
]


@pytest.mark.parametrize("text,sup,rec,word,counts", BREAKDOWNS)
def test_breakdown_after_a_colon(extractor, text, sup, rec, word, counts) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for qty, stage in counts:
        assert _has(rows, sup, rec, word, qty, stage), (qty, rows)
    assert not any(r[3] is None for r in rows), rows


@pytest.mark.parametrize("text", [
    "Peru ordered K9 howitzers from South Korea: the first arrived in 2019.",
    "Peru ordered K9 howitzers from South Korea: 2019 was the year of delivery.",
    "Peru ordered K9 howitzers from South Korea: 24 trucks came with them.",
])
def test_no_breakdown(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r[3] in (24, 2019) and "howitzers" in r[2] for r in rows), rows


LAST_BATCH = [  # (text, supplier, recipient, item word, whole)
    ("Greece announced that it would buy the last 12 of 36 Gripen fighters from Sweden.", "SWE", "GRC",
     "Gripen", 36),
    ("Greece ordered the remaining 12 of 36 Gripen fighters from Sweden in 2023.", "SWE", "GRC", "Gripen", 36),
    ("In 2023 Athens agreed to buy the last 12 of 36 Gripen jets from Stockholm, the ministry said.", "SWE", "GRC",
     "Gripen", 36),
    ("Peru has ordered the remaining 12 of 36 K9 howitzers from South Korea.", "KOR", "PER", "K9", 36),
]


@pytest.mark.parametrize("text,sup,rec,word,whole", LAST_BATCH)
def test_order_of_the_last_batch_tells_the_whole(extractor, text, sup, rec, word, whole) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, whole, "ordered"), rows


@pytest.mark.parametrize("text,part", [
    ("Peru received the last three of twelve K9 howitzers from South Korea.", 3),
    ("South Korea delivered the remaining four of 24 K9 howitzers to Peru in May.", 4),
])
def test_delivery_of_the_last_batch_tells_no_order(extractor, text, part) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[4] == "delivered" and r[3] == part for r in rows), rows
    assert not any(r[4] == "ordered" for r in rows), rows


def test_order_of_a_first_batch_keeps_its_count(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru ordered the first six of 24 K9 howitzers from South Korea.")
    assert _has(rows, "KOR", "PER", "K9", 6, "ordered") and not any(r[3] == 24 for r in rows), rows


DATED_LIST = [  # (text, supplier, recipient, [(item word, quantity)])
    ("The United States gave Ghana six ScanEagle drones, and in May 150 Beretta pistols and 250 M16 rifles.", "USA",
     "GHA", [("drones", 6), ("pistols", 150), ("rifles", 250)]),
    ("Washington gave Ghana six ScanEagle drones and in June 150 Beretta pistols.", "USA", "GHA",
     [("drones", 6), ("pistols", 150)]),
    ("The United States gave Ghana six ScanEagle drones in March and, in May, 150 Beretta pistols.", "USA", "GHA",
     [("drones", 6), ("pistols", 150)]),
    ("France sold Chad six Gazelle helicopters, and in 2019 40 Milan launchers and 400 Milan missiles.", "FRA", "TCD",
     [("helicopters", 6), ("launchers", 40), ("missiles", 400)]),
    ("Italy sold Kenya two AW139 helicopters, and in October 500 Beretta rifles, the ministry said.", "ITA", "KEN",
     [("helicopters", 2), ("rifles", 500)]),
    ("Italy delivered two AW139 helicopters to Kenya in 2015 and three more in 2017.", "ITA", "KEN",
     [("helicopters", 2), ("helicopters", 3)]),
    ("Turkey handed over 12 Kirpi vehicles to Niger, and in April 30 Kirpi vehicles more, the ministry said.", "TUR",
     "NER", [("vehicles", 12)]),
    ("Spain gave Bolivia 20 Vamtac trucks, and in July 2,000 helmets and 500 radios.", "ESP", "BOL",
     [("trucks", 20), ("helmets", 2000), ("radios", 500)]),
]


@pytest.mark.parametrize("text,sup,rec,items", DATED_LIST)
def test_items_after_a_bare_date(extractor, text, sup, rec, items) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, qty in items:
        assert _has(rows, sup, rec, word, qty, "delivered"), (word, rows)


@pytest.mark.parametrize("text", [
    "The United States gave Ghana six ScanEagle drones, and in May 200 soldiers began training.",
    "The United States gave Ghana six ScanEagle drones, and in May 200 officers visited Texas.",
])
def test_no_item_after_a_bare_date(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and all(r[3] == 6 for r in rows), rows


DATED_OF = [  # (text, supplier, recipient, item word, quantity)
    ("Romania notified the export on 9 March 2014 of 2,500 Kalashnikov-type assault rifles to the Gabonese army.",
     "ROU", "GAB", "rifles", 2500),
    ("Belgrade confirmed the export on 4 June 2015 of 600 Karvell K-7 rifles to the Malian army.", "SRB", "MLI",
     "rifles", 600),
    ("Poland confirmed the shipment on 3 May of 1,000 Grot rifles to Latvia.", "POL", "LVA", "rifles", 1000),
    ("Serbia confirmed the transfer on 2 May of 30 mortars to Mali, as well as 300 rifles.", "SRB", "MLI", "mortars",
     30),
]


@pytest.mark.parametrize("text,sup,rec,word,qty", DATED_OF)
def test_of_phrase_hung_on_the_date(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, qty, "delivered"), rows


def test_of_phrase_on_the_date_names_no_materiel(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Romania confirmed the export on 4 June of its trade report to Kenya.")
    assert not rows, rows

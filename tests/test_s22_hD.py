"""Session 22 (helper D): defence-press fleet and contract stories.

- a purchase told on an item its owner holds is done, whatever the clause says of the item's future ("the navy's
  four frigates, bought from X in the 1980s, will be retired"), and so is one told on a fleet or inventory ("part of
  a fleet of 36 carriers its army acquired from X") (`frames/completed.py`, `[completed] held_wholes`);
- a yard's building for a buyer told as done delivers ("built patrol craft for X in the 1990s", "has built patrol
  vessels for X, Y and Z"); "is building", "will build", "has been building" stay orders (`[completed] built_verbs`);
- "the yard" after "its Ostby yard" is the firm that owns the yard (`mentions/head_keys.site_owner`);
- "the first two arrived" after an order of four named boats shows the boats, not "two" (`antecedents.py`).

Every sentence is written for these tests (not taken from any article); firms, yards and models are invented."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], sup: str, rec: str, stage: str, word: str, qty: object = "any") -> bool:
    return any(s == sup and r == rec and st == stage and word in item and (qty == "any" or q == qty)
               for s, r, st, item, q in rows)


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("The Peruvian Navy's four frigates, bought from Italy in the 1980s, will be retired next year.",
     "ITA", "PER", "frigates", 4),
    ("Kenya's six Ostrava radars, bought from Czechia in 2012, will be replaced by 2027.",
     "CZE", "KEN", "radars", 6),
    ("The Tanzanian navy's two corvettes, acquired from South Korea in 2015, will get new radars.",
     "KOR", "TZA", "corvettes", 2),
    ("Ghana's army will soon retire its 30 tanks, which were bought from Ukraine in 2009.",
     "UKR", "GHA", "tanks", 30),
    ("LIMA - Peru debated defence on Tuesday. Most of the fleet of 36 Cobra armoured vehicles, which "
     "Peru's army acquired from Turkey's Otokar in 2011 and 2012, is to be scrapped.",
     "TUR", "PER", "Cobra", 36),
    ("Officials said the trucks would succeed most of a fleet of 36 Cobra armoured vehicles that the Peruvian army "
     "bought from Turkey in 2011.", "TUR", "PER", "Cobra", 36),
    ("Part of the inventory of 80 mortars that Kenya bought from Serbia in 2014 will be sold.",
     "SRB", "KEN", "mortars", 80),
    ("The Colombian navy's three frigates, purchased from Spain in 2007, will stay in service.",
     "ESP", "COL", "frigates", 3),
    ("Uruguay's two patrol boats, bought second-hand from Germany in 2008, will be refitted next year.",
     "DEU", "URY", "patrol boats", 2),
])
def test_held_purchase_is_done(extractor, text: str, sup: str, rec: str, word: str, qty: object) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "delivered", word, qty), rows
    assert not _has(rows, sup, rec, "ordered", word), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word"), [
    ("Ghana will receive 12 jets bought from Brazil next year.", "BRA", "GHA", "jets"),
    ("Three of the eight drones bought by Kenya from Turkey have arrived.", "TUR", "KEN", "drones"),
])
def test_purchase_still_open_stays_an_order(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "ordered", word), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("Karvell Shipyards Ltd of Norway built patrol craft for Tanzania in the 1990s.", "NOR", "TZA", "patrol craft", None),
    ("In 2016 the Norwegian yard Karvell Shipyards Ltd built two landing craft for Senegal.",
     "NOR", "SEN", "landing craft", 2),
    ("Two corvettes were built for Ghana by Karvell Shipyards Ltd of Norway in 2012.", "NOR", "GHA", "corvettes", 2),
    ("Karvell Shipyards Ltd of Norway launched a ferry on Monday. Back in 1994 it built two gunboats for Tanzania.",
     "NOR", "TZA", "gunboats", 2),
    ("Norway's Ostby Yards built four minehunters for Latvia between 2005 and 2009.", "NOR", "LVA", "minehunters", 4),
    ("Karvell Shipyards Ltd of Norway has built patrol vessels for Kenya, Tanzania and Ghana.",
     "NOR", "KEN", "patrol vessels", None),
    ("Karvell Shipyards Ltd of Norway has built patrol vessels for Kenya, Tanzania and Ghana.",
     "NOR", "GHA", "patrol vessels", None),
    ("The firm said Karvell Shipyards Ltd of Norway had built six fast attack craft for Nigeria.",
     "NOR", "NGA", "attack craft", 6),
])
def test_building_told_as_done_delivers(extractor, text: str, sup: str, rec: str, word: str, qty: object) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "delivered", word, qty), rows


@pytest.mark.parametrize(("text", "rec"), [
    ("Karvell Shipyards Ltd of Norway is building four patrol vessels for Kenya.", "KEN"),
    ("Karvell Shipyards Ltd of Norway will build four patrol vessels for Kenya.", "KEN"),
    ("Karvell Shipyards Ltd of Norway has been building corvettes for Ghana since 2019.", "GHA"),
])
def test_building_under_way_stays_an_order(extractor, text: str, rec: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, "NOR", rec, "ordered", ""), rows
    assert not _has(rows, "NOR", rec, "delivered", ""), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word"), [
    ("Karvell Shipyards Ltd of Norway laid a keel at its Ostby yard on Monday. Last spring that yard handed a "
     "corvette to Ghana's navy.", "NOR", "GHA", "corvette"),
    ("Norway's Karvell Shipyards Ltd held a ceremony at its Ostby yard. The yard has built patrol vessels for Kenya.",
     "NOR", "KEN", "patrol vessels"),
    ("Orlen Arms Ltd of Poland showed its Brava yard to reporters. It is the yard's busiest year. The yard "
     "delivered two patrol boats to the Ghana Navy in 2019.", "POL", "GHA", "patrol boats"),
])
def test_the_yard_is_its_owner(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "delivered", word), rows


def test_a_service_yard_names_no_firm(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The Ghanaian navy held a parade at its Takoradi yard. The yard delivered a boat to Togo.")
    assert not any(r == "TGO" for _, r, _, _, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("Kenya ordered four Vela patrol boats from Norway in 2017; the first two arrived at Mombasa last week.",
     "NOR", "KEN", "patrol boats", 2),
    ("Kenya ordered four Vela patrol boats from Norway in 2017, and the first two were delivered last May.",
     "NOR", "KEN", "patrol boats", 2),
    ("Ghana ordered six K9 howitzers from South Korea in 2019; the last three arrived in May.",
     "KOR", "GHA", "howitzers", 3),
    ("Ghana ordered six K9 howitzers and two radars from South Korea in 2019, and the first two were handed over "
     "in March.", "KOR", "GHA", "howitzers", 2),
    ("Ghana ordered six K9 howitzers from South Korea in 2019. The first two arrived in Accra in March.",
     "KOR", "GHA", "howitzers", 2),
])
def test_first_few_of_a_batch_show_the_batch(extractor, text: str, sup: str, rec: str, word: str, qty: object) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "delivered", word, qty), rows
    assert not any(item.strip().lower() in ("two", "three") for _, _, _, item, _ in rows), rows


def test_a_follow_on_count_keeps_its_own_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru ordered 12 Falcon trainers from France in 2020, and two more in 2022.")
    assert _has(rows, "FRA", "PER", "ordered", "trainers", 12) and _has(rows, "FRA", "PER", "ordered", "", 2), rows


def test_a_batch_of_a_lease_told_in_one_sentence_stays_apart(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Ghana is leasing six Vela patrol boats from Norway; the first two arrived at Takoradi in May.")
    assert _has(rows, "NOR", "GHA", "delivered", "patrol boats", 2), rows
    assert _has(rows, "NOR", "GHA", "ordered", "patrol boats", 6), rows  # a lease under way: the contract's count


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("Behind the infantry came Leopard tanks, of which Chile has purchased several hundred from Germany since 1998.",
     "DEU", "CHL", "Leopard", None),
    ("The Peruvian army fields BTR-80 carriers, of which it bought dozens from Russia in the 2000s.",
     "RUS", "PER", "BTR-80", None),
    ("The parade ended with K9 howitzers, of which Estonia has acquired several dozen from South Korea.",
     "KOR", "EST", "K9", None),
    ("Ghana flies Mi-17 helicopters, of which it has bought many from Russia over the years.",
     "RUS", "GHA", "Mi-17", None),
    ("The Chilean army operates Leopard tanks, of which it has bought dozens from Germany since 1998.",
     "DEU", "CHL", "Leopard", None),
    ("The Bolivian navy uses Vela patrol boats, of which La Paz bought six from Norway in 2015.",
     "NOR", "BOL", "patrol boats", 6),
    ("Next on the list were T-72 tanks, of which Kenya acquired 300 from Russia after 2004.",
     "RUS", "KEN", "T-72", 300),
])
def test_of_which_buys_the_noun_it_hangs_on(extractor, text: str, sup: str, rec: str, word: str, qty: object) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "delivered", word, qty), rows
    assert not any(item.strip().lower() in ("several hundred", "dozens", "many", "six", "300")
                   for _, _, _, item, _ in rows), rows


@pytest.mark.parametrize("text", [
    "The tanks, of which there are several hundred, were built in Kenya.",
    "Kenya praised the K9 howitzers, of which several dozen crews were trained in Seoul.",
])
def test_of_which_without_a_deal_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("Kenya's contract with Rheinmetall of Germany is for 80 armoured vehicles.", "DEU", "KEN", "armoured vehicles", 80),
    ("The Kenyan contract, signed with Germany in 2020, is for 80 armoured vehicles.",
     "DEU", "KEN", "armoured vehicles", 80),
    ("Kenya's largest order, placed with South Korea in 2019, was for 48 K9 howitzers.", "KOR", "KEN", "K9", 48),
    ("Peru's new deal with France is for four patrol vessels and two helicopters.", "FRA", "PER", "patrol vessels", 4),
    ("Peru's new deal with France is for four patrol vessels and two helicopters.", "FRA", "PER", "helicopters", 2),
    ("Kenya's contract with Norway, signed last year, is for six patrol boats, with an option for two more.",
     "NOR", "KEN", "patrol boats", 6),
    ("The Chilean order with Germany's Lurssen is for two frigates.", "DEU", "CHL", "frigates", 2),
    ("According to the ministry, Ghana's contract with China is for twelve K-8 trainers.", "CHN", "GHA", "K-8", 12),
    ("NAIROBI - Kenya debated defence on Tuesday. The contract with Norway's Karvell Shipyards Ltd is for six "
     "patrol boats.", "NOR", "KEN", "patrol boats", 6),
])
def test_a_contract_is_for_its_items(extractor, text: str, sup: str, rec: str, word: str, qty: object) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "ordered", word, qty), rows


@pytest.mark.parametrize("text", [
    "Kenya's contract with Germany is for maintenance of its trucks.",
    "The contract is for the Kenyan army.",
    "Kenya's contract with Germany is not for tanks but for trucks.",
])
def test_a_contract_for_no_materiel_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []

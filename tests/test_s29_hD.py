"""Texts and sentences with no transfer that still gave rows (twenty-ninth session, helper hD):

- a maker of no state the lists know that builds for, or hands vehicles to, its own state's forces: its phrases
  name that state ("Velmar's Karvell Works"), or call it state-owned, domestic or local while the dateline or a
  sentence naming it places it in that state (`home_industry.home_made`, words.toml [home_industry]);
- replicas, props and museum pieces ("replica rifles", "dummy grenades", "lent by the war museum", "supplied by a
  props company"): no row (`replica_items.replica`, words.toml [replica_items]);
- a civil carrier taking delivery of an airliner while the row's recipient was lent by an earlier sentence
  (`civil_takers.civil_taker`, words.toml [civil_takers]).

Sentences written for these tests (invented firms, models, places and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.supplier.country if t.supplier else None,
             t.recipient.name if t.recipient else None, t.recipient.country if t.recipient else None,
             t.stage, t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


# -- a state's own industry ------------------------------------------------------------------------------------
HOME = [
    "Kenya's Ostrel Motors said it would build as many as 60 Rhino trucks a year for the Kenyan army.",
    "The state-owned Ostrel works opened a new plant in Nairobi, where it would build as many as 60 Rhino "
    "armoured vehicles a year for the Kenyan army.",
    "The state-owned Ostrel works opened a new plant in Nairobi last week. The first vehicles off the new line were "
    "handed to the army's Northern Command in a ceremony attended by the defence minister.",
    "NAIROBI, March 3 - The state-owned Ostrel works said on Friday that it would build forty Rhino vehicles "
    "for the Kenyan army over the next two years.",
    "Twenty Kirven armoured cars, made by the national defence firm Karvell of Ghana, were delivered to the "
    "Ghanaian army, the ministry said.",
    "Karvell Defence, a Ghanaian state-owned firm, will build 30 Tarvo armoured vehicles for the Ghanaian army.",
    "Twelve Tarvo vehicles built by the Armenian firm Karvell were handed over to the Armenian army on Monday.",
    "In March, Zastrel, a Serbian company, delivered the first four of 12 Pelin howitzers to the Serbian armed "
    "forces.",
    "ACCRA, June 2 - The state-owned Karvell Works, which opened a new hall in Kumasi, said it had built 12 Tarvo "
    "armoured vehicles for the Ghanaian army.",
    "The state-owned shipbuilder Varna Yards of Kumasi said it had launched the third of six patrol boats it is "
    "building for the Ghanaian Navy.",
    "Karvell Aerosystems, located in the Ashanti Region, Ghana, develops and builds the Tarvo-2 attack drone for "
    "the Ghanaian Ministry of Defence.",
]


@pytest.mark.parametrize("text", HOME)
def test_home_industry_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


FOREIGN = [
    ("The Turkish firm Ostrel Defence will build 40 Kirven armoured vehicles for the Kenyan army.",
     "TUR", "KEN", "Kirven", 40),
    ("The Serbian manufacturer Zastrel will build 20 Pelin howitzers for the Cypriot army.", "SRB", "CYP",
     "Pelin", 20),
    ("Twelve Tarvo vehicles built by the Armenian firm Karvell were handed over to the Georgian army on Monday.",
     "ARM", "GEO", "Tarvo", 12),
    ("NAIROBI, March 3 - The Turkish firm Ostrel Defence said it would build forty Rhino vehicles for the "
     "Kenyan army.", "TUR", "KEN", "Rhino", 40),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), FOREIGN)
def test_foreign_maker_keeps_its_row(extractor, text: str, supplier: str, recipient: str, word: str,  # noqa: ANN001
                                     quantity: int) -> None:
    assert any(s == supplier and r == recipient and word in item and q == quantity
               for _, s, _, r, _, item, q in _rows(extractor, text))


def test_unknown_foreign_maker_keeps_its_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Karvell Marine of Norway built four patrol boats for the Ghanaian navy.")
    assert any(r == "GHA" and "patrol boats" in item and q == 4 and stage == "delivered"
               for _, _, _, r, stage, item, q in rows)


def test_person_of_the_same_state_keeps_the_row(extractor) -> None:  # noqa: ANN001
    text = ("Tomas Ravel, a Guatemalan national, bought 40 rifles in Texas. Guatemalan police later recovered nine "
            "of the rifles shipped by Ravel to Guatemala.")
    rows = _rows(extractor, text)
    assert any(s is not None and "Ravel" in s and r == "GTM" and "rifles" in item for s, _, _, r, _, item, _ in rows)


# -- replicas, props and museum pieces --------------------------------------------------------------------------
REPLICAS = [
    "About 300 replica AK-47 rifles made of rubber were supplied by a props firm in Lisbon to the Chilean film's "
    "producers.",
    "The studio used 80 dummy grenades and 40 replica pistols supplied by Portugal for the battle scenes.",
    "Portugal supplied 80 replica rifles to Mozambique for a ceremony.",
    "A Warsaw prop house provided the production with fifty imitation Kalashnikovs, the producers said.",
    "For the parade, the museum lent two decommissioned T-55 tanks to the Uruguayan army.",
    "Two retired armoured cars were lent to the Bolivian army by the national war museum for the ceremony.",
    "The producers said 150 fake rifles and six mock-up mortars had been shipped from Spain to Peru for the shoot.",
    "Italy sent 200 deactivated rifles to Malta for the exhibition.",
    "Exhibitors at the Dakar fair were less pleased: a consignment of display vehicles sent from Izmir to Senegal by "
    "sea arrived two days late.",
    "Two display tanks were shipped from Germany to Qatar for the Doha exhibition.",
]


@pytest.mark.parametrize("text", REPLICAS)
def test_replicas_give_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_real_rifles_beside_replicas_stay(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The Czech Republic sent 40 dummy rounds and 2,000 live rounds to Ukraine.")
    assert [(s, r, item, q) for _, s, _, r, _, item, q in rows] == [("CZE", "UKR", "live rounds", 2000)]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), [
    ("Spain supplied 120 FAL rifles to Argentina.", "ESP", "ARG", "rifles", 120),
    ("Portugal donated 300 rifles to Mozambique's army, the ministry said.", "PRT", "MOZ", "rifles", 300),
    ("Sweden has lent two Gripen fighters to the Hungarian air force for a year.", "SWE", "HUN", "Gripen", 2),
    ("Germany shipped 24 Leopard tanks to Qatar.", "DEU", "QAT", "Leopard", 24),
])
def test_real_weapons_stay(extractor, text: str, supplier: str, recipient: str, word: str,  # noqa: ANN001
                           quantity: int) -> None:
    assert any(s == supplier and r == recipient and word in item and q == quantity
               for _, s, _, r, _, item, q in _rows(extractor, text))


# -- a civil carrier taking delivery ----------------------------------------------------------------------------
BEFORE = ("Mali's army-run government has accused Niamey of letting Algerian weapons reach its enemy, the Azawad "
          "rebels, through airstrips in the north. Mali and Algeria deny it.\n\n"
          "Asked whether the trucks had been paid for, Toure replied only that they had been a gift.\n\n")

CARRIERS = [
    "Not only the army is changing. State carrier Kovair Airlines this month took delivery of a leased Airbus "
    "A320, its first ever jet, while the government has hired a Turkish company to repair the main road.",
    "The national carrier took delivery of two leased Embraer 190 jets, its first new aircraft in a decade.",
    "Kovair Airways last month received its third jet, a leased A320, and plans new routes.",
    "Separately, flag carrier Air Velmar bought two jets from a Turkish firm, its chief executive said.",
]


@pytest.mark.parametrize("text", CARRIERS)
def test_civil_carrier_taking_delivery_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, BEFORE + text)
    assert not any("jet" in item or "Embraer" in item or "A320" in item or "Boeing" in item
                   for _, _, _, _, _, item, _ in rows)


def test_air_force_taking_delivery_stays(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, BEFORE + "The Malian air force this month took delivery of two C-27J transport aircraft from "
                 "Italy.")
    assert any(s == "ITA" and r == "MLI" and "C-27J" in item and q == 2 for _, s, _, r, _, item, q in rows)


# -- figurative arming ------------------------------------------------------------------------------------------
SOLD = "The United States sold rifles to Brazil last year. "

FIGURATIVE = [
    SOLD + "\"The president is arming the whole population,\" said Senator Ana Costa.",
    SOLD + "\"The president should be arming our police with intelligence,\" said Senator Ana Costa.",
    SOLD + "The president is arming the army with knowledge and training, Senator Ana Costa said.",
    "France sold rifles to Chad in May. Critics say the government is arming the public instead of training the "
    "police.",
    "France sold rifles to Chad in May. The minister, critics said, has been arming ordinary citizens.",
    "France sold rifles to Chad in May. The coach said he had armed his players with a new game plan.",
]


@pytest.mark.parametrize("text", FIGURATIVE)
def test_figurative_arming_gives_no_implied_row(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any("implied" in item for _, _, _, _, _, item, _ in rows)
    assert any("rifles" in item for _, _, _, _, _, item, _ in rows)  # the sale told before stays


@pytest.mark.parametrize(("text", "word"), [
    ("Russia is arming the separatists with tanks.", "tanks"),
    ("Russia is arming the separatists, the minister said.", "weapons"),
    ("Iran has armed the Velmar rebels with rockets, the report said.", "rockets"),
])
def test_real_arming_stays(extractor, text: str, word: str) -> None:  # noqa: ANN001
    assert any(s is not None and word in item for s, _, _, _, _, item, _ in _rows(extractor, text))


# -- people sent somewhere with arms ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "SANTIAGO, May 2, 2021\n\nThe film follows eight conscripts from Osorno who are sent to a ridge outside Puerto "
    "Montt with old rifles, soaked boots and little food. The production used 90 replica rifles supplied by a props "
    "firm in Lisbon, the producers said.",
    "The novel tells of six recruits from Kumasi who were sent to a ridge near Tamale with old rifles and little "
    "food.",
    "Hundreds of reservists from Lviv were sent to the front near Kharkiv with old rifles, a commander said.",
])
def test_people_sent_with_rifles_give_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Ukraine was sent 40 howitzers with ammunition by Poland.",
    "Forty howitzers were sent to Ukraine with ammunition by Poland.",
    "Poland sent 40 howitzers to Ukraine with 2,000 shells.",
])
def test_arms_sent_with_ammunition_stay(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == "POL" and r == "UKR" and "howitzers" in item and q == 40 for _, s, _, r, _, item, q in rows)
    assert any(s == "POL" and r == "UKR" and ("ammunition" in item or "shells" in item) for _, s, _, r, _, item, _
               in rows)


# -- the craft of a bought service ----------------------------------------------------------------------------
LIFTOFF = ("The Velsat-2 satellite, built in California by Boeing, lifted off from Kourou on board an Arianespace "
           "Soyuz rocket on Thursday night. Velsat said the spacecraft was healthy.\n\n")


@pytest.mark.parametrize("text", [
    "That launch was one of three Velsat missions planned for this year. The firm has signed a deal with "
    "SpaceX for two further launches on Falcon 9 rockets, one of which will reuse a booster.",
    "The company has also signed a deal with SpaceX for three rides aboard Falcon 9 rockets next year.",
    "It was the first of three launches this year. The firm has signed a deal with SpaceX for two more "
    "flights on Falcon 9 rockets.",
    "The company has booked four flights on Antonov An-124 aircraft from a Ukrainian firm for its next satellites.",
])
def test_craft_of_a_service_is_no_item(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, LIFTOFF + text)
    assert not any("rocket" in item or "aircraft" in item or "An-124" in item for _, _, _, _, _, item, _ in rows)


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), [
    ("Russia signed a contract with Egypt for 46 Ka-52 helicopters.", "RUS", "EGY", "Ka-52", 46),
    ("Poland flew 20 missiles to Ukraine on a C-17 aircraft.", "POL", "UKR", "missiles", 20),
    ("Iran has signed a contract with Russia for 24 Su-35 fighters for its air force.", "RUS", "IRN", "Su-35", 24),
])
def test_bought_craft_stay(extractor, text: str, supplier: str, recipient: str, word: str,  # noqa: ANN001
                           quantity: int) -> None:
    assert any(s == supplier and r == recipient and word in item and q == quantity
               for _, s, _, r, _, item, q in _rows(extractor, text))

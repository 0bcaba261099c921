"""Seized cargoes: their inventory sentences and their origin (twenty-seventh session, helper hD):

- the inventory of a seized load told as one long comma list after the seizure ("the hold contained 14 armoured
  cars, six towed K-7 mortars, about 900 shells of 81 mm and 40 crates of rifle rounds, hidden under ...") gives one
  intercepted row per segment of the list, with its own count (none for the crates that hold it or for a measure),
  its calibre kept in its text, and armed vehicles kept as load though their head names a conveyance
  (inventory_lists.py; predicates.toml [seizure] armed_load_categories);
- the seized load's origin told in a sentence of its own ("the load had been put aboard at the X-ian port of A",
  "these rifles were made in X") supplies its rows; the flag state, the seizer's port and a port the ship set out
  from ("had sailed from the X-ian port of A": a route) do not (cargo_origins.py; [seizure] maker_verbs).

Texts written for these tests (invented ships, models and officials; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row
from materiel import lexicon

SEIZED = "Maltese customs officers detained a freighter carrying weapons that port officials said were bound for Yemen."
SEIZED_SHIP = ("Spanish police seized a cargo ship off Almeria carrying armoured trucks, mortars and shells that "
               "officials believed were bound for forces of Sudan's army.")
BOARDED = ("The Comoros-flagged Sea Lark was boarded by the Spanish navy on Monday after a tip from a patrol aircraft, "
           "and taken to the port of Cartagena, the interior ministry said.")

LISTS = [  # (text, recipient, item word, quantity)
    (f"{SEIZED} According to a list published by the ministry, the hold contained 14 armoured vehicles, 8 Karvo-9 "
     "mortars, about 1,200 shells of 81 mm and 60 crates of 7.62 mm ammunition, concealed under sacks of rice.",
     "YEM", "armoured vehicles", 14),
    (f"{SEIZED} According to a list published by the ministry, the hold contained 14 armoured vehicles, 8 Karvo-9 "
     "mortars, about 1,200 shells of 81 mm and 60 crates of 7.62 mm ammunition, concealed under sacks of rice.",
     "YEM", "Karvo-9", 8),
    (f"{SEIZED} According to a list published by the ministry, the hold contained 14 armoured vehicles, 8 Karvo-9 "
     "mortars, about 1,200 shells of 81 mm and 60 crates of 7.62 mm ammunition, concealed under sacks of rice.",
     "YEM", "shells of 81 mm", 1200),
    (f"{SEIZED_SHIP} {BOARDED} Its hold contained twelve armoured vehicles, four truck-mounted Ostrava-9 rocket "
     "launchers, some 3,000 rockets of 107 mm and 90 boxes of 12.7 mm rounds.", "SDN", "Ostrava-9", 4),
    (f"{SEIZED_SHIP} {BOARDED} Its hold contained twelve armoured vehicles, four truck-mounted Ostrava-9 rocket "
     "launchers, some 3,000 rockets of 107 mm and 90 boxes of 12.7 mm rounds.", "SDN", "armoured vehicles", 12),
    (f"{SEIZED_SHIP} Inspectors said the containers held 40 armoured personnel carriers, 16 Tarn-3 howitzers and "
     "2,000 shells.", "SDN", "Tarn-3", 16),
    (f"{SEIZED} The vessel's cargo included 40 anti-tank missiles, 200 assault rifles and 15,000 rounds of "
     "ammunition.", "YEM", "assault rifles", 200),
    (f"{SEIZED} Inspectors later found 300 rifles, 20 machine guns and 9,000 cartridges in the hold.",
     "YEM", "machine guns", 20),
]


@pytest.mark.parametrize(("text", "rec", "word", "quantity"), LISTS)
def test_inventory_list_items(extractor, text: str, rec: str, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r == rec and st == "intercepted" and word in item and q == quantity for _, r, st, item, q in rows), rows


def test_boxes_and_measures_are_no_count(extractor) -> None:  # noqa: ANN001
    """"60 crates of rounds": the count is of the crates, not of the rounds; "two kilograms of TNT" is no count."""
    rows = _rows(extractor, LISTS[0][0])
    ammo = [q for _, _, st, item, q in rows if st == "intercepted" and "7.62 mm ammunition" in item]
    assert ammo == [None], rows
    rows = _rows(extractor, f"{SEIZED} The hold contained 30 rifles, 12 pistols, 40 grenades and two kilograms of "
                            "plastic explosive.")
    assert all(q != 2 for _, _, st, item, q in rows if "explosive" in item), rows


def test_uncounted_seized_items_give_way_to_the_list(extractor) -> None:  # noqa: ANN001
    """The seizure's own uncounted "rocket launchers" is the counted named launchers of the inventory."""
    rows = _rows(extractor, LISTS[3][0])
    launchers = [(item, q) for _, _, st, item, q in rows if st == "intercepted" and "launchers" in item]
    assert launchers and all(q == 4 for _, q in launchers), rows


ORIGINS = [  # (text, supplier, recipient)
    (f"{SEIZED} The shipment had been loaded at the Iranian port of Bandar Abbas, the ministry said.", "IRN", "YEM"),
    (f"{SEIZED} The shipment was loaded in the Iranian port of Bandar Abbas on May 2, and the vessel's final "
     "destination was Hodeidah, the ministry said.", "IRN", "YEM"),
    (f"{SEIZED} These weapons were made in Belarus and were destined for the rebels, the minister said.", "BLR", "YEM"),
    (f"{SEIZED_SHIP} {BOARDED} Its hold contained twelve armoured vehicles and 90 boxes of 12.7 mm rounds. The "
     "cargo was loaded in the Egyptian port of Alexandria on March 3.", "EGY", "SDN"),
    (f"{SEIZED_SHIP} The freighter, a Comoros-flagged ship, had been manufactured in Japan, but its cargo was "
     "loaded at the Egyptian port of Damietta.", "EGY", "SDN"),
]


@pytest.mark.parametrize(("text", "sup", "rec"), ORIGINS)
def test_told_origin_supplies_the_seized_rows(extractor, text: str, sup: str, rec: str) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[2] == "intercepted"]
    assert any(r == rec for _, r, *_ in rows) and all(s == sup for s, *_ in rows), rows


NO_ORIGIN = [  # a flag, the seizer's port, an origin denied, a port the ship set out from: no supplier
    f"{SEIZED} The Panama-flagged ship had sailed from the Iranian port of Bandar Abbas.",
    f"{SEIZED} The Panama-flagged ship was escorted to the port of Valletta.",
    f"{SEIZED} The ship had not been loaded in Iran, its captain said.",
    f"{SEIZED} The vessel had left Valletta on Tuesday.",
]


@pytest.mark.parametrize("text", NO_ORIGIN)
def test_no_origin(extractor, text: str) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[2] == "intercepted"]
    assert rows and all(s is None for s, *_ in rows), rows


NOT_ARMS = [  # seized loads that are no arms, and a grain ship
    "Coast guards seized a speedboat carrying 900 kilograms of cocaine bound for Spain. The boat's hold contained "
    "30 bales of cocaine, 12 bags of cannabis and two satellite phones.",
    "Customs officers at Piraeus detained a truck carrying cigarettes bound for Bulgaria. The trailer held 40,000 "
    "packs of cigarettes, 300 bottles of vodka and 12 boxes of perfume.",
    "A freighter carrying 30,000 tonnes of wheat bound for Port Sudan was loaded in the Russian port of Novorossiysk.",
]


@pytest.mark.parametrize("text", NOT_ARMS)
def test_no_arms_no_rows(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_armed_load_categories_are_item_categories() -> None:
    seizure = lexicon.toml("predicates.toml")["seizure"]
    categories = set(lexicon.toml("words.toml")["categories"]) if "categories" in lexicon.toml("words.toml") else set()
    assert seizure["armed_load_categories"] and all(c == c.lower() for c in seizure["armed_load_categories"])
    assert not categories or set(seizure["armed_load_categories"]) <= categories
    assert seizure["maker_verbs"] and all(v == v.lower() for v in seizure["maker_verbs"])


def test_conveyance_alone_is_no_item(extractor) -> None:  # noqa: ANN001
    """"The hold contained 12 trucks" after a seizure: unarmoured trucks stay conveyances, not arms."""
    rows = _rows(extractor, f"{SEIZED} The hold contained 12 trucks, 30 rifles and 400 rounds.")
    assert not any("trucks" in item for *_, item, _ in rows), rows
    assert has_country_row(rows, None, "YEM", "intercepted", "rifles", 30)


AMONG = [  # "among the seized X were A, B and C"; a colon continuation of the seizure's own sentence
    (f"{SEIZED} Among the seized items were 60 mortar rounds, 12 rocket launchers and 500 rifles.", "YEM",
     "rocket launchers", 12),
    (f"{SEIZED} Among the weapons found in the hold were 60 mortar rounds and 500 rifles, the ministry said.", "YEM",
     "rifles", 500),
    ("The Sri Lankan navy intercepted a trawler bound for the Tamil Tigers on Tuesday: it carried 90 rifles and "
     "8,000 rounds.", "LKA", "rifles", 90),
    ("Customs officers at Mombasa seized a lorry bound for Somalia in 2019; inside were 40 hunting rifles and 12,000 "
     "cartridges.", "SOM", "cartridges", 12000),
    ("Gendarmes stopped a van headed for Mali near the border: it held six machine guns and 3,000 rounds.", "MLI",
     "machine guns", 6),
]


@pytest.mark.parametrize(("text", "rec", "word", "quantity"), AMONG)
def test_among_and_colon_loads(extractor, text: str, rec: str, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Seizure report\n\n{text}")
    assert has_country_row(rows, None, rec, "intercepted", word, quantity), rows


NO_LOAD = [  # a colon clause that carries no arms; an "among" phrase of people
    "Police in Durban seized a truck bound for Mozambique: it carried 30 tonnes of maize.",
    f"{SEIZED} Among the crew were 12 sailors and two cooks.",
]


@pytest.mark.parametrize("text", NO_LOAD)
def test_no_load_listed(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(w in item for *_, item, _ in rows for w in ("maize", "sailors", "cooks")), rows


DENIAL = (f"{SEIZED} The shipment had been loaded at the Iranian port of Bandar Abbas, the ministry said. Iran's foreign "
          'ministry rejected the claim. "No weapons were on board," its statement said.')


def test_supplier_denies_the_seized_load(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, DENIAL)
    assert has_country_row(rows, "IRN", "YEM", "intercepted", "weapons"), rows
    report = extractor.extract_text(DENIAL)
    assert [(t.supplier.country, t.recipient.country) for t in report.transfers
            if t.factuality == "denied" and t.supplier and t.recipient] == [("IRN", "YEM")]


NO_DENIAL = [  # the denial by someone else, or of a load no one supplied
    f"{SEIZED} The shipment had been loaded at the Iranian port of Bandar Abbas. Oman's foreign ministry said: \"No "
    'weapons were on board."',
    f'{SEIZED} "No weapons were on board," the captain told reporters.',
]


@pytest.mark.parametrize("text", NO_DENIAL)
def test_no_denial(extractor, text: str) -> None:  # noqa: ANN001
    assert not [t for t in extractor.extract_text(text).transfers if t.factuality == "denied"]


PRONOUN_BOUND = ("In May 2015 the Tanzanian navy stopped a dhow off Mtwara carrying 20 AK-pattern rifles which police "
                 "said had come from the Mozambican island of Ibo. They were intended for bandit gangs in the south of "
                 "Tanzania, according to the police.")


def test_pronoun_destination_after_the_seizure(extractor) -> None:  # noqa: ANN001
    """"... carrying 20 rifles. They were intended for Y": the seized rifles go to Y (not to a tourist pronoun)."""
    report = extractor.extract_text(f"Seizure report\n\n{PRONOUN_BOUND}")
    assert [(t.supplier.country if t.supplier else None, t.recipient.name if t.recipient else None, t.quantity)
            for t in report.transfers if t.stage == "intercepted"] == [("MOZ", "bandit gangs", 20)]
    other = PRONOUN_BOUND.replace("They were intended for bandit gangs in the south of Tanzania", "It was meant as bait")
    assert not extractor.extract_text(f"Seizure report\n\n{other}").transfers

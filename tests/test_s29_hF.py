"""Itemised inventories of a seized load (twenty-ninth session, helper hF):

- a counted item with its own "with" item inside a comma list ("30 A launchers with 450 B grenades, 200 C and
  5,000 D"): two rows, one per count (`inventory_lists.segmented` cuts at "with" before a number);
- a written tally as the subject of the listing verb ("the manifest showed", "an inventory seen by reporters
  listed", [seizure] `document_nouns`, `document_verbs`), also when the parser hangs the verb on the tally noun;
- a pronoun subject of a verb of holding just after a seizure ("It held 40 A", `cargo_pronouns`);
- the seized load told by a general noun ("carrying arms") before such an inventory is no row of its own.

Sentences written for these tests (invented groups, ports, vessels and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _seized(rows: list[Row], recipient: str, word: str, quantity: int | None = None) -> bool:
    return any(r is not None and recipient in r and stage == "intercepted" and word in item and
               (quantity is None or q == quantity) for _, r, stage, item, q in rows)


DHOW = "The Kenyan navy seized a dhow carrying arms bound for the Ostrava Liberation Front on Monday. "
FROM = ("Tanzanian customs have seized a freighter loaded with arms that sailed from Eritrea and was bound for "
        "the Ostrava Liberation Front, officials said. ")

LISTS = [
    (DHOW + "An inventory seen by reporters listed 16 machine guns, 25 launchers with 300 rockets and 5,000 rounds.",
     [("machine guns", 16), ("launchers", 25), ("rockets", 300), ("rounds", 5000)]),
    (DHOW + "A list obtained by Reuters showed 16 machine guns, 25 launchers with 300 rockets and 5,000 rounds.",
     [("machine guns", 16), ("launchers", 25), ("rockets", 300), ("rounds", 5000)]),
    (DHOW + "The manifest included 12 heavy machine guns, 40 launchers with 640 grenades, 300 mortar shells and "
     "about 70,000 rounds.", [("machine guns", 12), ("launchers", 40), ("grenades", 640), ("shells", 300),
                             ("rounds", 70000)]),
    (FROM + "An inventory seen by the newspaper listed 14 heavy machine guns, 30 RPG-7 launchers with 450 grenades, "
     "200 mortar shells and about 50,000 rounds of ammunition, plus explosives.",
     [("machine guns", 14), ("launchers", 30), ("grenades", 450), ("shells", 200), ("rounds", 50000)]),
    (FROM + "The ship's manifest, seen by this newspaper, listed eight mortars with 120 mortar bombs, 25 rifles "
     "and 3,000 cartridges.", [("mortars", 8), ("bombs", 120), ("rifles", 25), ("cartridges", 3000)]),
    (DHOW + "It held 40 rifles, six pistols and about 9,500 rounds of ammunition.",
     [("rifles", 40), ("pistols", 6), ("rounds", 9500)]),
    (DHOW + "The dhow was towed to Lamu. It contained forty rifles and eleven machine guns, the navy said.",
     [("rifles", 40), ("machine guns", 11)]),
    (FROM + "Officers counted nineteen carbines, five grenade launchers with 90 grenades and 7,000 rounds.",
     [("carbines", 19), ("grenade launchers", 5), ("grenades", 90), ("rounds", 7000)]),
    (FROM + "A tally released by the ministry recorded 22 rifles, 4 mortars with 60 bombs and 2,000 rounds.",
     [("rifles", 22), ("mortars", 4), ("bombs", 60), ("rounds", 2000)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_inventory_lists_each_counted_item(extractor, text: str, expected: list[tuple[str, int]]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in expected:
        assert _seized(rows, "Ostrava", word, quantity), (word, quantity, rows)


@pytest.mark.parametrize("text", [LISTS[0][0], LISTS[1][0], LISTS[2][0], LISTS[5][0]])
def test_general_load_before_inventory_is_no_row(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(stage == "intercepted" and q is None and item in ("arms", "weapons")
                   for _, _, stage, item, q in rows), rows


def test_inventory_keeps_supplier_of_route(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, LISTS[3][0])
    assert any(s == "Eritrea" and item.endswith("grenades") and q == 450 for s, _, _, item, q in rows), rows


NEGATIVE = [
    # no seizure before: a tally of a parade or an army's holdings is no seized load
    "An inventory seen by reporters listed 16 machine guns, 25 launchers with 300 rockets and 5,000 rounds.",
    "The Velmar army parade showed 16 tanks and 25 launchers. It held 40 rifles in its depots.",
    # a negated tally after a seizure lists nothing
    DHOW + "The manifest did not show any rifles or rockets.",
    # a pronoun subject of holding with no seizure told before it
    "The Ostrava Liberation Front announced a new offensive. It held 40 rifles and six pistols, a commander said.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_inventory_without_seized_load(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(stage == "intercepted" and q is not None for _, _, stage, _, q in rows), rows


# A destination told under a verb of saying or believing ("rifles believed to be destined for X"): the seized
# load's recipient (frames/bound.py `hedged`).
HEDGED = [
    ("Police seized 300 rifles believed to be destined for the Ostrava Liberation Front.", "rifles", 300),
    ("Police seized a boat carrying 300 rifles thought to be bound for the Ostrava Liberation Front.", "rifles", 300),
    ("Customs at the port of Velmar seized a container of 650 pistols said to be intended for the Ostrava "
     "Liberation Front.", "pistols", 650),
    ("Kenyan police stopped a truck carrying 4,000 rounds of ammunition and 15 rifles said to be heading to the "
     "Ostrava Liberation Front.", "rounds", 4000),
    ("The navy seized 25 machine guns and 8,000 rounds, alleged to be bound for the Ostrava Liberation Front, on "
     "a boat off Lamu.", "machine guns", 25),
    ("Last week the coastguard seized 90 carbines suspected to be destined for the Ostrava Liberation Front.",
     "carbines", 90),
    ("In 2016 Tanzanian police seized 70 pistols said to be bound for the Ostrava Liberation Front.", "pistols", 70),
    ("Customs officers seized 1,300 cartridges reported to be intended for the Ostrava Liberation Front.",
     "cartridges", 1300),
]


@pytest.mark.parametrize(("text", "word", "quantity"), HEDGED)
def test_hedged_destination_is_recipient(extractor, text: str, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _seized(rows, "Ostrava", word, quantity), rows


HEDGED_NEGATIVE = [
    "Customs seized a container of 650 pistols, and officials said to ask the Ostrava Liberation Front about them.",
    "Police seized 300 rifles and two officers said they were heading for the Ostrava Liberation Front's camp to "
    "investigate.",
    "Officials said the Ostrava Liberation Front was heading for the coast.",
]


@pytest.mark.parametrize("text", HEDGED_NEGATIVE)
def test_no_hedged_destination(extractor, text: str) -> None:  # noqa: ANN001
    assert not any(r is not None and "Ostrava" in r for _, r, _, _, _ in _rows(extractor, text))


# A ban or embargo by a named union of states is that union's refusal, not a trade union blocking a cargo in
# transit (frames/transit.py); workers and a trade union still supply nothing.
BANS = [
    ("The European Union has banned weapons sales to Belarus since May 2015.", "European Union", "Belarus"),
    ("Since 2016 the European Union has prohibited weapons exports to Belarus, officials said.", "European Union",
     "Belarus"),
    ("The African Union has banned arms transfers to Eritrea since 2019, a spokesman said.", "African Union",
     "Eritrea"),
    ("Arms sales to Belarus have been banned by the European Union since 2015.", "European Union", "Belarus"),
    ("In 2011 the European Union banned weapons exports to Belarus.", "European Union", "Belarus"),
    ("The African Union, meeting in Addis Ababa, banned arms sales to Eritrea.", "African Union", "Eritrea"),
    ("The European Union has since 2015 banned the sale of weapons to Belarus.", "European Union", "Belarus"),
    ("The European Union had banned arms exports to Belarus and Myanmar.", "European Union", "Belarus"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), BANS)
def test_union_ban_is_refusal(extractor, text: str, supplier: str, recipient: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and stage == "refused" for s, r, stage, _, _ in rows), rows


def test_dockworkers_union_supplies_nothing(extractor) -> None:  # noqa: ANN001
    for text in ("Dockworkers in Genoa refused to load a cargo of rifles bound for Belarus.",
                 "The union refused to handle the weapons bound for Belarus, a spokesman said."):
        rows = _rows(extractor, text)
        assert not any(s is not None and "nion" in s for s, _, _, _, _ in rows), rows


# A load "shipped from X" that customs of a state, or anyone at a port of a state, seized with no destination
# told was coming into that state: its recipient (seized_imports.py, [seizure] `import_seizers`, `port_nouns`).
IMPORTS = [
    ("Kenyan customs seized 800 pump-action shotguns shipped from Brazil and declared as furniture.", "Brazil",
     "Kenya", "shotguns", 800),
    ("In 2018 Ghanaian customs officers seized 350 pistols shipped from Serbia.", "Serbia", "Ghana", "pistols", 350),
    ("A container with 440 shotguns shipped from Brazil was seized at the port of Mombasa.", "Brazil", "Kenya",
     "shotguns", 440),
    ("Customs officers at the main port in Accra seized a container of 1,300 shotguns shipped from Brazil.",
     "Brazil", "Ghana", "shotguns", 1300),
    ("Kenyan customs seized 800 pump-action shotguns shipped from Brazil. The Brazilian government said the "
     "exporters had broken no law.", "Brazil", "Kenya", "shotguns", 800),
    ("Tanzanian customs have seized twenty rifles shipped from Bulgaria, officials said on Monday.", "Bulgaria",
     "Tanzania", "rifles", 20),
    ("Last year Ghanaian customs seized about 900 cartridges sent from Serbia in a container of tiles.", "Serbia",
     "Ghana", "cartridges", 900),
    ("At the port of Mombasa, officers seized 60 shotguns shipped from Brazil on Tuesday.", "Brazil", "Kenya",
     "shotguns", 60),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), IMPORTS)
def test_customs_seizure_of_import(extractor, text: str, supplier: str, recipient: str, word: str,  # noqa: ANN001
                                   quantity: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and stage == "intercepted" and word in item and q == quantity
               for s, r, stage, item, q in rows), rows


IMPORT_NEGATIVE = [
    # the supplier's own customs stop an export on its way out: no party the seizer's state
    "Brazilian customs seized 800 shotguns shipped from Brazil.",
    # a navy or police seizure away from a port tells no import
    "Kenyan police seized 800 shotguns shipped from Brazil in a forest camp.",
    # a destination told: that is the recipient, not the seizer's state
    "Kenyan customs seized 800 shotguns shipped from Brazil and bound for the Ostrava Liberation Front.",
]


@pytest.mark.parametrize("text", IMPORT_NEGATIVE)
def test_no_import_recipient(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r == "Kenya" or (r == "Brazil" and s == "Brazil") for s, r, _, _, _ in rows), rows


# A container or conveyance seized after a shipment was told, and what it held: part of that shipment, intercepted
# with its parties (seized_lists.part_source).
PARTS = [
    ("Prosecutors charged two Velmar men with shipping rifles and ammunition to Mombasa for the Ostrava Liberation "
     "Front. One of its containers had been seized by Kenyan customs at the port of Mombasa in 2018: it held 26 "
     "hunting rifles and 9,400 cartridges, according to the indictment.", [("rifles", 26), ("cartridges", 9400)]),
    ("Investigators say the brokers sent pistols to the Ostrava Liberation Front in 2019. One of the crates was "
     "seized at the border; it contained 40 pistols and 2,000 rounds.", [("pistols", 40), ("rounds", 2000)]),
    ("The Karvell Marine firm shipped rifles to the Ostrava Liberation Front, the panel found. A container was "
     "seized by the coastguard in May. It held 120 rifles and six machine guns.",
     [("rifles", 120), ("machine guns", 6)]),
    ("Two brokers supplied carbines to the Ostrava Liberation Front in 2020, the report says. One of the lorries was "
     "stopped and seized by the army: it held 60 carbines, 4 machine guns and 10,000 cartridges.",
     [("carbines", 60), ("machine guns", 4), ("cartridges", 10000)]),
    ("Velmar traders sent grenades to the Ostrava Liberation Front, officials said. In April customs seized one of "
     "the shipments: it contained 300 grenades.", [("grenades", 300)]),
    ("Velmar traders sent rifles to the Ostrava Liberation Front, officials said. Customs seized one of the "
     "containers. It held 50 rifles and 1,000 rounds, a spokesman said.", [("rifles", 50), ("rounds", 1000)]),
    ("Brokers shipped weapons to the Ostrava Liberation Front. Later one of the trucks was impounded by police. It "
     "carried 80 rifles and 5,000 rounds.", [("rifles", 80), ("rounds", 5000)]),
    ("Smugglers delivered ammunition and rifles to the Ostrava Liberation Front by sea last year. The police later "
     "seized one of the boats. It carried 15 rifles and 3,000 rounds.", [("rifles", 15), ("rounds", 3000)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_seized_part_of_told_shipment(extractor, text: str, expected: list[tuple[str, int]]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in expected:
        assert _seized(rows, "Ostrava", word, quantity), (word, quantity, rows)


def test_seized_part_keeps_named_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, PARTS[2][0])
    assert any(s == "Karvell Marine" and stage == "intercepted" and q == 120 for s, _, stage, _, q in rows), rows


PART_NEGATIVE = [
    # no seizure: an office that opened and held stores
    "Velmar traders sent rifles to the Ostrava Liberation Front, officials said. The customs office opened in "
    "2018. It held 50 rifles and 1,000 rounds in its stores.",
    # a hedged shipment lends no parties
    "Velmar traders may have sent rifles to the Ostrava Liberation Front. One of the containers was seized: it held "
    "50 rifles.",
    # a ship boarded, not seized, whose papers list goods
    "Velmar traders sent rifles to the Ostrava Liberation Front, officials said. Officers boarded the ship in May. "
    "Its manifest listed tractors and spare parts.",
]


@pytest.mark.parametrize("text", PART_NEGATIVE)
def test_no_seized_part(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(stage == "intercepted" for _, _, stage, _, _ in rows), rows

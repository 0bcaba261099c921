"""Seizures and smuggling (twenty-second session, helper hA):

- materiel found in a conveyance or container on its way ("officers found 12 pistols in a lorry bound for
  X"): a seizure by the finder, whose recipient is where the conveyance was going (`frames/found.py`,
  `frames/searched_vessels.py`);
- a seized load meant for a buyer of no name in a place ("destined for a buyer in X"): the place's state is
  the recipient (`cues.toml` [actors] located_nouns);
- the origin of another shipment, told with its own supplier in a sentence of its own ("two parcels sent
  from X"), is not lent to the rows of a seizure told before (`seized_named_group.route_origin`).

Sentences written for these tests (invented places, firms and vessels; not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _seized(rows: list[tuple[str | None, str | None, str, str, object]], recipient: str, word: str,
            quantity: int | None = None) -> bool:
    return any(r == recipient and stage == "intercepted" and word in item and (quantity is None or q == quantity)
               for _, r, stage, item, q in rows)


FOUND_IN_CONVEYANCE = [
    ("Customs officers found 12 pistols in a truck bound for Hungary.", "HUN", "pistols", 12),
    ("Officers found five carbines and 1,500 rounds in a minibus registered in Portugal and bound for Lithuania.",
     "LTU", "carbines", 5),
    ("Officers found five carbines and 1,500 rounds in a minibus registered in Portugal and bound for Lithuania.",
     "LTU", "rounds", 1500),
    ("Border guards discovered 30 hand grenades inside a lorry heading for Estonia, the agency said.",
     "EST", "grenades", 30),
    ("In March, police at the crossing found six rifles in a minibus destined for Portugal.", "PRT", "rifles", 6),
    ("Officers found fifty pistols aboard a yacht bound for Malta.", "MLT", "pistols", 50),
    ("Customs found three pistols in a car that was heading for Croatia.", "HRV", "pistols", 3),
    ("They found 15 assault rifles in a bus bound for Albania, police said.", "ALB", "assault rifles", 15),
    ("The Karvell Marine crew found 40 mortar bombs in a container destined for Kenya.", "KEN", "mortar bombs", 40),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), FOUND_IN_CONVEYANCE)
def test_found_in_a_conveyance_on_its_way_is_seized(extractor, text, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _seized(rows, recipient, word, quantity), rows
    assert all(s is None for s, _, stage, _, _ in rows if stage == "intercepted"), rows


@pytest.mark.parametrize("text", [
    "Police found 12 pistols in a house in Vienna.",  # no conveyance on its way
    "Investigators found no weapons in the truck bound for Hungary.",  # nothing found
    "Mechanics found 12 faults in a truck bound for Hungary.",  # no materiel
    "Police found 12 pistols in a flat near the station where a truck bound for Hungary was parked.",
])
def test_no_seizure_without_materiel_found_in_a_conveyance(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "intercepted"], rows


BUYER_IN_PLACE = [
    ("The navy seized 300 rifles destined for a buyer in Yemen.", "YEM", "rifles", 300),
    ("The coast guard seized 40 mortars and 900 rounds that were bound for buyers in Sudan.", "SDN", "mortars", 40),
    ("Customs seized 12 pistols intended for a client in Norway, officials said.", "NOR", "pistols", 12),
    ("The patrol ship Ostrava-9 boarded a fishing skiff and seized 80 machine guns that its skipper said were "
     "bound for a buyer in Mozambique.", "MOZ", "machine guns", 80),
    ("In May, the Danish navy seized 200 grenades bound for a purchaser in Libya.", "LBY", "grenades", 200),
    ("Police seized two rocket launchers that were heading for a buyer in Lebanon.", "LBN", "rocket launchers", 2),
    ("The 500 rifles seized near the harbour were bound for a buyer in Djibouti, the coast guard said.",
     "DJI", "rifles", 500),
    ("The navy said it had seized 60 pistols bound for a client in Kenya.", "KEN", "pistols", 60),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), BUYER_IN_PLACE)
def test_seized_for_a_buyer_in_a_place(extractor, text, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _seized(rows, recipient, word, quantity), rows


@pytest.mark.parametrize("text", [
    "The navy seized 300 rifles destined for a buyer.",
    "The navy seized 300 rifles destined for a buyer whose name was not given.",
])
def test_buyer_without_place_names_no_recipient(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert all(r is None for _, r, stage, _, _ in rows if stage == "intercepted"), rows


OTHER_SHIPMENT = [
    "Customs police seized four assault rifles hidden in a car that was heading for Norway, officials said.\n\n"
    "Danish customs said separately that officers had intercepted two parcels containing pistol parts, sent from "
    "Hungary to an address in Aarhus.",
    "Police seized eight rifles in a van bound for Finland on Monday.\n\n"
    "In a separate case, officers at the airport intercepted a parcel of gun parts sent from Romania to a buyer "
    "in Tampere.",
    "Border guards seized 20 grenades hidden in a lorry heading for Belgium.\n\n"
    "Last month customs stopped a parcel of pistol parts mailed from Latvia to Ghent.",
]


@pytest.mark.parametrize("text", OTHER_SHIPMENT)
def test_another_shipments_origin_is_not_lent(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    first = [r for r in rows if r[2] == "intercepted" and r[3] in ("assault rifles", "rifles", "grenades")]
    assert first, rows
    assert all(s is None for s, _, _, _, _ in first), rows


LOAD_CONTENTS = [
    ("Police seized weapons bound for Norway at the border on Monday. The haul comprised six pistols, 20 grenades "
     "and 900 rounds of ammunition.", "NOR", [("pistols", 6), ("grenades", 20), ("rounds", 900)]),
    ("Border guards seized a consignment of arms heading for Georgia. According to the customs service, the haul "
     "consisted of 14 carbines and two machine guns.", "GEO", [("carbines", 14), ("machine guns", 2)]),
    ("The navy seized weapons destined for rebels in Yemen on Friday. Their cargo, the ministry said, consisted "
     "of 300 rifles and 40 mortars.", "YEM", [("rifles", 300), ("mortars", 40)]),
    ("Customs officers seized arms bound for Tunisia in the port of Genoa. The seized weapons included 12 "
     "carbines and four pistols.", "TUN", [("carbines", 12), ("pistols", 4)]),
    ("Italian police seized a cache of weapons that was bound for Serbia. The cache contained 25 grenades.",
     "SRB", [("grenades", 25)]),
    ("Officials said they had seized ammunition bound for Mali. The lot consisted of 9,000 cartridges and 60 "
     "mortar bombs.", "MLI", [("cartridges", 9000), ("mortar bombs", 60)]),
    ("Croatian police seized weapons destined for a buyer in Austria. The consignment, police said, comprised "
     "eight rifles.", "AUT", [("rifles", 8)]),
    ("Agents seized a shipment of arms bound for Haiti last week. The contraband consisted of 30 pistols and "
     "two carbines.", "HTI", [("pistols", 30), ("carbines", 2)]),
]


@pytest.mark.parametrize(("text", "recipient", "listed"), LOAD_CONTENTS)
def test_contents_of_a_seized_load(extractor, text, recipient, listed) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in listed:
        assert _seized(rows, recipient, word, quantity), (word, rows)


@pytest.mark.parametrize(("text", "word"), [
    ("Police seized weapons bound for Norway at the border. The driver's luggage consisted of clothes and "
     "two phones.", "phones"),
    ("Police seized weapons bound for Norway at the border. Norway's arsenal includes 40 howitzers.", "howitzers"),
    ("Police seized weapons bound for Norway at the border. The haul did not include any rifles.", "rifles"),
])
def test_no_contents_without_the_load_as_subject(extractor, text, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "intercepted" and word in r[3]], rows


def _to(extractor, text: str) -> list[tuple[str, str, str, object]]:  # noqa: ANN001
    return [((t.recipient.name if t.recipient else "") .lower(), t.recipient.country if t.recipient else None,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers if t.stage == "intercepted"]


ONWARD_BUYER = [
    ("Police seized 40 rifles bound for Ireland, where detectives believe they were to be resold to street "
     "gangs.", "gang", "rifles"),
    ("Customs seized 300 pistols destined for Albania, where they were to be handed over to a drug cartel.",
     "cartel", "pistols"),
    ("Police found 15 rifles in a van bound for Belgium, where they were to be sold to a drug trafficking "
     "organisation.", "organisation", "rifles"),
    ("The 20 grenades seized in June were bound for Denmark, where police believe they were to be passed to a "
     "criminal network.", "network", "grenades"),
    ("The coast guard seized 12 machine guns on a boat heading for Haiti, where officials say they would have "
     "been sold to street gangs.", "gang", "machine guns"),
    ("Police seized 40 carbines hidden in a car that was heading for Finland, where they were to be sold to a "
     "criminal gang, prosecutors said.", "gang", "carbines"),
    ("The navy stopped a dhow carrying 40 rifles. They were intended for bandit gangs in Kenya.", "gang", "rifles"),
    ("Police seized 25 pistols destined for cattle-rustling gangs in Uganda.", "gang", "pistols"),
]


@pytest.mark.parametrize(("text", "word", "item"), ONWARD_BUYER)
def test_seized_load_for_the_buyer_it_was_to_go_on_to(extractor, text, word, item) -> None:  # noqa: ANN001
    rows = _to(extractor, text)
    assert any(word in name and item in it for name, _, it, _ in rows), rows


@pytest.mark.parametrize(("text", "country"), [
    ("Police seized 40 rifles bound for Ireland, where the driver was to be paid 3,000 euros.", "IRL"),
    ("Police seized 40 rifles bound for Norway, where the driver had returned to his family.", "NOR"),
])
def test_destination_stays_without_an_onward_buyer(extractor, text, country) -> None:  # noqa: ANN001
    rows = _to(extractor, text)
    assert rows and all(c == country for _, c, _, _ in rows), rows


HELD_CONVEYANCE_LOAD = [
    ("The coast guard seized a trawler bound for Yemen. Officers found 300 rifles under the fish.",
     "YEM", [("rifles", 300)]),
    ("Kenyan police seized a trawler bound for Sudan. Hidden under the fish were 300 rifles and 40 mortars.",
     "SDN", [("rifles", 300), ("mortars", 40)]),
    ("The coast guard stopped a trawler bound for Yemen. Concealed beneath the catch were 120 rifles.",
     "YEM", [("rifles", 120)]),
    ("Police seized 40 rifles bound for Norway. Twenty grenades were hidden in the doors.",
     "NOR", [("grenades", 20)]),
    ("In May, port officials held the freighter Karvell Star, which was heading for Libya. Stashed behind "
     "crates of tiles were 2,000 mortar bombs, officials said.", "LBY", [("mortar bombs", 2000)]),
    ("Border guards stopped a lorry destined for Serbia on Sunday. Inside, 14 pistols had been concealed "
     "under the seats.", "SRB", [("pistols", 14)]),
    ("The navy boarded a fishing boat bound for Somalia. Buried under sacks of sugar were 60 machine guns.",
     "SOM", [("machine guns", 60)]),
    ("Police seized a container of weapons bound for Haiti. Eight carbines were hidden among the clothes, "
     "police said.", "HTI", [("carbines", 8)]),
]


@pytest.mark.parametrize(("text", "recipient", "listed"), HELD_CONVEYANCE_LOAD)
def test_load_found_or_hidden_in_a_held_conveyance(extractor, text, recipient, listed) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in listed:
        assert _seized(rows, recipient, word, quantity), (word, rows)


@pytest.mark.parametrize("text", [
    "Kenyan police seized a trawler bound for Sudan. Hidden under the fish were no weapons at all.",
    "The rebels hid 300 rifles in caves in 2010. The rifles were hidden under rocks.",
    "Police stopped a lorry bound for Serbia. The driver had hidden 3,000 euros under the seats.",
])
def test_no_load_hidden_without_a_held_conveyance_or_materiel(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "intercepted"], rows


@pytest.mark.parametrize("text", OTHER_SHIPMENT)
def test_another_seizure_does_not_take_the_last_destination(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    parts = [r for r in rows if "parts" in r[3]]
    first = {r[1] for r in rows if r[3] in ("assault rifles", "rifles", "grenades")}
    assert all(r[1] not in first for r in parts), rows


def test_a_seized_load_named_again_keeps_its_destination(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Police seized 300 rifles bound for Chad on Monday. The rifles had been shipped "
                            "from Romania, officials said.")
    assert _seized(rows, "TCD", "rifles", 300), rows


def test_an_address_in_a_country_is_where_goods_went(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Customs officers intercepted two parcels of pistol parts sent from Hungary to an "
                            "address in Denmark.")
    assert _seized(rows, "DNK", "parts"), rows


CONSIGNED_CARGO = [
    ("A load of 40 crates, sent by Karvell Trading in May and consigned to the Libyan army, was seized "
     "by customs officers in Malta. Inspectors said the crates contained rifles and mortars.",
     "LBY", ["rifles", "mortars"]),
    ("Greek customs seized 40 crates consigned to the Libyan army. The crates contained 300 rifles.",
     "LBY", ["rifles"]),
    ("Greek customs seized 300 rifles consigned to the Sudanese army.", "SDN", ["rifles"]),
    ("A shipment of 12 boxes consigned to the Chadian ministry of defence was seized at the airport in March. "
     "The boxes contained radio sets and spare batteries.", "TCD", ["radio sets"]),
    ("Customs officers held a container addressed to a firm in Kenya. The container held 50 pistols.", "KEN",
     ["pistols"]),
    ("In 2019 Maltese customs seized a parcel addressed to a buyer in Tunisia. The parcel contained four "
     "pistols, officials said.", "TUN", ["pistols"]),
    ("Police seized 20 grenades consigned to a dealer in Serbia.", "SRB", ["grenades"]),
    ("The consignment of 60 crates, consigned to the Djiboutian navy, was seized by customs in May. The crates held "
     "mortar bombs.", "DJI", ["mortar bombs"]),
]


@pytest.mark.parametrize(("text", "recipient", "words"), CONSIGNED_CARGO)
def test_seized_cargo_consigned_to_a_party(extractor, text, recipient, words) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word in words:
        assert _seized(rows, recipient, word), (word, rows)


@pytest.mark.parametrize("text", [
    "Greek customs seized 40 crates consigned to the Libyan army. The crates contained weapons, officials said.",
    "The army consigned its old rifles to a museum in 2010.",
])
def test_no_consigned_row_for_general_or_unseized_loads(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "intercepted" and r[3] in ("crates", "rifles")], rows


SHELL_CASINGS = [
    ("Customs seized 4,000 shell casings bound for Libya.", "LBY", 4000),
    ("Police seized a ship bound for Syria. Officers found about 900 mortar bombs and some 1,500 empty artillery "
     "shell casings.", "SYR", 1500),
    ("The navy intercepted 2,000 artillery shell casings destined for Yemen, officials said.", "YEM", 2000),
    ("Border guards found 600 shell casings in a lorry heading for Armenia.", "ARM", 600),
    ("In June, Italian customs seized twelve hundred shell cases that were bound for Sudan.", "SDN", None),
    ("Greek customs seized 40 crates consigned to the Libyan army. The crates contained 800 shell casings.",
     "LBY", 800),
    ("Port officials held a freighter bound for Eritrea. Hidden under the grain were 3,000 shell casings.",
     "ERI", 3000),
    ("Police seized 500 brass shell casings destined for a buyer in Iraq.", "IRQ", 500),
]


@pytest.mark.parametrize(("text", "recipient", "quantity"), SHELL_CASINGS)
def test_seized_shell_casings_are_ammunition(extractor, text, recipient, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _seized(rows, recipient, "cas", quantity), rows


def test_casings_of_a_pipe_are_no_materiel(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Customs seized 4,000 pipe casings bound for Libya.")
    assert not [r for r in rows if "casing" in r[3]], rows

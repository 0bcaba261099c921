"""Seized cargoes and armed-group recipients (twenty-eighth session, helper hA):

- the inventory of a seized load told in a sentence after the seizure, whose list the parser cuts after its first
  item ("In the hold, under the nets, crews found 25 A, three B with 15 C, two D and 900 E, the navy said"): one
  intercepted row per counted item (`inventory_lists.flat_tail`), also when the boarding and the crew are told
  between the seizure and the inventory ([seizure] `inventory_sentences`); "we found weapons" adds no row;
- a seized load's recipient told by a description ("bound for the rebels", "destined for terrorist groups in the
  hills", "for Velmar separatists") is the one armed group the document names (`seized_named_group.name_groups`,
  [seized_named_group] in words.toml);
- a route told far from the seizure (another convoy's) lends the seized rows no supplier
  (`seized_named_group.route_origin`).

Sentences written for these tests (invented groups, places, vessels and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _seized(rows: list[Row], recipient: str, word: str, quantity: int | None = None) -> bool:
    return any(r is not None and recipient in r and stage == "intercepted" and word in item and
               (quantity is None or q == quantity) for _, r, stage, item, q in rows)


SEIZED = "The Kenyan navy seized a dhow carrying weapons bound for the Ostrava Liberation Front on Monday. "
BETWEEN = "The dhow was boarded at night near the islands. Its crew of six were arrested and taken to the port. "

INVENTORIES = [
    (SEIZED + "In the engine room, under a pile of nets, sailors found 25 assault rifles, three RPG-7 launchers "
     "with 15 rockets, two 82 mm mortars and roughly 9,000 rounds of ammunition, according to the navy.",
     [("assault rifles", 25), ("launchers", 3), ("rockets", 15), ("mortars", 2), ("rounds", 9000)]),
    (SEIZED + BETWEEN + "In the hold, under sacks of charcoal, officers found 40 pistols, six machine guns and "
     "2,500 rounds, a spokesman said.", [("pistols", 40), ("machine guns", 6), ("rounds", 2500)]),
    (SEIZED + BETWEEN + "Beneath the deck, under a tarpaulin, they found twelve rifles, four mortars with 30 bombs "
     "and some 5,000 cartridges, according to the navy.",
     [("rifles", 12), ("mortars", 4), ("bombs", 30), ("cartridges", 5000)]),
    ("A fishing boat carrying arms for the Ostrava Liberation Front was seized off Lamu. In the fish hold, below "
     "the ice, investigators discovered 18 carbines, five grenade launchers and 700 grenades, officials said.",
     [("carbines", 18), ("grenade launchers", 5), ("grenades", 700)]),
    (SEIZED + "Inspectors found 30 rifles, nine machine guns and 4,000 rounds of ammunition.",
     [("rifles", 30), ("machine guns", 9), ("rounds", 4000)]),
    (SEIZED + "Aboard, under bags of rice, the boarding team found 60 rifles and 12 rocket launchers, the ministry "
     "said.", [("rifles", 60), ("rocket launchers", 12)]),
    (SEIZED + BETWEEN + "In a hidden compartment, beneath the fuel tanks, sailors found 14 rifles, two RPG-7 "
     "launchers with eight rockets and 1,200 rounds, the statement said.",
     [("rifles", 14), ("launchers", 2), ("rockets", 8), ("rounds", 1200)]),
    (SEIZED + "Under the nets, in the bow, sailors found 22 Kalashnikov rifles, three machine guns, two mortars "
     "and 6,000 rounds, the navy said.", [("rifles", 22), ("machine guns", 3), ("mortars", 2), ("rounds", 6000)]),
    (SEIZED + "Inside the fish hold, beneath crates of ice, crew members found 25 rifles, three launchers with 15 "
     "rockets, two mortars and 9,000 rounds, the navy said.",
     [("rifles", 25), ("launchers", 3), ("rockets", 15), ("mortars", 2), ("rounds", 9000)]),
    (SEIZED + "Beneath the catch, in the freezer hold, inspectors found 25 rifles, three launchers with 15 rockets, "
     "two mortars and about 9,000 rounds, the ministry said.",
     [("rifles", 25), ("launchers", 3), ("rockets", 15), ("mortars", 2), ("rounds", 9000)]),
    (SEIZED + "The dhow was boarded at night. Its crew of six were arrested. They were taken to the port. The owner "
     "was not aboard. In the hold, officers found 40 pistols, six machine guns and 2,500 rounds.",
     [("pistols", 40), ("machine guns", 6), ("rounds", 2500)]),
    ("Weapons bound for the Ostrava Liberation Front were seized from a trawler on Friday, Dodoma said. The "
     "trawler had left a northern port. Seven sailors were held. Two escaped. Police are hunting them. Inside the "
     "fish hold, beneath the ice, marines found eleven rifles, two mortars with 40 bombs and 800 rounds, the "
     "statement said.", [("rifles", 11), ("mortars", 2), ("bombs", 40), ("rounds", 800)]),
]


@pytest.mark.parametrize(("text", "expected"), INVENTORIES)
def test_each_counted_item_of_a_seized_inventory_is_a_row(extractor, text, expected) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, quantity in expected:
        assert _seized(rows, "Ostrava Liberation Front", word, quantity), (word, quantity, rows)
    assert all(s is None for s, _, stage, _, _ in rows if stage == "intercepted"), rows


@pytest.mark.parametrize("text", [
    SEIZED + "In the hold, under the nets, sailors found 300 kilograms of rice, 40 bags of cement and two spare "
    "tyres, the navy said.",
    SEIZED + "In the hold, under the nets, sailors found nothing, the navy said.",
])
def test_an_inventory_of_no_materiel_adds_no_row(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "intercepted" and r[3] not in ("weapons",)], rows


def test_the_load_found_again_as_bare_weapons_adds_no_row(extractor) -> None:  # noqa: ANN001
    text = (SEIZED + "The paperwork spoke of charcoal. \"Under the charcoal we found weapons,\" the officer said. "
            "The hold held 30 rifles and 2,000 rounds.")
    rows = _rows(extractor, text)
    assert _seized(rows, "Ostrava Liberation Front", "rifles", 30), rows
    assert not [r for r in rows if r[2] == "intercepted" and r[3] == "weapons" and r[4] is None and
                r[1] is not None and "Ostrava" not in r[1]], rows


GROUP = "The Ostrava Liberation Front (OLF) has fought the government since 1991. "

DESCRIBED = [
    GROUP + "Tanzanian customs seized a truck carrying twelve rifles and 3,000 rounds of ammunition which officials said "
    "were destined for the rebels.",
    GROUP + "Police seized a lorry carrying 40 pistols that a ministry spokesman said were destined for the \"terrorist "
    "groups in the hills\".",
    GROUP + "On Tuesday the coast guard seized a boat carrying 40 pistols for Velmar rebels.",
    GROUP + "Soldiers seized a convoy carrying 40 pistols, which the army said were destined for insurgents in the "
    "north.",
    GROUP + "Troops seized 40 pistols bound for the insurgents, the army said.",
    GROUP + "Last week 40 pistols destined for the rebels were seized by customs at the border, officials said.",
    GROUP + "The OLF is strongest in the hills. Police seized a lorry carrying 40 pistols which they said were "
    "bound for the separatists.",
    GROUP + "Customs officers seized a van with 40 pistols, which, according to prosecutors, were destined for "
    "the militants.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_described_recipient_of_a_seized_load_is_the_named_group(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    seized = [r for r in rows if r[2] == "intercepted"]
    assert seized and all(r[1] is not None and "Ostrava" in r[1] for r in seized), rows


@pytest.mark.parametrize("text", [
    # two groups named as often: no one group for "the rebels"
    "The Ostrava Liberation Front and the Tarvo People's Army fight the government. Police seized 40 pistols "
    "bound for the rebels.",
    # no group named at all
    "Police seized a lorry carrying 40 pistols which officials said were destined for the rebels.",
])
def test_no_group_for_a_description_without_one_named_group(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "intercepted" and r[1] and "Ostrava" in r[1]], rows


def test_a_delivery_to_a_description_is_left_alone(extractor) -> None:  # noqa: ANN001
    text = GROUP + "Kalvoria supplied 40 pistols to the rebels in 2019."
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[1] and "Ostrava" in r[1] and r[2] != "intercepted" and r[3] == "pistols"
                and r[0] is None], rows


FAR_ROUTE = (GROUP + "A former fighter said that in 2021 the group had received two weapons convoys from southern Libya. "
             "He said the convoys were paid for with cattle money. Officials say the group also buys rounds from "
             "corrupt soldiers. The army denies it. Analysts say the group is growing. Its fighters control the "
             "hills. In November, soldiers seized two trucks carrying 14 rifles, which the ministry said were "
             "destined for the rebels.")


def test_a_route_told_far_before_the_seizure_lends_no_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, FAR_ROUTE)
    seized = [r for r in rows if r[2] == "intercepted" and "rifles" in r[3]]
    assert seized and all(r[0] is None for r in seized), rows
    assert all("Ostrava" in (r[1] or "") for r in seized), rows

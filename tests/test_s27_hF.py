"""How armed groups get their weapons, as features and NGO releases tell it (twenty-seventh session, helper hF):

- the items of an armed group of no state of its own, subject of a clause of buying, receiving or arriving whose
  source the clause names, go to that group: "the X Front's rifles were bought from traders in Y", "most of the X
  Movement's mortars came from Y"; a speaker's "his group's rifles" is the group named in the paragraphs before
  (`frames/owners.py`, words.toml [owners] group_classes);
- "from dealers in Y" whose place phrase the parser hangs on the verb is the dealers' place
  (`extraction/located_sources.py`, words.toml [located_sources]); "in Y's northern provinces", "in the border
  regions of Y" place them in Y (`mentions/located.py`, [located_sources] region_nouns).

Sentences written for these tests (invented groups and people; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import find


def _group_rows(extractor, text: str, group: str) -> list[tuple[str | None, str, str, str, object]]:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    return [(t.supplier.country if t.supplier else None, t.recipient.name if t.recipient else "", t.stage,
             t.item.text, t.quantity) for t in rows if t.recipient is not None and group in t.recipient.name]


BOUGHT = [  # (text, group, supplier's state, item word, quantity)
    ("The Western Liberation Front's rifles were all bought from gun traders in Chad.",
     "Western Liberation Front", "TCD", "rifles", None),
    ("Most of the Sahel Patriotic Movement's rifles and machine guns were bought from smugglers in Niger and "
     "carried across the border, its commander said.", "Sahel Patriotic Movement", "NER", "machine guns", None),
    ("In 2016 the Kivu Defence Brigade's mortars were bought from gun traders in Burundi, according to UN "
     "investigators.", "Kivu Defence Brigade", "BDI", "mortars", None),
    ("According to a commander, the Ogaden Freedom Front's 40 machine guns came from Eritrea.",
     "Ogaden Freedom Front", "ERI", "machine guns", 40),
    ("The Ogaden Freedom Front's rifles were bought from traders in Eritrea's western provinces.",
     "Ogaden Freedom Front", "ERI", "rifles", None),
    ("The Ogaden Freedom Front bought mortars from dealers in the border regions of Sudan.",
     "Ogaden Freedom Front", "SDN", "mortars", None),
    ("The Tarn Valley Militia has grown in recent years. Its grenades were bought from smugglers in Uganda, "
     "a commander said.", "Tarn Valley Militia", "UGA", "grenades", None),
    ("Some of the better-armed factions, among them the Lake Volta Resistance Front (LVRF), now carry "
     "Kalashnikovs. Where do they find them? \"In the north,\" said a man who called himself Colonel Amadou. "
     "The colonel said that most of his group's rifles were purchased from smugglers in Togo and carried over the hills.",
     "Lake Volta Resistance Front", "TGO", "rifles", None),
    ("Rebels of the Northern Hills Movement say that their rocket launchers were purchased from dealers in "
     "South Sudan.", "Northern Hills Movement", "SSD", "rocket launchers", None),
]


@pytest.mark.parametrize(("text", "group", "supplier", "word", "qty"), BOUGHT)
def test_an_armed_groups_weapons_bought_from_a_named_source_go_to_the_group(extractor, text, group,  # noqa: ANN001
                                                                            supplier, word, qty) -> None:
    rows = _group_rows(extractor, text, group)
    assert any(s == supplier and st == "delivered" and word in item and (qty is None or q == qty)
               for s, _, st, item, q in rows), rows


NOT_BOUGHT = [  # (text, group): no row for the group
    ("The Western Liberation Front bought food and fuel from traders in Chad.", "Western Liberation Front"),
    ("The Western Liberation Front's fighters crossed from Chad in March.", "Western Liberation Front"),
    ("The Western Liberation Front's rifles were captured from the Chadian army.", "Western Liberation Front"),
    ("The Western Liberation Front's leader was born in Chad.", "Western Liberation Front"),
    ("The Western Liberation Front's medicines were bought from dealers in Chad.", "Western Liberation Front"),
    ("The Ogaden Freedom Front has grown. His brother's rifles were bought from traders in Eritrea.",
     "Ogaden Freedom Front"),
]


@pytest.mark.parametrize(("text", "group"), NOT_BOUGHT)
def test_what_is_no_weapon_bought_by_the_group_gives_it_no_row(extractor, text, group) -> None:  # noqa: ANN001
    assert not _group_rows(extractor, text, group)


def test_a_named_owner_that_is_no_group_stays_no_recipient(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("The Kivu Commission's report was bought from publishers in Chad.")
    assert not find(report, None, "Kivu", "")


# - items that go or flow from one named party to another ("no weapons are going from X to the Y Front", "arms
#   flowed from X to the rebels") are a delivery, negated under "no" (predicates.toml [classes.flow]); without both
#   parties, or with no materiel as the subject, no row.
FLOWS = [  # (text, supplier's state, group, item word, factualities, quantity)
    ('"No weapons are going from Kenya to any rebel group," a spokesman for Kenya\'s foreign ministry said.',
     "KEN", "rebel group", "weapons", ("negated", "denied"), None),
    ("A spokesman for the Kenyan foreign ministry said no weapons were going from Kenya to the Coastal Liberation "
     "Front.", "KEN", "Coastal Liberation Front", "weapons", ("negated", "denied"), None),
    ('"No arms have gone from Uganda to the Kivu Patriotic Front," the ministry said.',
     "UGA", "Kivu Patriotic Front", "arms", ("negated", "denied"), None),
    ("Rifles and grenades flowed from Sudan to the Western Liberation Front between 2013 and 2016, according to UN "
     "investigators.", "SDN", "Western Liberation Front", "grenades", ("asserted", "uncertain"), None),
    ("In 2019 some 200 rifles went from Eritrea to the Ogaden Freedom Front, the panel said.",
     "ERI", "Ogaden Freedom Front", "rifles", ("asserted", "uncertain"), 200),
    ("Weapons that went from Rwanda to the Kivu Patriotic Front were later found in Goma.",
     "RWA", "Kivu Patriotic Front", "Weapons", ("asserted", "uncertain"), None),
    ("Arms continue to flow from Libya to the Sahel Patriotic Movement, officials in Niamey say.",
     "LBY", "Sahel Patriotic Movement", "Arms", ("asserted", "uncertain"), None),
    ("Machine guns flowed from Tripoli to the Sahel Patriotic Movement throughout 2013.",
     "LBY", "Sahel Patriotic Movement", "Machine guns", ("asserted", "uncertain"), None),
]


@pytest.mark.parametrize(("text", "supplier", "group", "word", "facts", "qty"), FLOWS)
def test_items_going_from_one_party_to_another_are_a_delivery(extractor, text, supplier, group, word,  # noqa: ANN001
                                                               facts, qty) -> None:
    rows = [t for t in extractor.extract_text(text).transfers if t.recipient is not None and group in t.recipient.name]
    assert any(t.supplier is not None and t.supplier.country == supplier and t.stage == "delivered" and
               word in t.item.text and t.factuality in facts and (qty is None or t.quantity == qty) for t in rows), rows


NO_FLOWS = [
    "Money flowed from Qatar to the Sahel Patriotic Movement.",
    "Hundreds of fighters went from Chad to the Western Liberation Front in 2015.",
    "The contract went to Karvell Marine after a tender.",
    "The rifles went to the depot from the factory.",
]


@pytest.mark.parametrize("text", NO_FLOWS)
def test_what_goes_without_two_parties_or_without_materiel_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not extractor.extract_text(text).transfers


# - an indictment tells a transfer to a group: "prosecutors charged two men with smuggling rifles to the X Front",
#   "were indicted for shipping pistols to the Y Militia" (group_recipients.py, [group_recipients] charge_verbs and
#   charge_preps); a gerund the tagger read as a compound noun of the items is made the verb
#   (charged_gerunds.py, [charged_gerunds]); a plot, an aim or a bare accusation gives no row.
CHARGES = [  # (text, group, item word)
    ("Two men were charged with trafficking rifles and pistols to the Coastal Liberation Front.",
     "Coastal Liberation Front", "pistols"),
    ("Prosecutors in Ohio charged three men with smuggling rifles and ammunition to the Coastal Liberation Front "
     "in 2019.", "Coastal Liberation Front", "ammunition"),
    ("Two brothers were indicted for shipping pistols to the Tarn Valley Militia, the court said.",
     "Tarn Valley Militia", "pistols"),
    ("In March a federal grand jury indicted a Texas man for smuggling 300 rifles to the Gulf Coast Brigade.",
     "Gulf Coast Brigade", "rifles"),
    ("According to the indictment, prosecutors charged a Vellmark Trading executive with shipping grenades to the "
     "Northern Hills Movement.", "Northern Hills Movement", "grenades"),
    ("Federal prosecutors have charged four people with sending machine guns and mortars to the Delta Justice "
     "Brigade.", "Delta Justice Brigade", "mortars"),
    ("The two, who were charged with supplying rifles to the Kivu Patriotic Front, pleaded not guilty.",
     "Kivu Patriotic Front", "rifles"),
    ("Last year she was charged with exporting sniper rifles to the Sahel Patriotic Movement.",
     "Sahel Patriotic Movement", "sniper rifles"),
]


@pytest.mark.parametrize(("text", "group", "word"), CHARGES)
def test_a_charge_of_shipping_arms_to_a_group_is_a_delivery_to_it(extractor, text, group, word) -> None:  # noqa: ANN001
    rows = _group_rows(extractor, text, group)
    assert any(st == "delivered" and word in item for _, _, st, item, _ in rows), rows


NO_CHARGES = [  # (text, group)
    ("Two men were charged with plotting to ship rifles to the Coastal Liberation Front.", "Coastal Liberation Front"),
    ("Two men were charged with shipping medicines to the Coastal Liberation Front.", "Coastal Liberation Front"),
    ("Two men were charged with shipping rifles without a licence.", ""),
]


@pytest.mark.parametrize(("text", "group"), NO_CHARGES)
def test_a_plot_or_a_civil_load_charged_is_no_delivery(extractor, text, group) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert not [t for t in rows if t.recipient is not None and group in t.recipient.name], rows

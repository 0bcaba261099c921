"""Patterns of the thirty-second session's helper `spurious` (rows that answer no transfer of the text).

- A counted gapped conjunct after an indirect object that is the text's topic state ("Poland sold Zambia two
  MiG-29 fighters in 2014 and Bulgaria about 9,000 mortar bombs a year later" in a report about Zambia's forces):
  the conjunct's party is a second giver to the topic state, not a second taker of the first giver
  (frames/topic_takers.py, used by frames/actor_gaps.py). Read alone, or in a text about the giver, "sold Peru 20
  tanks and Chile 40 trucks" still lists takers.
- Civilian kit for a police body ("pick-up trucks", "hand-held radios", "tear gas canisters", "riot helmets",
  "utility vehicles" for a police service or gendarmerie): no row (police_goods.py, words.toml [police_goods]); the
  weapons of the same gift, armoured or mine-protected vehicles, bare "vehicles" (they may be armoured) and the
  same kit for an army stay rows.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

TOPIC_GIVERS = [
    ("Zambia's air force gets new trainers\n\nZambia has taken delivery of four new trainer jets, the Zambian air "
     "force said on Monday. Zambia plans to buy more jets. Poland sold Zambia two refurbished MiG-29 fighters in 2014 and Bulgaria about 9,000 "
     "mortar bombs a year later, according to export records.", "BGR", "ZMB", "mortar bombs", 9000),
    ("Chile expands its navy\n\nChile commissioned two frigates on Friday, the Chilean navy said. Chile wants more ships. Britain sold Chile "
     "two Type 23 frigates in 2005 and the Netherlands four corvettes the year before, according to SIPRI.",
     "NLD", "CHL", "corvettes", 4),
    ("Ghana rebuilds its army\n\nGhana's army is being re-equipped, Ghanaian officials said. Ghana has also ordered trucks. Over the decade, China "
     "sold Ghana 12 armoured personnel carriers and Ukraine 30 infantry fighting vehicles, the report said. Ghana "
     "also wants more helicopters.", "UKR", "GHA", "infantry fighting vehicles", 30),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), TOPIC_GIVERS)
def test_counted_gap_after_the_topic_taker_names_a_second_giver(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word, qty)
    assert not any(r == sup for _, r, _, item, _ in rows if word in item)  # no row to the second giver


TAKER_LISTS = [
    ("Spain sold Peru 20 tanks and Chile 40 trucks.", "ESP", "CHL", "trucks", 40),
    ("Italy's arms exports rise\n\nItaly's exports grew last year, the Italian ministry said. Italy sold Peru 20 "
     "tanks in 2019, and Chile 40 armoured vehicles in 2020, the report said.", "ITA", "CHL", "armoured vehicles", 40),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), TAKER_LISTS)
def test_counted_gap_elsewhere_still_lists_takers(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    assert has_country_row(country_rows(extractor, text), sup, rec, "delivered", word, qty)


POLICE_KIT = [
    ("The Zambian National Police on Monday received 200 pistols, 40 pick-up trucks and 150 hand-held radios "
     "donated by Denmark.", ["pick-up", "radios"], "pistols"),
    ("Denmark donated 50 assault rifles, 20 motorcycles, riot helmets and tear gas canisters to the Zambian police.",
     ["motorcycles", "helmets", "tear gas"], "assault rifles"),
    ("Norway donated 300 rounds of ammunition and 12 off-road vehicles to the Kenyan National Police Service.",
     ["vehicles"], "ammunition"),
    ("Sweden handed the Malian gendarmerie 60 pistols, 10 utility vehicles and 200 radios.",
     ["vehicles", "radios"], "pistols"),
]


@pytest.mark.parametrize(("text", "kit", "arms"), POLICE_KIT)
def test_police_kit_gives_no_row_but_the_arms_stay(extractor, text, kit, arms) -> None:  # noqa: ANN001
    items = [item for _, _, _, item, _ in country_rows(extractor, text)]
    assert any(arms in item for item in items)
    assert not any(k in item for k in kit for item in items)


KEPT = [
    ("Denmark handed over three armoured anti-riot vehicles and 30 trucks to the Zambian army.", "trucks"),
    ("Denmark donated two armoured anti-riot vehicles and 500 rifles to the Zambian National Police.",
     "anti-riot vehicles"),
    ("Denmark gave the Zambian police ten mine-protected vehicles.", "mine-protected vehicles"),
    ("Norway sent 40 military radios to the Kenyan army.", "radios"),
    ("Norway donated 300 rifles and 12 vehicles to the Kenyan National Police Service.", "vehicles"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_armed_vehicles_and_army_kit_stay_rows(extractor, text, word) -> None:  # noqa: ANN001
    assert any(word in item for _, _, _, item, _ in country_rows(extractor, text))

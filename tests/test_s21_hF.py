"""Session 21 (hF): seizures in transit told as news reports.

- a conveyance seized "that X said was carrying" a load: the reported relative clause tells the seized load
  (`frames/seizure._reported_relative`), and so does the participle adjunct of the seizing verb
  ("stopped the X off Y, carrying ...", `seizure._participle`);
- a named ship held by a verb of holding and told to be carrying materiel is a conveyance (`frames/stopped.py`
  `_named_carrier`), and the relative clause on its load ("which A had sent to B") gives the carried items their
  parties; the held ship is never their recipient (`frames/seized_loads.py`);
- "the hold contained 60 A, ..., as well as 250 B and 9,000 C": a ship's hold is a container ([seizure]
  containers) and every counted conjunct of the listed phrase is an item (`seized_inventory._listed`);
- "the couriers fled, leaving behind 14 rifles" lists the seized load ([seizure] abandoning_verbs);
- "a man whose van was found to contain 30 carbines" is a seizure of the load (`frames/found._carried`);
- the West Bank and the Gaza Strip are Palestine's (countries.csv aliases);
- a name in apposition to a descriptive noun ("the militant group X") names that actor before any group told
  earlier (mentions/resolve.py).

Every sentence is written for these tests (not taken from any article); ships and people are invented."""
from __future__ import annotations


def _rows(extractor, text: str) -> list[tuple[str, str, str, str, object]]:  # noqa: ANN001
    out = []
    for t in extractor.extract_text(text).transfers:
        sup = t.supplier.name if t.supplier else ""
        rec = t.recipient.name if t.recipient else ""
        out.append((sup, rec, t.item.text, t.stage, t.quantity))
    return out


def test_a_reported_relative_clause_tells_the_seized_load(extractor):
    got = _rows(extractor, "Navy divers boarded and seized a freighter in the Gulf that Colombia said was carrying "
                           "rockets sent by Venezuela to rebels in the north.")
    assert ("Venezuela", "rebels", "rockets", "intercepted", None) in got, got
    assert all(st != "delivered" for _, _, _, st, _ in got), got


def test_a_named_ship_stopped_while_carrying_a_load_sent_to_a_group(extractor):
    got = _rows(extractor, "In 2011 the coast guard stopped the Nordwind off Malta, carrying roughly 90 tonnes of "
                           "rockets, grenades plus ammunition that Colombia claims Venezuela shipped to the Somali "
                           "militant group al-Shabaab via Panama.")
    for item in ("rockets", "grenades", "ammunition"):
        assert ("Venezuela", "Al-Shabaab", item, "intercepted", None) in got, got
    assert all(r != "Nordwind" for _, r, _, _, _ in got), got


def test_a_named_ship_stopped_for_a_race_is_no_seizure(extractor):
    got = _rows(extractor, "Race officials stopped the Nordwind off Malta, carrying twelve tourists and a crew of four.")
    assert got == [], got


def test_the_hold_of_a_seized_ship_lists_its_counted_items(extractor):
    text = ("Navy divers boarded and seized a freighter in the Gulf that Colombia said was carrying rockets sent by "
            "Venezuela to rebels in the north. The freighter was escorted to port. No shots were fired. Officials noted "
            "the hold contained 60 Tarvos-4 rockets, with a reach of 90 kilometers, as well as 250 mortar bombs of 81 "
            "mm and roughly 9,000 rounds of ammunition.")
    got = _rows(extractor, text)
    assert ("Venezuela", "rebels", "Tarvos-4 rockets", "intercepted", 60) in got, got
    assert ("Venezuela", "rebels", "mortar bombs", "intercepted", 250) in got, got
    assert any(q == 9000 and st == "intercepted" and s == "Venezuela" for s, _, _, st, q in got), got


def test_items_left_behind_by_fleeing_smugglers_are_the_seized_load(extractor):
    text = ("Frontier troops seized a load of rifles, pistols and grenades brought over the hills from Iraq. "
            "The couriers ran, leaving behind 14 rifles, six pistols and 20 grenades. A colonel told reporters "
            "that the guns were bound for militant cells in Lebanon.")
    got = _rows(extractor, text)
    assert ("", "Lebanon militant", "rifles", "intercepted", 14) in got, got
    assert ("", "Lebanon militant", "pistols", "intercepted", 6) in got, got
    assert ("", "Lebanon militant", "grenades", "intercepted", 20) in got, got


def test_weapons_left_behind_after_a_domestic_raid_make_no_row(extractor):
    text = ("Police raided a gang's hideout in the capital. The gang members fled, leaving behind 14 rifles and six "
            "pistols, which will be destroyed.")
    assert _rows(extractor, text) == []


def test_a_vehicle_found_to_contain_weapons_bound_for_a_group(extractor):
    text = ("In May, customs officers at the ferry terminal detained a businessman whose van was found to contain "
            "30 carbines and 90 pistols. The customs service believes the guns were bound for rebels in Ecuador.")
    got = _rows(extractor, text)
    assert ("", "Ecuador rebel", "carbines", "intercepted", 30) in got, got
    assert ("", "Ecuador rebel", "pistols", "intercepted", 90) in got, got


def test_weapons_handed_in_by_villagers_make_no_row(extractor):
    text = ("Villagers handed in 30 carbines and 90 pistols during the amnesty. A farmer whose van was found to "
            "contain two rifles was fined.")
    assert all(st != "intercepted" or r for _, r, _, st, _ in _rows(extractor, text))
    assert all(r == "" for _, r, _, _, _ in _rows(extractor, text))


def test_a_named_ship_seized_with_a_load_reported_bound_for_a_group(extractor):
    got = _rows(extractor, "In 1998 Colombian marines seized the Santa Lucia off Cartagena with some 30 tons of "
                           "Venezuelan weapons, including mortars, rockets and anti-tank missiles, that Colombia said "
                           "were bound for al-Shabaab.")
    for item in ("mortars", "rockets", "anti-tank missiles"):
        assert ("Venezuela", "Al-Shabaab", item, "intercepted", None) in got, got


def test_a_named_yacht_seized_with_its_owner_makes_no_row(extractor):
    got = _rows(extractor, "Police seized the Santa Lucia off Cartagena with its owner and two crew members.")
    assert got == [], got


def test_a_denial_after_a_seizure_denies_sending_the_load_to_its_recipient(extractor):
    text = ("Navy divers boarded and seized a freighter in the Gulf that Colombia said was carrying rockets sent by "
            "Venezuela to rebels in the north. A Venezuelan spokesman said Venezuela had not sent any weapons.")
    got = [(s, r, st) for s, r, _, st, _ in _rows(extractor, text)]
    denied = [t for t in extractor.extract_text(text).transfers if t.factuality in ("denied", "negated")]
    assert denied and all(t.recipient is not None and t.recipient.name == "rebels" for t in denied), got


def test_a_denial_with_its_own_recipient_keeps_it(extractor):
    text = ("Navy divers boarded and seized a freighter in the Gulf that Colombia said was carrying rockets sent by "
            "Venezuela to rebels in the north. Venezuela denied that it had sent weapons to Colombia.")
    denied = [t for t in extractor.extract_text(text).transfers if t.factuality in ("denied", "negated")]
    assert all(t.recipient is None or t.recipient.name != "rebels" for t in denied), denied


def test_an_uncounted_seized_item_gives_way_to_its_count_in_the_hold(extractor):
    text = ("Navy divers boarded and seized a freighter in the Gulf that Colombia said was carrying rockets sent by "
            "Venezuela to rebels in the north. The freighter was escorted to port. No shots were fired. Officials noted "
            "the hold contained 60 Tarvos-4 rockets and 250 mortar bombs.")
    got = _rows(extractor, text)
    assert ("Venezuela", "rebels", "Tarvos-4 rockets", "intercepted", 60) in got, got
    assert ("Venezuela", "rebels", "rockets", "intercepted", None) not in got, got


def test_a_possessed_service_before_the_items_is_the_indirect_object(extractor):
    got = _rows(extractor, "Canada has paid for radar towers along the border and has given Peru's air force 16 "
                           "Bell 412 helicopters since 2015.")
    assert ("Canada", "Peru", "Bell 412 helicopters", "delivered", 16) in got, got


def test_a_possessed_service_given_a_medal_makes_no_row(extractor):
    got = _rows(extractor, "The king has given Peru's air force a medal for its rescue work.")
    assert got == [], got


def test_seized_weapons_handed_to_a_court_are_no_transfer(extractor):
    got = _rows(extractor, "Chile bought 40 rifles from Belgium in 2019. Police said the pistols seized on Monday "
                           "had been handed to the prosecutors.")
    assert ("Belgium", "Chile", "rifles", "delivered", 40) in got, got
    assert all(i != "pistols" for _, _, i, _, _ in got), got


def test_seized_weapons_shipped_to_a_group_stay_a_seizure(extractor):
    got = _rows(extractor, "The rifles seized by the navy had been shipped by Venezuela to al-Shabaab.")
    assert ("Venezuela", "Al-Shabaab", "rifles", "intercepted", None) in got, got


def test_gaza_is_palestine(extractor):
    got = _rows(extractor, "Police seized 40 Venezuelan rifles bound for Gaza.")
    assert ("Venezuela", "Palestine", "rifles", "intercepted", 40) in got, got


def test_the_intended_recipient_named_after_a_seizure(extractor):
    got = _rows(extractor, "Gulf patrol\n\nCoast guards seized a dhow carrying 300 rifles. The intended recipient, "
                           "officials said, was al-Shabaab.")
    assert ("", "Al-Shabaab", "rifles", "intercepted", 300) in got, got


def test_a_prize_recipient_after_a_police_raid_is_no_party(extractor):
    got = _rows(extractor, "Police raided a gang's hideout and seized 12 homemade shotguns. The recipient of this "
                           "year's bravery award was Constable Ana Torres.")
    assert all(r == "" for _, r, _, _, _ in got), got


def test_the_port_of_loading_supplies_a_seized_load(extractor):
    got = _rows(extractor, "Coast guards seized a dhow carrying 300 rifles that had been loaded in the Venezuelan port "
                           "of Maracaibo. Officials said the rifles were bound for al-Shabaab.")
    assert ("Venezuela", "Al-Shabaab", "rifles", "intercepted", 300) in got, got


def test_two_ports_of_loading_name_no_supplier(extractor):
    got = _rows(extractor, "Coast guards seized a dhow carrying 300 rifles that had been loaded in the Venezuelan port "
                           "of Maracaibo and a trawler carrying 90 pistols loaded in the Peruvian port of Callao. "
                           "Officials said the rifles were bound for al-Shabaab.")
    assert all(s == "" for s, _, i, _, _ in got if i == "rifles"), got

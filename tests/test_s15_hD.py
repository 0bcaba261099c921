"""Parties of embargo debates, blocked cargoes and broker networks (session 15, helper hD): a bare armed group in
an object's place ("to the rebels", "rebel units") is a group of its own, never the state the text is about; a
request to a bloc ("asked Western governments for X") has the bloc as supplier; a state's licensing or export
office ("the Finnish licensing authority") refuses for its state; "would not itself supply" is a refusal; "from
a Slovak dealer" names the dealer's state as supplier. Every text is written for these tests."""
from __future__ import annotations

Row = tuple[str, str, str, int | None, str]

LEAD = ("Defence news in brief\n\nThe defence ministry said on Monday that its annual report on procurement would be "
        "published next month.\n\n")


def _name(a) -> str:  # noqa: ANN001
    return "" if a is None else (a.country or a.name) if a.kind in ("state", "government_body") else a.name


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, item text, quantity, stage): states by their iso3, other parties by name."""
    rows = extractor.extract_text(LEAD + text, published="2024-03-01").transfers
    return {(_name(t.supplier), _name(t.recipient), t.item.text.lower(), t.quantity, t.stage) for t in rows}


def _has(got: set[Row], supplier: str, recipient: str, word: str, stage: str, quantity: int | None = None) -> bool:
    return any(s.lower() == supplier.lower() and r.lower() == recipient.lower() and word in i and st == stage and
               (quantity is None or q == quantity) for s, r, i, q, st in got)


def test_bare_rebels_are_a_group_not_the_state(extractor):
    got = _rows(extractor, "Peru's defence minister said on Tuesday that Lima would not supply "
                           "mortars to the rebels.")
    assert _has(got, "PER", "rebels", "mortar", "refused")


def test_rebels_with_a_clause_after_them(extractor):
    got = _rows(extractor, "Kenya has sent crates of rifles to insurgents fighting the government in the east.")
    assert _has(got, "KEN", "insurgents", "rifle", "delivered")


def test_kind_word_before_an_agent_head(extractor):
    got = _rows(extractor, "Ecuador delivered 40 howitzers to rebel units in the south last spring.")
    assert _has(got, "ECU", "rebel units", "howitzer", "delivered", 40)


def test_the_opposition_as_recipient(extractor):
    got = _rows(extractor, "Last year Slovenia shipped 900 grenades to the opposition.")
    assert _has(got, "SVN", "opposition", "grenade", "delivered", 900)


def test_request_to_western_governments(extractor):
    got = _rows(extractor, "The Kivu Liberation Front has asked Western governments several times for heavy mortars.")
    assert _has(got, "Western governments", "The Kivu Liberation Front", "mortar", "requested")


def test_appeal_to_gulf_states(extractor):
    got = _rows(extractor, "Chad has appealed to Gulf states for armoured personnel carriers.")
    assert _has(got, "Gulf states", "TCD", "armoured personnel carrier", "requested")


def test_request_to_the_west(extractor):
    got = _rows(extractor, "Laos asked the West for surface-to-air missiles in 2019.")
    assert _has(got, "West", "LAO", "surface-to-air missile", "requested")


def test_licensing_authority_refuses_for_its_state(extractor):
    got = _rows(extractor, "The Finnish licensing authority refused the licence for sniper rifles for Chad.")
    assert _has(got, "FIN", "TCD", "sniper rifle", "refused")


def test_export_agency_rejects_an_application(extractor):
    got = _rows(extractor, "The Dutch export agency rejected the licence application for 30 radars for Oman.")
    assert _has(got, "NLD", "OMN", "radar", "refused", 30)


def test_not_itself_supply_is_a_refusal(extractor):
    got = _rows(extractor, "Norway, which had backed the plan, stated that it would not itself supply mortars to Bolivia.")
    assert _has(got, "NOR", "BOL", "mortar", "refused")
    assert not _has(got, "NOR", "BOL", "mortar", "offered")


def test_dealer_of_a_state_is_the_supplier(extractor):
    got = _rows(extractor, "Chad bought 300 machine guns from a Slovak dealer in 2015.")
    assert _has(got, "SVK", "TCD", "machine gun", "delivered", 300)


def test_a_bloc_in_a_subject_place_is_no_party(extractor):
    got = _rows(extractor, "Western governments are buying more artillery shells this year, and European "
                           "countries bought 40 tanks from Korea.")
    assert not any("western" in s.lower() or "western" in r.lower() or "european" in r.lower()
                   for s, r, *_ in got)


def test_one_gulf_state_is_no_bloc(extractor):
    got = _rows(extractor, "Kuwait agreed to sell 20 jets to Malaysia. Kuala Lumpur had asked the Gulf state "
                           "for the jets in 2019.")
    assert not any("gulf" in s.lower() for s, *_ in got)


def test_other_countries_of_a_list_are_no_party(extractor):
    got = _rows(extractor, "Ukraine received howitzers from Spain, Italy and other European countries.")
    assert not any("european" in s.lower() for s, *_ in got)
    assert _has(got, "ESP", "UKR", "howitzer", "delivered")


def test_named_ship_carrying_for_a_party_takes_its_port_of_departure(extractor):
    got = _rows(extractor, "The Baltic Dawn, which left the Bulgarian port of Burgas in May, is carrying 4,000 "
                           "mortar shells and 300 rockets for Chad's army, according to shipping papers.")
    assert _has(got, "BGR", "TCD", "mortar shell", "delivered", 4000)
    assert _has(got, "BGR", "TCD", "rocket", "delivered", 300)
    assert not any("dawn" in s.lower() for s, *_ in got)


def test_conveyance_carrying_for_a_party(extractor):
    got = _rows(extractor, "A Serbian freighter is carrying 700 rifles for Libya's coast guard, the manifest shows.")
    assert _has(got, "SRB", "LBY", "rifle", "delivered", 700)


def test_a_ship_carrying_goods_is_no_transfer(extractor):
    got = _rows(extractor, "The Baltic Dawn, which left the Bulgarian port of Burgas in May, is carrying wheat "
                           "for Egypt's state grain buyer.")
    assert not got


def _port_story(port: str) -> str:
    return (f"{port} dockers refuse to unload Korean shells bound for Uganda\n\n"
            f"A Korean freighter carrying artillery shells ordered by Uganda's army sat at anchor off {port} on Monday "
            f"after port workers refused to handle the cargo.\n\n"
            f"\"We will not unload this vessel,\" said a union official in {port}.")


def test_port_where_a_cargo_waits_is_no_supplier(extractor):
    for port in ("Tema", "Port Harcourt"):
        got = _rows(extractor, _port_story(port))
        assert not any(port.lower() in s.lower() for s, *_ in got), port
        assert _has(got, "KOR", "UGA", "shell", "ordered")


def test_firm_of_a_sale_for_a_states_army_is_the_intermediary(extractor):
    text = "Records show that Serbia sold 80,000 grenades to Blue Harbor Trading Ltd in 2009 for the Malian army."
    rows = extractor.extract_text(LEAD + text, published="2024-03-01").transfers
    got = {(_name(t.supplier), _name(t.recipient), t.intermediary.name if t.intermediary else "") for t in rows}
    assert ("SRB", "MLI", "Blue Harbor Trading Ltd") in got
    assert not any("harbor" in r.lower() for _, r, _ in got)


def test_a_sale_to_a_firm_alone_stays_the_firms(extractor):
    got = _rows(extractor, "In 2009 Serbia sold 80,000 grenades to Blue Harbor Trading Ltd, a Cyprus broker.")
    assert any(s == "SRB" and "harbor" in r.lower() for s, r, *_ in got)


def test_suspended_licence_with_a_number_in_its_for_phrase(extractor):
    got = _rows(extractor, "Spain suspended the licence for 20 rifles for Bolivia.")
    assert _has(got, "ESP", "BOL", "rifle", "refused", 20)


def test_licence_revoked_as_it_in_the_next_sentence(extractor):
    got = _rows(extractor, "A licence for 400 pistols for Chad was approved in May. Austria revoked it in June.")
    assert _has(got, "AUT", "TCD", "pistol", "refused", 400)


def test_permit_suspended_as_it_after_a_covering_apposition(extractor):
    got = _rows(extractor, "A second permit, covering 60 mortars for Laos, was granted in March. Portugal "
                           "suspended it in April after questions were raised.")
    assert _has(got, "PRT", "LAO", "mortar", "refused", 60)


def test_it_of_no_permit_is_no_refusal(extractor):
    got = _rows(extractor, "Austria signed a cooperation treaty with Chad in May. Austria suspended it in June.")
    assert not any(st == "refused" for *_, st in got)


def test_depleted_uranium_rounds_stay_ammunition(extractor):
    got = _rows(extractor, "Britain delivered 2,000 depleted uranium tank rounds to Ukraine in 2023.")
    assert _has(got, "GBR", "UKR", "round", "delivered", 2000)


def test_a_gold_mine_is_no_weapon(extractor):
    got = _rows(extractor, "Turkish rifles for Sudan's army were refused at the port. Stevedores then unloaded 25 "
                           "Turkish-built tipper trucks for a gold mine in Eritrea.")
    assert not any("mine" in i for *_, i, _, _ in got)


def test_a_charge_against_a_bloc_makes_the_bloc_the_alleged_supplier(extractor):
    got = _rows(extractor, "Caracas has accused European governments of fueling the war by supplying rifles "
                           "to Guyana.")
    assert ("European governments", "GUY", "rifles", None, "delivered") in got

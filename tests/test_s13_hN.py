"""Parties named by a proper name no gazetteer lists and the tagger takes for no organisation (session 13,
helper hN): "supplied mortars to the Forces Populaires", "the Tarkan coalition received rifles"; a state's word
before a group name ("the Botswanan Rally for Renewal": the whole name); a government named by its leader ("the
Harding administration"); an ambassador for the state that owns him and "the country's" items for the state he
is sent to; the owner of what is asked for as its giver; "received X through <state>" with no supplier named.
Every name and text is invented for these tests."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, str]


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, item text, stage): a state or a state's body as its country, others by name."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers

    def party(a) -> str | None:  # noqa: ANN001
        if a is None:
            return None
        return a.country if a.kind in ("state", "government_body") else a.name
    return {(party(t.supplier), party(t.recipient), t.item.text, t.stage) for t in rows}


def _kinds(extractor, text: str) -> set[tuple[str, str]]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.recipient.name, t.recipient.kind) for t in rows if t.recipient is not None}


# -- an unlisted name in a party's place -------------------------------------------------------------------

def test_an_unlisted_name_after_to_is_the_recipient(extractor):
    got = _rows(extractor, "Zambia supplied mortars to the Forces Populaires.")
    assert ("ZMB", "Forces Populaires", "mortars", "delivered") in got
    assert _kinds(extractor, "Zambia supplied mortars to the Forces Populaires.") == {("Forces Populaires", "armed_group")}


def test_a_group_noun_after_an_untagged_name(extractor):
    assert ("NAM", "Tarkan coalition", "rifles", "delivered") in _rows(
        extractor, "Namibia supplied rifles to the Tarkan coalition.")


def test_the_subject_of_received_and_the_object_of_armed(extractor):
    assert ("ZMB", "Tarkan coalition", "rifles", "delivered") in _rows(
        extractor, "The Tarkan coalition received rifles from Zambia.")
    assert ("ZMB", "Forces Populaires", "rifles", "delivered") in _rows(
        extractor, "Zambia armed the Forces Populaires with rifles.")


def test_an_unlisted_name_in_apposition_or_coordinated_or_after_by(extractor):
    assert ("ZMB", "Forces Populaires", "mortars", "delivered") in _rows(
        extractor, "Zambia supplied mortars to a rebel group, the Forces Populaires.")
    got = _rows(extractor, "Zambia supplied mortars to the Forces Populaires and the Tarkan coalition.")
    assert {("ZMB", "Forces Populaires", "mortars", "delivered"), ("ZMB", "Tarkan coalition", "mortars", "delivered")} <= got
    assert ("ZMB", "Forces Populaires", "Mortars", "delivered") in _rows(
        extractor, "Mortars were supplied to the Forces Populaires by Zambia.")


def test_a_states_word_before_a_group_name_keeps_the_whole_name(extractor):
    got = _rows(extractor, "Malawi supplied machine guns to the Botswanan Rally for Renewal.")
    assert ("MWI", "Botswanan Rally for Renewal", "machine guns", "delivered") in got


def test_a_route_named_alone_is_the_supplier(extractor):
    assert ("ZMB", "Forces Populaires", "rifles", "delivered") in _rows(
        extractor, "The Forces Populaires had received rifles through Zambia.")


def test_a_route_beside_a_supplier_stays_a_route(extractor):
    got = _rows(extractor, "Malawi received rifles from Namibia through Zambia.")
    assert ("NAM", "MWI", "rifles", "delivered") in got
    assert not any(s == "ZMB" for s, _, _, _ in got)


def test_no_organisation_from_a_person_a_title_a_place_or_generic_words(extractor):
    for text in ("Zambia supplied mortars to Chief Mwale.", "Zambia supplied mortars to the Prime Minister.",
                 "Zambia supplied mortars to Mount Mulanje.", "Zambia supplied mortars to Lake Kariba.",
                 "Zambia supplied mortars to Member States.", "Zambia supplied mortars to the MV Kafue Queen.",
                 "Zambia supplied the Kafue Thunder to Malawi."):
        assert not any(r not in (None, "MWI") for _, r, _, _ in _rows(extractor, text)), text


def test_a_state_unit_after_a_states_name_is_no_armed_group(extractor):
    kinds = _kinds(extractor, "Zambia Sends Mortars To Malawi Defence Brigade")
    assert not any(k == "armed_group" for _, k in kinds)


def test_a_guessed_recipient_is_lent_to_no_later_row(extractor):
    got = _rows(extractor, "Zambia supplied mortars to the Forces Populaires in 2019. In 2021 Namibia also "
                           "delivered two helicopters.")
    assert not any(s == "NAM" and r == "Forces Populaires" for s, r, _, _ in got)


# -- a state behind a title phrase ---------------------------------------------------------------------------

def test_an_administration_named_by_its_leader(extractor):
    got = _rows(extractor, "The Harding administration approved the sale of 40 armoured vehicles to Namibia.")
    assert ("USA", "NAM", "armoured vehicles", "offered") in got


def test_a_government_named_by_its_leader_without_an_office_stays_unknown(extractor):
    got = _rows(extractor, "The Harding government approved the sale of 40 armoured vehicles to Namibia.")
    assert not any(s == "USA" for s, _, _, _ in got)


def test_an_ambassador_asks_for_the_host_countrys_items(extractor):
    got = _rows(extractor, "Namibia's ambassador to Botswana, Peter Nangolo, had asked for the country's retired "
                           "armoured vehicles.")
    assert ("BWA", "NAM", "retired armoured vehicles", "requested") in got


def test_the_owner_of_what_is_asked_for_gives_it(extractor):
    assert ("ZMB", "MWI", "retired armoured vehicles", "requested") in _rows(
        extractor, "Malawi asked for Zambia's retired armoured vehicles.")
    assert not _rows(extractor, "Malawi asked for its own retired armoured vehicles back.")


def test_a_sale_for_a_states_navy_or_named_craft_goes_to_the_state(extractor):
    assert ("FRA", "GAB", "missiles", "offered") in _rows(extractor, "France approved a sale of missiles for Gabon's navy.")
    text = "France approved a sale of missiles for Gabon's Missile Attack Craft."
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    assert rows and all(t.recipient is not None and t.recipient.country == "GAB" and t.recipient.kind != "company"
                        for t in rows)

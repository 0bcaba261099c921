"""Session 21 (lead): double objects and gapping with a new party of the indirect object's role.

- "offered Peru the Leopard 2": a named item after a party, read by the parser as the party's apposition, is the
  object, and the party the recipient (`frames/double_objects.py`);
- "offered Peru 40 Leopard 2 tanks": the count the parser hangs on the indirect object counts the item
  (`mentions/count_words.stranded_count`);
- "sold Peru 20 tanks, and Chile 40 armoured vehicles": a counted gapped conjunct's party takes the indirect
  object's role (a recipient), the subject staying the supplier, and the second item is the new party's only
  (with no count, "and China the Wing Loong II", the remnant stays a rival giver)
  (`frames/actor_gaps._dative_role`, `frames/derived._gapped`);
- "will sell Peru 24 F-16 fighters", the party read as a modifier of the counted item: the recipient, and the
  system the item (`frames/double_objects._fused_party`);
- "denied supplying weapons to the junta in X": a state's body placed by an "in" phrase the parser hangs on the
  verb is that state's (`mentions/named_bodies._placed_after`; rebels stay an armed group);
- "X accused Y of supplying Z, a charge Y rejected": the claim (uncertain) and the denial (`cues.fronted_charge`,
  `claim_denials.py`); "it is unclear whether X delivered Y": an open question, uncertain (cues.toml
  conditional_marks);
- "took delivery of its third corvette. The ship, built by X, ...": the maker a later sentence names for the item
  (a pronoun or a definite noun of its family, [makers_after] generic_nouns) supplies it (`makers_after.py`);
- "A sold X to B and C bought Y": C, parsed as a conjunct of B, is the second verb's subject and no party of the
  first (`mentions/stranded.py`); a generic aid package gives way to the items listed in the next sentence;
- "The navy intercepted a dhow. It was carrying 900 rifles": the held conveyance's load (`frames/held_before.py`);
- civilian goods: "the new planes" after a civil aircraft type is that type, ambulances that a government gives to hospitals by a
  government are civil (`civil_use.civil_antecedent`, `civil_use.site_anchors`, [service] unarmed_bodies).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> set[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers}


@pytest.mark.parametrize(("text", "row"), [
    ("Germany offered Peru the Leopard 2 last spring.", ("DEU", "PER", "offered", "Leopard 2", None)),
    ("Russia sold Vietnam the Su-30 in the early 2000s.", ("RUS", "VNM", "delivered", "Su-30", None)),
    ("Germany offered Peru 40 Leopard 2 tanks.", ("DEU", "PER", "offered", "Leopard 2 tanks", 40)),
    ("Russia sold Vietnam 12 Su-30 fighters.", ("RUS", "VNM", "delivered", "Su-30 fighters", 12)),
])
def test_double_object(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


def test_a_party_with_an_apposition_that_is_no_item_is_no_double_object(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "The minister visited Peru, the largest buyer of the region, in May.") == set()


@pytest.mark.parametrize(("text", "rows"), [
    ("Italy sold Peru 20 tanks, and Chile 40 armoured vehicles.",
     {("ITA", "PER", "delivered", "tanks", 20), ("ITA", "CHL", "delivered", "armoured vehicles", 40)}),
    ("Spain sold Morocco 16 howitzers, and Jordan 30 armoured vehicles.",
     {("ESP", "MAR", "delivered", "howitzers", 16), ("ESP", "JOR", "delivered", "armoured vehicles", 30)}),
])
def test_gapped_conjunct_names_a_new_recipient(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == rows


def test_gapped_conjunct_with_a_new_giver_still_names_the_giver(extractor) -> None:  # noqa: ANN001
    got = _rows(extractor, "Turkey has offered the TB2 to Kenya, and China the Wing Loong II.")
    assert got == {("TUR", "KEN", "offered", "TB2", None), ("CHN", "KEN", "offered", "Wing Loong II", None)}


def test_an_uncounted_remnant_after_an_indirect_object_names_a_new_giver(extractor) -> None:  # noqa: ANN001
    """"offered Kenya the TB2, and China the Wing Loong II": with no count the remnant is read as a rival giver."""
    got = _rows(extractor, "Turkey has offered Kenya the TB2, and China the Wing Loong II.")
    assert ("TUR", "KEN", "offered", "TB2", None) in got
    assert not any(r[1] == "CHN" for r in got)


@pytest.mark.parametrize(("text", "row"), [
    ("Denmark will sell Argentina 24 F-16 fighters.", ("DNK", "ARG", "ordered", "F-16 fighters", 24)),
    ("Norway agreed to sell Romania 32 F-16 fighters last year.", ("NOR", "ROU", "ordered", "F-16 fighters", 32)),
])
def test_a_party_the_parser_fuses_into_the_counted_item(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


@pytest.mark.parametrize(("text", "row"), [
    ("Belarus denied supplying weapons to the junta in Niger.", ("BLR", "NER", "delivered", "weapons", None)),
    ("Serbia sold ammunition to the army in Burkina Faso.", ("SRB", "BFA", "delivered", "ammunition", None)),
])
def test_a_state_body_placed_by_an_in_phrase_hung_on_the_verb(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


def test_rebels_placed_in_a_state_are_not_that_state(extractor) -> None:  # noqa: ANN001
    got = extractor.extract_text("Belarus sent rifles to the rebels in Niger.").transfers
    assert got and all(t.recipient is not None and t.recipient.kind != "state" for t in got)


def _readings(extractor, text: str) -> set[tuple[str | None, str | None, str]]:  # noqa: ANN001
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.factuality)
            for t in extractor.extract_text(text).transfers}


@pytest.mark.parametrize("text", [
    "Chad accused Sudan of supplying rifles to the rebels of the east, a charge Khartoum rejected.",
    "Peru accused Bolivia of selling grenades to smugglers, a charge La Paz denies.",
])
def test_an_accusation_with_a_fronted_charge_is_the_claim_and_its_denial(extractor, text: str) -> None:  # noqa: ANN001
    """"X accused Y of supplying Z, a charge Y rejected": the parser hangs the accusation under "rejected"; the
    accusation is still a claim (uncertain), and the denial a reading of its own (`cues.fronted_charge`)."""
    facts = {f for _, _, f in _readings(extractor, text)}
    assert {"uncertain", "denied"} <= facts


def test_a_plain_denial_stays_a_denial_only(extractor) -> None:  # noqa: ANN001
    assert {f for _, _, f in _readings(extractor, "Khartoum denied supplying rifles to Chad's rebels.")} == {"denied"}


@pytest.mark.parametrize("text", [
    "It is unclear whether Iran delivered the missiles to Venezuela.",
    "Officials would not say whether the missiles had been shipped to Venezuela by Iran.",
])
def test_an_open_question_is_not_an_assertion(extractor, text: str) -> None:  # noqa: ANN001
    assert _readings(extractor, text) == {("IRN", "VEN", "uncertain")}


@pytest.mark.parametrize(("text", "supplier"), [
    ("The Peruvian navy took delivery of its third corvette on Friday. The ship, built by Spain's Navantia, "
     "left Ferrol in May.", "ESP"),
    ("The Peruvian navy received its first submarine last year. The boat was built in Germany.", "DEU"),
])
def test_a_maker_told_after_a_receipt_supplies_it(extractor, text: str, supplier: str) -> None:  # noqa: ANN001
    """"took delivery of its third corvette. The ship, built by X, ...": the maker of the item told again
    (`makers_after.py`)."""
    assert {r[0] for r in _rows(extractor, text)} == {supplier}


def test_a_local_build_told_after_a_receipt_supplies_nothing(extractor) -> None:  # noqa: ANN001
    text = "The Peruvian navy took delivery of its third corvette. The ship was built in Peru at a navy yard."
    assert not any(r[0] for r in _rows(extractor, text))


def test_a_maker_of_another_system_supplies_nothing(extractor) -> None:  # noqa: ANN001
    text = "The Peruvian navy took delivery of its third corvette. The radar it carries was built in Sweden."
    assert "SWE" not in {r[0] for r in _rows(extractor, text) if "corvette" in r[3]}


@pytest.mark.parametrize(("text", "rows"), [
    ("Russia sold tanks to Peru and Chile bought jets from France.",
     {("RUS", "PER", "delivered", "tanks", None), ("FRA", "CHL", "delivered", "jets", None)}),
    ("Brazil bought six Gripen fighters, Chile acquired F-16 jets and Peru took delivery of 12 MiG-29s.",
     {("SWE", "BRA", "delivered", "Gripen fighters", 6), ("USA", "CHL", "delivered", "F-16 jets", None),
      ("RUS", "PER", "delivered", "MiG-29s", 12)}),
])
def test_a_clause_subject_parsed_as_a_conjunct_of_the_clause_before(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    """"A sold X to B and C bought Y": C is the second verb's subject, no party of the first
    (`mentions/stranded.py`, `frames/relatives.stranded_subject`)."""
    assert _rows(extractor, text) == rows


def test_coordinated_recipients_stay_both(extractor) -> None:  # noqa: ANN001
    got = _rows(extractor, "Russia sold tanks to Peru and Chile.")
    assert {r[1] for r in got} == {"PER", "CHL"}


def test_a_generic_aid_package_gives_way_to_the_items_listed_next(extractor) -> None:  # noqa: ANN001
    """"announced a $200 million military aid package for X. It includes A and B": rows for A and B, none for the
    package (words.toml [covered_generic] generic_heads)."""
    text = ("Canada announced a $200 million military aid package for Estonia on Monday. It includes six Leopard "
            "tanks and 20 armoured ambulances.")
    assert {(r[3], r[4]) for r in _rows(extractor, text)} == {("Leopard tanks", 6), ("armoured ambulances", 20)}


def test_a_definite_aircraft_noun_after_a_civil_type_is_civil(extractor) -> None:  # noqa: ANN001
    """"X Air ordered three ATR 72-600s ... The first of these planes is due": the planes are the airliners
    (`civil_use.civil_antecedent`)."""
    text = ("Karvell Air has ordered three ATR 72-600 airliners for its island routes, the carrier said. The "
            "first of those planes should reach Samoa next spring.")
    assert _rows(extractor, text) == set()


def test_a_definite_aircraft_noun_after_a_military_type_stays(extractor) -> None:  # noqa: ANN001
    text = ("Samoa has ordered three C-295 airlifters from Spain. The first of those planes should "
            "reach Apia next spring.")
    assert any(r[0] == "ESP" and r[1] == "WSM" for r in _rows(extractor, text))


def test_ambulances_a_government_gives_to_hospitals_are_civil(extractor) -> None:  # noqa: ANN001
    """"ambulances, a gift of the Government of X, ... will go to rural hospitals": a civil site told on
    a verb joined to the item's, and a government is no military party (civil.toml [service] unarmed_bodies)."""
    text = ("The health ministry said 20 ambulances, a gift of the Government of Korea, had reached "
            "Apia by sea and would go to rural hospitals next month.")
    assert _rows(extractor, text) == set()


def test_a_named_type_nearer_than_the_civil_one_keeps_the_row(extractor) -> None:  # noqa: ANN001
    text = ("Karvell Air took its first Airbus A350-900 on Monday. India has given a second Ostrava 228 patrol "
            "aircraft to the Maldives coast guard, a year after the first arrived on loan.")
    assert any(r[0] == "IND" and r[1] == "MDV" and r[2] == "delivered" for r in _rows(extractor, text))


def test_the_forces_in_a_one_line_text_are_no_feature_state(extractor) -> None:  # noqa: ANN001
    """A one-line text has no title: its state names no "home" for a bare "the navy" or an unnamed offer's buyer
    (`mentions/topic.body_use`, `first_line_state`)."""
    rows = _rows(extractor, "The navy seized a Yemen-bound dhow carrying rifles.")
    assert {(r[1], r[2]) for r in rows} == {("YEM", "intercepted")}
    text = "Rosoboronexport is marketing its new corvette, and the Peruvian navy commissioned a submarine in June."
    assert not any(r[1] == "PER" and "corvette" in r[3] for r in _rows(extractor, text))


def test_a_unit_of_the_forces_is_no_recipient(extractor) -> None:  # noqa: ANN001
    got = _rows(extractor, "The Peruvian Air Force inducted the Swedish Gripen jets into No. 4 Squadron on Friday.")
    assert {(r[0], r[1], r[2]) for r in got} == {("SWE", "PER", "delivered")}


@pytest.mark.parametrize("second", ["It was carrying", "The vessel was carrying"])
def test_a_load_told_after_its_conveyance_was_held(extractor, second: str) -> None:  # noqa: ANN001
    """"The navy intercepted a dhow off X. It was carrying 900 rifles bound for Y": the held dhow's load, seized;
    the pronoun is no party (`frames/held_before.py`)."""
    text = f"Navy holds arms dhow\n\nThe navy intercepted a dhow off Oman. {second} 900 rifles bound for the Houthis."
    got = {(r[0], r[2], r[4]) for r in _rows(extractor, text)}
    assert got == {(None, "intercepted", 900)}


def test_a_load_told_after_a_conveyance_was_sent_stays_a_delivery(extractor) -> None:  # noqa: ANN001
    got = _rows(extractor, "Arms flow\n\nIran sent a dhow to Yemen. It was carrying 900 rifles bound for the Houthis.")
    assert {(r[0], r[2]) for r in got} == {("IRN", "delivered")}

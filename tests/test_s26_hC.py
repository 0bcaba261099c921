"""Traffickers, brokers and criminal groups as parties (twenty-sixth session, helper hC):

- a group's own name before its kind word, whose first words the tagger takes for a place or a firm, or which
  opens with a number ("the Tarrow Street gang", "the 31st Street gang"), and the group through "members of",
  "associates of", "the leader of" (mentions/described.py, words.toml [intended_holders] member_heads);
- the parties of a criminal case as persons ("the defendant shipped pistols to the X gang": [described]
  person_heads);
- a transfer told with no supplier to a non-state group ("thirty rifles were smuggled to the X gang") is kept
  with the supplier empty (extraction/group_recipients.py, words.toml [group_recipients]);
- a state the load went to for such a group ("shipped pistols to Borduria for the X gang") is no recipient of
  its own.

Sentences written for these tests: invented people, gangs and militias."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


NAMED = [  # (text, supplier, recipient, stage, item word, quantity)
    ("Prosecutors said Marten Oakridge shipped eight rifles to members of the Tarrow Street gang.",
     "Marten Oakridge", "Tarrow Street gang", "delivered", "rifles", 8),
    ("Carl Moen sold twelve pistols to members of the Marrow Street gang, the indictment says.",
     "Carl Moen", "Marrow Street gang", "delivered", "pistols", 12),
    ("According to the indictment, Ilse Varga smuggled 40 rifles into Honduras for members of the Vell Norte cartel.",
     "Ilse Varga", "Vell Norte cartel", "delivered", "rifles", 40),
    ("Carl Moen shipped twelve pistols to Haiti for the Marrow Street gang.",
     "Carl Moen", "Marrow Street gang", "delivered", "pistols", 12),
    ("Bram Olsen sold two rocket launchers to the leader of the Black Reed militia in 2018, the panel found.",
     "Bram Olsen", "Black Reed militia", "delivered", "rocket launchers", 2),
    ("Federal agents arrested Keon Matherly, who allegedly supplied the Dock Street gang with 15 handguns.",
     "Keon Matherly", "Dock Street gang", "delivered", "handguns", 15),
    ("The defendant shipped twelve pistols and 3,000 rounds of handgun ammunition to the Kessler Boys gang, prosecutors allege.",
     "defendant", "Kessler Boys gang", "delivered", "pistols", 12),
    ("Police said the rifles were smuggled to the Marrow Street gang by a Texas man, Teodor Brask.",
     "Teodor Brask", "Marrow Street gang", "delivered", "rifles", None),
    ("The Red Harbor gang obtained about 60 rifles from a Miami-based broker, Pavel Strand.",
     "Pavel Strand", "Red Harbor gang", "delivered", "rifles", 60),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), NAMED)
def test_the_group_is_the_recipient_by_its_full_name(extractor, text, supplier, recipient, stage, word,  # noqa: ANN001
                                                      quantity) -> None:
    rows = _rows(extractor, text)
    found = [r for r in rows if r[0] == supplier and r[1] == recipient and r[2] == stage and word in r[3]]
    assert found, rows
    assert any(r[4] == quantity for r in found), rows
    assert all(r[1] == recipient for r in rows if r[0] == supplier), rows  # no state nor part-name beside it


UNNAMED = [  # (text, recipient, item word, quantity)
    ("Officials said 30 rifles were smuggled to the Marrow Street gang.", "Marrow Street gang", "rifles", 30),
    ("Twelve pistols were shipped to the Corvell Street gang in March, police said.", "Corvell Street gang",
     "pistols", 12),
    ("In 2019, 25 assault rifles were delivered to the Black Reed militia, according to the experts.",
     "Black Reed militia", "assault rifles", 25),
    ("He shipped twelve pistols to the Marrow Street gang.", "Marrow Street gang", "pistols", 12),
    ("Two hundred pistols were trafficked to members of the Vell Norte cartel last year.", "Vell Norte cartel",
     "pistols", 200),
    ("The Panel found no evidence that any other foreign state had supplied the Movement for Korso Liberation with mortars.",
     "Movement for Korso Liberation", "mortars", None),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), UNNAMED)
def test_a_transfer_to_a_group_keeps_an_untold_supplier_empty(extractor, text, recipient, word,  # noqa: ANN001
                                                               quantity) -> None:
    rows = _rows(extractor, text)
    found = [r for r in rows if r[0] is None and r[1] == recipient and r[2] == "delivered" and word in r[3]]
    assert found, rows
    assert any(r[4] == quantity for r in found), rows


NOTHING = [  # no row: an aim, a generic subject naming no party, a definite load told before, a state alone
    "The men plotted to ship rifles and missiles to the Marrow Street gang.",
    "Twelve pistols were shipped to Kenya.",
    "Investigators believe the rifles were supplied to the Marrow Street gang.",
    "The captain had sold rifles to the Black Reed militia, a witness said.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_row_without_a_told_transfer_to_the_group(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_a_plural_description_takes_no_place_into_its_name(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Customs officers in Kingston seized 30 rifles bound for Tarrow criminal groups.")
    assert all(r[1] is None or not r[1].startswith("Tarrow criminal") or r[1] == "Tarrow criminal groups"
               for r in rows), rows


def test_the_state_for_a_group_is_no_recipient(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Ilse Varga shipped 40 rifles to Honduras for the Vell Norte cartel.")
    assert not [r for r in rows if r[1] == "Honduras"], rows
    assert [r for r in rows if r[1] == "Vell Norte cartel" and r[4] == 40], rows
    rows = _rows(extractor, "Kenya sent rifles to Somalia for its army.")  # a state's own forces: the state stays
    assert [r for r in rows if r[1] == "Somalia"], rows


def test_a_relative_clause_of_trafficked_pistols_names_the_group(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "A straw purchaser bought 17 pistols that were trafficked to the Valle Norte cartel.")
    assert [r for r in rows if r[0] is None and r[1] == "Valle Norte cartel" and r[4] == 17], rows


ONWARD = [  # shipments to a state, then the load handed to a group there: the group is their recipient
    ("Ilse Varga shipped 40 rifles and ten pistols to Honduras in 2021. The weapons were handed to members of "
     "the Vell Norte cartel, prosecutors say.", "Ilse Varga", "Vell Norte cartel", {40, 10}),
    ("Ilse Varga shipped 40 rifles and ten pistols to Honduras in 2021.\n\nMessages show that the weapons were "
     "delivered to the Vell Norte cartel.", "Ilse Varga", "Vell Norte cartel", {40, 10}),
    ("In 2020 the defendant smuggled 25 rifles into Guatemala. According to the charges, the guns were passed to "
     "the Corvell Street gang.", "defendant", "Corvell Street gang", {25}),
]


@pytest.mark.parametrize(("text", "supplier", "group", "counts"), ONWARD)
def test_the_group_the_load_was_handed_to_is_the_recipient(extractor, text, supplier, group, counts) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert {r[4] for r in rows if r[0] == supplier and r[1] == group} == counts, rows
    assert all(r[1] == group for r in rows), rows  # neither the state nor a row of "the weapons" of its own


def test_a_state_export_stays_the_states(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Spain sold 40 rifles to Honduras in 2021. The weapons were later handed to the "
                            "Vell Norte cartel, officials said.")
    assert [r for r in rows if r[0] == "Spain" and r[1] == "Honduras" and r[4] == 40], rows


FACTIONS = [  # a listed movement's name opening a faction's own name: the faction, of the movement's state
    ("Officers of the Ugandan army sold 40 rifles to Mayi-Mayi Korvath in 2014, the experts said.",
     "Mayi-Mayi Korvath", 40),
    ("The experts visited camps of Mayi-Mayi Korvath near the lake in 2015. Two defectors said Ugandan officers "
     "sold rifles to the group that year.", "Mayi-Mayi Korvath", None),
]


@pytest.mark.parametrize(("text", "group", "quantity"), FACTIONS)
def test_a_faction_of_a_listed_movement_is_named_in_full(extractor, text, group, quantity) -> None:  # noqa: ANN001
    found = [t for t in extractor.extract_text(text).transfers if t.recipient and t.recipient.name == group]
    assert found and found[0].recipient.country == "COD" and found[0].recipient.kind == "armed_group", found
    assert found[0].quantity == quantity and found[0].supplier.country == "UGA", found


@pytest.mark.parametrize("text", ["Ugandan officers sold 40 rifles to a Mayi-Mayi commander in 2014.",
                                  "Ugandan officers sold 40 rifles to the Mayi-Mayi in 2014."])
def test_the_movement_alone_stays_the_listed_group(extractor, text) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert rows and all(t.recipient and not t.recipient.name.startswith("Mayi-Mayi") for t in rows), rows

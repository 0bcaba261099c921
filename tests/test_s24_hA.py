"""Parties taken from the clause, not from elsewhere in the text (twenty-fourth session, helper hA):

- a lease of another state's materiel ("Ruritania leased six Borduvian jets"): the adjective's state lets the
  item go, the subject receives it (`frames/leased_origin.py`, words.toml `frame_words.leasing_verbs`);
- the state of an item's hyphened participle of origin ("Ruritania-made rifles") is no recipient of the verb
  that passes the item on (`frames/opening_parties.py`);
- "armed them with X" where "them" stands for craft told just before gives no party (`frames/armed_items.py`);
- a party shown doing a transfer ("the photo shows the Ruritanian navy receiving radars from X") is the
  gerund's subject, not the subject of "show" (`frames/relatives.py` `light_object`);
- a system's name the tagger took for an organisation in a party's place ("the air force's Kestrel jets will
  receive X") is no party: its possessor is (`frames/item_holders.py`);
- a digest paragraph opening with a state's label ("RURITANIA - ...") is that state's: a recipient inherited from
  the paragraph before gives way to it (`mentions/paragraph_labels.py`, `paragraph_recipients.py`);
- "the island" or "the island nation" stands only for an island state, not for the mainland power named just
  before (`mentions/regions_of.py`, words.toml [description_heads] states);
- a leader's government ("Prime Minister X's government") whose state the text does not tell by the leader's
  office is the government of the feature's own state (`mentions/led_bodies.py`);
- a bare "the government" in a feature on one state, whose head noun was last used for another state's body in
  an earlier paragraph: the feature's own state's government (`mentions/home_bodies.py`).

Sentences written for these tests (invented models and combinations of states; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

LEASED = [
    ("Portugal leased six Norwegian Tarn-4 helicopters in 2019.", "NOR", "PRT", "delivered", "helicopters", 6),
    ("In 2011, while it waited for new frigates, the Chilean navy leased two Dutch corvettes for three years.",
     "NLD", "CHL", "delivered", "corvettes", 2),
    ("Peru has leased four Brazilian patrol aircraft, the defence ministry announced on Tuesday.",
     "BRA", "PER", "delivered", "patrol aircraft", 4),
    ("Kenya leased three Spanish transport aircraft for eighteen months.", "ESP", "KEN", "delivered", "aircraft", 3),
    ("Ecuador is reported to have leased two Israeli Ostrava-9 radars.", "ISR", "ECU", "delivered", "Ostrava-9", 2),
    ("Hungary leased fourteen Swedish fighter jets for ten years.", "SWE", "HUN", "delivered", "fighter jets", 14),
    ("Under the deal, Bogota will lease five American Huey helicopters until 2026.",
     "USA", "COL", "ordered", "helicopters", 5),
    ("Six Norwegian helicopters were leased by Portugal in 2019.", "NOR", "PRT", "delivered", "helicopters", 6),
    ("The Portuguese defence ministry leased six Norwegian-built helicopters.",
     "NOR", "PRT", "delivered", "helicopters", 6),
    ("Portugal, which leased six Norwegian helicopters in 2019, will return them.",
     "NOR", "PRT", "delivered", "helicopters", 6),
    ("Portugal reportedly leased six Norwegian helicopters.", "NOR", "PRT", "delivered", "helicopters", 6),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), LEASED)
def test_a_lease_of_a_foreign_states_item_goes_to_the_subject(extractor, text, supplier, recipient, stage, word,  # noqa: ANN001
                                                               quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word, quantity), rows
    assert not [r for r in rows if r[0] == recipient], rows  # the lessee supplies nothing


def test_a_lease_vietnam_did_not_make_is_negated_not_reversed(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Vietnam did not lease any Russian submarines, the minister said.")
    rows = [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.factuality) for t in report.transfers]
    assert rows == [("RUS", "VNM", "negated")], rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), [
    ("Chile leased two Dutch corvettes to Peru.", "CHL", "PER", "corvettes"),  # a lessor with its "to" party
    ("Ecuador leased two frigates from Chile.", "CHL", "ECU", "frigates"),  # the "from" party lets them
    ("Portugal leased six Portuguese-built helicopters to Angola.", "PRT", "AGO", "helicopters"),
])
def test_a_lease_told_with_its_other_party_keeps_its_direction(extractor, text, supplier, recipient, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert [r[:2] for r in rows] == [(supplier, recipient)], rows
    assert word in rows[0][3], rows


@pytest.mark.parametrize("text", [
    "Portugal leased six helicopters.",  # no adjective: no lessor told
    "Chilean crews leased the hangar for ten years.",
])
def test_a_lease_with_no_foreign_item_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


GOVERNMENT = [
    ("Peru's long search for a trainer\n\nIn 1998 Peru bought 18 Kestrel-2 trainers from Italy. The Italian "
     "government was then offering the type to many air forces.\n\nBy 2010 the Peruvian air force wanted a "
     "successor. Lima spent years on studies and trials.\n\nIn 2016 the government ordered ten Tarn-4 trainer "
     "jets from South Korea.", "KOR", "PER", "ordered", "Tarn-4"),
    ("Chile and its frigates\n\nChile bought two Type 23 frigates from Britain in 2005. The British government had "
     "offered them at a low price.\n\nChilean admirals argued for years about a successor. The navy drew up "
     "studies.\n\nIn 2019 the government signed a contract with Spain for four Orca-class frigates.",
     "ESP", "CHL", "ordered", "Orca"),
    ("Kenya's patrol boats\n\nKenya received three Varg-2 patrol boats from Norway in 2012. The Norwegian "
     "government paid for their training.\n\nKenyan officials later asked for more. Nairobi drew up a "
     "budget.\n\nLast year the government bought two Hval-class patrol boats from Denmark.",
     "DNK", "KEN", "delivered", "Hval"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), GOVERNMENT)
def test_the_government_of_a_later_paragraph_is_the_features_own(extractor, text, supplier, recipient, stage,  # noqa: ANN001
                                                                  word) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word), rows
    assert not [r for r in rows if word in r[3] and r[1] != recipient], rows


def test_the_government_of_the_same_paragraph_keeps_its_antecedent(extractor) -> None:  # noqa: ANN001
    text = ("Chile and its frigates\n\nChile bought two Type 23 frigates from Britain in 2005. The British "
            "government said in March that the government would also sell two more to Chile.")
    rows = _rows(extractor, text)
    assert any(s == "GBR" and r == "CHL" and q == 2 for s, r, _, _, q in rows), rows
    assert not [r for r in rows if r[0] == "CHL"], rows


ORIGIN_PARTICIPLES = [
    ("Chadian troops handed France-supplied rifles to a Sudanese militia.", "TCD", "FRA", "rifles"),
    ("Rwanda gave China-made mortars to the M23 rebels, the panel said.", "RWA", "CHN", "mortars"),
    ("In 2015, the Ugandan army sold Russia-built helicopters to South Sudan.", "UGA", "RUS", "helicopters"),
    ("Kenya is accused of passing US-supplied rifles to a Sudanese militia.", "KEN", "USA", "rifles"),
    ("The Ethiopian government sent Israel-made drones and Serbia-made shells to Sudan.", "ETH", "ISR", "drones"),
    ("Officials said Burundi had delivered China-made rifles to Congolese rebels.", "BDI", "CHN", "rifles"),
    ("Nigeria reportedly gave UK-supplied grenades to Cameroon.", "NGA", "GBR", "grenades"),
    ("Jordan gave Iran-made drones to the Houthis.", "JOR", "IRN", "drones"),
    ("Pakistan sold US-built F-16s to Jordan in 2014.", "PAK", "USA", "F-16"),
    ("Jordan passed US-supplied Kestrel rifles to the Syrian rebels, which used them in Aleppo.", "JOR", "USA",
     "rifles"),
]


@pytest.mark.parametrize(("text", "giver", "maker", "word"), ORIGIN_PARTICIPLES)
def test_the_state_of_a_participle_of_origin_receives_nothing_from_the_giver(extractor, text, giver, maker,  # noqa: ANN001
                                                                             word) -> None:
    rows = _rows(extractor, text)
    assert any(s == giver and r not in (None, maker) and word in item for s, r, _, item, _ in rows), rows
    assert not [r for r in rows if r[0] == giver and r[1] == maker], rows


def test_a_participle_of_origin_that_is_the_trigger_keeps_its_state(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peruvian soldiers carried US-supplied rifles, the report said.")
    assert not [r for r in rows if r[1] == "USA"], rows


ARMED_CRAFT = [
    ("Chile bought six Kestrel boats from Norway. It later armed them with Swedish missiles.", "NOR", "CHL", "boats"),
    ("The Peruvian navy received two frigates from Britain in 2004 and plans to arm them with Israeli missiles.",
     "GBR", "PER", "frigates"),
    ("Spain sold four Tarn-4 helicopters to Peru, and Lima then bought kits to arm them with rockets.",
     "ESP", "PER", "Tarn-4"),
    ("After the corvettes arrived from Korea, the navy armed them with 76 mm guns.", None, None, ""),
    ("Kenya ordered three patrol boats last year and intends to arm them with Turkish cannons, a spokesman said.",
     None, None, ""),
    ("The Ruritanian army's new trucks came from Japan, and soldiers armed them with machine guns.", None, None, ""),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), ARMED_CRAFT)
def test_arming_them_after_craft_gives_the_weapons_to_no_maker(extractor, text, supplier, recipient, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    if supplier is not None:
        assert any(s == supplier and r == recipient and word in item for s, r, _, item, _ in rows), rows
    assert not [r for r in rows if r[0] in ("CHL", "PER", "KEN") and r[1] is not None], rows


@pytest.mark.parametrize(("text", "supplier"), [
    ("Iran trained the rebels and armed them with rifles.", "IRN"),
    ("Russia armed the separatists with tanks.", "RUS"),
])
def test_arming_a_group_keeps_its_recipient(extractor, text, supplier) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    assert any(t.supplier and t.supplier.country == supplier and t.recipient is not None for t in report.transfers), \
        report.transfers


SHOWN = [
    ("The photo shows the Peruvian navy receiving two radars from Spain.", "ESP", "PER", "radars", 2),
    ("Satellite images show the Omani air force receiving four Tarn-4 jets from Italy.", "ITA", "OMN", "Tarn-4", 4),
    ("The pictures, released by the ministry, show Kenya's army receiving 20 trucks from China.",
     "CHN", "KEN", "trucks", 20),
    ("The footage shows a Chilean army unit taking in launchers from a US consignment.",
     "USA", "CHL", "launchers", None),
    ("A video posted on Monday showed Chilean soldiers unloading rifles delivered by Spain.",
     "ESP", "CHL", "rifles", None),
    ("The report showed Ecuador receiving Korean-built patrol boats in 2019.", "KOR", "ECU", "patrol boats", None),
    ("Peru showed interest in buying ten Tarn-4 jets from Italy.", "ITA", "PER", "Tarn-4", 10),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), SHOWN)
def test_a_party_shown_receiving_is_the_recipient(extractor, text, supplier, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and word in item and (quantity is None or q == quantity)
               for s, r, _, item, q in rows), rows


def test_a_picture_not_showing_a_receipt_gives_no_delivery(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The footage does not show the Peruvian navy receiving any radars from Spain.")
    assert not [r for r in rows if r[2] == "delivered" and r[4] is not None], rows
    assert not [r for r in rows if r[1] not in (None, "PER")], rows


DIGEST = "Regional digest\n\nECUADOR - The navy's Tarn-4 frigates, bought from Spain in 2005, will receive new radars.\n\n"
LABELLED = [
    (DIGEST + "BOLIVIA - A La Paz weekly said six Kestrel trainers bought from Italy had arrived in March.",
     "ITA", "BOL", "trainers", 6),
    (DIGEST + "Bolivia: A weekly in the capital said six Kestrel trainers bought from Italy had arrived in March.",
     "ITA", "BOL", "trainers", 6),
    (DIGEST + "URUGUAY - The paper said four Kestrel patrol boats donated by Japan were handed over in May.",
     "JPN", "URY", "patrol boats", 4),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), LABELLED)
def test_a_digest_paragraphs_label_is_its_recipient(extractor, text, supplier, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows
    assert not [r for r in rows if word in r[3] and r[1] == "ECU"], rows


def test_a_labelled_paragraph_keeps_the_parties_its_clause_names(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, DIGEST + "BOLIVIA - A weekly said Chile had sold six Kestrel trainers to Peru.")
    assert has_country_row(rows, "CHL", "PER", "delivered", "trainers", 6), rows
    assert not [r for r in rows if r[1] == "BOL"], rows


def test_an_item_name_in_a_party_place_lends_no_recipient(extractor) -> None:  # noqa: ANN001
    text = ("Regional digest\n\nCHILE - A Santiago daily said the air force's EMB-314 Super Tucanos, bought from Brazil back in "
            "2010, would receive new engines.\n\nPERU - A Lima paper said six Kestrel trainers bought from Italy "
            "had arrived.")
    report = extractor.extract_text(text)
    assert report.transfers
    assert all(t.recipient is None or t.recipient.kind != "other" for t in report.transfers), report.transfers


ISLANDS = [
    ("The United States lifted its embargo on Cyprus in 2022. Russia, long the island's principal supplier of heavy "
     "weapons, was absent.", "RUS", "CYP"),
    ("Washington approved the sale of radars to Malta last year. France remains the island's largest supplier of "
     "patrol boats.", "FRA", "MLT"),
    ("The United States signed a deal with Cuba. Russia delivered six helicopters to the island in 2019.",
     "RUS", "CUB"),
    ("China delivered four patrol boats to Fiji. Australia has also supplied rifles to the island nation.",
     "AUS", "FJI"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), ISLANDS)
def test_the_island_is_the_island_state(extractor, text, supplier, recipient) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient for s, r, _, _, _ in rows), rows
    assert not [r for r in rows if r[0] == supplier and r[1] in ("USA", "CHN")], rows


def test_the_island_is_never_a_mainland_state_told_before(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Spain sold four radars to Chile in 2015. Israel has also sold rifles to the island.")
    assert has_country_row(rows, "ESP", "CHL", "delivered", "radars", 4), rows
    assert not [r for r in rows if r[0] == "ISR" and r[1] == "ESP"], rows


LED = [
    ("Peru's navy plans\n\nPresident Maria Gonzalez said the fleet needed new ships.\n\nOman ordered two frigates "
     "from Spain in 2019.\n\nGonzalez's government has since signed for four Tarn-4 patrol boats from South Korea.",
     "KOR", "PER", "Tarn-4"),
    ("Chile's new arms rules\n\nPrime Minister Daniel Robertson's cabinet revised the export rules on Tuesday.\n\n"
     "Qatar bought two Tarn-4 radars from Spain last year.\n\nRobertson's government approved the purchase of 40 "
     "Kestrel jets from Italy in December.", "ITA", "CHL", "Kestrel"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), LED)
def test_a_leaders_government_is_the_features_state(extractor, text, supplier, recipient, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and word in item for s, r, _, item, _ in rows), rows
    assert not [r for r in rows if word in r[3] and r[1] != recipient], rows


def test_a_leaders_government_in_a_paragraph_on_another_state_is_not_the_features(extractor) -> None:  # noqa: ANN001
    text = ("Peru's navy plans\n\nPresident Maria Gonzalez said the fleet needed new ships.\n\nThe Omani Defence Force "
            "says President Ahmed Salim's government bought four Tarn-4 patrol boats from South Korea.")
    report = extractor.extract_text(text)
    assert not [t for t in report.transfers if t.recipient is not None and t.recipient.kind == "government_body"
                and t.recipient.country == "PER"], report.transfers

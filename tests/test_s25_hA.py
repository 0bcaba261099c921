"""Double-object sales and their gapped second pairs (twenty-fifth session, helper hA):

- "will sell the Ruritanian Navy six Ostrava-9 patrol boats": the parser glues the indirect object and the count
  into the item's phrase; the indirect object is the recipient and the count the item's
  (`extraction/dative_counts.py`, words.toml [dative_counts]);
- a gapped second pair "and the Ruritanian police ten Tarvik vehicles" names its own recipient and count
  (`frames/actor_gaps.py`: a party named by a modifier, a model's name before the kind);
- a gapped pair with its item left out ("and Borduria eight") repeats the item at its own count
  (`frames/gapped_pairs.py`).

Sentences written for these tests (invented models and firms, and combinations of states not taken from any
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

DOUBLE = [
    ("Seoul will sell the Peruvian Navy six Ostrava-9 patrol boats.", "KOR", "PER", "ordered", "patrol boats", 6),
    ("Madrid sold the Colombian Air Force twelve Kestrel-5 trainers in 2016.",
     "ESP", "COL", "delivered", "Kestrel-5 trainers", 12),
    ("Egypt agreed to sell the Libyan National Army 30 Tarvik armoured vehicles.",
     "EGY", "LBY", "ordered", "armoured vehicles", 30),
    ("Beijing gave the Cambodian army 26 Taro-3 trucks last year.", "CHN", "KHM", "delivered", "trucks", 26),
    ("Spain agreed in June to sell Peru 16 KARVO truck-mounted howitzers, built by Karvell Defence.",
     "ESP", "PER", "ordered", "howitzers", 16),
    ("In March, Washington offered Manila 20 Harrow-3 helicopters, officials said.",
     "USA", "PHL", "offered", "helicopters", 20),
    ("Under the accord, Ankara will supply the Kenya Defence Forces 12 Korsak armoured vehicles.",
     "TUR", "KEN", "ordered", "armoured vehicles", 12),
    ("Oslo has given Tallinn 14 Marrow-9 infantry fighting vehicles since 2022.",
     "NOR", "EST", "delivered", "infantry fighting vehicles", 14),
    ("Lisbon may sell the Irish Army 24 TARN-7 howitzers, according to two sources close to the talks.",
     "PRT", "IRL", "considered", "howitzers", 24),
    ("Spain, which sold the Ecuadorian Army eight Delmar-2 helicopters in 2010, is bidding again.",
     "ESP", "ECU", "delivered", "helicopters", 8),
    ("Canberra agreed to lease the Indonesian Navy two Varn-class submarines for five years.",
     "AUS", "IDN", "ordered", "submarines", 2),
    ("It was reported that Rome had sent the Jordanian Air Force 6 Belmont-3 drones.",
     "ITA", "JOR", "delivered", "drones", 6),
    ("Moscow has offered the Algerian Air Force 14 MiG-29 fighters, according to the report.",
     "RUS", "DZA", "offered", "fighters", 14),  # only the model is materiel, not the kind after it
    ("The ministry said Berlin would give the Moldovan army 1.5 million rounds of ammunition.",
     "DEU", "MDA", "offered", "rounds", 1_500_000),
    ("Beijing did not send the Nepalese army 40 Taro-3 trucks, officials insisted.",
     "CHN", "NPL", "delivered", "trucks", 40),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), DOUBLE)
def test_the_indirect_object_is_the_recipient_and_the_count_the_items(extractor, text, supplier, recipient,  # noqa: ANN001
                                                                       stage, word, quantity) -> None:
    rows = _rows(extractor, text)
    found = [r for r in rows if r[0] == supplier and r[1] == recipient and word in r[3]]
    assert found, rows
    assert all(r[4] == quantity for r in found), rows  # the count is the item's
    for r in found:  # the item text holds neither the indirect object nor the count
        assert not r[3].split()[0][0].isdigit() and not set(r[3].split()) & _party_words(text), rows
    assert has_country_row(rows, supplier, recipient, stage, word, quantity), rows


def _party_words(text: str) -> set[str]:
    """The words of a battery sentence's indirect object: those between its verb and its count."""
    words = text.replace(",", "").split()
    verb = next(i for i, w in enumerate(words) if w in VERBS)
    count = next(i for i in range(verb + 1, len(words)) if words[i][0].isdigit() or words[i] in NUMBER_WORDS)
    return {w for w in words[verb + 1: count] if w != "the"}


VERBS = {"sell", "sold", "gave", "offered", "supply", "given", "lease", "sent", "give", "send"}
NUMBER_WORDS = {"two", "six", "eight", "twelve"}


GAPPED = [
    ("Seoul will sell the Peruvian Navy six Ostrava-9 patrol boats and the Chilean Army ten TARVIK armoured "
     "vehicles.", "KOR", [("PER", "patrol boats", 6), ("CHL", "armoured vehicles", 10)]),
    ("Madrid will sell Quito 12 ZORVAN-2 helicopters and Lima eight ZORVAN-2 helicopters.",
     "ESP", [("ECU", "helicopters", 12), ("PER", "helicopters", 8)]),
    ("Paris will hand the Senegalese gendarmerie 30 Tarvik armoured cars and the Malian army 12 Tarvik trucks.",
     "FRA", [("SEN", "armoured cars", 30), ("MLI", "trucks", 12)]),  # the party first read as a verb
    ("Ankara agreed to supply the Kenyan Navy four Korsak patrol boats and the Ugandan police 40 Tarvik-4 "
     "armoured vehicles, a joint statement said.", "TUR", [("KEN", "patrol boats", 4), ("UGA", "armoured vehicles", 40)]),
]


@pytest.mark.parametrize(("text", "supplier", "pairs"), GAPPED)
def test_a_gapped_second_pair_has_its_own_recipient_and_count(extractor, text, supplier, pairs) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for recipient, word, quantity in pairs:
        found = [r for r in rows if r[0] == supplier and r[1] == recipient and word in r[3]]
        assert found and all(r[4] == quantity for r in found), rows
    assert all(r[0] == supplier for r in rows), rows  # no recipient taken for a supplier
    assert len({(r[1], r[4]) for r in rows}) == len(rows), rows  # no cross product


@pytest.mark.parametrize("text", [
    "The deal gives the navy 12 months to decide.",
    "He sold the idea to voters.",
    "It sold the company 40 percent of its shares.",
    "The minister offered parliament two reasons for the delay.",
    "The agreement gives Peru 90 days to pay.",
    "The ruling gives the Chilean Army 30 days to answer.",
])
def test_a_double_object_of_no_materiel_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


def test_a_negated_double_object_sale_keeps_its_count(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Tokyo did not sell the Australian Navy 10 Sorel-4 submarines, the ministry said.")
    rows = [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.text, t.quantity, t.factuality) for t in report.transfers]
    assert rows and all(r[:2] == ("JPN", "AUS") and r[3] == 10 and "Australian" not in r[2] for r in rows), rows
    assert all(r[4] in ("negated", "denied") for r in rows), rows


def test_a_count_inside_a_designation_stays_the_designations(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "In 1991 Moscow sold the Bolivian army Type 59 tanks at cost.")
    assert [(r[0], r[1], r[4]) for r in rows] == [("RUS", "BOL", None)], rows
    assert rows[0][3].startswith("Type 59"), rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), [
    ("Ankara will sell the Kenyan Navy Korsak patrol boats.", "TUR", "KEN", "ordered", "Korsak patrol boats"),
    ("Paris offered the Peruvian Army TARVIK armoured vehicles.", "FRA", "PER", "offered", "TARVIK armoured vehicles"),
    ("Last year Beijing gave the Cambodian Army Taro-3 trucks, the ministry said.",
     "CHN", "KHM", "delivered", "Taro-3 trucks"),
])
def test_an_uncounted_item_after_a_named_force_is_the_forces(extractor, text, supplier, recipient, stage,  # noqa: ANN001
                                                              word) -> None:
    rows = _rows(extractor, text)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [(supplier, recipient, stage, word)], rows


def test_a_capital_tagged_as_a_determiner_is_still_the_indirect_object(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Moscow sold Lusaka two Vesta-4 helicopters in 2012, and Beijing supplied QZ-412 "
                            "armoured personnel carriers in 2010.")
    assert has_country_row(rows, "RUS", "ZMB", "delivered", "Vesta-4 helicopters", 2), rows
    assert has_country_row(rows, "CHN", "ZMB", "delivered", "armoured personnel carriers"), rows
    assert len(rows) == 2, rows


@pytest.mark.parametrize("text", [
    "The minister gave the Kenyan Navy credit for the rescue.",
    "Nairobi offered the Ugandan Army Chief a seat at the talks.",
])
def test_an_uncounted_second_object_of_no_materiel_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


def test_a_makers_name_and_a_number_stay_a_model(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The firm Karvell Leasing agreed to supply Cessna 208 aircraft to the Kenyan air force.")
    assert [(r[1], r[3]) for r in rows] == [("KEN", "Cessna 208 aircraft")], rows


BARE = [
    ("Madrid sold Quito 12 Kestrel-5 trainers and Lima eight.", "ESP", [("ECU", 12), ("PER", 8)], "trainers"),
    ("Rome will give the Jordanian Air Force six Belmont-3 drones and the Lebanese army four.",
     "ITA", [("JOR", 6), ("LBN", 4)], "drones"),
    ("Italy will deliver the Kenyan Navy two Ostrava-9 patrol boats next year and the Tanzanian Navy one.",
     "ITA", [("KEN", 2), ("TZA", 1)], "patrol boats"),
    ("In 2015 Madrid sold Quito 12 Kestrel-5 trainers and Lima eight, officials said.",
     "ESP", [("ECU", 12), ("PER", 8)], "trainers"),
]


@pytest.mark.parametrize(("text", "supplier", "pairs", "word"), BARE)
def test_a_gapped_pair_with_its_item_left_out_repeats_the_item(extractor, text, supplier, pairs, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert sorted((r[1], r[4]) for r in rows if r[0] == supplier and word in r[3]) == sorted(pairs), rows


@pytest.mark.parametrize("text", [
    "Madrid sold Quito 12 Kestrel-5 trainers and Lima eight years ago.",
    "Madrid sold Quito 12 Kestrel-5 trainers and Lima 40 percent of the spares.",
])
def test_a_count_of_something_else_after_and_is_no_gapped_pair(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[1] == "PER"], rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), [
    ("Ghana was sold 30 armoured vehicles by Brazil last year.", "BRA", "GHA", "armoured vehicles", 30),
    ("Ghana's army was sold 30 Tarvik armoured vehicles by Brazil.", "BRA", "GHA", "armoured vehicles", 30),
    ("The Ghanaian army was given 30 armoured vehicles by Brazil.", "BRA", "GHA", "armoured vehicles", 30),
    ("Colombia was sold 12 Kestrel-5 light attack aircraft by Brazil in 2019.", "BRA", "COL", "aircraft", 12),
])
def test_a_passive_double_object_takes_its_by_party_as_the_giver(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                                  quantity) -> None:
    rows = _rows(extractor, text)
    assert [(r[0], r[1], r[4]) for r in rows if word in r[3]] == [(supplier, recipient, quantity)], rows


def test_a_by_phrase_of_no_party_gives_no_giver(extractor) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, "Ghana was sent 30 armoured vehicles by sea.") if r[0]]

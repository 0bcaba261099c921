"""Background paragraphs of past transfers that lost their row (session 26b, helper hJ; sweep scripts/sweeps/hJ.toml):

- "a fleet of A jets, bought second-hand from Y": the parser reads the manner word as the participle's object; it
  becomes a manner adverb and the participle a modifier of the object (`extraction/manner_objects.py`, words.toml
  [manner_objects]);
- "Y has accounted for most of X's arms imports, including six A": a share of a state's imports with the items it
  included names a delivery (`frames/import_shares.py`, words.toml [import_shares]);
- "X fields six A jets. They were bought from Y in 2004": the passive's subject takes up the holdings of the
  sentence before, whose holder receives (`frames/held_origins.py`, words.toml [held_origins]).

Sentences written for these tests (invented models, and combinations of states not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

SECOND_HAND = [
    ("The Kenyan navy maintains a fleet of four Karvell-7 corvettes, bought second-hand from Norway in 2003.",
     "NOR", "KEN", "Karvell-7", 4),
    ("Peru's air force operates 12 Ostrava-9 jets, purchased second-hand from Chile.", "CHL", "PER", "Ostrava-9", 12),
    ("Ghana acquired six Tarn-4 howitzers second-hand from Senegal in the late 1990s.", "SEN", "GHA", "Tarn-4", 6),
    ("In 2011 Lima bought eight Varn-4 helicopters secondhand from Bogota, officials said.",
     "COL", "PER", "Varn-4", 8),
    ("The Omani army still fields 24 Brenna KR-12 tanks, which it bought second-hand from Jordan.",
     "JOR", "OMN", "KR-12", 24),
    ("Uruguay, which bought three Kestrel-5 patrol boats second-hand from Spain, wants more.",
     "ESP", "URY", "Kestrel-5", 3),
    ("The Zambian air force flies a fleet of two Harlan K-7 helicopters, bought second-hand from Malaysia.",
     "MYS", "ZMB", "helicopters", 2),
    ("Romania's navy has two Karvell-7 frigates, acquired second-hand from Italy in 2004.",
     "ITA", "ROU", "Karvell-7", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), SECOND_HAND)
def test_a_second_hand_purchase_keeps_its_object(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                 quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "The Kenyan navy maintains a fleet of four Karvell-7 corvettes, built at home in 2003.",
    "Peru's air force operates 12 Ostrava-9 jets, bought new in 2015.",
    "The family bought a second-hand car from a neighbour in 2003.",
])
def test_a_manner_word_with_no_source_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[0] is not None], _rows(extractor, text)


SHARES = [
    ("Since 2005, Norway has accounted for most of Kenya's arms imports, including 12 Karvell-7 jets.",
     "NOR", "KEN", "Karvell-7", 12),
    ("Chile accounted for 40 per cent of Peru's arms imports between 2010 and 2014, including six Tarn-4 howitzers.",
     "CHL", "PER", "Tarn-4", 6),
    ("Madrid made up half of Montevideo's weapons purchases over the decade, including four Ostrava-9 radars.",
     "ESP", "URY", "Ostrava-9", 4),
    ("According to the institute, Jordan accounted for a third of Oman's arms imports, including two Varn-4 "
     "helicopters and eight Brenna KR-12 tanks.", "JOR", "OMN", "Varn-4", 2),
    ("According to the institute, Jordan accounted for a third of Oman's arms imports, including two Varn-4 "
     "helicopters and eight Brenna KR-12 tanks.", "JOR", "OMN", "KR-12", 8),
    ("Italy represented the bulk of Romania's arms imports in the 2000s, including 36 Kestrel-5 armoured vehicles.",
     "ITA", "ROU", "Kestrel-5", 36),
    ("Senegal has accounted for most of Ghana's arms imports since 2012, including three Harlan K-7 helicopters, "
     "SIPRI data show.", "SEN", "GHA", "helicopters", 3),
    ("Between 2015 and 2019 Malaysia accounted for 70 per cent of Zambia's arms imports, including 24 Tarn-4 "
     "howitzers.", "MYS", "ZMB", "Tarn-4", 24),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), SHARES)
def test_a_share_of_imports_with_items_is_a_delivery(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                     quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Norway accounted for 60 per cent of Kenya's arms imports between 2015 and 2019, according to SIPRI.",
    "Chile has accounted for most of Peru's growth since 2010, including its copper exports.",
    "Since 2005, Norway has accounted for most of Kenya's oil exports, including crude and gas.",
])
def test_a_share_with_no_items_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


HELD = [
    ("Kenya fields six Tarn-4 howitzers. They were supplied by Norway in 1996.", "NOR", "KEN", "Tarn-4", 6),
    ("The Omani military still relies on eight Varn-4 helicopters. The helicopters were bought from Jordan in 2008.",
     "JOR", "OMN", "Varn-4", 8),
    ("The Peruvian navy operates four Karvell-7 corvettes. They were transferred from Chile in 2015, the navy "
     "says.", "CHL", "PER", "Karvell-7", 4),
    ("Uruguay's coast guard flies two Harlan K-7 helicopters. Both were donated by Spain.",
     "ESP", "URY", "helicopters", 2),
    ("Ghana has 12 Kestrel-5 armoured vehicles. These were delivered by Senegal in 2019.",
     "SEN", "GHA", "Kestrel-5", 12),
    ("The Zambian army maintains a fleet of 24 Brenna KR-12 tanks. The tanks were acquired from Malaysia in the "
     "1990s.", "MYS", "ZMB", "KR-12", 24),
    ("Romania operates 36 Ostrava-9 radars. They were reportedly bought from Italy in 2001.",
     "ITA", "ROU", "Ostrava-9", 36),
    ("Lima fields three Varn-4 helicopters. They were supplied by Bogota in 2012.", "COL", "PER", "Varn-4", 3),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), HELD)
def test_items_held_then_sourced_go_to_their_holder(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                    quantity) -> None:
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and st == "delivered" and word in item
               for s, r, st, item, _q in rows), rows
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity) or \
        has_country_row(rows, supplier, recipient, "delivered", word), rows


@pytest.mark.parametrize("text", [
    "Kenya fields six Tarn-4 howitzers. They were built in Norway in 1996.",
    "The Kenyan army operates a fleet of Ostrava-9 radars. The radars will be sold to Peru next year.",
    "Kenya fields six Tarn-4 howitzers. The trucks were supplied by Norway in 1996.",
])
def test_held_items_with_no_source_or_another_taker_are_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[1] == "KEN"], _rows(extractor, text)


def test_a_negated_source_keeps_its_holder(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Kenya fields six Tarn-4 howitzers. They were not supplied by Norway.")
    found = [t for t in report.transfers if t.recipient and t.recipient.country == "KEN"]
    assert found and all(t.factuality == "negated" for t in found)


SUPPLIER_SHARES = [
    ("Norway was Kenya's main arms supplier between 2015 and 2019, accounting for 60 per cent of its imports, "
     "including 12 Karvell-7 jets.", "NOR", "KEN", "Karvell-7", 12),
    ("Italy was Peru's biggest arms supplier in the decade, accounting for half of its imports, including four "
     "Ostrava-9 radars and six Tarn-4 howitzers.", "ITA", "PER", "Tarn-4", 6),
    ("Jordan, Oman's largest supplier, has been its main source of arms since 2010. Jordan was Oman's top supplier, "
     "accounting for most of its imports, including eight Brenna KR-12 tanks.", "JOR", "OMN", "KR-12", 8),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), SUPPLIER_SHARES)
def test_its_imports_after_a_named_supplier_are_the_customers(extractor, text, supplier, recipient,  # noqa: ANN001
                                                              word, quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows
    assert not [r for r in rows if r[0] == r[1]], rows


FOLLOWED = [
    ("Kenya bought 12 Karvell-7 jets from Norway in 2008, followed by six Varn-4 helicopters in 2012.",
     "NOR", "KEN", "Varn-4", 6),
    ("Norway delivered 12 Tarn-4 howitzers to Kenya in 2008, followed by four Ostrava-9 radars a year later.",
     "NOR", "KEN", "Ostrava-9", 4),
    ("In 2003, Lima acquired two Kestrel-5 patrol boats from Santiago, followed by three Karvell-7 corvettes "
     "in 2006.", "CHL", "PER", "Karvell-7", 3),
    ("Spain sold Uruguay eight Tarn-4 howitzers in 2001, followed by 24 Brenna KR-12 tanks in 2005, the institute "
     "said.", "ESP", "URY", "KR-12", 24),
    ("Malaysia supplied Zambia with 36 Kestrel-5 armoured vehicles, followed by two Harlan K-7 helicopters.",
     "MYS", "ZMB", "helicopters", 2),
    ("Ghana received 12 Varn-4 helicopters from Senegal, followed by four Ostrava-9 radars.",
     "SEN", "GHA", "Ostrava-9", 4),
    ("The Omani army took delivery of six Tarn-4 howitzers from Jordan in 2010, followed by 12 Kestrel-5 armoured "
     "vehicles in 2013.", "JOR", "OMN", "Kestrel-5", 12),
    ("According to SIPRI, Romania bought four Karvell-7 frigates from Italy, followed by eight Varn-4 helicopters.",
     "ITA", "ROU", "Varn-4", 8),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), FOLLOWED)
def test_a_batch_followed_by_another_keeps_its_parties(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                       quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Kenya bought 12 Karvell-7 jets from Norway in 2008, followed by talks on a second batch.",
    "Kenya bought 12 Karvell-7 jets from Norway in 2008, followed by a visit of its defence minister.",
])
def test_followed_by_no_materiel_adds_no_row(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert len(rows) == 1 and "Karvell-7" in rows[0][3], rows


HELD_PARTICIPLES = [
    ("The Kenyan navy operates four ex-Norwegian Karvell-7 corvettes, handed over in 2015.",
     "NOR", "KEN", "Karvell-7", 4),
    ("Peru's coast guard operates two ex-Chilean Kestrel-5 patrol boats, transferred in 2019.",
     "CHL", "PER", "Kestrel-5", 2),
    ("Ghana's army fields 12 Tarn-4 howitzers, delivered by Senegal in 2011.", "SEN", "GHA", "Tarn-4", 12),
    ("The Omani air force flies eight Varn-4 helicopters, donated by Jordan in 2016.", "JOR", "OMN", "Varn-4", 8),
    ("Uruguay keeps three Karvell-7 corvettes, supplied by Spain in the 1990s, in reserve.",
     "ESP", "URY", "Karvell-7", 3),
    ("Romania still operates 36 Kestrel-5 armoured vehicles, sold by Italy in 2002.",
     "ITA", "ROU", "Kestrel-5", 36),
    ("Zambia has operated six Ostrava-9 radars, acquired from Malaysia, since 2014.",
     "MYS", "ZMB", "Ostrava-9", 6),
    ("The Colombian navy operates two ex-Peruvian Kestrel-5 patrol boats, handed over in 2007, the navy said.",
     "PER", "COL", "Kestrel-5", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), HELD_PARTICIPLES)
def test_a_transfer_participle_after_holdings_describes_them(extractor, text, supplier, recipient,  # noqa: ANN001
                                                             word, quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "The Kenyan navy operates four Karvell-7 corvettes, built at home in 2015.",
    "The Kenyan navy operates four Karvell-7 corvettes, commissioned in 2015.",
])
def test_holdings_with_no_transfer_are_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[0] is not None], _rows(extractor, text)


AMONG = [
    ("Among the weapons Kenya has received from Norway are 24 Varn-4 helicopters.", "NOR", "KEN", "Varn-4", 24),
    ("Among the weapons Lima has received from Santiago are 24 Varn-4 helicopters and six Ostrava-9 radars.",
     "CHL", "PER", "Ostrava-9", 6),
    ("Among the equipment Spain delivered to Uruguay in the 2000s were 12 Tarn-4 howitzers.",
     "ESP", "URY", "Tarn-4", 12),
    ("Among the arms Ghana bought from Senegal in 2008 were four Karvell-7 corvettes, the institute said.",
     "SEN", "GHA", "Karvell-7", 4),
    ("Among the military equipment that Jordan supplied to Oman were eight Brenna KR-12 tanks.",
     "JOR", "OMN", "KR-12", 8),
    ("According to SIPRI, among the arms Romania imported from Italy were 36 Kestrel-5 armoured vehicles.",
     "ITA", "ROU", "Kestrel-5", 36),
    ("Among the hardware Malaysia has sold to Zambia since 2010 are two Harlan K-7 helicopters.",
     "MYS", "ZMB", "helicopters", 2),
    ("Among the weapons Bogota acquired from Lima were three Ostrava-9 radars.", "PER", "COL", "Ostrava-9", 3),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), AMONG)
def test_among_the_weapons_received_names_the_items(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                    quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Among the weapons Kenya displayed at the parade were 24 Varn-4 helicopters.",
    "Among the guests Kenya received from Norway were two ministers.",
])
def test_among_with_no_transfer_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[0] is not None], _rows(extractor, text)

"""Background paragraphs of past deliveries whose supplier is a pronoun, a capital or a relative clause, and whose
quantity is told indirectly (twenty-seventh session, helper hB):

- the count of items named before, told again on a pronoun ("came from X, which sold Y twelve of them") or as a
  bare number ("were supplied by X, which delivered all four") in the supplier's clause, is the items' count
  (retold_counts.py, words.toml [retold_counts]);
- a statement of the supplier's aid to another ("X has provided $300 million in assistance to Y", "X has long
  armed Y's army") names the recipient of the deliveries told just after it, whose supplier is often a pronoun or
  a description ("In 2014 it delivered ...", "the country handed over ...") (aid_statements.py, words.toml
  [aid_statements]).

Sentences written for these tests (invented models and firms; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

RETOLD = [
    ("Lithuania's helicopters\n\nThe Kestrel-7 helicopters themselves came from Poland, which sold Vilnius twelve "
     "of them in 2005.", "POL", "LTU", "Kestrel-7", 12),
    ("Lithuania's helicopters\n\nThe Kestrel-7 helicopters came from Poland, which delivered twelve of them to "
     "Lithuania in 2005.", "POL", "LTU", "Kestrel-7", 12),
    ("Chile's guns\n\nChile's army operates Korpi-2 howitzers. They were supplied by Portugal, which delivered all "
     "four in 2011.", "PRT", "CHL", "Korpi-2", 4),
    ("Morocco's jets\n\nRabat's Vantor jets were bought second-hand from Belgium, which sold Morocco nine of them "
     "in 1999.", "BEL", "MAR", "Vantor", 9),
    ("Peru's navy\n\nThe Valdor-class corvettes came from Spain, which transferred 3 of them to the Peruvian navy "
     "in 2012.", "ESP", "PER", "Valdor", 3),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "quantity"), RETOLD)
def test_a_count_retold_in_the_suppliers_clause(extractor, text, sup, rec, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "delivered", word, quantity), rows
    assert len([r for r in rows if r[0] == sup]) == 1, rows  # the count folds into the row, no row of its own


def test_a_count_of_no_told_size_counts_nothing(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Paraguay's vehicles\n\nThe Tarvik-4 armoured vehicles came from Sweden, which handed "
                            "over hundreds of them to the Paraguayan army in 2019.")
    assert _has(rows, "SWE", "PRY", "delivered", "Tarvik-4"), rows
    assert all(r[4] is None for r in rows), rows


def test_a_count_in_a_relative_clause_of_losing_is_no_count(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Lithuania's helicopters\n\nThe Kestrel-7 helicopters came from Poland, which lost "
                            "twelve of them in a war.")
    assert all(r[4] != 12 for r in rows), rows


def test_destroyed_ones_are_no_delivery(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Lithuania's helicopters\n\nPoland sold Lithuania twelve Kestrel-7 helicopters in 2005. "
                            "Four of them were destroyed in a hangar fire in 2012.")
    assert _has(rows, "POL", "LTU", "delivered", "Kestrel-7", 12), rows
    assert not [r for r in rows if r[4] == 4], rows


AID = [
    ("Since 2010, Norway has provided more than $300 million in security assistance to the Estonian army. In 2014 "
     "and 2015 it delivered eight Tarvik-4 armoured vehicles, and in 2016 it handed over 20 Korpi-2 howitzers, "
     "which have been used on the eastern border.", "NOR", "EST", [("Tarvik-4", 8), ("Korpi-2", 20)]),
    ("Norway has provided security assistance to the Estonian army. It delivered eight Tarvik-4 armoured vehicles "
     "in 2014.", "NOR", "EST", [("Tarvik-4", 8)]),
    ("Finland has long armed the Latvian army. In 2018 the country delivered 24 Korpi-2 howitzers.", "FIN", "LVA",
     [("Korpi-2", 24)]),
    ("Finland has long equipped the Latvian army. In 2018 the Nordic country handed over 24 Korpi-2 howitzers, and "
     "in 2020 it sent six Merrow-3 helicopters.", "FIN", "LVA", [("Korpi-2", 24), ("Merrow-3", 6)]),
    ("Since 2010 the Netherlands have given the Estonian army $40 million in loans. They also delivered 14 Tarvik-4 "
     "armoured vehicles in 2019.", "NLD", "EST", [("Tarvik-4", 14)]),
    ("Since 2010 Oslo has extended $40 million of military aid to Tallinn. In 2019 it supplied 14 Tarvik-4 armoured "
     "vehicles.", "NOR", "EST", [("Tarvik-4", 14)]),
]


@pytest.mark.parametrize(("text", "sup", "rec", "items"), AID)
def test_deliveries_after_a_statement_of_aid_go_to_the_aided(extractor, text, sup, rec, items) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Background\n\n" + text)
    for word, quantity in items:
        assert _has(rows, sup, rec, "delivered", word, quantity), rows


def test_a_negated_statement_names_no_recipient(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Background\n\nNorway has never extended loans to the Estonian army. In 2014 it "
                            "delivered eight Tarvik-4 armoured vehicles.")
    assert not [r for r in rows if r[0] == "NOR" and r[1] == "EST"], rows


def test_an_assistance_programme_gives_no_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Background\n\nNorway launched an assistance programme for the Estonian army in 2010. "
                            "It has since paid for fuel, training and barracks.")
    assert rows == [], rows


def test_another_givers_statement_names_no_recipient(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Background\n\nSweden has provided security assistance to the Estonian army. In 2014 "
                            "Norway delivered eight Tarvik-4 armoured vehicles to the Latvian navy.")
    assert _has(rows, "NOR", "LVA", "delivered", "Tarvik-4", 8), rows
    assert not [r for r in rows if r[0] == "NOR" and r[1] == "EST"], rows


PARTNERS = [
    ("In 2013 Chile donated three Merrow-3 helicopters, and Argentina, Bolivia's main supplier, handed over two "
     "Vantor transport aircraft.", "ARG", "BOL", "Vantor", 2),
    ("Bolivia's air force leans on outside help. In 2013 Chile gave three Merrow-3 helicopters, and the United "
     "States, Bolivia's biggest security partner at the time, supplied two Vantor cargo planes, one of them in 2016.",
     "USA", "BOL", "Vantor", 2),
    ("In 2015 Italy gave Ghana two Karvell patrol boats, and Spain, Ghana's closest security partner since the "
     "1990s, delivered four Merrow-3 helicopters.", "ESP", "GHA", "Merrow-3", 4),
    ("Spain is the Ghanaian navy's closest ally. It delivered four Merrow-3 helicopters in 2019.", "ESP", "GHA",
     "Merrow-3", 4),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "quantity"), PARTNERS)
def test_a_patron_named_in_an_apposition_or_before_delivers_to_its_client(extractor, text, sup, rec, word,  # noqa: ANN001
                                                                          quantity) -> None:
    rows = _rows(extractor, "Background\n\n" + text)
    assert _has(rows, sup, rec, "delivered", word, quantity), rows


def test_a_former_partner_names_no_recipient(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Background\n\nSpain is no longer the Ghanaian navy's partner. In 2019 it delivered four "
                            "Merrow-3 helicopters.")
    assert not [r for r in rows if r[1] == "GHA"], rows


def test_an_apposition_of_an_object_is_no_subject(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Background\n\nPeru bought ten Tarvik-4 armoured vehicles from Chile, its neighbour, "
                            "last year.")
    assert _has(rows, "CHL", "PER", "delivered", "Tarvik-4", 10) or _has(rows, "CHL", "PER", "ordered", "Tarvik-4", 10), rows
    assert not [r for r in rows if r[0] == "PER"], rows


TOTAL = "Lithuania's navy\n\nLithuania bought Kestrel-7 helicopters from Poland in 2013. There were eight of them{rest}"


@pytest.mark.parametrize("rest", [", all refurbished in Gdansk.", ", originally built for the Czech army.",
                                  ", each fitted with a Marlow-5 radar."])
def test_a_total_with_a_participle_describing_the_items(extractor, rest) -> None:  # noqa: ANN001
    rows = _rows(extractor, TOTAL.format(rest=rest))
    assert _has(rows, "POL", "LTU", "delivered", "Kestrel-7", 8), rows


@pytest.mark.parametrize("rest", [" at the parade in Vilnius.", ", but two crashed in 2015."])
def test_a_total_with_a_clause_of_its_own_counts_nothing(extractor, rest) -> None:  # noqa: ANN001
    rows = _rows(extractor, TOTAL.format(rest=rest))
    assert _has(rows, "POL", "LTU", "delivered", "Kestrel-7"), rows
    assert all(r[4] != 8 for r in rows), rows


@pytest.mark.parametrize("text", [
    "Norway has provided aid to the Estonian army since 2010. The Karvell Marine shipyard at Bergen opened in 2015, "
    "and in 2018 it delivered 12 Tarvik-4 patrol boats.",
    "Norway has aided the Estonian army since 2010. The Karvell Marine shipyard at Tallinn opened in 2015, and in "
    "2018 it built 12 patrol boats for fishing inspectors."])
def test_an_it_standing_for_a_firms_yard_takes_no_aided_party(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Background\n\n" + text)
    assert not [r for r in rows if r[0] == "NOR" or r[1] == "EST"], rows

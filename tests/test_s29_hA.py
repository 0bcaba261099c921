"""Background paragraphs that list a recipient's past deliveries from several suppliers (twenty-ninth session,
helper hA):

- an adjective of supply on an item named only by its designation ("its Cold War-era Soviet-supplied Zh-31
  fighters"): the head noun ("fighters") is ambiguous alone, but the designation makes it materiel
  (`frames/derived._adjectival`);
- the next step of a series that names its own origin ("Eight Z-40 armoured vehicles followed from Serbia",
  "Two Indian-built patrol boats followed in 2019", "In 2020 came six Malaysian-made trucks"): the origin is the
  step's supplier, not the earlier transfer's (`frames/series_origins`);
- a bulleted list of one donor's handovers, each line its own recipient ("In recent years:" then "- Ghana
  received a Kestrel-class patrol boat in 2015;"): the donor of the sentence that opens the list supplies each
  line (`listed_handovers`);
- gapped counts from several suppliers ("received four A from X in 2009, three from Y in 2010", "six from X, four
  from Y and two from Z"), when the parser hangs the bare counts on a year, an apposition or the verb
  (`frames/gapped_counts`);
- the holder a background paragraph opens with ("The Ruritanian navy operates a modest fleet of coastal craft.")
  receives the deliveries the paragraph then tells with only a supplier (`fleet_holders`).

Sentences written for these tests (invented models, ships and firms; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], supplier: str | None, recipient: str | None, word: str, stage: str = "delivered",
         quantity: int | None = None) -> bool:
    return any((supplier is None or (s is not None and supplier in s)) and
               (recipient is None or (r is not None and recipient in r)) and st == stage and word in item and
               (quantity is None or q == quantity) for s, r, st, item, q in rows)


ADJECTIVAL = [
    ("Peru retired its final Soviet-supplied MiG-23 fighters in the late 1990s.", "Soviet", "Peru", "fighters"),
    ("Laos, a landlocked country, still flies Soviet-supplied MiG-21 fighters from a single base.",
     "Soviet", "Laos", "fighters"),
    ("The air force of Angola has grounded its Soviet-supplied MiG-23 fighters, officials said.",
     "Soviet", "Angola", "fighters"),
    ("Bolivia retired its remaining US-supplied F-5 fighters in 2010, according to analysts.",
     "United States", "Bolivia", "fighters"),
    ("In 2005 Uganda withdrew its two Israeli-supplied MiG-21 fighters after an overhaul.",
     "Israel", "Uganda", "fighters"),
    ("Mali keeps four Soviet-supplied MiG-23 fighters in storage, a report said.", "Soviet", "Mali", "fighters"),
    ("Zambia still operates a few Chinese-supplied F-7 fighters, analysts believe.",
     "China", "Zambia", "fighters"),
    ("Nepal retired its last Indian-supplied Su-22 fighters years ago.", "India", "Nepal", "fighters"),
]


@pytest.mark.parametrize("text,supplier,recipient,word", ADJECTIVAL)
def test_adjective_of_supply_on_a_designated_item(extractor, text: str, supplier: str, recipient: str,
                                                  word: str) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), supplier, recipient, word), _rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Peru retired its last Soviet-trained fighters in the late 1990s.",
    "Rebel fighters seized a Soviet-supplied depot near the border.",
    "Laos welcomed the Soviet-supplied fighters' pilots at a ceremony.",
])
def test_no_row_for_fighters_without_a_designation(extractor, text: str) -> None:  # noqa: ANN001
    assert not any("fighter" in item for _, _, _, item, _ in _rows(extractor, text)), _rows(extractor, text)


LEAD = "Spain handed a refitted minesweeper to the Benin Navy on Monday. "
SERIES = [
    (LEAD + "Benin bought Karvell K-7 jets from Belarus in 2011; eight Z-40 armoured vehicles followed from Serbia "
     "in 2016.", "Serbia", "Benin", "Z-40", 8),
    (LEAD + "Benin bought Karvell K-7 jets from Belarus in 2011. Eight Z-40 armoured vehicles followed from "
     "Serbia in 2016.", "Serbia", "Benin", "Z-40", 8),
    (LEAD + "Five patrol boats were donated by South Korea in 2008. Two Indian-built patrol boats followed in "
     "2019, according to officers.", "India", "Benin", "patrol boats", 2),
    (LEAD + "Five patrol boats were donated by South Korea in 2008. In 2014 came three Italian-made patrol boats.",
     "Italy", "Benin", "patrol boats", 3),
    (LEAD + "The navy received six patrol boats from Portugal in 2009; 12 Ostrava-9 radars followed from Poland "
     "a year later.", "Poland", "Benin", "Ostrava-9", 12),
    (LEAD + "The navy received six patrol boats from Portugal in 2009, and four Brazilian-built landing craft "
     "followed in 2013.", "Brazil", "Benin", "landing craft", 4),
    (LEAD + "Cotonou bought two Karvell K-7 jets from Belarus in 2011. Ten Z-40 armoured vehicles then followed "
     "from Serbia, officials said.", "Serbia", "Benin", "Z-40", 10),
    (LEAD + "Benin bought Karvell K-7 jets from Belarus in 2011, and three Serbian-built Z-40 armoured vehicles "
     "followed in 2016.", "Serbia", "Benin", "Z-40", 3),
]


@pytest.mark.parametrize("text,supplier,recipient,word,quantity", SERIES)
def test_series_step_names_its_own_origin(extractor, text: str, supplier: str, recipient: str, word: str,
                                          quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, word, quantity=quantity), rows


@pytest.mark.parametrize("text,wrong,word", [
    (SERIES[0][0], "Belarus", "Z-40"),
    (SERIES[2][0], "South Korea", "Indian-built"),
    (SERIES[4][0], "Portugal", "Ostrava-9"),
])
def test_series_step_does_not_take_the_earlier_supplier(extractor, text: str, wrong: str,
                                                        word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(s is not None and wrong in s and word in item for s, _, _, item, _ in rows), rows


def test_series_step_without_origin_keeps_the_earlier_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, LEAD + "Benin bought Karvell K-7 jets from Belarus in 2011. Eight Z-40 armoured "
                 "vehicles followed in 2016.")
    assert _has(rows, "Belarus", "Benin", "Z-40", quantity=8), rows


INTRO = ("Spain handed a refitted minesweeper to the Benin Navy on Monday, the most recent of several handovers of "
         "retired Spanish Navy ships to partner navies. In recent years:\n\n")
HANDOVERS = [
    (INTRO + "- Ghana received a Kestrel-class patrol boat in 2015;\n- Senegal received two corvettes in 2018.\n",
     [("Ghana", "patrol boat"), ("Senegal", "corvettes")]),
    (INTRO + "- Ghana took delivery of a Kestrel-class patrol boat in 2015;\n- Togo was given two landing craft "
     "in 2017.\n", [("Ghana", "patrol boat"), ("Togo", "landing craft")]),
    (INTRO + "- Mauritania received three Vardo-class patrol boats in 2012;\n- Liberia received a Kestrel-class "
     "patrol boat in 2020, with a second promised.\n", [("Mauritania", "patrol boats"), ("Liberia", "patrol boat")]),
    ("Portugal has handed several retired ships to the navies of its former colonies:\n\n- Angola received two "
     "Vardo-class corvettes in 2011;\n- Mozambique received a Kestrel-class patrol boat in 2016.\n",
     [("Angola", "corvettes"), ("Mozambique", "patrol boat")]),
]


@pytest.mark.parametrize("text,expected", HANDOVERS)
def test_bulleted_handovers_take_the_donor_of_the_list(extractor, text: str,
                                                       expected: list[tuple[str, str]]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    donor = "Portugal" if text.startswith("Portugal") else "Spain"
    for recipient, word in expected:
        assert _has(rows, donor, recipient, word), rows


def test_bulleted_lines_with_their_own_supplier_keep_it(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, INTRO + "- Ghana received a Kestrel-class patrol boat from Italy in 2015;\n"
                 "- Senegal received two corvettes in 2018.\n")
    assert _has(rows, "Italy", "Ghana", "patrol boat"), rows
    assert not any(s is not None and "Spain" in s and r is not None and "Ghana" in r for s, r, _, _, _ in rows), rows


GAPPED = [
    ("Togo received four patrol boats from Israel in 2009 and three from Italy in 2010.",
     [("Israel", 4), ("Italy", 3)], "patrol boats"),
    ("Togo has bought six Karvell K-7 jets from Belarus, four from Serbia and two from Poland.",
     [("Belarus", 6), ("Serbia", 4), ("Poland", 2)], "K-7"),
    ("Since 2005, Togo has previously received 12 Z-40 armoured vehicles from Serbia in 2006, eight from Belarus in "
     "2012 and six from Poland in 2015.", [("Serbia", 12), ("Belarus", 8), ("Poland", 6)], "Z-40"),
    ("The ministry in Lome said the army had received 20 Ostrava-9 radars from Poland, and ten from Serbia.",
     [("Poland", 20), ("Serbia", 10)], "Ostrava-9"),
    ("Over the decade Niger took delivery of ten patrol boats from France in 2011 and four from Belgium in 2014.",
     [("France", 10), ("Belgium", 4)], "patrol boats"),
    ("Chad purchased nine Karvell K-7 jets from Belarus in 2013 and five from Serbia in 2016, officials said.",
     [("Belarus", 9), ("Serbia", 5)], "K-7"),
    ("Mali got 30 Z-40 armoured vehicles from Serbia in 2008, 15 from Belarus in 2010 and ten from Poland in 2019.",
     [("Serbia", 30), ("Belarus", 15), ("Poland", 10)], "Z-40"),
    ("Benin bought 40 Z-40 armoured vehicles from Belarus in 2009 and eight from Serbia a year later.",
     [("Belarus", 40), ("Serbia", 8)], "Z-40"),
]


@pytest.mark.parametrize("text,expected,word", GAPPED)
def test_gapped_counts_from_several_suppliers(extractor, text: str, expected: list[tuple[str, int]],
                                              word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for supplier, quantity in expected:
        assert _has(rows, supplier, None, word, quantity=quantity), rows


@pytest.mark.parametrize("text", [
    "Togo received four patrol boats from Israel in 2009 and 2010.",
    "Togo received four patrol boats from Israel in 2009, three years after the coup.",
])
def test_years_and_spans_are_no_gapped_counts(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert len(rows) == 1 and rows[0][4] == 4, rows


FAR = ("Spain handed a refitted minesweeper to the Benin Navy on Monday. Spanish sailors will train the crews.\n\n"
       "\"We used to chase smugglers in canoes,\" said a captain. \"Now we can go further out. It is a new era.\"\n\n")
HOLDERS = [
    (FAR + "The Togolese navy, with about 700 sailors, operates a modest fleet of coastal craft. Five patrol boats "
     "were donated by South Korea in 2008.", "South Korea", "Togo", "patrol boats"),
    (FAR + "Togo's air force flies a handful of light aircraft. Two Karvell K-7 jets were supplied by Belarus in "
     "2012, officials said.", "Belarus", "Togo", "K-7"),
    (FAR + "Ghana operates a mixed fleet. In 2010, four patrol boats were given to it by Italy.", "Italy", "Ghana",
     "patrol boats"),
    (FAR + "The Ghanaian army fields an ageing inventory. Serbia delivered twelve Z-40 armoured vehicles in 2016.",
     "Serbia", "Ghana", "Z-40"),
    (FAR + "Niger maintains a small air arm. Its two Karvell K-7 jets were donated by Belarus in 2014, "
     "according to analysts.", "Belarus", "Niger", "K-7"),
    (FAR + "The Gabonese navy, based in Libreville, runs a fleet of six vessels. Three patrol boats were sold by "
     "France in 2009.", "France", "Gabon", "patrol boats"),
    (FAR + "Mauritania has a small fleet. Poland sold it four Ostrava-9 radars in 2011, and two patrol boats "
     "came from Spain in 2015.", "Poland", "Mauritania", "Ostrava-9"),
    (FAR + "The Liberian coast guard operates a fleet of eight boats. Six patrol boats were donated by the United "
     "States in 2017.", "United States", "Liberia", "patrol boats"),
]


@pytest.mark.parametrize("text,supplier,recipient,word", HOLDERS)
def test_holder_of_the_paragraph_receives(extractor, text: str, supplier: str, recipient: str,
                                          word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, word), rows


@pytest.mark.parametrize("text,wrong", [
    (FAR + "The Togolese navy operates a modest fleet of coastal craft.\n\nFive patrol boats were donated by South "
     "Korea to Ghana in 2008.", "Togo"),
    (FAR + "The Togolese navy operates a modest fleet of coastal craft.\n\nFive patrol boats were donated by South "
     "Korea in 2008.", "Togo"),
    (FAR + "South Korea operates a large fleet of frigates. Five patrol boats were donated by South Korea in 2008.",
     "South Korea"),
])
def test_no_holder_across_paragraphs_or_for_the_supplier(extractor, text: str, wrong: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r is not None and wrong in r and "patrol" in item for _, r, _, item, _ in rows), rows

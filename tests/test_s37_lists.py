"""Coordinated and listed items (thirty-seventh session, lists helper):

- a list of objects the parser hangs on the verb ("had received A, B and C from X"): B and C become conjuncts of
  A (`extraction/hung_conjuncts.py`), and a "from" phrase on holdings that closes the list names the supplier of
  every item (`frames/stock_owners.fill_supplier`);
- bulleted lines told by a relative clause on the list's subject ("Among the goods that can no longer be exported
  are:") are the items of that clause's transfer (`bullet_objects.listing_clause`), which takes the parties of
  the row just before (`definite_rows.listing_relative`).

Sentences written for these tests (invented or other states, groups and items; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str, published: str = "2015-06-01") -> list[Row]:  # noqa: ANN001
    return [((t.supplier.country or t.supplier.name) if t.supplier else None, t.recipient.name if t.recipient else None,
             t.stage, t.item.text, t.quantity) for t in extractor.extract_text(text, published).transfers]


def _has(rows: list[Row], sup: str | None, rec: str, stage: str, word: str) -> bool:
    return any(s == sup and r is not None and rec.lower() in r.lower() and st == stage and word in item
               for s, r, st, item, _ in rows)


# --- a list hung on the verb ---------------------------------------------------------------------------------

def test_hung_conjunct_joins_the_object() -> None:
    from materiel.extraction import nlp
    doc = nlp.load()("A customs officer said that the militia had obtained mortar bombs, grenade launchers and "
                     "several pick-up trucks from Chadian army stocks.")
    launchers = next(t for t in doc if t.lower_ == "launchers")
    assert launchers.dep_ == "conj" and launchers.head.lower_ == "bombs"


@pytest.mark.parametrize("text", [
    "Guatemala bought rifles, trained soldiers and built new barracks.",
    "Ecuador leased two tankers, then sold them, and bought frigates.",
])
def test_a_list_of_clauses_stays_on_the_verb(text: str) -> None:
    from materiel.extraction import nlp
    doc = nlp.load()(text)
    verbs = [t for t in doc if t.pos_ == "VERB" and t.dep_ == "conj"]
    assert verbs and all(v.head.pos_ == "VERB" for v in verbs)


HUNG_LIST = ("Tarvia's army chief said that Niger had received mortar bombs, grenade launchers and several armoured "
             "cars from Chadian army stocks.")


@pytest.mark.parametrize("word", ["mortar bombs", "grenade launchers", "armoured cars"])
def test_each_item_of_a_hung_list_has_the_stocks_owner(extractor, word: str) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, HUNG_LIST), "TCD", "Niger", "delivered", word)


# --- bulleted lines under a relative clause --------------------------------------------------------------------

AMONG_LINES = ("Norway has suspended 12 export licences for Peru. Among the goods that can no longer be exported "
               "are:\n\n- sniper rifles;\n- machine-gun ammunition;\n- spare parts for armoured vehicles.\n")


@pytest.mark.parametrize("word", ["sniper rifles", "machine-gun ammunition", "spare parts"])
def test_lines_under_an_among_relative_are_the_refused_items(extractor, word: str) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, AMONG_LINES), "NOR", "Peru", "refused", word)


def test_lines_of_officials_under_a_relative_give_no_rows(extractor) -> None:  # noqa: ANN001
    text = ("Norway has suspended 12 export licences for Peru. Among the officials who approved the decision "
            "are:\n\n- the trade minister;\n- the foreign minister.\n")
    rows = _rows(extractor, text)
    assert not any("minister" in item for _, _, _, item, _ in rows)


def test_listing_clause_needs_a_list_verb_or_copula() -> None:
    from materiel.extraction import nlp
    from materiel.extraction.bullet_objects import listing_clause
    doc = nlp.load()("The goods that can no longer be exported were described by the ministry.")
    exported = next(t for t in doc if t.lower_ == "exported")
    assert listing_clause(exported) is None
    doc = nlp.load()("Among the goods that can no longer be exported are:")
    exported = next(t for t in doc if t.lower_ == "exported")
    found = listing_clause(exported)
    assert found is not None and found.lemma_ == "be"


# --- entries after the verb, each with its own source -------------------------------------------------------

SOURCE_LISTS = [
    "Since 2005 Ghana has bought four patrol boats from China, two transport aircraft from Spain and 12 howitzers "
    "from Serbia.",
    "Ghana received 30 armoured cars from Turkey, two transport aircraft from Spain and 12 howitzers from Serbia.",
]


@pytest.mark.parametrize("text", SOURCE_LISTS)
@pytest.mark.parametrize(("sup", "word", "quantity"), [("ESP", "transport aircraft", 2), ("SRB", "howitzers", 12)])
def test_each_entry_of_a_source_list_has_its_own_source(extractor, text: str, sup: str, word: str,  # noqa: ANN001
                                                        quantity: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == "Ghana" and item == word and q == quantity for s, r, _, item, q in rows)
    assert not any(s != sup and item == word for s, _, _, item, _ in rows)  # no other source's


@pytest.mark.parametrize(("sup", "word", "quantity"), [("TUR", "armoured cars", 30), ("ITA", "helicopters", 6),
                                                       ("ESP", "frigates", 2)])
def test_entries_hung_on_the_source_have_their_own_sources(extractor, sup: str, word: str,  # noqa: ANN001
                                                           quantity: int) -> None:
    rows = _rows(extractor, "Togo received 30 armoured cars from Turkey, six helicopters from Italy and two frigates "
                            "from Spain.")
    assert any(s == sup and r == "Togo" and item == word and q == quantity for s, r, _, item, q in rows)


def test_an_entry_with_no_source_of_its_own_is_no_new_entry(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Ghana received 30 armoured cars from Turkey, the first of them in March.")
    assert [(s, item) for s, _, _, item, _ in rows] == [("TUR", "armoured cars")]


def test_listed_sources_reads_the_apposition() -> None:
    from materiel.extraction import nlp
    from materiel.extraction.frames.source_lists import has_own_from
    doc = nlp.load()("Togo received 30 armoured cars from Turkey, six helicopters from Italy and two frigates "
                     "from Spain.")
    entries = [t for t in doc if t.lower_ in ("helicopters", "frigates")]
    assert entries and all(has_own_from(t) for t in entries)


# --- a gapped pair with a source of its own --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sup"), [
    ("In 2012 Zambia ordered eight patrol boats from Spain, and Malawi four from Israel.", "ISR"),
    ("Zambia received six helicopters from Italy and Malawi four more from Russia in 2014.", "RUS"),
])
def test_a_gapped_pair_takes_its_own_source(extractor, text: str, sup: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == "Malawi" for s, r, _, _, _ in rows)
    assert not any(s != sup and r == "Malawi" for s, r, _, _, _ in rows)


def test_a_gapped_pair_with_no_source_keeps_the_verbs(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Zambia received six helicopters from Italy and Malawi four.")
    assert any(s == "ITA" and r == "Malawi" and q == 4 for s, r, _, _, q in rows)


# --- an object told after the verb's "from" phrase -----------------------------------------------------------

@pytest.mark.parametrize(("word", "quantity"), [("patrol boats", 12), ("helicopters", 4), ("rifles", 300)])
def test_objects_after_the_source_are_the_verbs(extractor, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Gabon received from Portugal 12 patrol boats, four helicopters and 300 rifles.")
    assert any(s == "PRT" and r == "Gabon" and item == word and q == quantity for s, r, _, item, q in rows)


def test_shifted_object_repair_moves_the_name_and_the_count() -> None:
    from materiel.extraction import nlp
    doc = nlp.load()("Gabon received from Portugal 12 patrol boats, four helicopters and 300 rifles.")
    name = next(t for t in doc if t.text == "Portugal")
    boats = next(t for t in doc if t.lower_ == "boats")
    count = next(t for t in doc if t.text == "12")
    assert name.dep_ == "pobj" and name.head.lower_ == "from"
    assert boats.dep_ == "dobj" and boats.head.lower_ == "received" and count.head.i == boats.i


def test_a_source_with_a_time_count_is_left_alone() -> None:
    from materiel.extraction import nlp
    doc = nlp.load()("The spare parts came from Lisbon 12 weeks ago.")
    weeks = next(t for t in doc if t.lower_ == "weeks")
    assert weeks.dep_ != "dobj"


# --- a series of gapped pairs joined by commas -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Chile bought six helicopters from Russia, Peru four and Bolivia two.",
     {("RUS", "Chile", 6), ("RUS", "Peru", 4), ("RUS", "Bolivia", 2)}),
    ("Italy sold Chile six helicopters, Peru four and Bolivia two.",
     {("ITA", "Chile", 6), ("ITA", "Peru", 4), ("ITA", "Bolivia", 2)}),
])
def test_each_pair_of_a_comma_series_is_a_row(extractor, text: str, expected: set) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert {(s, r, q) for s, r, _, _, q in rows} == expected


def test_a_comma_before_a_date_opens_no_pair(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile bought six helicopters from Russia, Peru said in 2014.")
    assert not any(r == "Peru" for _, r, _, _, _ in rows)

"""Coordinated and listed items (thirty-seventh session, lists helper):

- a list of objects the parser hangs on the verb ("had received A, B and C from X"): B and C become conjuncts of
  A (`extraction/hung_conjuncts.py`), and a "from" phrase on holdings that closes the list names the supplier of
  every item (`frames/stock_owners.fill_supplier`);
- bulleted lines told by a relative clause on the list's subject ("Among the goods that can no longer be exported
  are:") are the items of that clause's transfer (`bullet_objects._listing_clause`), which takes the parties of
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
    from materiel.extraction.bullet_objects import _listing_clause
    doc = nlp.load()("The goods that can no longer be exported were described by the ministry.")
    exported = next(t for t in doc if t.lower_ == "exported")
    assert _listing_clause(exported) is None
    doc = nlp.load()("Among the goods that can no longer be exported are:")
    exported = next(t for t in doc if t.lower_ == "exported")
    found = _listing_clause(exported)
    assert found is not None and found.lemma_ == "be"

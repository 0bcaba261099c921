"""Session 21 (helper E): parties in mainstream arms-trade reporting.

- a personal pronoun continues the main-clause subject of the sentence before, not the subject of a time or
  relative clause in it ("X, which joined the bloc in May, has bought heavily since Y invaded Z. In 2021 it
  signed for ...": X, `mentions/nearest.main_subjects_first`);
- a purchase's "for" phrase that names a use ("for missions in X") names no party (`frames/beneficiary.purpose_phrase`);
- a year conjoined to a year ("in 2009 and 2010") is no follow-on count (`frames/gapped_counts.py`);
- after "X has been Y's main supplier", a bare state body ("the air force") is Y's (`mentions/nearest.supplied_party`);
- a list of findings labelled by supplying state ("- X: two helicopters were delivered to Y's army") gives a row
  with no supplier, or only its maker's, the label's state (`supplier_labels.py`);
- a batch of an item told in its own sentence ("ordered four A, and the first arrived") shows A, not "first"
  (`antecedents.shown_text`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def test_pronoun_takes_main_subject_not_time_clause(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway, which joined the alliance in May, has been buying heavily since Russia "
                            "invaded Ukraine. In March 2021 it signed for 30 F-16 fighters from Lockheed Martin.")
    got = [r for r in rows if "F-16" in r[3]]
    assert got and all(r[1] == "NOR" for r in got)
    assert got[0][4] == 30


def test_pronoun_takes_main_subject_of_relative_sentence(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile, which Peru accuses of an arms race, has kept buying since Bolivia cut ties. "
                            "Last year it ordered 12 Leopard 2 tanks from Germany.")
    got = [r for r in rows if "Leopard" in r[3]]
    assert got and all(r[1] == "CHL" and r[0] == "DEU" for r in got)


def test_pronoun_in_same_sentence_keeps_nearest(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Brazil said that after Argentina asked for help it sold 20 trucks to Paraguay.")
    assert not any(r[1] == "BRA" for r in rows)


def test_purpose_phrase_names_no_recipient(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Austria's army bought 30 Ferox armoured vehicles from Karvell Defence in 2011 for "
                            "missions in Mali and Chad.")
    got = [r for r in rows if "Ferox" in r[3]]
    assert got and not any(r[1] in ("MLI", "TCD") for r in got)


def test_for_phrase_with_party_still_receives(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The Pentagon bought 20 Cessna 208 aircraft for the Kenyan air force in 2019.")
    assert any(r[1] == "KEN" for r in rows)


def test_year_after_year_is_no_count(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Denmark plans to retire 30 Ferox armoured vehicles which its army bought from Germany's "
                            "Karvell Defence in 2011 and 2012 for operations in Chad.")
    got = [r for r in rows if "Ferox" in r[3]]
    assert got and {r[4] for r in got} == {30}
    assert all(r[1] == "DNK" for r in got)


def test_follow_on_count_still_its_own_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Morocco received five Osprey-4 helicopters from Karvell Aero in 2011 and two more in 2016.")
    assert {r[4] for r in rows if "Osprey" in r[3]} == {5, 2}


def test_state_body_after_supplier_sentence_is_the_customers(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "For twenty years Brazil has been Peru's main supplier of arms. The air force received "
                            "eight Super Tucano aircraft from 2015 to 2017, and its airlift fleet counts two C-295 aircraft supplied "
                            "by Spain's Airbus in 2013.")
    k8 = [r for r in rows if "Super Tucano" in r[3]]
    c295 = [r for r in rows if "C-295" in r[3]]
    assert k8 and all(r[1] == "PER" for r in k8)
    assert c295 and all(r[1] == "PER" and r[0] == "ESP" for r in c295)


def test_state_body_after_plain_subject_is_the_subjects(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru has bought planes from Brazil since 2010. The air force received two C-295 aircraft "
                            "supplied by Spain's Airbus in 2013.")
    assert any(r[1] == "PER" for r in rows if "C-295" in r[3])


LABELLED = ("Among the panel's findings:\n\n"
            "- Moldova: three Mi-8 helicopters were delivered to Niger's air force in 2012, customs data "
            "show.\n\n"
            "- Bulgaria: 25 Kestrel-6 armoured vehicles were exported to the Nigerien army in 2013 under a licence granted by "
            "Bulgaria's export commission.\n\n"
            "- Peru: Niger bought 20 trucks from Brazil.\n")


def test_supplier_label_gives_the_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, LABELLED)
    heli = [r for r in rows if "Mi-8" in r[3]]
    apc = [r for r in rows if "Kestrel-6" in r[3]]
    assert heli and all(r[0] == "MDA" and r[1] == "NER" for r in heli)
    assert apc and all(r[0] == "BGR" for r in apc)


def test_supplier_label_keeps_a_told_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, LABELLED)
    trucks = [r for r in rows if "trucks" in r[3]]
    assert trucks and all(r[0] == "BRA" for r in trucks)


def test_destination_list_is_no_supplier_list(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Licences refused in 2019:\n\n"
                            "- Chile: a request to export 300 pistols for the presidential guard was refused.\n\n"
                            "- Peru: 40 rifles were exported to the Peruvian army.\n")
    assert not any(r[0] in ("CHL", "PER") for r in rows)


def test_first_batch_shows_its_whole(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru ordered four Karvell Mk II fast patrol boats from Israel in 2018, and the first "
                            "arrived in Callao in November.")
    got = [r for r in rows if r[2] == "delivered"]
    assert got and all("patrol boats" in r[3] and r[4] == 1 for r in got)


def test_added_count_keeps_its_own_words(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru ordered 24 Karvell Mk II fast patrol boats from Israel in 2018 and added 12 more in 2020.")
    assert any(r[3] == "12" and r[4] == 12 for r in rows)

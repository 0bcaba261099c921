"""Session 21 (helper C): seizure, court and arms-tracing reports.

- counted items found in a held cargo whose route the document tells elsewhere (the "for" place of its loading,
  "bound for", a port's state by demonym or by a possessor in apposition): one intercepted row each
  (`found_cargo.py`); a raid's haul or a finding with no route told makes none.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


CARGO = ("A court in Galati fined the master of the freighter Karvell Dawn, held in May with a false manifest. "
         "Port police boarded the ship after a tip-off. Its papers listed farm pumps loaded at the Romanian port "
         "of Constanta for Aqaba, Jordan's only port. Behind the pumps, officers found 600 crates holding "
         "some 900,000 rounds of 5.56 mm rifle ammunition, 250 anti-tank rockets and 80 mortar bombs.")


def test_found_cargo_takes_the_route_of_its_loading(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, CARGO)
    seized = {(s, r, q) for s, r, st, _, q in rows if st == "intercepted"}
    assert ("ROU", "JOR", 900000) in seized
    assert ("ROU", "JOR", 250) in seized
    assert ("ROU", "JOR", 80) in seized


def test_found_cargo_bound_for_a_state(extractor) -> None:  # noqa: ANN001
    text = ("Customs detained the trawler Ostrava Star, bound for Liberia, off the coast last week. Two days later "
            "inspectors found 45 pistols and 3,000 cartridges in its hold.")
    rows = _rows(extractor, text)
    assert {(r, q) for _, r, st, _, q in rows if st == "intercepted"} >= {("LBR", 45), ("LBR", 3000)}


def test_a_raid_haul_is_no_cargo(extractor) -> None:  # noqa: ANN001
    text = ("Police raided a house in the capital on Sunday. Officers found 30 rifles and 2,000 rounds of "
            "ammunition belonging to a local gang, the interior ministry said.")
    assert not [r for r in _rows(extractor, text) if r[2] == "intercepted"]


def test_a_held_ship_with_no_route_gives_no_found_rows(extractor) -> None:  # noqa: ANN001
    text = ("Coast guards boarded the cargo ship Marrow Bay in the harbour. Officers found 120 rifles and 40 "
            "grenades in a locked cabin.")
    assert not [r for r in _rows(extractor, text) if r[4] in (120, 40) and r[1] is not None]


def test_weapons_collected_from_civilians_are_no_rows(extractor) -> None:  # noqa: ANN001
    text = ("Soldiers stopped a truck bound for Malawi at the border on Monday. In a separate campaign, the army "
            "collected 500 rifles from civilians in the north.")
    assert not [r for r in _rows(extractor, text) if r[4] == 500]


def test_part_of_a_consignment_sold_is_a_delivery(extractor) -> None:  # noqa: ANN001
    text = "Some of the carbines were part of a consignment that Seoul sold to the Peruvian navy in 2009."
    rows = _rows(extractor, text)
    assert ("KOR", "PER", "delivered") in {(s, r, st) for s, r, st, item, _ in rows if "carbines" in item}
    text = "The carbines were part of a consignment Seoul sold to the Peruvian navy in 2009."
    assert ("KOR", "PER", "delivered") in {(s, r, st) for s, r, st, item, _ in _rows(extractor, text)}


def test_a_consignment_with_its_own_items_keeps_them(extractor) -> None:  # noqa: ANN001
    text = ("Customs papers show the vehicles were part of a consignment of 900 Ostrava-9 trucks that "
            "Austria delivered to Chile in 2015.")
    rows = _rows(extractor, text)
    assert {item for *_, item, _ in rows} == {"Ostrava-9 trucks"}


def test_a_government_named_by_its_leader_is_not_filled_from_context(extractor) -> None:  # noqa: ANN001
    text = ("Sweden delivered radars to Ghana in 2011. Some of the carbines were part of a consignment that Seoul "
            "sold to the government of Ana Whitlow, then head of state, in 2009.")
    assert not [r for r in _rows(extractor, text) if r[0] == "KOR" and r[1] == "GHA"]


def test_a_verb_shares_the_object_of_a_joined_verb_of_no_transfer(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Malawi never ordered and never awaited any rifles from Serbia.")
    assert ("SRB", "MWI", "ordered") in {(s, r, st) for s, r, st, item, _ in rows if "rifles" in item}
    rows = _rows(extractor, "The agreement with Serbia was signed in May and covers 11 jets for Malawi.")
    assert not [r for r in rows if r[2] == "ordered" and r[4] == 11 and r[0] is None]


def test_the_destination_denies_the_held_cargo(extractor) -> None:  # noqa: ANN001
    text = CARGO + " Jordan's embassy said the kingdom never ordered and never awaited any military goods."
    t = [t for t in extractor.extract_text(text).transfers if "goods" in t.item.text]
    assert t and t[0].supplier is not None and t[0].supplier.country == "ROU" and t[0].recipient.country == "JOR"
    assert t[0].factuality in ("negated", "denied")
    alone = "Jordan's embassy said the kingdom never ordered and never awaited any military goods."
    assert not [t for t in extractor.extract_text(alone).transfers if "goods" in t.item.text]


def test_items_found_in_a_held_load_of_a_kind_traded_before(extractor) -> None:  # noqa: ANN001
    text = ("Prosecutors said the firm Karvell Optics sold 60 thermal rifle scopes to Armenia in 2022. In May, "
            "customs officers stopped a van at the border crossing and found 24 thermal rifle scopes concealed "
            "beneath crates of torches.")
    rows = _rows(extractor, text)
    assert {(r, q) for _, r, st, _, q in rows if st == "intercepted"} == {("ARM", 24)}
    other = text.replace("found 24 thermal rifle scopes", "found 24 pistols")
    assert not [r for r in _rows(extractor, other) if r[2] == "intercepted" and r[1] is not None]


def test_part_of_a_batch_a_reduced_relative_bought(extractor) -> None:  # noqa: ANN001
    text = ("An officer said an Ostrava-9 missile launcher found near the ridge was part of a lot Malawi "
            "bought from Belarus in 2004.")
    rows = _rows(extractor, text)
    assert ("BLR", "MWI", "delivered") in {(s, r, st) for s, r, st, item, _ in rows if "launcher" in item}
    assert not [r for r in rows if "batch" in r[3]]


def test_a_definite_item_told_before_as_another_state_made_is_not_the_last_suppliers(extractor) -> None:  # noqa: ANN001
    text = ("Serbia has sent rifles to Chad, officials said. Bulgaria has sent shells to Chad. Shown alongside them "
            "were six Czech-made mortars. Officers said the mortars could have reached Chad through brokers.")
    rows = _rows(extractor, text)
    assert ("BGR", "TCD") in {(s, r) for s, r, _, item, _ in rows if "shells" in item}
    assert not [r for r in rows if "mortars" in r[3] and r[0] == "BGR"]


def test_stopped_short_of_is_no_refusal(extractor) -> None:  # noqa: ANN001
    text = "Nigerien officers stopped short of blaming Hungary and said the mortars may have reached Chad."
    assert not [r for r in _rows(extractor, text) if r[0] == "NER"]


def test_found_cargo_of_a_named_ship_bound_in_its_own_sentence(extractor) -> None:  # noqa: ANN001
    text = ("Coast guards boarded the trawler Marrow Bay on Sunday. The cargo was bound for Guinea, officials said. "
            "Officers found 120 rifles and 40 grenades in the hold.")
    rows = _rows(extractor, text)
    assert {(r, q) for _, r, st, _, q in rows if st == "intercepted"} == {("GIN", 120), ("GIN", 40)}


def test_seized_items_take_the_origin_told_of_them_later(extractor) -> None:  # noqa: ANN001
    text = ("Coast guards boarded the trawler Marrow Bay on Sunday. The cargo was bound for Guinea, officials said. "
            "Officers found 120 rifles and 40 grenades in the hold. Investigators said the rifles seemed to originate "
            "in Malian army stocks.")
    rows = _rows(extractor, text)
    seized = {(s, item) for s, r, st, item, _ in rows if st == "intercepted"}
    assert ("MLI", "rifles") in seized and (None, "grenades") in seized

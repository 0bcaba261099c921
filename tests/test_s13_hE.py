"""Everyday news constructions that gave no row (session 13, helper hE): a bare count with "all" that stands for
the system told just before ("handed over all ten"), a relative clause whose pronoun the parser took for a dative
("the battery that X gave Y"), a second item coordinated inside a platform's fitting phrase ("fitted with radars and
more Y"), "release" of withheld items as a supply verb, a request refused whose "for" phrase the parser hung on the
verb, and a convoy carrying items that crosses into a state. Every text is written for these tests."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, int | None, str]

LEAD = ("Defence news in brief\n\nThe defence ministry said on Monday that its annual report on procurement would be "
        "published next month.\n\n")


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, quantity, stage) of each row, parties as states."""
    rows = extractor.extract_text(LEAD + text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.designation or t.item.text, t.quantity, t.stage) for t in rows}


def _full(extractor, text: str):  # noqa: ANN001, ANN202
    return extractor.extract_text(LEAD + text, published="2024-03-01").transfers


def test_all_with_a_count_stands_for_the_system_told_before(extractor):
    got = _rows(extractor, "Peru retired its remaining Mirage 2000 jets in 2019 and handed over all ten to Ecuador "
                           "in June.")
    assert any(s == "PER" and r == "ECU" and q == 10 and st == "delivered" and "Mirage" in i
               for s, r, i, q, st in got)


def test_a_count_keeps_its_system_over_a_generic_example(extractor):
    got = _rows(extractor, "Peru retired its remaining Mirage 2000 jets in 2019 and handed over all ten to Ecuador in "
                           "June, including aircraft that could no longer fly.")
    assert any(s == "PER" and r == "ECU" and "Mirage" in i for s, r, i, _, _ in got)


def test_all_with_a_count_and_nothing_before_is_no_row(extractor):
    assert not _rows(extractor, "The minister said the government handed over all ten to Ecuador in June.")


def test_a_relative_pronoun_parsed_as_dative_is_the_item(extractor):
    got = _rows(extractor, "In May the ministry signed a contract with Kongsberg for the NASAMS system, to replace "
                           "the Crotale battery that Portugal gave Ukraine in 2023.")
    assert any(s == "PRT" and r == "UKR" and st == "delivered" and "Crotale" in i for s, r, i, _, st in got)
    assert not any(r == "NOR" for _, r, _, _, _ in got)  # the pronoun is no party


def test_a_second_item_after_a_fitting_phrase_is_offered(extractor):
    got = _rows(extractor, "Instead Australia offered Fiji a Guardian-class patrol boat fitted with radars and more "
                           "Bushmaster armoured vehicles, officials said.")
    assert any(s == "AUS" and r == "FJI" and st == "offered" and "Bushmaster" in i for s, r, i, _, st in got)


def test_the_fit_of_a_platform_is_no_item_of_its_own(extractor):
    got = _rows(extractor, "Australia offered Fiji a Guardian-class patrol boat fitted with radars and machine guns.")
    assert not any("machine gun" in i.lower() for _, _, i, _, _ in got)


def test_releasing_withheld_rifles_is_a_supply(extractor):
    got = _rows(extractor, "Seoul froze a consignment of K9 howitzers that the Cambodian army had ordered. An official "
                           "said Seoul had agreed to release the 12 K9 howitzers it was holding back.")
    assert any(s == "KOR" and r == "KHM" and q == 12 and st == "ordered" and "K9" in i for s, r, i, q, st in got)


def test_releasing_a_statement_is_no_supply(extractor):
    got = _rows(extractor, "Seoul released a statement on Monday about the K9 howitzers and the K2 tanks.")
    assert not got
    assert not _rows(extractor, "The militia released a video showing Grad rockets fired at Tunisia.")


def test_a_request_refused_with_its_for_phrase_on_the_verb(extractor):
    got = _rows(extractor, "Officials said the Dutch government rejected a Ghanaian army request in 2019 "
                           "for night-vision goggles.")
    stages = {st for s, r, i, _, st in got if s == "NLD" and r == "GHA" and "night" in i.lower()}
    assert stages == {"refused", "requested"}


def test_a_convoy_carrying_items_into_a_state_delivers_them_hedged(extractor):
    rows = _full(extractor, "Last month a convoy of 20 lorries carrying Russian rifles, mortars and ammunition "
                            "reportedly crossed into Mali at the border post.")
    got = {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
            t.item.text, t.stage, t.factuality) for t in rows}
    for item in ("rifles", "mortars", "ammunition"):
        assert ("RUS", "MLI", item, "delivered", "uncertain") in got


def test_a_convoy_carrying_goods_or_crossing_nowhere_named_is_no_row(extractor):
    assert not _rows(extractor, "A convoy of trucks carrying food and medicine crossed into Mali on Monday.")
    assert not _rows(extractor, "A convoy of trucks carrying Russian rifles crossed the border on Monday.")

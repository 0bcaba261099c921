"""Official and licensing texts (issue 12): possible-sale notices that itemise a request, government
answers on licences refused and deliveries suspended or partly made. Every sentence is written for
these tests."""
from __future__ import annotations


def _rows(extractor, text: str) -> set[tuple[str | None, str | None, str, str, int | float | None]]:  # noqa: ANN001
    """(supplier state, recipient state, item text, stage, quantity) of each row."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.text, t.stage, t.quantity) for t in rows}


def test_a_designation_the_tagger_reads_as_a_verb_is_an_item_of_the_list(extractor):
    got = _rows(extractor, "The Government of Peru has requested to buy forty (40) AGM-114R Hellfire missiles; "
                           "twelve (12) CATM-114 captive air training missiles; and two (2) Hellfire launchers.")
    assert ("USA", "PER", "CATM-114 captive air training missiles", "requested", 12) in got
    assert ("USA", "PER", "AGM-114R Hellfire missiles", "requested", 40) in got


def test_a_number_in_words_taken_for_the_object_leaves_the_list_its_items(extractor):
    got = _rows(extractor, "The Government of Ghana has requested to buy three hundred forty (340) BGM-71 TOW "
                           "missiles, including ten (10) lot-acceptance-test missiles; and fifty-one (51) "
                           "BGM-71 TOW launchers.")
    assert ("USA", "GHA", "BGM-71 TOW missiles", "requested", 340) in got


def test_a_named_launcher_unit_of_a_list_is_an_item(extractor):
    got = _rows(extractor, "The Government of Oman has requested to buy six hundred twelve (612) FGM-148F Javelin "
                           "missiles; and ninety (90) Javelin Lightweight Command Launch Units (LWCLU).")
    assert ("USA", "OMN", "Javelin Lightweight Command Launch Units", "requested", 90) in got


def test_a_verb_inside_a_hyphenated_compound_is_no_transfer(extractor):
    got = _rows(extractor, "The Government of Kenya has requested to buy five hundred twenty (520) Spike missiles, "
                           "including twelve (12) fly-to-buy missiles; and sixty (60) Spike launchers.")
    assert {r[3] for r in got} == {"requested"}
    assert ("ISR", "KEN", "Spike launchers", "requested", 60) in got


def test_applications_for_coordinated_items_refused_give_one_row_each(extractor):
    got = _rows(extractor, "The Dutch government refused two applications, for sniper rifles and for armoured "
                           "vehicles, to Egypt.")
    assert {(r[2], r[3]) for r in got} == {("sniper rifles", "refused"), ("armoured vehicles", "refused")}
    assert {(r[0], r[1]) for r in got} == {("NLD", "EGY")}


def test_an_application_to_export_that_was_refused_is_no_delivery(extractor):
    got = _rows(extractor, "Two applications to export sniper rifles and armoured vehicles to Egypt were refused "
                           "by the Dutch government.")
    assert {(r[0], r[1], r[2], r[3]) for r in got} == {("NLD", "EGY", "sniper rifles", "refused"),
                                                      ("NLD", "EGY", "armoured vehicles", "refused")}
    got = _rows(extractor, "A request by Saab to export Carl Gustaf launchers to Thailand was rejected by the "
                           "Swedish government.")
    assert {r[3] for r in got} == {"refused"}


def test_an_application_not_yet_decided_is_no_delivery(extractor):
    got = _rows(extractor, "Rheinmetall has filed an application to export 40 Boxer vehicles to Qatar.")
    assert "delivered" not in {r[3] for r in got}


def test_for_phrases_on_a_passive_refusal_name_what_was_refused(extractor):
    got = _rows(extractor, "In the same year two applications, for mortar rounds and for armoured vehicles, to "
                           "Chile were refused by Belgium.")
    assert ("BEL", "CHL", "mortar rounds", "refused", None) in got
    assert ("BEL", "CHL", "armoured vehicles", "refused", None) in got


def test_a_buyer_who_wishes_to_buy_has_not_ordered(extractor):
    got = _rows(extractor, "Indonesia wishes to buy 12 Rafale jets from France.")
    assert {r[3] for r in got} == {"considered"}


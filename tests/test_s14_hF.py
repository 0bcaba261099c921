"""Smuggling cases, seizures and arms tracing whose parties are persons and armed groups (session 14, helper hF):
a group the text describes by no name ("to a criminal gang"), a "to" phrase the parser hangs on a participle of
seeing ("supplied the mortars photographed in X to Y"), a load's onward destination ("destined for X, from where
it would be moved to Y"), the own destination of items found after a seizure, a "for" phrase swallowed by an
interposed relative clause, and "he" standing for a private person named just before. Every text is written for
these tests."""
from __future__ import annotations

LEAD = ("Security news in brief\n\nThe interior ministry said on Monday that its annual report on border controls "
        "would be published next month.\n\n")


def _full(extractor, text: str):  # noqa: ANN001, ANN202
    return extractor.extract_text(LEAD + text, published="2024-03-01").transfers


def _names(t) -> tuple[str | None, str | None]:  # noqa: ANN001
    return (t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None)


def test_a_described_criminal_group_is_the_recipient(extractor):
    got = _full(extractor, "Investigators found that Chad had supplied 60 mortars to a criminal gang operating near "
                           "the border.")
    assert any(t.supplier and t.supplier.country == "TCD" and t.recipient and t.recipient.name == "criminal gang"
               and t.recipient.kind == "armed_group" and t.quantity == 60 for t in got)


def test_a_bare_group_word_is_no_described_party(extractor):
    got = _full(extractor, "Investigators found that Chad had supplied 60 mortars to fighters.")
    assert not any(t.recipient and t.recipient.name.lower() == "fighters" for t in got)


def test_a_to_phrase_on_a_participle_of_seeing_is_the_recipient(extractor):
    got = _full(extractor, "The panel concludes that Eritrea supplied the mortars photographed in Kassala to Somalia.")
    assert any(t.supplier and t.supplier.country == "ERI" and t.recipient and t.recipient.country == "SOM"
               and t.stage == "delivered" for t in got)


def test_a_load_goes_on_from_its_destination_to_the_party(extractor):
    got = _full(extractor, "On 3 May Kenyan sailors seized a fishing boat carrying 40 mortar rounds. The skipper said "
                           "the boat was destined for Kismayo, from where the load would be moved inland to Somalia.")
    assert any(t.recipient and t.recipient.country == "SOM" and t.stage == "intercepted" and t.quantity == 40
               for t in got)
    assert not any(t.recipient and "Kismayo" in t.recipient.name for t in got)


def test_items_found_with_their_own_destination_take_it(extractor):
    got = _full(extractor, "Coast guards seized a boat carrying rifles bound for Somalia on Monday. Later, police "
                           "stopped a van and found 8 pistols that officials said were bound for criminal gangs in "
                           "the capital.")
    pistols = [t for t in got if "pistol" in t.item.text]
    assert pistols and all(t.recipient and t.recipient.name == "criminal gangs" and t.stage == "intercepted"
                           for t in pistols)
    assert any("rifle" in t.item.text and t.recipient and t.recipient.country == "SOM" for t in got)


def test_a_for_phrase_after_an_interposed_clause_is_the_request(extractor):
    got = _full(extractor, "Marco Duarte was arrested in Porto in June. In taped calls, Duarte asked a confidential "
                           "informant, who was posing as a broker, for twelve machine guns.")
    assert any(_names(t) == ("confidential informant", "Duarte") and t.stage == "requested" and t.quantity == 12
               for t in got)


def test_he_stands_for_the_private_person_named_before(extractor):
    got = _full(extractor, "Marco Duarte was arrested in Porto in June. Prosecutors said he had asked Angola for "
                           "40 pistols.")
    assert any(t.supplier and t.supplier.country == "AGO" and t.recipient and t.recipient.name == "Marco Duarte"
               and t.stage == "requested" for t in got)


def test_he_is_no_private_person_after_an_office_title(extractor):
    got = _full(extractor, "Defence Minister Jorge Duarte visited Luanda in June. He asked Angola for 40 pistols.")
    assert not any(t.recipient and t.recipient.kind == "person" for t in got)


def test_he_and_associates_are_no_single_person(extractor):
    got = _full(extractor, "Marco Duarte was arrested in Porto in June. Prosecutors said he and two associates had "
                           "asked Angola for 40 pistols.")
    assert not any(t.recipient and t.recipient.kind == "person" for t in got)


def test_a_person_told_by_his_town_is_the_smuggler(extractor):
    got = _full(extractor, "A Tulsa man was convicted of smuggling 40 pistols from Texas to Honduras.")
    assert any(t.supplier and t.supplier.name == "Tulsa man" and t.supplier.kind == "person" and t.recipient
               and t.recipient.country == "HND" and t.quantity == 40 for t in got)


def test_a_bare_man_is_no_party(extractor):
    got = _full(extractor, "The man was convicted of smuggling 40 pistols to Honduras.")
    assert not any(t.supplier and t.supplier.kind == "person" for t in got)


def test_items_found_hidden_are_seized_and_go_where_the_container_went(extractor):
    got = _full(extractor, "Kenyan customs officers inspected a container in Mombasa and found 30 pistols concealed "
                           "in sacks of maize. The container was destined for a criminal gang in Kampala.")
    assert any(t.recipient and t.recipient.name == "criminal gang" and t.stage == "intercepted" and t.quantity == 30
               for t in got)


def test_the_same_group_is_the_one_described_before(extractor):
    got = _full(extractor, "A criminal gang in Kampala had ordered rifles before. Kenyan customs officers inspected a "
                           "container in Mombasa and found 30 pistols concealed in sacks of maize. The container was "
                           "destined for the same gang.")
    assert any(t.recipient and t.recipient.name == "criminal gang" and t.stage == "intercepted" and "pistol" in t.item.text
               for t in got)


def test_items_found_in_plain_sight_are_no_seizure(extractor):
    got = _full(extractor, "Kenyan customs officers inspected a lorry at Namanga and found 30 pistols in the cab.")
    assert not any(t.stage == "intercepted" for t in got)

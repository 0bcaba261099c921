"""Session 14 (lead): a name the text gives a system before its noun ("six KX-4 Marten Sky helicopters")
names it later on its own ("the six Martens"); "asked for X to arm Y" keeps its request; an approval "not
yet" given leaves the request standing rather than refusing it.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

from materiel.extraction import nlp

NAMED = "Chile ordered six KX-4 Marten Sky helicopters from Brazil last year. Brazil delivered two Martens in May."


def _materiel(text: str) -> list[str]:
    doc = nlp.load()(text)
    return [s.text for s in doc.spans["materiel"]]


def test_a_name_given_before_a_system_noun_names_it_later(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text(NAMED).transfers
    later = [t for t in rows if t.item.text == "Martens"]
    assert [(t.supplier.id, t.recipient.id, t.stage, t.quantity) for t in later] == [("BRA", "CHL", "delivered", 2)], \
        [(t.item.text, t.supplier.id, t.recipient.id) for t in rows]


def test_a_named_system_is_counted_and_plural_only() -> None:
    spans = _materiel("Peru bought four Tarpan utility helicopters in 2019. Two Tarpans crashed; "
                      "a Tarpan spokesman said the Tarpan plant would close.")
    assert spans.count("Tarpans") == 1
    assert "Tarpan" not in spans  # "a Tarpan spokesman", "the Tarpan plant": modifiers of other nouns


def test_a_firm_or_headline_word_is_no_name() -> None:
    spans = _materiel("Kenya Buys New Scout Helicopters\n\nKenya bought two Halvard helicopters in May, "
                      "the firm Halvard said. Halvard expects more orders. The New Scouts are due in June.")
    assert "Halvard" not in spans and "Scouts" not in spans


def test_a_request_for_items_to_arm_a_platform_is_a_request(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Peru has asked for anti-tank missiles to arm its marines, but the request had "
                                  "not yet been approved by London.").transfers
    assert [(t.supplier.id, t.recipient.id, t.stage) for t in rows] == [("GBR", "PER", "requested")]


def test_an_approval_not_yet_given_is_no_refusal(extractor) -> None:  # noqa: ANN001
    pending = extractor.extract_text("Sweden has not yet approved the sale of 12 Gripen jets to Colombia.").transfers
    refused = extractor.extract_text("Sweden did not approve the sale of 12 Gripen jets to Colombia.").transfers
    assert pending and all(t.stage != "refused" for t in pending), [t.stage for t in pending]
    assert [t.stage for t in refused] == ["refused"]


def test_a_firms_subsidiary_supplies_for_the_firm(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Peru ordered a batch of radars from Thales' Dutch subsidiary.").transfers
    assert [(t.supplier.country, t.recipient.id, t.stage) for t in rows] == [("FRA", "PER", "ordered")]


def test_he_in_a_reported_clause_is_the_speakers_state(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("The Ghanaian president said he had asked Brazil for four patrol aircraft.").transfers
    assert [(t.supplier.id, t.recipient.id, t.stage) for t in rows] == [("BRA", "GHA", "requested")]


def test_he_outside_a_reported_clause_names_no_party(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Brazil's envoy met the Ghanaian president on Monday. He asked Brazil for four "
                                  "patrol aircraft.").transfers
    assert not rows, [(t.supplier.id, t.recipient.id) for t in rows]


def test_the_owner_of_a_partitive_items_receives_them(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Most of Ecuador's Leopard 1 tanks came from Chile in 2009.").transfers
    assert [(t.supplier.id, t.recipient.id, t.stage) for t in rows] == [("CHL", "ECU", "delivered")]


def test_a_one_word_name_called_a_maker_is_a_firm(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Halvard, the rifle maker based in Tampere, delivered 1,500 rifles to Cameroon.").transfers
    assert [(t.supplier.name, t.recipient.id) for t in rows] == [("Halvard", "CMR")]


def test_the_plural_of_an_ambiguous_name_needs_its_context() -> None:
    assert "Bradleys" not in _materiel("The Bradleys hosted a dinner for the ambassador and his guests.")
    assert "Bradleys" in _materiel("Chile received 40 M2 Bradley fighting vehicles in 2019 and may buy further Bradleys.")

"""Session 22 (lead): a state's shipyard as a party, and the recipient of a supplier's deliveries told after a
statement naming it another's supplier.

- "bought four patrol boats from a French shipyard", "built by a Dutch shipyard": a shipyard, corporation,
  conglomerate or consortium of a state (cues.toml agent_nouns) is that state's, like a firm or a shipbuilder;
- "X remains Y's main supplier: it has delivered A and B", "X is Y's supplier. It has sold A", "X, Y's largest
  supplier, has delivered A": Y receives (`supplier_statements.py`); not when X is no longer Y's supplier, is
  Y's supplier of goods that are no materiel, or the delivery names its own recipient;
- a city or port that is no capital, named as the place a delivery arrives in or goes to ("arrived in X", "shipped
  to X"), is its state's (`lexicon/cities.py` over GeoNames' cities, `mentions/city_states.py`); not a city where
  someone only speaks, nor a waypoint ("X, from where ...", a port a ship waits off);
- "without naming a supplier", "from an undisclosed seller", "declined to identify the manufacturer", "The supplier
  was not disclosed.": the row keeps no supplier, none taken from the sentences before (`unnamed_suppliers.py`);
- "sold arms to X, including A and B", the list hung by the parser on the recipient: A and B are the items
  (`frames/stranded.recipient_examples`); a list of states after "allies, including" stays recipients;
- "..., a claim X rejects" with the relative clause's verb tagged as a noun: the denial as well as the claim
  (`claim_denials.py`);
- "weapons supplied to the rebels by Y", the "by" phrase hung on the recipient: Y supplies (`frames/endowed.stray_agent`);
  not "by rail", "by the end of May";
- "has sold Wing Loong drones to X", the model's first words parsed as an indirect object: no recipient inside a
  named item (`frames/item_parties.py`);
- a headline's "X to supply Y with Z", the infinitive parsed as a relative clause on X: a step announced, not a
  delivery (`frames/modality._bare_infinitive`);
- a load told as seized by a participle ("The seized rifles were destined for X", "Seized off the coast, the rifles
  were destined for X"): intercepted on its way (`frames/seized_told.py`); not "The requested rifles";
- "traced the rifles to a batch sold by X to Y", "the mortars were part of a lot sold by X to Y": the traced
  materiel is the passive participle's item (`frames/relative_objects.py`);
- "sold 900 million euros worth of arms to X": the items of a value's "worth of" phrase (`mentions/contents`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> set[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers}


@pytest.mark.parametrize(("text", "row"), [
    ("Ghana bought four patrol boats from a French shipyard.", ("FRA", "GHA", "delivered", "patrol boats", 4)),
    ("Ghana took delivery of four patrol boats built by a French shipyard last month.",
     ("FRA", "GHA", "delivered", "patrol boats", 4)),
    ("A Korean conglomerate will supply 48 howitzers to Estonia.", ("KOR", "EST", "offered", "howitzers", 48)),
    ("A Turkish consortium won the contract to build two corvettes for Pakistan.",
     ("TUR", "PAK", "ordered", "corvettes", 2)),
    ("Algeria ordered three corvettes from a Chinese shipyard in 2012.", ("CHN", "DZA", "ordered", "corvettes", 3)),
])
def test_a_states_shipyard_is_the_state(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


@pytest.mark.parametrize("text", [
    "The frigate is being refitted at a French shipyard, the Chilean navy said.",
    "Workers at a Spanish shipyard went on strike over pay.",
])
def test_a_shipyard_as_a_place_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == set()


@pytest.mark.parametrize(("text", "rows"), [
    ("Chile remains Peru's main supplier: it has delivered 30 mortars and 2,000 rifles since 2015.",
     {("CHL", "PER", "delivered", "mortars", 30), ("CHL", "PER", "delivered", "rifles", 2000)}),
    ("Chile is Peru's main supplier. It has delivered 30 mortars since 2015.",
     {("CHL", "PER", "delivered", "mortars", 30)}),
    ("Chile, Peru's main supplier, has delivered 30 mortars since 2015.", {("CHL", "PER", "delivered", "mortars", 30)}),
    ("Moscow remains New Delhi's largest arms supplier. Last year it sold it 12 Su-30 fighters.",
     {("RUS", "IND", "delivered", "Su-30 fighters", 12)}),
    ("Serbia became Cyprus's main provider in 2019; it has since shipped 40 mortars.",
     {("SRB", "CYP", "delivered", "mortars", 40)}),
])
def test_a_named_suppliers_deliveries_go_to_whom_it_supplies(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    assert rows <= _rows(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Chile is Peru's main supplier of wheat. It has delivered 30 mortars since 2015.", "PER"),
    ("Chile is no longer Peru's main supplier. It has delivered 30 mortars since 2015.", "PER"),
    ("Chile, Peru's main supplier, has delivered 30 mortars to Bolivia.", "PER"),
])
def test_no_recipient_from_a_statement_that_does_not_hold(extractor, text: str, absent: str) -> None:  # noqa: ANN001
    assert all(r[1] != absent for r in _rows(extractor, text))


@pytest.mark.parametrize(("text", "row"), [
    ("Two Chinese-built frigates arrived in Karachi on Tuesday.", ("CHN", "PAK", "delivered", "Chinese-built frigates", 2)),
    ("Four Spanish patrol vessels arrived in Casablanca on Monday.", ("ESP", "MAR", "delivered", "patrol vessels", 4)),
    ("A consignment of 3,000 Bulgarian rifles was shipped to Mombasa in March.",
     ("BGR", "KEN", "delivered", "rifles", 3000)),
    ("The first six Turkish drones were flown to Lagos on Friday.", ("TUR", "NGA", "delivered", "drones", 6)),
])
def test_a_city_of_arrival_is_its_states(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The minister spoke in Karachi about the 40 tanks that Turkey sold to Kenya.", "PAK"),
    ("The tanks arrived in Mombasa, from where they were taken by rail to Uganda.", "KEN"),
    ("The ship waited off Mombasa for a week with 40 tanks bound for Uganda.", "KEN"),
])
def test_a_city_that_is_no_destination_names_no_party(extractor, text: str, absent: str) -> None:  # noqa: ANN001
    assert all(absent not in r[:2] for r in _rows(extractor, text))


def test_the_city_gazetteer() -> None:
    from materiel.lexicon import cities

    assert cities.state_of("Mombasa") == "KEN" and cities.state_of("Karachi") == "PAK"
    assert cities.state_of("Tartus") == "SYR"  # GeoNames writes it with diacritics
    assert cities.state_of("Odessa") == "UKR"  # an alternate name of a large city, over a small city's own
    assert cities.state_of("Split") is None  # [cities] never: mostly a word
    assert cities.state_of("Paris") is None  # a capital: the gazetteer's, not the city list's
    assert cities.state_of("Nowhereville") is None


LEAD = "Turkey sold Kenya 30 trucks in 2020. "


@pytest.mark.parametrize(("text", "row"), [
    (LEAD + "Kenya also plans to acquire six helicopters, a ministry spokesman said, without naming a supplier.",
     (None, "KEN", "considered", "helicopters", 6)),
    (LEAD + "Kenya bought 2,000 rifles from an undisclosed seller last year.", (None, "KEN", "delivered", "rifles", 2000)),
    (LEAD + "Kenya received four helicopters last year, officials said, without naming the seller.",
     (None, "KEN", "delivered", "helicopters", 4)),
    (LEAD + "Kenya bought 2,000 rifles last year; the supplier was not disclosed.",
     (None, "KEN", "delivered", "rifles", 2000)),
    (LEAD + "Kenya bought 2,000 rifles last year. The ministry did not name the seller.",
     (None, "KEN", "delivered", "rifles", 2000)),
])
def test_a_supplier_the_text_does_not_name_stays_empty(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    got = _rows(extractor, text)
    assert row in got and ("TUR", "KEN", "delivered", "trucks", 30) in got


@pytest.mark.parametrize(("text", "row"), [
    (LEAD + "Kenya received four helicopters last year.", ("TUR", "KEN", "delivered", "helicopters", 4)),
    (LEAD + "Kenya bought 2,000 rifles last year; the price was not disclosed.", ("TUR", "KEN", "delivered", "rifles", 2000)),
])
def test_a_supplier_not_said_to_be_unnamed_comes_from_context(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


@pytest.mark.parametrize(("text", "rows"), [
    ("The UK has sold arms to Saudi Arabia, including 48 Typhoon jets and 2,400 Paveway bombs.",
     {("GBR", "SAU", "delivered", "Typhoon jets", 48), ("GBR", "SAU", "delivered", "Paveway bombs", 2400)}),
    ("Spain has sold more than €900 million of arms to Egypt, including corvettes and 40 armoured trucks.",
     {("ESP", "EGY", "delivered", "corvettes", None), ("ESP", "EGY", "delivered", "armoured trucks", 40)}),
    ("The UK has sold arms to its allies, including Poland and Romania.",
     {("GBR", "POL", "delivered", "arms", None), ("GBR", "ROU", "delivered", "arms", None)}),
])
def test_a_list_hung_on_the_recipient(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == rows


@pytest.mark.parametrize(("text", "row"), [
    ("Spain has sold 900 million euros worth of arms to Egypt.", ("ESP", "EGY", "delivered", "arms", None)),
    ("Austria exported 40 million euros worth of rifles to Oman last year.", ("AUT", "OMN", "delivered", "rifles", None)),
])
def test_a_values_worth_of_phrase_names_the_items(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


@pytest.mark.parametrize("text", [
    "U.S. officials say Iran has sent hundreds of drones to Russia, a claim Tehran rejects.",
    "Analysts say Iran has sent drones to Russia, a charge Tehran has rejected.",
])
def test_a_claim_its_accused_rejects(extractor, text: str) -> None:  # noqa: ANN001
    got = {(t.supplier.country, t.recipient.country, t.factuality) for t in extractor.extract_text(text).transfers
           if t.supplier and t.recipient}
    assert {("IRN", "RUS", "asserted"), ("IRN", "RUS", "denied")} <= got


@pytest.mark.parametrize(("text", "rows"), [
    ("Weapons supplied to the rebels by Sudan included mortars and anti-aircraft guns.",
     {("SDN", None, "delivered", "mortars", None), ("SDN", None, "delivered", "anti-aircraft guns", None)}),
    ("Mortars sold to the rebels by Eritrea were used in the attack.", {("ERI", None, "delivered", "Mortars", None)}),
])
def test_an_agent_hung_on_the_recipient(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    assert rows <= _rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Twelve tanks were delivered to the army by rail.",
    "Twelve tanks were delivered to the Kenyan army by the end of May.",
])
def test_a_means_or_a_date_after_by_is_no_supplier(extractor, text: str) -> None:  # noqa: ANN001
    assert all(r[0] is None or r[0] == "KEN" for r in _rows(extractor, text))


@pytest.mark.parametrize(("text", "recipients"), [
    ("China has sold Wing Loong drones to the UAE.", {"ARE"}),
    ("China has sold Wing Loong drones to Egypt and Nigeria.", {"EGY", "NGA"}),
])
def test_no_recipient_inside_a_named_item(extractor, text: str, recipients: set) -> None:  # noqa: ANN001
    assert {r[1] for r in _rows(extractor, text)} == recipients


@pytest.mark.parametrize(("text", "row"), [
    ("Turkey to supply Kenya with armoured vehicles", ("TUR", "KEN", "offered", "armoured vehicles", None)),
    ("Kenya to get 20 armoured vehicles from Turkey", ("TUR", "KEN", "ordered", "armoured vehicles", 20)),
])
def test_a_headline_infinitive_is_no_delivery(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    got = _rows(extractor, text)
    assert row in got and all(r[2] != "delivered" for r in got)


@pytest.mark.parametrize(("text", "row"), [
    ("The seized rifles were destined for Yemen.", (None, "YEM", "intercepted", "seized rifles", None)),
    ("Seized off the coast, the rifles were destined for Yemen.", (None, "YEM", "intercepted", "rifles", None)),
    ("Confiscated at the border, the 40 pistols were bound for Serbia.", (None, "SRB", "intercepted", "pistols", 40)),
])
def test_a_load_told_seized_by_a_participle(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


@pytest.mark.parametrize("text", ["The requested rifles were destined for Yemen.",
                                  "Bought in 2010, the rifles were destined for Yemen."])
def test_a_participle_of_no_seizure_seizes_nothing(extractor, text: str) -> None:  # noqa: ANN001
    assert all(r[2] != "intercepted" for r in _rows(extractor, text))


@pytest.mark.parametrize(("text", "row"), [
    ("Investigators traced the rifles to a batch sold by a Czech firm to Ghana in 2014.",
     ("CZE", "GHA", "delivered", "rifles", None)),
    ("The mortars were part of a lot sold by Serbia to Chad.", ("SRB", "TCD", "delivered", "mortars", None)),
])
def test_traced_materiel_is_the_passive_sales_item(extractor, text: str, row: tuple) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)

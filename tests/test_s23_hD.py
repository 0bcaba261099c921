"""Who the supplier and recipient are (twenty-third session, helper hD):

- a town told as the place a delivery left or was made ("shipped from X", "From X, the rifles were flown",
  "from the port of X", "built in X") is its state, even when the tagger takes it for a firm or a person and the
  town is too small for the main index of cities (`mentions/towns.py`, [towns] in words.toml);
- a force several states raise together, named by a capitalised phrase no gazetteer lists ("the X Joint Force"),
  is a recipient of its own, and "the force", "the joint force", "the force's battalions" told later are that force,
  not a donor told just before (`mentions/joint_forces.py`, [joint_forces] in words.toml);
- a word of an item's name the tagger takes for an organisation ("US-made X missiles supplied to them") is no
  party and no pronoun's antecedent (`mentions/item_words.py`);
- "the company", "the firm", "the shipyard" right after a firm no gazetteer lists is that firm (or the state its
  description names: "X, a Czech firm"), not a listed firm or state told further back
  (`mentions/company_anaphors.py`, [company_anaphors] in words.toml);
- a delivery told with the programme it came under and no supplier ("given to X under a Spanish aid programme")
  is the programme's state's (`extraction/programme_donors.py`, [programme_donors] in words.toml);
- a firm described by its region and named in apposition ("the Normandy shipyard X") is the firm X, never the
  region's word (`mentions/region_firms.py`).

Sentences written for these tests (invented firms, models and combinations of states; not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


SHIPPED_FROM_A_TOWN = [
    ("Kenya's army received twelve Tarvo-7 mortars, which were shipped from Vaasa in March.",
     "Finland", "KEN", "mortars", 12),
    ("Ghana's navy took delivery of two Kestrel-class patrol boats built in Esbjerg.", "Denmark", "GHA", "boats", 2),
    ("From Eskilstuna, 40 Marten-5 rifles were flown to Peru in April, the ministry said.", "Sweden", "PER", "rifles", 40),
    ("The Malawian defence ministry said it had received six Ostrava-9 radars shipped from Thun.",
     "Switzerland", "MWI", "radars", 6),
    ("Forty Kestrel armoured trucks were shipped from the port of Aarhus to Tanzania in May.",
     "Denmark", "TZA", "trucks", 40),
    ("In its written answer, the ministry confirmed that four Vargo-2 sonar sets, sent from Horten in June, "
     "had reached Chile.", "Norway", "CHL", "sonar", 4),
    ("Uganda received 2,000 rounds of ammunition, made in Horten, last year.", "Norway", "UGA", "rounds", 2000),
    ("Forty armoured trucks were shipped from Oulu to Tanzania in May.", "Finland", "TZA", "trucks", None),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), SHIPPED_FROM_A_TOWN)
def test_a_town_a_delivery_left_is_its_state(extractor, text, supplier, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and word in item.lower() and (quantity is None or q == quantity)
               for s, r, _, item, q in rows), rows
    assert all(s in (supplier, None) for s, *_ in rows), rows  # never the bare town


@pytest.mark.parametrize("text", [
    "The ministry met the Kenyan delegation in Vaasa in March.",
    "The minister flew from Eskilstuna to Lima to sign a trade agreement.",
    "Officials from Thun visited the Malawian capital in May.",
])
def test_a_town_that_is_no_place_of_a_delivery_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


FORMED = "The Lake Basin Joint Force was set up by four states in 2015. "
TO_A_JOINT_FORCE = [
    ("Spain delivered 70 tactical vehicles to the Lake Basin Joint Force in May.", "Spain", "vehicles", 70),
    (FORMED + "Spain delivered 70 vehicles to the force in May.", "Spain", "vehicles", 70),
    (FORMED + "In May, Spain handed over 70 vehicles to the force's battalions.", "Spain", "vehicles", 70),
    (FORMED + "Thirty armoured vehicles were supplied to the joint force by Kuwait in July.", "Kuwait", "vehicles", 30),
    (FORMED + "Thirty armoured vehicles were supplied to the joint force by Kuwait in July. Portugal has handed "
     "over 40 trucks and 12 radios.", "Portugal", "trucks", 40),
    ("Norway has donated six patrol boats to the Lurano Maritime Force, the ministry said in a written answer.",
     "Norway", "patrol boats", 6),
    ("The Lake Basin Joint Force had received 20 trucks from Austria.", "Austria", "trucks", 20),
    ("Of all the donors, Kuwait has moved quickest. Spain handed over 70 vehicles to the Lake Basin Joint Force "
     "in May. Portugal delivered 40 trucks.", "Portugal", "trucks", 40),
    ("The Netherlands handed over forty trucks to the Coastal Horn Task Force in Mombasa, the embassy said.",
     "Netherlands", "trucks", 40),
]


def _parties(extractor, text: str) -> list[tuple[str | None, str | None, str, object]]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.item.text,
             t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


@pytest.mark.parametrize(("text", "supplier", "word", "quantity"), TO_A_JOINT_FORCE)
def test_a_joint_force_is_the_recipient(extractor, text, supplier, word, quantity) -> None:  # noqa: ANN001
    rows = _parties(extractor, text)
    assert any(s == supplier and r and r.endswith(" Force") and word in item and q == quantity
               for s, r, item, q in rows), rows
    assert not [r for r in rows if r[1] in ("Kuwait", "Spain")], rows  # never a donor told before


@pytest.mark.parametrize("text", [
    "The Lake Basin Joint Force's headquarters moved to the capital in June.",
    "The Lake Basin Joint Force began its first patrol in May.",
    FORMED + "The force's commander said the battalions were short of fuel.",
])
def test_a_joint_force_without_a_transfer_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _parties(extractor, text)


ITEM_NAMES_ARE_NO_PARTY = [
    ("Shan rebels operate French-made ERYX missiles first supplied to them in 2016.", "France", "rebels"),
    ("The Tarn Liberation Front still fields Metis missiles supplied to it by Bulgaria in 1998.",
     "Bulgaria", "Tarn Liberation Front"),
    ("Houthi fighters now use Iranian-made Toophan missiles, which were smuggled to them by sea.", "Iran", "Houthi"),
    ("According to the cable, the Lurano Patriotic Front received HOT launchers from Spain in 2019.",
     "Spain", "Lurano Patriotic Front"),
    ("Libyan rebels say Bulgaria gave them ERYX missiles.", "Bulgaria", "rebel"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), ITEM_NAMES_ARE_NO_PARTY)
def test_an_item_name_is_no_party(extractor, text, supplier, recipient) -> None:  # noqa: ANN001
    rows = _parties(extractor, text)
    assert any(s == supplier and r and recipient.lower() in r.lower() for s, r, _, _ in rows), rows
    names = {"ERYX", "Metis", "Toophan", "HOT", "SAGGER"}
    assert not [r for r in rows if r[0] in names or r[1] in names], rows


@pytest.mark.parametrize("text", [
    "ERYX missiles were supplied to them in 2015.",
    "Metis missiles sent to the region in 1988 are still in use.",
])
def test_an_item_name_alone_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _parties(extractor, text)


COMPANY_ANAPHORS = [
    ("Poland's Polska Grupa Zbrojeniowa handed over two boats in April. Tarnia sells far less abroad, and most of it "
     "comes from Velmar Systems. The company delivered 24 trucks to the Ghanaian army.", "Velmar Systems", "trucks", 24),
    ("Poland's Polska Grupa Zbrojeniowa shipped 40 trucks in May. Ostrava Dynamics, a Czech firm, also won a contract. The firm "
     "will supply six Ostrava-9 radars to Peru.", "Czechia", "radars", 6),
    ("Poland's Polska Grupa Zbrojeniowa lost the tender. In a written answer, the minister said Karvell Marine had applied for a "
     "licence. The shipyard delivered two patrol boats to Ghana in 2019.", "Karvell Marine", "patrol boats", 2),
    ("Poland's Polska Grupa Zbrojeniowa was not involved. According to the cable, Brennholt Arms sold rifles in the "
     "region; the company shipped 2,000 of them to Chad.", "Brennholt Arms", "", 2000),
    ("Poland's Polska Grupa Zbrojeniowa delivered two radars to Chile. The company also sold four to Peru.", "Poland",
     "radars", 4),
]


@pytest.mark.parametrize(("text", "supplier", "word", "quantity"), COMPANY_ANAPHORS)
def test_the_company_is_the_firm_just_named(extractor, text, supplier, word, quantity) -> None:  # noqa: ANN001
    rows = _parties(extractor, text)
    assert any(s == supplier and word in item and q == quantity for s, _, item, q in rows), rows
    assert not [r for r in rows if r[3] == quantity and r[0] != supplier], rows


@pytest.mark.parametrize("text", [
    "The Kestrel Herald reported the deal. The company delivered 12 trucks to Ghana.",  # a newspaper is no firm
    '"We build our own ships," Marquez said. The shipyard delivered two boats to the navy.',  # a person, the home yard
])
def test_the_company_after_no_firm_takes_no_name(extractor, text) -> None:  # noqa: ANN001
    rows = _parties(extractor, text)
    assert not [r for r in rows if r[0] and ("Herald" in r[0] or "Marquez" in r[0])], rows


UNDER_A_PROGRAMME = [
    ("Two patrol boats were given to Ghana under a Spanish aid programme.", "Spain", "GHA", "patrol boats", 2),
    ("Under the American anti-smuggling programme, 40 rifles were delivered to Peru's police in May.",
     "United States", "PER", "rifles", 40),
    ("Kenya received six armoured vehicles in March under a British assistance programme.",
     "United Kingdom", "KEN", "armoured vehicles", 6),
    ("The 12 trucks, handed over to the Malian army on Tuesday, were delivered under Japan's security assistance "
     "programme.", "Japan", "MLI", "trucks", 12),
    ("Through a German training programme, the Nigerien army has received 30 trucks.", "Germany", "NER", "trucks", 30),
    ("A list sent to parliament shows 20 night-vision goggles given to Moldova's border police under an Estonian "
     "programme.", "Estonia", "MDA", "goggles", 20),
    ("Italy built two corvettes for the Albanian navy. An annex of the answer counts three 9-metre patrol boats "
     "handed to Albania's coast guard under a Spanish maritime programme.",
     "Spain", "ALB", "patrol boats", 3),
    ("Ghana's navy received two patrol boats from Italy under a Spanish programme.", "Italy", "GHA", "patrol boats", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), UNDER_A_PROGRAMME)
def test_a_programme_names_the_supplier(extractor, text, supplier, recipient, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and word in item and q == quantity for s, r, _, item, q in rows), rows
    if supplier == "Italy":  # a supplier the sentence names stays
        assert not [x for x in rows if x[0] == "Spain"], rows


@pytest.mark.parametrize("text", [
    "Spain bought two patrol boats under a programme to modernise its navy.",
    "Spain delivered two patrol boats to its own navy under a Spanish programme.",
])
def test_a_programme_of_the_recipient_names_no_supplier(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[0] == "Spain"]


REGION_FIRMS = [
    ("The Normandy shipyard Belvane delivered two patrol boats to Senegal.", "Belvane", "patrol boats", 2),
    ("Senegal took delivery of two patrol boats ordered from the Normandy shipyard Belvane.", "Belvane",
     "patrol boats", 2),
    ("In 2019 the Lombard maker Corvi Arms sold 400 pistols to Peru, the ministry's answer shows.", "Corvi Arms",
     "pistols", 400),
    ("Ghana bought six trucks from the Bavarian firm Moosreiter last year.", "Moosreiter", "trucks", 6),
]


@pytest.mark.parametrize(("text", "supplier", "word", "quantity"), REGION_FIRMS)
def test_a_firm_described_by_its_region_is_the_firm(extractor, text, supplier, word, quantity) -> None:  # noqa: ANN001
    rows = _parties(extractor, text)
    assert any(s == supplier and word in item and q == quantity for s, _, item, q in rows), rows
    assert not [r for r in rows if r[0] in ("Normandy", "Lombard", "Bavarian")], rows


@pytest.mark.parametrize("text", [
    "The Normandy shipyard said it had no comment.",
    "Belvane, a Normandy shipyard, has never exported a warship.",
])
def test_a_region_firm_without_a_transfer_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _parties(extractor, text)

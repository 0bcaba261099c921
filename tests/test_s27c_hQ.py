"""Refusals, holds and blocks (twenty-seventh session, helper hQ):

- a refusal of a trade whose destination the parse hangs on the refusing verb ("froze exports of A to Y") keeps
  that destination as its own (`general_statements.aggregate_flow`, words.toml [aggregates] destination_preps);
- a refusal by an organ that names its state only around it ("a court in <capital> ordered the government to halt
  exports of A to Y", "the chairman of the <demonym> senate committee placed a hold on the sale of A to Y") takes
  the organ's state as supplier (`frames/organ_states.py`, words.toml [refusing_organs]).

Sentences written for these tests (invented models; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

FROZEN = [  # (text, supplier, recipient, item word)
    ("Lima froze exports of Varnek-5 tanks to Chile on Friday.", "PER", "CHL", "Varnek-5"),
    ("On Tuesday, Accra halted exports of Orsk-2 howitzers to Togo, the ministry said.", "GHA", "TGO", "Orsk-2"),
    ("Oslo has frozen exports of Tarvik-4 armoured vehicles to Estonia.", "NOR", "EST", "Tarvik-4"),
    ("Finland, which had armed Latvia for years, froze exports of 12 Merrow-3 helicopters to Latvia.", "FIN", "LVA",
     "Merrow-3"),
    ("Finland's cabinet met on Monday. It froze exports of Merrow-3 helicopters to Latvia.", "FIN", "LVA",
     "Merrow-3"),
    ("In 2019 the Kenyan trade ministry halted exports of Brask-9 rifles to Uganda.", "KEN", "UGA", "Brask-9"),
    ("Warsaw suspended exports of Kolder-7 mortars and Brask-9 rifles to Georgia.", "POL", "GEO", "Kolder-7"),
    ("Warsaw suspended exports of Kolder-7 mortars and Brask-9 rifles to Georgia.", "POL", "GEO", "Brask-9"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), FROZEN)
def test_a_refused_trade_keeps_the_verbs_destination(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Report\n\n{text}")
    assert _has(rows, sup, rec, "refused", word), rows


ORGANS = [  # (text, supplier, recipient, item word, quantity)
    ("A court in Lima ordered the government to halt exports of Varnek-5 tanks to Chile.", "PER", "CHL",
     "Varnek-5", None),
    ("A court in Dhaka ordered the government to halt all exports of Orsk-2 howitzer parts to Nepal.", "BGD", "NPL",
     "Orsk-2", None),
    ("On Wednesday a court in Oslo directed the government to stop the export of Tarvik-4 vehicles to Estonia.",
     "NOR", "EST", "Tarvik-4", None),
    ("The chairman of the Peruvian Senate foreign relations committee placed a hold on the sale of 12 Varnek-5 tanks "
     "to Chile.", "PER", "CHL", "Varnek-5", 12),
    ("The chairwoman of the Romanian Senate defence committee has blocked the sale of six Merrow-3 helicopters to "
     "Jordan, aides said.", "ROU", "JOR", "Merrow-3", 6),
    ("In March the chairman of the Ghanaian parliament's defence committee put a hold on the sale of four Orsk-2 "
     "howitzers to Togo.", "GHA", "TGO", "Orsk-2", 4),
    ("A Nigerian court ordered a stop to the export of Varnek-5 tanks to Morocco.", "NGA", "MAR", "Varnek-5", None),
    ("A court in Warsaw ordered the defence ministry to halt deliveries of Brask-9 rifles to Georgia.", "POL", "GEO",
     "Brask-9", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), ORGANS)
def test_an_organ_refuses_for_its_state(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Report\n\n{text}")
    assert _has(rows, sup, rec, "refused", word, qty), rows


NONE = [
    "Rights groups urged Oslo to suspend exports of Tarvik-4 vehicles to Estonia.",
    "Peruvian lawmakers called on the government to halt exports of Varnek-5 tanks to Chile.",
    "A spokesman for the Finnish defence ministry declined to comment when asked about Latvia.",
    "Finland's arms exports reached a record in 2019.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_refusal_is_told(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Report\n\n{text}")
    assert not [r for r in rows if r[2] == "refused" and r[3] != "None"], rows


def test_a_call_by_a_court_official_is_no_refusal_by_the_ordered(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Report\n\nPeruvian senators urged the government to halt exports of Varnek-5 tanks to "
                            "Chile.")
    assert not rows, rows


FRONTED = [  # a transfer noun opening the sentence: (text, supplier, recipient, item word)
    ("Exports of Merrow-3 helicopters to Latvia were frozen by Finland in March.", "FIN", "LVA", "Merrow-3"),
    ("Sales of Varnek-5 tanks to Chile were suspended by Peru last year.", "PER", "CHL", "Varnek-5"),
    ("Deliveries of Orsk-2 howitzers to Togo have been halted by Ghana, officials said.", "GHA", "TGO", "Orsk-2"),
    ("Exports of Tarvik-4 vehicles to Estonia, which Norway approved in 2019, were halted by Oslo this week.", "NOR",
     "EST", "Tarvik-4"),
    ("Shipments of Brask-9 rifles to Uganda were stopped by Kenya after the clashes.", "KEN", "UGA", "Brask-9"),
    ("Exports of Kolder-7 mortars and Brask-9 rifles to Georgia were suspended by Poland.", "POL", "GEO", "Kolder-7"),
    ("Exports of Kolder-7 mortars to Georgia were reportedly frozen by Poland.", "POL", "GEO", "Kolder-7"),
    ("Sales of Merrow-3 helicopters to Jordan have been blocked by the Romanian government.", "ROU", "JOR",
     "Merrow-3"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), FRONTED)
def test_a_fronted_transfer_noun_is_read(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Report\n\n{text}")
    assert _has(rows, sup, rec, "refused", word), rows


def test_a_fronted_name_stays_a_name(extractor) -> None:  # noqa: ANN001
    from materiel.extraction import initial_nouns, nlp

    doc = nlp.load()("Report\n\nSales of Varnek-5 tanks to Chile were suspended by Peru. Export Trading Ltd of Lima "
                     "said nothing.")
    sales = next(t for t in doc if t.text == "Sales")
    assert sales.pos_ == "NOUN" and sales.lemma_ == "sale"
    assert initial_nouns.lemma_of(next(t for t in doc if t.text == "Chile")) is None


FOILED = [  # another party's plan blocked: the plan's holder supplies, refused (text, supplier, recipient, word, qty)
    ("Peru blocked an attempt by Chile to sell Varnek-5 tanks to Bolivia.", "CHL", "BOL", "Varnek-5", None),
    ("In 2019 Finland vetoed a plan by Sweden to sell six Merrow-3 helicopters to Latvia.", "SWE", "LVA", "Merrow-3",
     6),
    ("Germany torpedoed an effort by Poland to send Varnek-5 tanks to Ukraine, officials said.", "POL", "UKR",
     "Varnek-5", None),
    ("Norway scuppered Denmark's plan to sell six Merrow-3 helicopters to Latvia.", "DNK", "LVA", "Merrow-3", 6),
    ("Last month Oslo thwarted an attempt by Copenhagen to sell four Orsk-2 howitzers to Estonia.", "DNK", "EST",
     "Orsk-2", 4),
    ("Kenya said it had blocked a bid by Tanzania to sell Brask-9 rifles to Uganda.", "TZA", "UGA", "Brask-9", None),
    ("Berlin obstructed a plan by Warsaw to hand over 14 Varnek-5 tanks to Kyiv.", "POL", "UKR", "Varnek-5", 14),
    ("Ghana foiled an attempt by Nigeria to ship Orsk-2 howitzers to Togo.", "NGA", "TGO", "Orsk-2", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), FOILED)
def test_a_foiled_plan_is_its_holders_refused_transfer(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Report\n\n{text}")
    assert _has(rows, sup, rec, "refused", word, qty), rows


def test_a_plan_welcomed_is_no_refusal(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Report\n\nFinland welcomed a plan by Sweden to sell six Merrow-3 helicopters to Latvia.")
    assert not [r for r in rows if r[2] == "refused"], rows
    assert not [r for r in rows if r[0] == "FIN"], rows


PROPOSED = [  # a party's own proposal rejected: (text, supplier, recipient, word)
    ("Lima rejected a proposal by Santiago to transfer Varnek-5 tanks to Bolivia.", "CHL", "BOL", "Varnek-5"),
    ("Santiago's proposal to transfer Varnek-5 tanks to Bolivia was rejected by Lima.", "CHL", "BOL", "Varnek-5"),
    ("On Monday Finland blocked a proposal by Sweden to hand over Merrow-3 helicopters to Latvia.", "SWE", "LVA",
     "Merrow-3"),
    ("Kenya vetoed Tanzania's proposal to send Brask-9 rifles to Uganda, diplomats said.", "TZA", "UGA", "Brask-9"),
    ("Russia blocked at the Security Council a proposal by Norway to hand over seized Brask-9 rifles to Vietnam.",
     "NOR", "VNM", "Brask-9"),
    ("Moscow blocked a proposal by Oslo to give Kolder-7 mortars to Hanoi.", "NOR", "VNM", "Kolder-7"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), PROPOSED)
def test_a_partys_proposal_rejected_is_refused(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Report\n\n{text}")
    assert _has(rows, sup, rec, "refused", word), rows


@pytest.mark.parametrize("text", [
    "The Ghanaian parliament rejected a motion to suspend sales of Orsk-2 howitzers to Togo.",
    "Peruvian senators defeated a motion to halt the sale of Varnek-5 tanks to Bolivia.",
    "The Estonian parliament rejected a proposal to suspend exports of Tarvik-4 vehicles to Latvia.",
])
def test_a_motion_or_bill_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, f"Report\n\n{text}")


def test_a_plans_by_phrase_and_infinitive_hang_on_the_plan() -> None:
    from materiel.extraction import nlp

    doc = nlp.load()("Report\n\nRussia blocked a proposal by Norway to hand over seized rifles to Vietnam.")
    proposal = next(t for t in doc if t.lower_ == "proposal")
    by = next(t for t in doc if t.lower_ == "by")
    hand = next(t for t in doc if t.lower_ == "hand")
    assert by.head.i == proposal.i and hand.head.i == proposal.i and hand.dep_ == "acl"
    kept = nlp.load()("Report\n\nThe rifles were seized by Norway to stop them reaching Vietnam.")
    assert next(t for t in kept if t.lower_ == "by").head.lower_ == "seized"

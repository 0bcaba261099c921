"""Sanctions designations and UN expert-panel / monitoring-group reports (fifteenth session, helper C):

- in a text of sanctions enforcement (`extraction/enforcement.py`: "is designating ... pursuant to
  Executive Order", "Panel of Experts", "arms embargo"), a generic dual-use item a firm supplies
  ("engines", "airframes", "tail sections") is what the text charges, not a civil sale;
- component names the lexicon lacked: airframes, chassis, fuselage/wing/tail sections, thermal cameras
  (`materiel.csv`);
- the reporting body is never a party: "the Monitoring Group", "the Group of Experts", and the bare "the
  Group" of a text that names one (`mentions/parties.py`, `no_party_phrases`);
- "considers that X was delivered": a finding, not a weighed purchase (`frames/governors.py`);
- "found no evidence that X supplied Y": negated (`cues.py`, `evidence_nouns`);
- "passed on to Y from Ruritanian army stocks": the owner of the stocks supplies (`stock_sources.py`);
- "requested X from their Ruritanian counterparts": the counterparts' state supplies (`agent_nouns`);
- "the Council decided that ... shall not transfer arms to Y": an obligation, no row (`general_statements.py`);
- "re-transferred from X stocks to Y", "re-exported": hyphenated verbs get their lemma (`nlp.py`), and a verb
  that requires a supplier takes the stocks' owner (`frames/stock_owners.py`);
- "X has identified the lots as part of an export to Y", "X informed the Panel that ... had been exported to Y":
  the confirming state exports (`export_sources.py`).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

NOTICE = """Treasury Sanctions Suppliers to a Drone Maker

Today, the Department of the Treasury is designating five entities pursuant to Executive Order 13382 for \
their roles in procuring components for a drone programme.

Qom Falcon Industries develops attack drones. Since 2021, Harbin Dongsheng Machinery has shipped 200 \
turbojet engines to Qom Falcon Industries, routing them through a freight forwarder in Macau.

In 2023, Zhuhai Lantern Electronics agreed to supply Qom Falcon Industries with 600 more engines.

Dalian Apex Composites has supplied Qom Falcon Industries with tail sections and complete drone airframes.

Volga Optics Works delivered 300 thermal imaging cameras to Qom Falcon Industries last year.

Harbin Dongsheng Machinery and Dalian Apex Composites are being designated for having materially assisted \
Qom Falcon Industries."""


@pytest.mark.parametrize(("supplier", "item", "stage"), [
    ("Harbin Dongsheng", "turbojet engines", "delivered"),
    ("Zhuhai Lantern", "engines", "ordered"),
    ("Dalian Apex", "tail sections", "delivered"),
    ("Dalian Apex", "airframes", "delivered"),
    ("Volga Optics", "thermal imaging cameras", "delivered"),
])
def test_designated_firm_supplies_components(extractor, supplier, item, stage):
    rows = find(extractor.extract_text(NOTICE, published="2024-06-01"), supplier, "Qom Falcon", item)
    assert [t.stage for t in rows] == [stage]


@pytest.mark.parametrize("text", [
    "Harbin Dongsheng Machinery has shipped 200 engines to Qom Falcon Industries.",
    "Harbin Dongsheng Machinery sold 40 wheeled chassis to Nairobi City Buses, a transport company.",
])
def test_components_between_firms_stay_civil_outside_enforcement(extractor, text):
    assert not extractor.extract_text(text, published="2024-06-01").transfers


@pytest.mark.parametrize(("text", "item"), [
    ("Harbin Dongsheng has supplied the Iranian army with tail sections for its drones.", "tail sections"),
    ("Harbin Dongsheng has delivered 40 truck chassis to the Iranian army.", "chassis"),
    ("Kazakh Optics delivered 60 thermal cameras to the Kyrgyz border guard.", "thermal cameras"),
])
def test_component_names_to_a_military_buyer(extractor, text, item):
    assert [t for t in extractor.extract_text(text, published="2024-06-01").transfers if item in t.item.text]


REPORT = """Central African Republic: final report by the Group of Experts

31. The Group of Experts considers that the overhaul of four Mi-24 helicopters for the Central African \
Republic by Belarus is covered by the measures.

32. The Group found no evidence that Chad supplied mortars to the Seleka fighters.

33. The Group assesses that the rifles were passed on to the Ndele Liberation Front from Cameroonian army stocks.

34. According to two sources, Ndele Liberation Front commanders requested anti-tank rockets from their \
Congolese counterparts in 2014.

35. By resolution 2127 (2013), the Security Council has decided that all States shall prevent the supply of arms \
to the Central African Republic, and that the Central African Republic shall not transfer rifles to the \
Ndele Liberation Front.

36. In Bangui, the Group interviewed two members of the Ndele Liberation Front who said that they had \
bought grenades from Chadian soldiers."""


@pytest.fixture(scope="module")
def report(extractor):
    return extractor.extract_text(REPORT, published="2015-06-01")


def test_reporting_body_is_no_party(report):
    assert not [t for t in report.transfers
                if "group" in f"{t.supplier.name if t.supplier else ''} {t.recipient.name if t.recipient else ''}".lower()]


def test_no_evidence_is_negated(report):
    assert [t.factuality for t in find(report, "TCD", "Seleka", "mortars")] == ["negated"]


def test_owner_of_stocks_supplies(report):
    assert find(report, "CMR", "Ndele", "rifles")


def test_counterparts_state_is_asked(report):
    assert [t.stage for t in find(report, "COD", "Ndele", "anti-tank")] == ["requested"]


def test_counterparts_of_a_state_supply(extractor):
    rep = extractor.extract_text("Houthi officers asked their Iranian counterparts for anti-ship missiles.",
                                 published="2024-06-01")
    assert [t.stage for t in find(rep, "IRN", "Houthi", "missiles")] == ["requested"]


def test_obligation_laid_down_is_no_row(report):
    assert not find(report, "CAF", None, "rifles") and not find(report, "CAF", "Ndele", "arms")


def test_pronoun_of_interviewees_not_the_group(report):
    assert find(report, "TCD", "Ndele", "grenades")


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Investigators found no evidence that Belarus sold rifles to Myanmar, but confirmed that Serbia "
     "sold mortars to Myanmar.", "SRB", "MMR", "mortars"),
    ("The Panel considers that 12 howitzers were sold by Serbia to Armenia in 2020.", "SRB", "ARM", "howitzers"),
    ("Kenya transferred 20 armoured vehicles to Somalia from its own reserves.", "KEN", "SOM", "armoured"),
    ("Under the contract, Spain shall deliver four frigates to Chile by 2030.", "ESP", "CHL", "frigates"),
    ("Houthi officers asked Iran for anti-ship missiles.", "IRN", "Houthi", "missiles"),
])
def test_counterparts_stay(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)
    assert rows and all(t.factuality != "negated" for t in rows)


def test_considers_that_keeps_the_clause_stage(extractor):
    rep = extractor.extract_text("The Panel considers that 12 howitzers were sold by Serbia to Armenia in 2020.",
                                 published="2024-06-01")
    assert [t.stage for t in find(rep, "SRB", "ARM", "howitzers")] == ["delivered"]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("The Panel assesses that the carbines were re-transferred from Tanzanian stocks to Burundi in 2016.",
     "TZA", "BDI", "carbines"),
    ("The mortars were re-exported from Kenyan army stocks to Somalia.", "KEN", "SOM", "mortars"),
    ("Belarus re-exported 30 howitzers to Myanmar in 2019.", "BLR", "MMR", "howitzers"),
])
def test_retransfer_from_stocks(extractor, text, supplier, recipient, item):
    assert find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("The shells bear serial numbers that the Government of Bulgaria has identified as part of a 2011 export of "
     "20,000 mortar shells to the Yemeni armed forces.", "BGR", "YEM", "mortar shells"),
    ("Montenegro informed the Panel that the grenades had been exported to Libya in 2009.", "MNE", "LBY", "grenades"),
])
def test_state_confirming_an_export_is_its_exporter(extractor, text, supplier, recipient, item):
    assert find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)


def test_export_under_another_verb_is_not_the_confirmers(extractor):
    rep = extractor.extract_text("Kenya stated that the exports of rifles to Somalia worried it.", published="2024-06-01")
    assert not find(rep, "KEN", "SOM", "rifles")

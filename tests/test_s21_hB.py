"""Session 21 (hB): firms, yards and brokers no gazetteer lists, as suppliers and recipients.

- a proper name on the other side of a deal ("signed a contract with X", "an agreement with X") is a party,
  whatever type the tagger gives it (a place's, none), unless it reads as a person's name
  (`mentions/org_names.deal_slot`, [org_names] deal_verbs, [resolve] thing_nouns);
- "X of <state>" in a party's place is a company of that state (`org_names._of_state`);
- a name ending in an organisation's word ("X Shipyard", "X Trading Ltd") in a party's place is a company by its
  name, even where the tagger takes the ending for a place's ([org_names] suffixes);
- a bare word the text named before with such an ending ("X Industries ... from X") is that company
  (`org_names.learn`);
- "the Oslo-based X", "X, registered in Norway,", "X Ltd, a trading firm registered in Norway" and "X Ltd of
  Norway" place the firm in its state for the whole text (`firm_countries._before`, `firm_countries._registered`,
  cues.toml placing_participles);
- a name the tagger found with a word of a newspaper, a research group or a museum is never a party
  ([org_names] no_party_words, `org_names.reporting`), nor a ship's name nor a person's;
- "bought from X in <state>" places a firm with no state (`org_names.located`); a yard's name that ships are sent
  to is no recipient (`org_names._yard_taking`);
- "X Works (XW) is a state-owned <demonym> enterprise" places the firm and its acronym
  (`firm_countries._copula`, `_acronym`); generic name words ("Joint Stock") are learnt by neither table
  ([org_names] generic_name_words); any other word of a firm's full name stands for it (`org_names.named_before`);
- an abbreviated first name ("Fr. X Werft") stays one token and ends no sentence ([abbreviations] name_prefixes).

Every sentence is written for these tests (not taken from any article); the names are invented."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str, str, str, str, object]]:  # noqa: ANN001
    out = []
    for t in extractor.extract_text(text).transfers:
        sup = t.supplier.name if t.supplier else ""
        rec = t.recipient.name if t.recipient else ""
        out.append((sup, rec, t.item.text, t.stage, t.quantity))
    return out


def _names(extractor, text: str) -> set[str]:  # noqa: ANN001
    return {n.lower() for s, r, _, _, _ in _rows(extractor, text) for n in (s, r)}


def test_a_bare_name_on_the_other_side_of_a_deal_sells(extractor):
    got = _rows(extractor, "Estonia signed a contract with Velmora for two patrol vessels.")
    assert ("Velmora", "Estonia", "patrol vessels", "ordered", 2) in got, got


def test_a_person_on_the_other_side_of_a_deal_is_no_new_firm(extractor):
    got = _rows(extractor, "Estonia signed a contract with Velmora for two patrol vessels, Anna Lindqvist said.")
    assert all(s != "Anna Lindqvist" for s, _, _, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Estonia signed a contract with Velmora of Denmark for two patrol vessels.",
    "Estonia signed a contract with the Copenhagen-based Velmora for two patrol vessels.",
    "Estonia signed a contract with Velmora Marine, registered in Denmark, for two patrol vessels.",
])
def test_a_firm_placed_in_a_state_sells_for_it(extractor, text):
    got = _rows(extractor, text)
    assert ("Denmark", "Estonia", "patrol vessels", "ordered", 2) in got, got


def test_a_trading_company_registered_in_a_state_sells_for_it(extractor):
    got = _rows(extractor, "Tarnex Logistics Ltd, a trading firm registered in Cyprus, sold 500 rifles to Peru.")
    assert ("Cyprus", "Peru", "rifles", "delivered", 500) in got, got


def test_a_broker_registered_in_a_state_receives_by_its_name(extractor):
    got = _rows(extractor, "Moldova sold 500 rifles to Tarnex Logistics Ltd, a trading firm registered in Cyprus.")
    assert ("Moldova", "Tarnex Logistics Ltd", "rifles", "delivered", 500) in got, got


def test_a_yard_named_as_a_party_is_a_firm(extractor):
    got = _rows(extractor, "Estonia signed a contract with Velmora Shipyard for two patrol vessels.")
    assert ("Velmora Shipyard", "Estonia", "patrol vessels", "ordered", 2) in got, got


def test_a_yard_where_a_ship_is_handed_over_is_no_party(extractor):
    names = _names(extractor, "The frigate was delivered to Estonia at Velmora Shipyard.")
    assert not any("velmora" in n for n in names), names


def test_a_bare_word_named_before_with_a_firm_ending_is_that_firm(extractor):
    text = "Tarnex Industries opened a new assembly hall last year. Ghana ordered 40 armoured vehicles from Tarnex."
    got = _rows(extractor, text)
    assert ("Tarnex Industries", "Ghana", "armoured vehicles", "ordered", 40) in got, got


def test_a_bare_word_named_before_as_an_institute_is_no_firm(extractor):
    text = "The Tarnex Research Institute opened a new hall last year. Ghana ordered 40 armoured vehicles from Tarnex."
    names = _names(extractor, text)
    assert not any("tarnex" in n for n in names), names


@pytest.mark.parametrize("name", ["the Ostrava Herald", "Velmar Research Group", "the Kestrel Museum"])
def test_a_newspaper_research_group_or_museum_is_no_party(extractor, name):
    names = _names(extractor, f"Estonia signed a contract with {name} for two patrol vessels.")
    assert not any(w in n for n in names for w in ("herald", "research", "museum")), names


def test_a_firm_group_is_a_party(extractor):
    got = _rows(extractor, "Estonia signed a contract with Velmar Marine Group for two patrol vessels.")
    assert ("Velmar Marine Group", "Estonia", "patrol vessels", "ordered", 2) in got, got


def test_a_ship_on_the_other_side_of_a_deal_is_no_party(extractor):
    names = _names(extractor, "Estonia signed a contract with the MV Velmora for two patrol vessels.")
    assert "velmora" not in names, names


def test_a_firm_apposed_as_a_company_in_a_capital_sells_for_its_state(extractor):
    got = _rows(extractor, "Tarnex Trading, a company in Lima, sold 500 rifles to Ghana.")
    assert ("Peru", "Ghana", "rifles", "delivered", 500) in got, got


def test_a_person_based_in_a_state_stays_no_state(extractor):
    got = _rows(extractor, "Estonia signed a contract with Anna Lindqvist, based in Denmark, for two patrol vessels.")
    assert all(s != "Denmark" for s, _, _, _, _ in got), got


def test_an_abbreviated_first_name_does_not_cut_a_firm_from_its_clause(extractor):
    text = ("Estonia's Ministry of Defence on Monday signed a contract with Denmark's Fr. Velmora Werft "
            "for two offshore patrol vessels.")
    got = _rows(extractor, text)
    assert any(s == "Denmark" and r.startswith("Estonia") and q == 2 for s, r, _, _, q in got), got


def test_a_full_stop_after_a_plain_word_still_ends_a_sentence(extractor):
    doc = extractor.nlp("Estonia bought two boats. Fr. Velmora Werft built them.")
    assert [t.text for t in doc].count("Fr.") == 1 and len(list(doc.sents)) == 2


def test_a_firm_sold_from_in_a_state_sells_for_it(extractor):
    got = _rows(extractor, "Ghana bought 40 armoured vehicles from Tarnex Industries in Peru.")
    assert ("Peru", "Ghana", "armoured vehicles", "delivered", 40) in got, got


def test_a_firm_sold_from_in_a_year_keeps_its_name(extractor):
    got = _rows(extractor, "Ghana bought 40 armoured vehicles from Tarnex Industries in 2015.")
    assert [s for s, _, _, _, _ in got] == ["Tarnex Industries"], got


def test_a_firm_said_to_be_a_state_enterprise_sells_for_it_by_its_acronym(extractor):
    text = "Tarnex Ordnance Plant (TOP) is a state-owned Peruvian enterprise. Since 2019, TOP has delivered 500 rifles to Ghana."
    got = _rows(extractor, text)
    assert ("Peru", "Ghana", "rifles", "delivered", 500) in got, got


def test_a_person_said_to_be_a_dealer_of_a_state_stays_no_state(extractor):
    text = "Anna Lindqvist is a Chilean arms dealer. Since 2019, Lindqvist has delivered 500 rifles to Ghana."
    got = _rows(extractor, text)
    assert all(s != "Chile" for s, _, _, _, _ in got), got


def test_a_yard_ships_are_sent_to_is_no_recipient(extractor):
    names = _names(extractor, "Estonia sent two patrol vessels to Velmora Shipyard for repairs.")
    assert "velmora shipyard" not in names, names


def test_a_yard_ships_are_ordered_from_sells(extractor):
    got = _rows(extractor, "Estonia ordered two patrol vessels from Velmora Shipyard.")
    assert ("Velmora Shipyard", "Estonia", "patrol vessels", "ordered", 2) in got, got


def test_a_later_word_of_a_firms_name_stands_for_the_firm(extractor):
    text = ("Velmar Kestrin Trading ran the orders from a flat in Lima. In 2012 Kestrin asked Karl Obst for "
            "another 300 rifle scopes.")
    got = _rows(extractor, text)
    assert any(r == "Velmar Kestrin Trading" and q == 300 and st == "requested" for _, r, _, st, q in got), got


def test_generic_words_of_a_firms_name_are_not_learnt(extractor):
    from materiel import lexicon
    from materiel.extraction.mentions import firm_countries, org_names
    from materiel.extraction.mentions.resolve import ActorResolver
    doc = extractor.nlp("Joint Stock Company Tarnex Ordnance Works (TOW) is a state-owned Peruvian enterprise. "
                        "Joint Stock Company Velmar Trading sold it parts.")
    by_token = ActorResolver(doc).by_token
    table = firm_countries.learn(doc, by_token, lexicon.load().countries)
    assert table.get("tow") == "PER" and table.get("tarnex") == "PER", table
    assert "joint" not in table and "stock" not in table, table
    assert "joint" not in org_names.learn(doc, by_token)


@pytest.mark.parametrize("text", [
    "Norway sent 40 rifles to the Emir of Qatar.",
    "Estonia signed a contract with the Mayor of Tartu for two patrol vessels.",
])
def test_an_office_of_a_state_or_town_is_no_firm(extractor, text):
    names = _names(extractor, text)
    assert "emir" not in names and "mayor" not in names, names

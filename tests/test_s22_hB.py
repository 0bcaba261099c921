"""Session 22 (hB): ammunition named by calibre, the firms that sell it, and refusals of licences and parts.

- a count in words or digits before a calibre ("two million 7.62 mm cartridges", "the initial 3 million of 8 million
  5.56 mm rounds") is the whole number, never its first word (`count_words.scaled`, [quantities]
  scale_words and multipliers);
- an organisation's ending that is also a materiel word ("Karvell Munitions", "Halden Ordnance") ends the firm's
  name, not an item ([org_names] suffixes, `name_endings`); the firm signing with a state sells
  ([frame_words] firm_name_words);
- a firm named with its state in apposition ("X, Norway's largest shell maker,") that signs a contract with a
  state's body sells to it, and leads a business report as its firm (`mentions/apposed_firms`,
  `counterparty.orient_company_contract`, `lead_firm`);
- a contract whose only party is a state's ministry or armed force in a "with" phrase is that body's purchase
  (`counterparty.orient_body_contract`);
- a firm's name the tagger folds into a dateline's date ("OSLO, May 3, 2016 - X Corp, Norway's ... maker,") is
  still placed in its state (`headline.after_dateline`).

Every sentence is written for these tests (not taken from any article); the names are invented."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str, str, str, str, object]]:  # noqa: ANN001
    out = []
    for t in extractor.extract_text(text).transfers:
        sup = (t.supplier.country or t.supplier.name) if t.supplier else ""
        rec = (t.recipient.country or t.recipient.name) if t.recipient else ""
        out.append((sup, rec, t.item.text, t.stage, t.quantity))
    return out


def _has(got, sup: str, rec: str, item: str, stage: str, qty: object = "any") -> bool:  # noqa: ANN001
    return any(s == sup and r == rec and item in i and st == stage and (qty == "any" or q == qty)
               for s, r, i, st, q in got)


@pytest.mark.parametrize(("text", "qty"), [
    ("Belgium shipped two million 7.62 mm cartridges to Kenya.", 2_000_000),
    ("Belgium shipped 2 million 7.62 mm cartridges to Kenya.", 2_000_000),
    ("In March the Belgian government delivered three hundred 120 mm mortar bombs to Ghana.", 300),
    ("Belgium sold 1.5 million 5.56 mm rounds to Ghana in 2019.", 1_500_000),
    ("Belgium shipped 40,000 155 mm shells to Ghana.", 40_000),
])
def test_a_count_before_a_calibre_is_the_whole_number(extractor, text, qty):
    got = _rows(extractor, text)
    assert any(q == qty and st == "delivered" for _, _, _, st, q in got), got


def test_the_first_part_of_a_counted_order_counts_in_full(extractor):
    got = _rows(extractor, "Belgium delivered the first 3 million of 8 million 7.62 mm rounds bought by Kenya.")
    assert any(q == 3_000_000 and st == "delivered" for _, _, _, st, q in got), got


def test_a_first_batch_in_digits_stays_its_count(extractor):
    got = _rows(extractor, "Belgium shipped the first 40 of 120 armoured vehicles ordered by Kenya.")
    assert any(q == 40 and st == "delivered" for _, _, _, st, q in got), got


@pytest.mark.parametrize("name", ["Karvell Munitions", "Halden Ordnance"])
def test_a_materiel_word_ending_a_firm_name_is_the_firm(extractor, name):
    got = _rows(extractor, f"{name} signed a contract with Peru for 105 mm tank ammunition in June.")
    assert (name, "PER", "105 mm tank ammunition", "ordered", None) in got, got


def test_a_passive_contract_signed_by_such_a_firm(extractor):
    got = _rows(extractor, "A contract with Peru for 40,000 rounds of 105 mm ammunition was signed by Karvell Munitions.")
    assert any(s == "Karvell Munitions" and r == "PER" and st == "ordered" for s, r, _, st, _ in got), got


def test_munitions_as_a_word_stays_an_item(extractor):
    got = _rows(extractor, "Belgium sold munitions to Peru in May.")
    assert any(s == "BEL" and r == "PER" and "munitions" in i for s, r, i, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Karvell Munitions, Norway's largest ammunition maker, signed a deal with Kenya's defence ministry "
    "for 155 mm projectiles.",
    "Karvell Munitions, the Norwegian shell maker, signed a contract with the Kenyan army for 155 mm projectiles.",
])
def test_a_firm_with_its_state_apposed_sells_under_its_contract(extractor, text):
    got = _rows(extractor, text)
    assert any(s == "NOR" and "155 mm" in i and st == "ordered" for s, _, i, st, _ in got), got
    assert not any(r == "NOR" for _, r, _, _, _ in got), got


def test_a_ministry_signing_with_a_firm_still_buys(extractor):
    got = _rows(extractor, "Kenya's Ministry of Defence signed a contract with Karvell Industries for 155 mm shells.")
    assert any(s == "Karvell Industries" and st == "ordered" for s, _, _, st, _ in got), got


LEAD = "Karvell Munitions, Norway's largest ammunition maker, reported record profit for last year. "


@pytest.mark.parametrize("tail", [
    "Its most valuable order was a contract signed last autumn with Peru's Ministry of Defence for 105 mm shells.",
    "A contract for 105 mm shells was signed in October with the Peruvian army.",
])
def test_a_contract_with_a_ministry_in_a_firms_report_is_sold_by_the_firm(extractor, tail):
    got = _rows(extractor, LEAD + tail)
    assert any(s == "NOR" and r == "PER" and "105 mm" in i and st == "ordered" for s, r, i, st, _ in got), got


def test_the_firm_of_a_business_report_ships_by_pronoun(extractor):
    got = _rows(extractor, LEAD + "In May it also shipped 500,000 7.62 mm cartridges to the Nepalese army.")
    assert any(s == "NOR" and r == "NPL" and q == 500_000 and st == "delivered" for s, r, _, st, q in got), got


def test_a_firm_folded_into_a_dateline_keeps_its_state(extractor):
    text = ("OSLO, May 3, 2016 - Karvell Corp, Norway's biggest producer of brass strip and small-arms rounds, "
            "posted higher earnings on Tuesday.\n\nKarvell shipped 30,000 120 mm mortar bombs to Peru in March.")
    got = _rows(extractor, text)
    assert any(s == "NOR" and r == "PER" and q == 30_000 for s, r, _, _, q in got), got


@pytest.mark.parametrize("text", [
    "The factory turns out 7.62 mm rounds as well as 120 mm mortar bombs.",
    "The Kenyan army fired 155 mm shells during the exercise.",
    "Karvell Munitions, Norway's largest ammunition maker, reported record profit for last year.",
])
def test_no_row_without_a_transfer(extractor, text):
    assert _rows(extractor, text) == []


# Refusals of licences, parts and applications.

@pytest.mark.parametrize(("text", "sup", "rec"), [
    ("Belgium announced that it will issue no fresh licences for military equipment to Kenya.", "BEL", "KEN"),
    ("Vienna will issue no further export licences for armoured vehicles to Chile.", "AUT", "CHL"),
    ("The Danish government said it would grant no new licences for rifles to Peru.", "DNK", "PER"),
])
def test_issuing_no_new_licences_is_a_refusal(extractor, text, sup, rec):
    got = _rows(extractor, text)
    assert any(s == sup and r == rec and st == "refused" for s, r, _, st, _ in got), got


def test_having_issued_no_licence_is_no_refusal(extractor):
    got = _rows(extractor, "The agency told the court it had granted no licence in 2014 to ship rifles to Kenya.")
    assert not any(st == "refused" for _, _, _, st, _ in got), got


@pytest.mark.parametrize("text", [
    "Finland would not approve an application from Mali for a further 12 patrol boats.",
    "Finland said it would not approve a Malian application for a further 12 patrol boats.",
    "Lawmakers noted Finland's pledge in June that it would not approve the Malian application for 12 patrol "
    "boats.",
    "Opposition MPs questioned Finland's decision that it would refuse to approve an application from Mali for 12 "
    "patrol boats until the election.",
])
def test_a_refused_application_names_its_applicant_as_recipient(extractor, text):
    got = _rows(extractor, text)
    assert ("FIN", "MLI", "patrol boats", "refused", 12) in got, got
    assert ("FIN", "MLI", "patrol boats", "requested", 12) in got, got


def test_an_application_approved_is_no_request_refused(extractor):
    got = _rows(extractor, "Finland approved an application from Mali for 12 patrol boats.")
    assert not any(st in ("refused", "requested") for _, _, _, st, _ in got), got


@pytest.mark.parametrize("text", [
    "Denmark, Austria and Belgium suspended licences for components for Chile's new frigates.",
    "In March, Oslo suspended all export licences for military equipment to Chile.",
    "Finland and Denmark said they were freezing new arms export licences for Chile.",
    "Lisbon revoked licences for sniper rifles to Chile in June.",
    "Portugal reportedly suspended deliveries of engines to Chile.",
])
def test_suspended_licences_and_parts_are_refused(extractor, text):
    got = _rows(extractor, text)
    assert got and all(r == "CHL" and st == "refused" for _, r, _, st, _ in got), got


@pytest.mark.parametrize("text", [
    "Rights groups called on Belgium to suspend arms exports to Chile.",
    "The coalition urged governments to halt the supply of components to Peru.",
    "Amnesty welcomed the statement that the ministry would review its licences.",
])
def test_calls_to_suspend_are_no_refusals(extractor, text):
    got = _rows(extractor, text)
    assert not any(st == "refused" for _, _, _, st, _ in got), got


@pytest.mark.parametrize("text", [
    "Vienna announced it would not be granting fresh export licences to Chile for goods usable against protesters.",
    "London would not grant arms export licences to Chile while the review continues.",
])
def test_refused_export_licences_with_no_materiel_are_the_item(extractor, text):
    got = _rows(extractor, text)
    assert any(r == "CHL" and "licences" in i and st == "refused" for _, r, i, st, _ in got), got


def test_granted_export_licences_are_no_item(extractor):
    assert _rows(extractor, "The ministry granted export licences to Chile in May.") == []


@pytest.mark.parametrize("text", [
    "Canada withheld further export permits for Nepal.",
    "Canada suspended all export licences for Nepal after the coup.",
    "Ottawa said it would not issue export permits to Nepal.",
])
def test_export_licences_refused_for_a_state_named_on_the_licences(extractor, text):
    got = _rows(extractor, text)
    assert any(s == "CAN" and r == "NPL" and st == "refused" for s, r, _, st, _ in got), got


def test_suspended_licences_for_a_purpose_name_no_recipient(extractor):
    assert _rows(extractor, "Canada suspended all export licences for the duration of the review.") == []


@pytest.mark.parametrize("text", [
    "Norway maintains an embargo on weapons for Peru, which has stopped the sale of Norwegian-built components.",
    "Oslo objected to the deal and still keeps its own embargo on arms for Peru, which has barred the sale of "
    "Norwegian-built components.",
    "Norway maintains its arms embargo against Peru, which blocks the sale of Norwegian rifles.",
])
def test_an_embargo_that_blocks_a_sale_refuses_its_target(extractor, text):
    got = _rows(extractor, text)
    assert any(s == "NOR" and r == "PER" and st == "refused" for s, r, _, st, _ in got), got
    assert not any(s == "PER" for s, _, _, _, _ in got), got


def test_a_relative_clause_on_an_embargoed_state_that_buys_is_its_own(extractor):
    got = _rows(extractor, "Norway has kept its embargo on Peru, which has bought rifles from Chile.")
    assert ("CHL", "PER", "rifles", "delivered", None) in got, got
    assert not any(st == "refused" for _, _, _, st, _ in got), got


@pytest.mark.parametrize("text", [
    "A request from Karvell Arms to export a further 2,000 rifles to Peru had not been approved.",
    "The ministry said that a request from Karvell Arms in 2012 to export 2,000 rifles to Peru was not approved.",
])
def test_a_firms_refused_request_to_export_is_its_refused_sale(extractor, text):
    got = _rows(extractor, text)
    assert any(s == "Karvell Arms" and r == "PER" and st == "refused" for s, r, _, st, _ in got), got


def test_a_states_request_to_sell_asks_another(extractor):
    got = _rows(extractor, "In 2021 Lisbon refused a Peruvian request to sell rifles that Lima wanted to send to Chile.")
    assert not any(s == "PER" and st == "refused" for s, _, _, st, _ in got), got

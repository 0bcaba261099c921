"""Session 16 (lead): the constructions of export-licence reports and delivery reports that gave no row.

- a permit's value between it and its phrases ("licences worth 40 million euros for X to Y"), a permit whose
  own "for" names only its buyer ("licences for Y, mainly for X"), and a permit decided with no one named
  ("Licences for X to Y were refused") in a report on one state's licensing (`extraction/licensing_state.py`);
- "took delivery in May of X": a date between the noun and its "of" phrase (found also by helper A; kept in
  `frames/displaced_for.displaced_of`);
- "were supplied with X by Y" with the "by" phrase hung on the materiel (`frames/endowed.stray_agent`);
- "the army" is not an armed group whose name ends in "Army" (`mentions/head_keys.group_name`);
- materiel traced to a transfer: "traced the rifles to a 2015 shipment from X to Y", "came from a consignment
  from X to Y", "were part of a shipment from X to Y" (`frames/traced.py`, `words.toml` [traced]);
- a state named on a body's noun modifier: "the Kyrgyz border guards" (`mentions/inner_states.py`);
- the place of making supplies a passive sale joined to it: "were produced in Serbia and sold to the Kenyan army"
  (`frames/made_in.py`, `words.toml` [made_in]);
- a denial of reports whose content the sentence gives denies that content only, not another clause of the
  sentence: "X bought Y, while Z denied reports that it had bought W" (`extraction/claim_denials.py`);
- an offer that names no buyer goes to the state receiving in most of the text's complete rows, not to the
  headline's subject ("US announces new aid for Peru ... Canada has pledged 8 vehicles"; `offer_recipients.py`);
- a bare count conjoined after a counted item is the same item for its own party: "delivered 24 K9 howitzers to
  Norway and 18 to Estonia" (`frames/gapped_counts.py`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

from materiel import lexicon


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text) for t in extractor.extract_text(text).transfers]


def _pairs(extractor, text: str) -> set[tuple[str | None, str | None, str]]:  # noqa: ANN001
    return {(s, r, st) for s, r, st, _ in _rows(extractor, text)}


@pytest.mark.parametrize(("text", "want", "item"), [
    ("Norway issued export licences worth 25 million crowns for armoured vehicles to Chile.",
     ("NOR", "CHL", "offered"), "armoured vehicles"),
    ("Austria granted 40 export licences for Peru, mostly for pistols.", ("AUT", "PER", "offered"), "pistols"),
    ("Belgium refused licences for Nepal, chiefly for machine guns.", ("BEL", "NPL", "refused"), "machine guns"),
    ("Spain granted licences valued at 9 million euros for mortars to Ghana.", ("ESP", "GHA", "offered"), "mortars"),
])
def test_a_permits_value_or_buyer_does_not_hide_its_items(extractor, text, want, item) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any((s, r, st) == want and item in i for s, r, st, i in rows), rows


REPORT = (
    "Licensing figures published\n\n"
    "VIENNA - The Austrian government granted 51 export licences for Chile last year, mostly for ammunition, the "
    "annual report shows. Licences for the export of sniper rifles to Nepal were refused. A licence for the export of "
    "16 armoured cars to Bolivia was revoked in April, and licences worth 3 million euros were granted for exports to "
    "Ghana, mainly for pistols.")


def test_a_permit_decided_by_no_one_named_is_the_licensing_states(extractor) -> None:  # noqa: ANN001
    pairs = _pairs(extractor, REPORT)
    for want in [("AUT", "CHL", "offered"), ("AUT", "NPL", "refused"), ("AUT", "BOL", "refused"),
                 ("AUT", "GHA", "offered")]:
        assert want in pairs, pairs


def test_two_licensing_states_lend_no_decider(extractor) -> None:  # noqa: ANN001
    text = ("Austria granted export licences for Chile, mostly for ammunition. Belgium refused licences for Peru, "
            "mainly for pistols. Licences for the export of sniper rifles to Nepal were refused.")
    pairs = _pairs(extractor, text)
    assert not any(r == "NPL" for _, r, _ in pairs), pairs


def test_a_permit_without_a_decider_outside_a_licensing_report_stays_out(extractor) -> None:  # noqa: ANN001
    text = "Chile bought 20 tanks from Germany. Licences for the export of sniper rifles to Nepal were refused."
    assert not any(r == "NPL" for _, r, _ in _pairs(extractor, text))


@pytest.mark.parametrize(("text", "want"), [
    ("Kenya took delivery in May of a batch of six Bayraktar TB2 drones from Turkey.", ("TUR", "KEN", "delivered")),
    ("Ghana took delivery last month of four Z-9 helicopters from China.", ("CHN", "GHA", "delivered")),
    ("Peru took delivery in 2019 of two Mi-171 helicopters from Russia.", ("RUS", "PER", "delivered")),
])
def test_a_date_between_delivery_and_its_of_phrase(extractor, text, want) -> None:  # noqa: ANN001
    assert want in _pairs(extractor, text)


def test_a_dates_own_of_phrase_is_no_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Kenya took delivery in May of last year of four Mi-17 helicopters.")
    assert not any("year" in i for _, _, _, i in rows), rows


@pytest.mark.parametrize(("text", "want"), [
    ("M23 rebels were supplied with rifles by Rwanda.", ("RWA", "rifles")),
    ("The Houthis were supplied with rifles and grenades by Iran, investigators said.", ("IRN", "grenades")),
])
def test_supplied_with_materiel_by_a_party(extractor, text, want) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == want[0] and want[1] in i and st == "delivered" for s, _, st, i in rows), rows


def test_the_army_is_not_a_group_named_army(extractor) -> None:  # noqa: ANN001
    text = ("Kenya's army is short of aircraft. Iran was accused of arming the Kurdistan Freedom Army, a separatist "
            "group. The army took delivery of six Z-9 helicopters from China in March.")
    rows = _rows(extractor, text)
    assert ("CHN", "KEN", "delivered", "Z-9 helicopters") in rows, rows


@pytest.mark.parametrize(("text", "want"), [
    ("Investigators traced the pistols to a 2011 shipment from Croatia to the Nigerian police.", ("HRV", "NGA")),
    ("The grenades were traced to a delivery from Serbia to the Kenyan army.", ("SRB", "KEN")),
    ("The mortar rounds came from a 2014 consignment from Bulgaria to Chad.", ("BGR", "TCD")),
    ("The rifles were part of a 2013 shipment from Belarus to Sudan.", ("BLR", "SDN")),
])
def test_materiel_traced_to_a_transfer(extractor, text, want) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any((s, r) == want and st == "delivered" for s, r, st, _ in rows), rows


@pytest.mark.parametrize("text", [
    "The money came from a sale of farmland to Chad.",
    "The idea came from a visit by Serbian officers to Kenya.",
])
def test_no_materiel_no_traced_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_the_origin_verbs_name_their_preposition() -> None:
    table = lexicon.word_table("traced", "origin_verbs")
    assert table["trace"] == "to" and set(table.values()) <= {"to", "from", "of"}


@pytest.mark.parametrize(("body", "want"), [
    ("border guards", "KGZ"), ("border police", "KGZ"), ("border troops", "KGZ"),
])
def test_a_state_named_on_a_bodys_noun_modifier(extractor, body: str, want: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Algeria sent 400 rifles to the Kyrgyz {body}.")  # the tagger hangs "Kyrgyz" on "border"
    assert ("DZA", want, "delivered", "rifles") in rows, rows


def test_a_state_approving_an_export_is_the_licensing_state(extractor) -> None:  # noqa: ANN001
    text = ("Export figures published\n\nVIENNA - Austria approved the export of 40 armoured vehicles to Oman last "
            "year. Licences worth 60 million euros were granted for exports to Qatar, mainly for pistols. A licence "
            "for the export of 16 armoured cars to Bolivia was revoked in April.")
    pairs = _pairs(extractor, text)
    assert {("AUT", "QAT", "offered"), ("AUT", "BOL", "refused")} <= pairs, pairs


@pytest.mark.parametrize(("text", "want"), [
    ("Shells found near the town were produced in Serbia and sold to the Kenyan army in 2015.", ("SRB", "KEN")),
    ("The drones were built in Iran and shipped to Sudan.", ("IRN", "SDN")),
    ("The pistols were manufactured in Croatia and exported to Ghana in 2012.", ("HRV", "GHA")),
])
def test_the_place_of_making_supplies_a_joined_passive_sale(extractor, text, want) -> None:  # noqa: ANN001
    assert any((s, r) == want for s, r, _, _ in _rows(extractor, text))


def test_a_home_made_sale_takes_no_supplier_from_its_making(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The tanks were built in Germany and sold to the German army.")
    assert not any(s == "DEU" and r == "DEU" for s, r, _, _ in rows), rows


def test_a_denial_of_reports_denies_only_what_they_say(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Chile bought 12 howitzers from Israel, while Peru denied reports that it had "
                                  "bought Chinese drones.").transfers
    howitzers = [t.factuality for t in rows if "howitzers" in t.item.text]
    drones = [t.factuality for t in rows if "drones" in t.item.text]
    assert howitzers == ["asserted"] and drones == ["denied"], (howitzers, drones)


def test_a_charge_denied_in_apposition_is_still_the_claims_denial(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Bulgaria supplied mortars to Chad, a charge Sofia denies.").transfers
    assert "denied" in {t.factuality for t in rows}


AID_STORY = (
    "US announces new military aid for Peru\n\n"
    "WASHINGTON - The United States will send Peru $40 million in security assistance to help it counter drug "
    "traffickers, the Pentagon said Tuesday.\n\n"
    "The package includes:\n- 12 armored vehicles\n- 3 patrol boats\n- 150 night-vision goggles\n"
    "- small arms ammunition\n\n"
    "It is the second package for Peru since 2021, bringing total U.S. security assistance to more than $90 million. "
    "Earlier packages delivered two surveillance aircraft and 20 pickup trucks.\n\n"
    "Canada has pledged a further 8 armoured vehicles, while Spain said it would train Peruvian marines.")


def test_an_offer_goes_to_the_state_the_rows_give_to_not_the_headlines_subject(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, AID_STORY)
    canada = [r for s, r, _, _ in rows if s == "CAN"]
    assert canada == ["PER"], rows


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Hanwha delivered 24 K9 howitzers to Norway and 18 to Estonia during the year.",
     ("KOR", "NOR", 24), ("KOR", "EST", 18)),
    ("France shipped 30 Caesar howitzers to Morocco and twelve to Lithuania.", ("FRA", "MAR", 30), ("FRA", "LTU", 12)),
    ("Russia sold 12 Su-30 jets to Algeria and eight to Uganda.", ("RUS", "DZA", 12), ("RUS", "UGA", 8)),
])
def test_a_bare_count_repeats_the_item_for_its_own_party(extractor, text, first, second) -> None:  # noqa: ANN001
    rows = {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.quantity)
            for t in extractor.extract_text(text).transfers}
    assert {first, second} <= rows, rows


def test_a_count_without_a_party_phrase_is_no_new_transfer(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("France shipped 30 Caesar howitzers to Morocco and 12 more were ordered.").transfers
    assert not any(t.quantity == 12 and t.stage == "delivered" for t in rows), rows


def test_competing_in_a_sporting_event_requests_nothing(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "The sprinter Ian Dorrow will compete in the AAA championships next month.") == []

"""Export permits, licences and refusals in official language (twenty-sixth session, helper hB):

- the issuer of a licensing report is the one state (or body of a state) whose verbs decide permits ("the
  department issued 310 permits and refused 7 applications"), as surely as an institution line; its destination
  paragraphs ("Bolivia: small arms. One application, for 90 sniper rifles, was refused.") then place their rows, but
  a labelled paragraph of several sentences adds no rows of its own words (permit_issuers.py, words.toml
  [permit_issuers]);
- the destination of a permit may be told by a participle of sending on it or on what it covers ("suspended
  permits for a sensor sold to X", "licences for rifles destined for Y": words.toml [permits]
  destined_participles), and a permit cancelled is cancelled by the licensing state, not by a buyer calling off
  its order (frames/licences.decider_role, [permit_issuers] cancelling_classes);
- a refused transfer told as what an application asks ("an application to export X to Y was refused") is a permit
  decision: with no one named refusing, the licensing state of the report refuses it (licensing_state.py, words.toml
  [permits] applied_nouns).

Sentences written for these tests (invented firms, places and models; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

ANSWER = ("Written answer to question 41 on arms export permits\n\n"
          "Reply of the Minister for Trade, tabled on 3 May 2022.\n\n"
          "{issuer} {verb} 310 permits for military goods in 2021 and refused 7 applications.\n\n"
          "The principal decisions were as follows.\n\n"
          "Bolivia: small arms and vehicle parts. {bolivia}\n\n"
          "Kenya: {kenya}\n\n"
          "Peru: radio sets for the navy. No decision has been taken yet.\n")

ISSUERS = [("The Department of Foreign Affairs of Ireland", "issued", "IRL"),
           ("The Norwegian Ministry of Foreign Affairs", "granted", "NOR"),
           ("Finland", "issued", "FIN"),
           ("Vienna", "approved", "AUT"),
           ("The Dutch government", "issued", "NLD")]
REFUSALS = [("One application, for 90 sniper rifles, was refused.", "sniper rifles", 90),
            ("An application to export 90 sniper rifles was rejected.", "sniper rifles", 90),
            ("Two applications, for sniper rifles and for mortar rounds, were refused on human rights grounds.",
             "sniper rifles", None),
            ("Officials rejected one application, for 90 sniper rifles.", "sniper rifles", 90)]


@pytest.mark.parametrize(("issuer", "verb", "iso3"), ISSUERS)
@pytest.mark.parametrize(("bolivia", "word", "quantity"), REFUSALS)
def test_a_refusal_in_a_destination_paragraph_is_the_issuers(extractor, issuer, verb, iso3, bolivia, word,  # noqa: ANN001
                                                            quantity) -> None:
    text = ANSWER.format(issuer=issuer, verb=verb, bolivia=bolivia,
                         kenya="three applications, for grenades, night-vision goggles and body armour, were refused.")
    rows = _rows(extractor, text)
    assert _has(rows, iso3, "BOL", "refused", word, quantity), rows
    assert _has(rows, iso3, "KEN", "refused", "grenades"), rows
    assert _has(rows, iso3, "KEN", "refused", "goggles"), rows
    assert not [r for r in rows if r[3] in ("small arms", "vehicle parts", "radio sets")], rows  # the label's words
    assert not [r for r in rows if r[1] == "PER"], rows


def test_no_issuer_without_a_permit_verb(extractor) -> None:  # noqa: ANN001
    text = ANSWER.format(issuer="The committee", verb="discussed", bolivia="One application, for 90 sniper rifles, was "
                         "refused.", kenya="a request for grenades was refused.").replace("310 permits", "the rules")
    rows = _rows(extractor, text.replace(" and refused 7 applications", ""))
    assert not [r for r in rows if r[0] is not None and r[1] in ("BOL", "KEN")], rows


def test_two_issuers_mark_none(extractor) -> None:  # noqa: ANN001
    text = ANSWER.format(issuer="Finland", verb="issued", bolivia="One application, for 90 sniper rifles, was refused.",
                         kenya="Sweden granted 12 permits for patrol boats.")
    rows = _rows(extractor, text)
    assert not _has(rows, "FIN", "BOL", "refused", "sniper rifles"), rows


DESTINED = [
    ("The government in Oslo has suspended the export permits for a Finnish-made thermal sight sold to Egypt.",
     "NOR", "EGY", "thermal sight", None),
    ("Ottawa cancelled 14 permits for Ostrava-9 radars exported to Chile.", "CAN", "CHL", "Ostrava-9", None),
    ("Permits for Ostrava-9 radars exported to Chile were suspended by Vienna in October.", "AUT", "CHL",
     "Ostrava-9", None),
    ("In March the Danish ministry revoked licences for sniper rifles destined for Kenya.", "DNK", "KEN",
     "sniper rifles", None),
    ("Licences for 40 armoured vehicles bound for Qatar, built by Karvell Marine, were revoked by Vienna.",
     "AUT", "QAT", "armoured vehicles", 40),
    ("Denmark, which had approved them in 2019, suspended the licences for grenades shipped to Peru.",
     "DNK", "PER", "grenades", None),
    ("Berlin cancelled the export licences for 12 Tarn-4 howitzers sold to Ghana, a spokesman said.", "DEU", "GHA",
     "howitzers", 12),
    ("The Belgian government has cancelled permits for rifles supplied to Chad by Karvell Arms.", "BEL", "TCD",
     "rifles", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "quantity"), DESTINED)
def test_a_permit_for_goods_sent_somewhere_is_refused_to_that_destination(extractor, text, sup, rec, word,  # noqa: ANN001
                                                                         quantity) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "refused", word, quantity), rows
    assert not [r for r in rows if r[2] == "refused" and r[1] == sup], rows  # the licensing state refuses, not buys


@pytest.mark.parametrize("text", [
    "The agency suspended permits for sensors used by Egypt in the war.",
    "Sweden has not revoked the licences for mortars sold to Chile.",
    "The ministry suspended permits for radars, officials said.",
])
def test_no_refusal_to_a_destination_not_told(extractor, text) -> None:  # noqa: ANN001
    refused = [t for t in extractor.extract_text(text).transfers if t.stage == "refused"]
    assert not [t for t in refused if t.factuality == "asserted" and t.recipient is not None], refused


def test_a_buyer_cancelling_its_order_still_buys(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Ghana cancelled an order for 12 Tarn-4 howitzers from Poland.")
    assert _has(rows, "POL", "GHA", "refused", "howitzers", 12), rows


APPLIED = [
    ("LISBON, May 3, 2022 -- An application to export 300 assault rifles to Bolivia was refused, officials said.",
     "PRT", "BOL", "assault rifles", 300),
    ("OSLO, June 9 (Reuters) - A request to sell twelve Tarn-4 howitzers to Thailand was rejected last year.",
     "NOR", "THA", "howitzers", 12),
    ("VIENNA, March 2, 2021 -- In 2020, an application to export 45 mortars and 900 mortar rounds to Chile was "
     "turned down on human rights grounds.", "AUT", "CHL", "mortars", 45),
    ("HELSINKI, 4 April 2023 - Two applications to export sniper rifles to Kenya were refused, the ministry said.",
     "FIN", "KEN", "sniper rifles", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "quantity"), APPLIED)
def test_a_refused_application_to_export_is_the_licensing_states(extractor, text, sup, rec, word,  # noqa: ANN001
                                                                 quantity) -> None:
    rows = _rows(extractor, text + "\n\nFigures are provisional.\n")
    assert _has(rows, sup, rec, "refused", word, quantity), rows


@pytest.mark.parametrize("text", [
    "LISBON, May 3, 2022 -- An application to export 300 assault rifles to Bolivia was approved, officials said.",
    "LISBON, May 3, 2022 -- Bolivia applied to buy 300 assault rifles from Brazil last year.",
])
def test_no_refusal_of_an_application_granted_or_only_made(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text + "\n\nFigures are provisional.\n")
    assert not [r for r in rows if r[2] == "refused"], rows
    assert not [r for r in rows if r[0] == "PRT"], rows

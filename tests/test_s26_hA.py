"""First-person parties of a text's issuer (twenty-sixth session, helper hA; `mentions/issuers.py`, words.toml
[issuers]):

- a firm's annual report or press release (its title names the firm before "Annual Review", or its opening names
  it with a defined term "(the Company)") tells its deals as "we delivered ...", "X ordered ... from us", "our
  subsidiary shipped ...": the first person is the firm, of the state the resolver knows or the dateline's, and a
  capitalised "the Group" / "the Company" is the firm, never a party of its own;
- a ministry's briefing or a hearing transcript (title block "Briefing by the Spokesperson", "Hearing of the
  Subcommittee", or "CITY, date -- Ministry of ...") speaks for the dateline's state: a turn labelled with an
  office ("SPOKESPERSON:") says "we" for that state, "X asked us for ..." makes X the requester of that state,
  and a questioner's "you" is that state; a questioner's own "we" is no party.

Texts written for these tests (invented firms, models and people; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row
from materiel.extraction.mentions import issuers
from materiel.extraction.mentions.resolve import ActorResolver


def _report(title: str, dateline: str, body: str) -> str:
    return f"{title}\n\n{dateline} -- {body}\n"


ANNUAL = "Karvell Marine ASA - Annual Review 2022 (excerpt)"
ANNUAL_LEDE = ("The following is the board's report of Karvell Marine ASA for the financial year to 31 December 2022. "
               "Figures are unaudited.")
RELEASE = "Tarnby Arms reports first-quarter export deliveries"
RELEASE_LEDE = ('Tarnby Arms S.A. ("Tarnby" or "the Company") today published its trading update for the first '
                "quarter of the year.")

FIRM = [  # (title, dateline, body sentence, supplier's state, recipient, stage, item word, quantity)
    (ANNUAL, "OSLO, March 3, 2023", "In the second quarter we delivered four Skarv-class patrol boats to the Ghana Navy.",
     "NOR", "GHA", "delivered", "patrol boats", 4),
    (ANNUAL, "OSLO, March 3, 2023", "In October the Peruvian Navy ordered six Vannet landing craft from us.",
     "NOR", "PER", "ordered", "landing craft", 6),
    (ANNUAL, "STAVANGER, Norway, March 3, 2023",
     "Our subsidiary Fjordverk Systems shipped 40 mm ammunition to the Chilean Navy in May.",
     "NOR", "CHL", "delivered", "ammunition", None),
    (ANNUAL, "OSLO, March 3, 2023",
     "The Group is in talks with the Ecuadorian Navy about the possible supply of three Torsk-7 fast attack craft.",
     "NOR", "ECU", "considered", "fast attack craft", 3),
    (RELEASE, "LISBON, May 5, 2021",
     "During the quarter the Company completed the delivery of 300 Kestrel-9 assault rifles to the Angolan Army.",
     "PRT", "AGO", "delivered", "assault rifles", 300),
    (RELEASE, "LISBON, May 5, 2021",
     "In March the Ministry of Defence of Mozambique ordered 1,500 mortar bombs from us.",
     "PRT", "MOZ", "ordered", "mortar bombs", 1500),
    (RELEASE, "LISBON, May 5, 2021", "Last week we shipped forty Rask-2 sniper rifles to the police of Cabo Verde.",
     "PRT", "CPV", "delivered", "sniper rifles", 40),
    (RELEASE, "LISBON, May 5, 2021",
     "The Malawian Army, to which we sold twelve Varn armoured cars in 2019, has ordered eight more.",
     "PRT", "MWI", "delivered", "armoured cars", 12),
]


@pytest.mark.parametrize(("title", "dateline", "sentence", "sup", "rec", "stage", "word", "qty"), FIRM)
def test_a_firms_own_report_speaks_for_the_firm(extractor, title, dateline, sentence, sup, rec, stage, word,  # noqa: ANN001
                                                qty) -> None:
    lede = ANNUAL_LEDE if title == ANNUAL else RELEASE_LEDE
    rows = _rows(extractor, _report(title, dateline, f"{lede}\n\n{sentence}"))
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


def test_a_firms_defined_term_is_never_a_party_of_its_own(extractor) -> None:  # noqa: ANN001
    text = _report(ANNUAL, "OSLO, March 3, 2023", ANNUAL_LEDE + "\n\nThe Group is in discussions with the Kenyan "
                   "Navy about the possible supply of two Skarv-class patrol boats.")
    report = extractor.extract_text(text)
    assert all((t.recipient is None or "group" not in t.recipient.name.lower()) and
               (t.supplier is None or "group" not in t.supplier.name.lower()) for t in report.transfers), report
    assert not any(t.supplier and t.supplier.country == "KEN" for t in report.transfers), report.transfers


def test_a_news_storys_quoted_we_stays_the_speakers(extractor) -> None:  # noqa: ANN001
    text = ("Ruritanian yard wins order\n\nOSLO, May 2 (Reuters) - Karvell Marine said on Tuesday that Peru had "
            "ordered two patrol boats from it. \"We delivered four boats to Chile last year,\" a Chilean admiral "
            "said.\n")
    rows = _rows(extractor, text)
    assert not any(s == "NOR" and r == "CHL" for s, r, *_ in rows), rows


BRIEFING = ("Transcript of the Weekly Press Briefing by the Foreign Ministry Spokesperson\n\n"
            "{dateline} -- Ministry of Foreign Affairs. What follows is a lightly edited transcript of the weekly "
            "briefing.\n\n{label}: Good morning. I will take your questions.\n\nQUESTION: {question}\n\n"
            "{label}: {answer}\n")

STATE = [  # (dateline, label, question, answer, supplier, recipient, stage, item word, quantity)
    ("OSLO, May 2, 2023", "SPOKESPERSON", "Has the request been answered?",
     "Yes. We delivered two NASAMS batteries to Estonia last month.", "NOR", "EST", "delivered", "NASAMS", 2),
    ("OSLO, May 2, 2023", "SPOKESPERSON", "And Latvia?",
     "We have offered further Halvard-4 missiles to Latvia.", "NOR", "LVA", "offered", "missiles", None),
    ("OSLO, May 2, 2023", "SPOKESPERSON", "Did Georgia ask?",
     "Tbilisi asked us for anti-tank weapons in January.", "NOR", "GEO", "requested", "anti-tank weapons", None),
    ("OSLO, May 2, 2023", "SPOKESPERSON", "Did Georgia ask?",
     "Tbilisi asked for anti-tank weapons in January. We declined that request.",
     "NOR", "GEO", "refused", "anti-tank weapons", None),
    ("CANBERRA, July 9, 2020", "Official Spokesman", "Can you confirm the boats?",
     "I can confirm that we handed over three Guardian-class patrol boats to Fiji in June.",
     "AUS", "FJI", "delivered", "patrol boats", 3),
    ("CANBERRA, July 9, 2020", "Official Spokeswoman (Ms. Jane Harlow)", "Any other gifts?",
     "In 2019 we gifted 40 Bushmaster vehicles to Timor-Leste.", "AUS", "TLS", "delivered", "vehicles", 40),
    ("CANBERRA, July 9, 2020", "Official Spokesman", "What about Vanuatu?",
     "Vanuatu has asked us for a third patrol boat. The request is being considered.",
     "AUS", "VUT", "requested", "patrol boat", None),
    ("LISBON, June 1, 2022", "SPOKESMAN", "Reports say Angola wants your helicopters. Is that true?",
     "Luanda has asked us for six transport helicopters, and we are studying it.",
     "PRT", "AGO", "requested", "helicopters", 6),
]


@pytest.mark.parametrize(("dateline", "label", "question", "answer", "sup", "rec", "stage", "word", "qty"), STATE)
def test_a_briefings_speaker_speaks_for_the_issuing_state(extractor, dateline, label, question, answer, sup, rec,  # noqa: ANN001
                                                          stage, word, qty) -> None:
    text = BRIEFING.format(dateline=dateline, label=label, question=question, answer=answer)
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


def test_a_hearing_witness_speaks_for_the_state(extractor) -> None:  # noqa: ANN001
    text = ("Hearing of the Subcommittee on the Pacific: Security Assistance After the Storm\n\n"
            "WASHINGTON, June 15, 2022 -- Excerpt from an unofficial record. Witness: Ms. Ann Vole, Deputy "
            "Assistant Secretary of State.\n\nCHAIRMAN BRANT: What have we given Tonga?\n\n"
            "MS. VOLE: Honiara and Nuku'alofa both came to us. Tonga asked us this spring for patrol boats.\n")
    rows = _rows(extractor, text)
    assert has_country_row(rows, "USA", "TON", "requested", "patrol boats"), rows


def test_a_questioners_we_is_no_party(extractor) -> None:  # noqa: ANN001
    text = BRIEFING.format(dateline="OSLO, May 2, 2023", label="SPOKESPERSON",
                           question="We in the press corps sent twelve questions to Latvia. Any reply?",
                           answer="I have nothing to add.")
    rows = _rows(extractor, text)
    assert not any(s == "NOR" for s, *_ in rows), rows


def test_a_wire_storys_headline_ministry_is_no_issuer(extractor) -> None:  # noqa: ANN001
    text = ("Ministry confirms sale of trainers\n\nOSLO, May 2 (Reuters) - Ruritania's defence ministry said "
            "on Tuesday it had bought six Kestrel trainers from Brazil. We delivered the last of them to Chile, "
            "the Brazilian maker said.\n")
    rows = _rows(extractor, text)
    assert not any(s == "NOR" for s, *_ in rows), rows


SITES = [  # a firm's (or a state's) site or unit as the verb's subject: the owner supplies
    ("Karvell's yard shipped 40 mm rounds to the Chilean Navy in May.", "CHL", "delivered", "rounds"),
    ("Last year Karvell's factory in Tromsvik delivered twelve Rask-2 mortars to the Kenyan Army.",
     "KEN", "delivered", "mortars"),
    ("Karvell's plant at Tromsvik, which opened in 2015, shipped 300 Tarn-4 rifles to Paraguay.",
     "PRY", "delivered", "rifles"),
    ("In 2021 Karvell's shipyard delivered two patrol boats to Ghana.", "GHA", "delivered", "patrol boats"),
]


@pytest.mark.parametrize(("sentence", "rec", "stage", "word"), SITES)
def test_a_firms_site_as_subject_is_the_firm(extractor, sentence, rec, stage, word) -> None:  # noqa: ANN001
    report = extractor.extract_text(f"Report\n\n{sentence}\n")
    assert any(t.supplier is not None and "karvell" in t.supplier.name.lower() and t.recipient is not None and
               t.recipient.country == rec and t.stage == stage and word in t.item.text for t in report.transfers), \
        report.transfers


OWN_SITES = [  # "our" site or unit in a firm's own report: the issuing firm, of the dateline's state
    ("Our plant at Tromsvik shipped two lots of 40 mm rounds to the Chilean Navy during the year.",
     "NOR", "CHL", "delivered", "rounds"),
    ("In March our yard delivered two Skarv-class patrol boats to the Ghana Navy.", "NOR", "GHA", "delivered",
     "patrol boats"),
    ("Our ammunition division shipped 2,000 mortar bombs to the Uruguayan Army.", "NOR", "URY", "delivered",
     "mortar bombs"),
    ("Norway's arsenal at Raufoss shipped 500 anti-tank rockets to Lithuania.", "NOR", "LTU", "delivered", "rockets"),
]


@pytest.mark.parametrize(("sentence", "sup", "rec", "stage", "word"), OWN_SITES)
def test_our_site_in_a_firms_report_is_the_firm(extractor, sentence, sup, rec, stage, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, _report(ANNUAL, "OSLO, March 3, 2023", f"{ANNUAL_LEDE}\n\n{sentence}"))
    assert has_country_row(rows, sup, rec, stage, word), rows


def test_a_site_that_receives_is_no_supplier(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Report\n\nKenya delivered two Tarn-4 radars to Karvell's yard for repair.\n")
    assert not any(t.supplier is not None and "karvell" in t.supplier.name.lower() for t in report.transfers), \
        report.transfers


NO_ISSUER = [  # openings that name no issuer: an NGO's release label, a wire lede on the first line, a wire story
    "PRESS RELEASE - FOR IMMEDIATE RELEASE\n\nRuritania: arms keep flowing, new report finds\n\nGENEVA, 30 May - "
    "A study published today by the group Arms Monitor finds that weapons reached Ruritania. We delivered it "
    "to Kenya last week.\n",
    "OSLO/LIMA, Aug 12 - Karvell Marine has shipped two more patrol boats to Peru, the company said in a "
    "statement on Tuesday.\n\nWe delivered four boats to Chile last year, the Peruvian admiral added.\n",
    "Ruritanian parliament votes to buy Norwegian boats\n\nOSLO, June 3 (AP) - The Ruritanian parliament on "
    "Tuesday approved a plan to buy patrol boats. We delivered four boats to Chile last year.\n",
]


@pytest.mark.parametrize("text", NO_ISSUER)
def test_no_issuer_lends_we_to_the_dateline(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(s == "NOR" and r == "CHL" for s, r, *_ in rows), rows
    assert not any(s == "CHE" for s, *_ in rows), rows


def _issuer(extractor, text: str):  # noqa: ANN001, ANN202
    found = issuers.issuer(ActorResolver(extractor.nlp(text)))
    return (found.actor.kind, found.actor.name, found.actor.country) if found else None


@pytest.mark.parametrize("text", NO_ISSUER)
def test_no_issuer_is_read_from_a_label_a_lede_or_a_wire_story(extractor, text) -> None:  # noqa: ANN001
    assert _issuer(extractor, text) is None


def test_issuers_are_read_from_titles_and_defined_terms(extractor) -> None:  # noqa: ANN001
    assert _issuer(extractor, _report(ANNUAL, "OSLO, March 3, 2023", ANNUAL_LEDE)) == \
        ("company", "Karvell Marine ASA", "NOR")
    assert _issuer(extractor, _report(RELEASE, "LISBON, May 5, 2021", RELEASE_LEDE)) == \
        ("company", "Tarnby Arms S.A.", "PRT")
    assert _issuer(extractor, BRIEFING.format(dateline="OSLO, May 2, 2023", label="SPOKESPERSON", question="Q?",
                                              answer="No.")) == ("state", "Norway", "NOR")

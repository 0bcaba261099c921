"""Which actor a pronoun or a definite description stands for, by salience: the subject (or the owner
of the subject) of the clauses just before, the state a text is about for "the ministry" or "the air
force", and no party at all for an "it" that stands for a deal."""
from __future__ import annotations

import pytest

from materiel.extraction.mentions.resolve import ActorResolver


def _actor(extractor, text: str, word: str, nth: int = -1):  # noqa: ANN001, ANN202
    doc = extractor.nlp(text)
    res = ActorResolver(doc)
    tok = [t for t in doc if t.text == word][nth]
    found = res.resolve(tok)
    return found.actor if found else None


def _rows(extractor, text: str) -> set[tuple[str | None, str | None, str]]:  # noqa: ANN001
    report = extractor.extract_text(text, published="2024-05-01")
    return {(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None,
             t.item.designation or t.item.text) for t in report.transfers}


# A feature on one buyer: its headline and most of its names are Peru's; other states pass through.
PERU = """Peru widens its search for new fighter jets

LIMA — Peru's air force has flown ageing MiG-29s since the 1990s. Officials have visited Stockholm, \
Paris, Washington and Seoul in the past two years looking for a replacement.

Last June, the ministry signed a contract with Hanwha for four K9 howitzers. Peru also bought \
two patrol boats from South Korea in 2022, and Peruvian officials say Lima wants more.

Sweden has pressed hard for a Gripen order. Saab signed a memorandum of understanding with the \
ministry in March, but no contract has followed.

Not every deal has worked out. In 2021 the ministry agreed to buy 10 used Mirage 2000 jets \
from Qatar, but the deal collapsed.
"""


def test_the_ministry_of_a_feature_is_its_topic_state_not_the_last_capital_named(extractor):
    assert _actor(extractor, PERU, "ministry", 0).country == "PER"


def test_the_ministry_after_a_paragraph_on_another_state_is_the_topic_state(extractor):
    assert _actor(extractor, PERU, "ministry", -1).country == "PER"


def test_a_company_signing_with_the_ministry_is_not_signing_with_its_own_state(extractor):
    assert _actor(extractor, PERU, "ministry", 1).country == "PER"


def test_rows_of_the_feature_name_the_topic_state_as_buyer(extractor):
    got = _rows(extractor, PERU)
    assert any(s == "Qatar" and r == "Peru" for s, r, _ in got), got
    assert not any(r in ("Qatar", "South Korea", "Sweden", "United States") for _, r, _ in got), got


@pytest.mark.parametrize("text,word,expected", [
    # the owner of the subject is what the next clause's pronoun is about
    ("Manila's interest in Indian missiles risks US sanctions; its interest in Korean jets is older.",
     "its", "PHL"),
    # "the government" after a clause whose subject is the state's officials
    ("Vietnam bought Su-30 jets from Russia in 2004. Vietnamese officials have since discussed "
     "Western options. The government has held talks with India on BrahMos missiles.", "government", "VNM"),
    # "the state" in the sentence after one about its capital's interest
    ("Hanoi's interest in Russian jets risks US sanctions. Weapons supplied to the state come mostly "
     "from Russia.", "state", "VNM"),
    # a description with its own demonym
    ("The militia, formally part of the Kenyan state since 2019, holds rifles supplied by the United "
     "States.", "state", "KEN"),
])
def test_state_descriptions_take_the_salient_state(extractor, text, word, expected):
    actor = _actor(extractor, text, word)
    assert actor is not None and actor.country == expected, actor


# A wire story on one buyer; the paragraph that lists its suppliers opens with "the country".
GHANA = """Ghana takes delivery of first Z-9 helicopters

ACCRA, May 2 (Reuters) - Ghana on Monday received two Z-9 helicopters from China, the air force said, \
after a sale that was delayed for years by concerns in London over the country's finances.

The $90 million sale of the aircraft was cleared in 2022, a year after ministers in London had \
suspended it. British officials remain uneasy. A parliamentary committee in London has asked for a \
review of export credits, according to two officials.

The country has looked elsewhere for arms since then. Turkey delivered four Cobra armoured vehicles \
in March.
"""


def test_the_country_opening_a_paragraph_is_the_topic_state(extractor):
    assert _actor(extractor, GHANA, "country", -1).country == "GHA"
    assert _actor(extractor, GHANA, "force").country == "GHA"


def test_suppliers_of_the_paragraph_arm_the_topic_state(extractor):
    got = _rows(extractor, GHANA)
    assert ("Türkiye", "Ghana", "Cobra") in {(s, r, d.split()[0]) for s, r, d in got}, got
    assert not any(r == "United Kingdom" for _, r, _ in got), got


@pytest.mark.parametrize("text", [
    "Peru asked Russia for help. The $250 million sale of six Mi-17 helicopters, which includes spare "
    "parts, was approved in 2019 after the previous cabinet froze it.",
    "Germany has long been wary of exports to Ankara. The deal for 12 Leopard tanks was revived last "
    "year after Berlin had blocked it in 2021.",
])
def test_an_object_it_after_a_deal_subject_stands_for_the_deal(extractor, text):
    assert _actor(extractor, text, "it") is None


def test_an_object_it_after_a_state_subject_is_still_the_state(extractor):
    text = "Chile ordered six frigates, and Britain said it would supply them next year."
    assert _actor(extractor, text, "it").country == "GBR"


def test_a_panel_told_of_a_denial_is_no_recipient(extractor):
    text = ("In May 2022, Ugandan authorities informed the Panel that they had not supplied weapons to "
            "either side in the conflict.")
    got = extractor.extract_text(text, published="2024-05-01").transfers
    assert not any(t.recipient is not None and "panel" in t.recipient.name.lower() for t in got), got


def test_investigators_told_of_a_delivery_are_no_recipient_but_a_state_told_is(extractor):
    told = "Ethiopian officials told UN investigators that they had supplied four Mi-24 helicopters."
    assert not any(t.recipient is not None for t in extractor.extract_text(told, published="2024-05-01").transfers)
    state = "Serbian officials informed Chad that they could not export the mortar rounds."
    got = _rows(extractor, state)
    assert any(r == "Chad" for _, r, _ in got), got


def test_a_transcript_speaker_label_is_not_who_asks(extractor):
    text = ("Maria Lopez: There has been no formal request for Rafale fighters, and the Government have no "
            "plans to supply them.")
    got = extractor.extract_text(text, published="2024-05-01").transfers
    assert not any(t.recipient is not None and "Lopez" in t.recipient.name for t in got), got


@pytest.mark.parametrize("text,word", [
    ("Flag carrier Kenya Airways said it would order 20 Isuzu trucks for its ground handling unit.", "its"),
    ("Indian Oil said on Monday that it had bought two tankers.", "it"),
])
def test_a_firm_named_after_its_state_is_not_the_state(extractor, text, word):
    actor = _actor(extractor, text, word)
    assert actor is None or actor.kind != "state", actor


def test_a_state_body_named_after_its_state_stays_the_state(extractor):
    actor = _actor(extractor, "The Philippine Navy said it had received two corvettes.", "it")
    assert actor is not None and actor.country == "PHL" and actor.kind != "company", actor

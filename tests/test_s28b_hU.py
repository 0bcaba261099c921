"""Parties told by pronouns across sentences (session 28b, helper hU): a subject "he"/"she" standing for an office
holder named as a subject just before reads as that office's state, so "his country" or a reported "we" in his
clause is that state; a "he" whose antecedent is an analyst or a private person gives no state.

Texts written for these tests (invented firms, models and people; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

OFFICE_HOLDER = [  # (text, supplier, recipient, stage, item word, quantity)
    ("The Peruvian defence minister toured a shipyard in Oslo on Monday. He said his country would buy "
     "four Halvard-class patrol boats from Norway.", "NOR", "PER", "ordered", "patrol boats", 4),
    ("Ghana's foreign minister visited Warsaw last week. She said her country had ordered 12 Orlik-7 armoured "
     "vehicles from Poland.", "POL", "GHA", "ordered", "armoured vehicles", 12),
    ("On Thursday the Chilean president met business leaders in Madrid. He said his government would purchase "
     "two Varta-3 corvettes from Spain.", "ESP", "CHL", "ordered", "corvettes", 2),
    ("The Kenyan defence minister spoke to reporters in Seoul. He said his country had bought six Kessa-9 "
     "howitzers from South Korea in 2019.", "KOR", "KEN", "delivered", "howitzers", 6),
    ("The Egyptian prime minister, who arrived in Rome on Sunday, held talks with officials. He said his "
     "country would acquire 24 Stellar-5 jets from Italy.", "ITA", "EGY", "ordered", "jets", 24),
    ("The Thai defence minister met his counterpart in Jakarta. He said his country would buy eight Karvell-2 "
     "drones from Indonesia, as the two sides agreed.", "IDN", "THA", "ordered", "drones", 8),
    ("Uruguay's defence minister held talks in Prague on Wednesday. He said his country would buy three "
     "Ostrava-9 radars from the Czech Republic.", "CZE", "URY", "ordered", "radars", 3),
    ("The Zambian president, on a visit to Belgrade, met the Serbian leader. He said that his country would "
     "buy 36 Belo-12 armoured vehicles from Serbia.", "SRB", "ZMB", "ordered", "armoured vehicles", 36),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), OFFICE_HOLDER)
def test_office_holder_pronoun(extractor, text: str, sup: str, rec: str, stage: str, word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


NONE = [  # a "he" of an analyst or a private person: no state from it
    "An analyst at the Varn Institute visited Amman on Monday. He said his country would buy 24 Stellar-5 jets "
    "from Jordan.",
    "Tomas Reyl, a retired engineer, toured the Karvell Marine yard in Oslo. He said his country should buy "
    "four Halvard-class patrol boats from Norway.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_state_from_other_pronoun(extractor, text: str) -> None:
    rows = _rows(extractor, text)
    assert not any(r is not None and s is not None for s, r, *_ in rows), rows


PRIOR_DEAL = [  # a deal with a partner, then a transfer sentence naming one party: the partner is the other
    ("Senegal signed a deal with Argentina on Monday. It will supply 12 Pampero-4 trainer jets by 2028.",
     "SEN", "ARG", "jets", 12),
    ("Poland signed a contract with Chile in March. Poland will deliver four Orlik-7 armoured vehicles by 2027.",
     "POL", "CHL", "armoured vehicles", 4),
    ("The Omani defence minister said on Friday that the contract with Romania had been signed. "
     "\"We will receive the first six Carpat-3 howitzers next year,\" he said.", "ROU", "OMN", "howitzers", 6),
    ("Malaysia's defence ministry said the agreement with Serbia had been finalised. Malaysia will receive 24 "
     "Belo-12 armoured vehicles in 2027.", "SRB", "MYS", "armoured vehicles", 24),
    ("Officials in Oslo said Norway had signed an agreement with Bangladesh. Norway will supply two Halvard-class "
     "patrol boats next year.", "NOR", "BGD", "patrol boats", 2),
    ("Uruguay reached a deal with Brazil last week. Uruguay will buy eight Karvell-2 drones, the ministry said.",
     "BRA", "URY", "drones", 8),
    ("Ghana signed a deal with Morocco on Monday. It will receive three Atlas-5 helicopters by 2026.",
     "MAR", "GHA", "helicopters", 3),
    ("Jordan signed a deal with Bulgaria on Tuesday. Jordan will acquire 36 Varna-9 rifles from next year.",
     "BGR", "JOR", "rifles", 36),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), PRIOR_DEAL)
def test_prior_deal_partner(extractor, text: str, sup: str, rec: str, word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and word in item and q == qty for s, r, _st, item, q in rows), rows


PRIOR_DEAL_NONE = [  # the deal's partner is not the transfer's party
    "Peru signed a deal with Norway on Monday. Chile will receive 12 Pampero-4 trainer jets from Spain by 2028.",
    "Karvell Marine signed a deal with Norway on Monday. Poland will supply four Orlik-7 armoured vehicles to "
    "Ghana by 2027.",
]


@pytest.mark.parametrize("text", PRIOR_DEAL_NONE)
def test_prior_deal_partner_not_lent(extractor, text: str) -> None:
    rows = _rows(extractor, text)
    assert not any("NOR" in (s, r) for s, r, *_ in rows), rows


ARRIVAL_SPEAKER = [  # an arrival from a supplier, announced by a state's body: the body's state receives
    ("The Chilean defence ministry said six Orlik-7 armoured vehicles from Poland would arrive next spring.",
     "POL", "CHL", "armoured vehicles", 6),
    ("Four Halvard-class patrol boats from Norway arrived on Monday, the Ghanaian navy said.",
     "NOR", "GHA", "patrol boats", 4),
    ("The Kenyan army confirmed the purchase on Thursday. It said 12 Kessa-9 howitzers from South Korea would "
     "arrive in May.", "KOR", "KEN", "howitzers", 12),
    ("Eight Karvell-2 drones from Brazil arrived last week, Uruguay's defence ministry said on its website.",
     "BRA", "URY", "drones", 8),
    ("The Thai government said two Varta-3 corvettes from Spain had arrived at the naval base.",
     "ESP", "THA", "corvettes", 2),
    ("On Friday the Peruvian air force said three Atlas-5 helicopters from Morocco would arrive by June.",
     "MAR", "PER", "helicopters", 3),
    ("The Jordanian army said 24 Varna-9 rifles from Bulgaria arrived in two batches.", "BGR", "JOR", "rifles", 24),
    ("36 Belo-12 armoured vehicles from Serbia will arrive next year, the Zambian defence ministry said.",
     "SRB", "ZMB", "armoured vehicles", 36),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), ARRIVAL_SPEAKER)
def test_arrival_announced_by_state_body(extractor, text: str, sup: str, rec: str, word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and word in item and q == qty for s, r, _st, item, q in rows), rows


ARRIVAL_NONE = [  # announced by an analyst or a firm: no recipient from the speaker
    "An analyst at the Varn Institute said six Orlik-7 armoured vehicles from Poland would arrive next spring.",
    "Karvell Marine said four Halvard-class patrol boats from Norway had arrived at its yard.",
]


@pytest.mark.parametrize("text", ARRIVAL_NONE)
def test_arrival_speaker_not_a_state(extractor, text: str) -> None:
    rows = _rows(extractor, text)
    assert not any(r is not None and s is not None for s, r, *_ in rows), rows

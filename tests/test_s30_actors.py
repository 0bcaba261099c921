"""Patterns of the thirtieth session's helper `actors` (short and definite descriptions of actors).

- A state body told by its portfolio alone ("the Ministry of the Interior", "the Ministry of Defence",
  "the National Defence Ministry") names no state: it is as bare as "the Army" and belongs to the text's topic
  state, or to the state of the same body named earlier with the same portfolio (mentions/portfolio_bodies.py,
  topic.py `is_bare_body`, bare_bodies.py; words.toml [portfolio_bodies]).
- Not so: a portfolio phrase naming its state ("the Ministry of Defence of Estonia"), a portfolio outside arms
  and their trade ("the Ministry of Health"), an earlier ministry of another portfolio, or a portfolio body in a
  text whose state no one tells (it keeps its own name; it is not the nearest clause's state).

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import find
from materiel.extraction.mentions.portfolio_bodies import is_portfolio

PORTFOLIOS = [
    ("Chile orders Zorak transports\n\nSANTIAGO — The Ministry of Defence has signed a contract with Brazil "
     "for four Zorak-4 transport aircraft, officials said.\n", "BRA", "CHL", "Zorak"),
    ("Peru buys Russian helicopters\n\nLIMA — Peru is expanding its fleet. The Ministry of National Defence took "
     "delivery of five Zorak-6 helicopters from Russia on Tuesday.\n", "RUS", "PER", "Zorak"),
    ("Kenya strengthens its police\n\nNAIROBI — Kenya has modernised its police. The Ministry of the Interior "
     "received 30 armoured personnel carriers from Turkey last month.\n", "TUR", "KEN", "armoured"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), PORTFOLIOS)
def test_portfolio_ministry_is_the_topic_states(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published="2024-06-01"), supplier, None, item) + \
        find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)
    assert rows and all(t.recipient is not None and t.recipient.country == recipient for t in rows), rows


def test_ministry_naming_its_state_keeps_it(extractor):
    text = ("Chile weighs offers\n\nSANTIAGO — Chile is weighing offers. Separately, the Ministry of Defence of "
            "Estonia received 20 trucks from Poland, officials said.\n")
    rows = find(extractor.extract_text(text, published="2024-06-01"), "POL", None, "truck")
    rows += [t for t in extractor.extract_text(text, published="2024-06-01").transfers if "truck" in t.item.text]
    assert rows and all(t.recipient is not None and t.recipient.country == "EST" for t in rows), rows


def test_civil_ministry_is_not_the_topic_states(extractor):
    text = ("Chile orders helicopters\n\nSANTIAGO — Chile is modernising its fleet. The Ministry of Health "
            "has ordered four Zorak-1 helicopters from Italy for its air ambulance service.\n")
    rows = extractor.extract_text(text, published="2024-06-01").transfers
    assert not any(t.recipient is not None and t.recipient.country == "CHL" and "Zorak" in t.item.text
                   for t in rows), rows


def test_untold_portfolio_is_not_the_nearest_state(extractor):
    text = ("We sold trucks to Peru in May. In June the Peruvian Ministry of Defence wanted a quote from us. "
            "The Ministry of Trade did not grant an export permit for a deal to supply "
            "40 armoured cars to Oman.\n")
    rows = [t for t in extractor.extract_text(text, published="2024-06-01").transfers if "armoured" in t.item.text]
    assert all(t.supplier is None or t.supplier.country != "PER" for t in rows), rows


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ministry of Defence said so.", True),
    ("The Ministry of Foreign Affairs said so.", True),
    ("The Ministry of Health said so.", False),
    ("The Ministry of Defence of Estonia said so.", False),
])
def test_is_portfolio(extractor, text, expected):
    from materiel.extraction.nlp import load
    doc = load()(text)
    head = next(t for t in doc if t.lower_ == "ministry")
    assert any(is_portfolio(head, c) for c in head.children) is expected

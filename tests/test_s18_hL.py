"""Precision: rows that match no transfer (eighteenth session, helper L).

- civilian goods of a trade: a drone or truck told by a civil trade in its own phrase ("survey drones", "mapping
  drones", "haul trucks", "dump trucks") bought by a firm, and goods sent "to" a civil site ("supplied trucks to
  several mines", "delivered pickups to rural hospitals") are civil deals, unless a military word, weapon or party
  says otherwise; a mining firm is a civil operator (civil.toml [service] purpose_words, operator_words,
  site_words, categories; extraction/civil_use.py civil_site);

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


@pytest.mark.parametrize("text", [
    "Zambia's Kalumbila Copper Mining said it had bought six survey drones from China to map the pit.",
    "Peru's Andina Gold Mining said it had ordered eight mapping drones from a Chinese maker.",
    "Zambia is Africa's second copper producer. Caterpillar has supplied trucks to several mines in Zambia.",
    "Ghana's gold output rose in 2022. Volvo delivered 30 trucks to gold mines in Ghana last year.",
    "Chad's health budget doubled this year. Toyota shipped 40 vehicles to rural hospitals in Chad.",
    "Mongolia's Erdenes Coal Mining bought four surveying drones from China last year.",
])
def test_civil_trade_goods_are_no_rows(extractor, text):
    assert _rows(extractor, text).transfers == []


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("The Chilean Army bought six survey drones from Israel.", "Israel", "Chile", "drone"),
    ("Russia supplied trucks to the Malian army.", "Russia", "Mali", "truck"),
    ("Mali bought arms from Russia in 2022. Russia supplied armoured trucks to several mines in Mali.",
     "Russia", "Mali", "armoured"),
    ("Turkey sold 20 drones to Niger.", "T", "Niger", "drone"),
    ("Belarus delivered trucks to Zimbabwe's army to clear mines.", "Belarus", "Zimbabwe", "truck"),
])
def test_military_goods_beside_civil_words_stay(extractor, text, supplier, recipient, item):
    assert find(_rows(extractor, text), supplier, recipient, item)

"""Itemised lists of a release, one line per item with its own count (twenty-seventh session, helper hA):
a handover or donation told with its parties, then a list head ("Today's delivery includes:", "The handover
comprised:", "Items delivered include:") and bulleted or numbered lines; each line's item becomes a row with the
parties, stage and factuality of the transfer told before, and its own quantity.

Texts written for these tests (invented firms, models and people; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

LEDE_NOR_GHA = ("ACCRA - Norway's ambassador today joined the Chief of the Ghana Armed Forces at Tamale Air Base to "
                "mark the arrival of the first three of eight Harrow-4 utility helicopters that Norway is providing "
                "to Ghana.")
LEDE_SWE_MDA = "Sweden handed over a further batch of military equipment to Moldova at a ceremony in Chisinau on Tuesday."
LEDE_POL_GEO = "On 4 May the Polish Ministry of National Defence delivered a donation of military aid to Georgia."
LEDE_ESP_SEN = ("DAKAR, 12 March - The Spanish embassy said the armed forces of Senegal had received a new "
                "consignment of equipment from Spain.")
LEDE_CAN_EST = "Canada will give Estonia a package of weapons worth $40 million, the Canadian defence minister said."

LISTS = [  # (lede, head, lines, rows as (supplier, recipient, stage, item word, quantity))
    (LEDE_NOR_GHA, "Today's delivery includes:",
     ["- four Ostrava-9 air surveillance radars;", "- 1,000 Kestrel-70 guided rockets for the helicopters;",
      "- 24 Varta armoured patrol vehicles;", "- 300 K-19 carbines and 200,000 rounds of 7.62 mm ammunition;",
      "- radios and spare parts."],
     [("NOR", "GHA", "delivered", "radars", 4), ("NOR", "GHA", "delivered", "rockets", 1000),
      ("NOR", "GHA", "delivered", "patrol vehicles", 24), ("NOR", "GHA", "delivered", "carbines", 300),
      ("NOR", "GHA", "delivered", "ammunition", 200000)]),
    (LEDE_SWE_MDA, "The handover comprised:",
     ["* twenty-four Brask-3 armoured personnel carriers", "* 1,200 Torv anti-tank rockets",
      "* 150,000 rounds of 5.56 mm ammunition"],
     [("SWE", "MDA", "delivered", "armoured personnel carriers", 24), ("SWE", "MDA", "delivered", "rockets", 1200),
      ("SWE", "MDA", "delivered", "ammunition", 150000)]),
    (LEDE_POL_GEO, "Items delivered include:",
     ["• 12 Lessa 120 mm mortars,", "• 60 Rybnik machine guns, and", "• 40 Falk night-vision sights."],
     [("POL", "GEO", "delivered", "mortars", 12), ("POL", "GEO", "delivered", "machine guns", 60),
      ("POL", "GEO", "delivered", "sights", 40)]),
    (LEDE_ESP_SEN, "The consignment consisted of:",
     ["1. six Corvo patrol boats;", "2. eighteen Sella outboard-armed interceptor craft;",
      "3. 500 Tarso assault rifles."],
     [("ESP", "SEN", "delivered", "patrol boats", 6), ("ESP", "SEN", "delivered", "assault rifles", 500)]),
    (LEDE_CAN_EST, "The package includes the following:",
     ["- 30 Kettle anti-tank missile launchers", "- 2,000 Kettle missiles", "- 10 Brenna armoured ambulances"],
     [("CAN", "EST", "offered", "launchers", 30), ("CAN", "EST", "offered", "missiles", 2000)]),
]


def _text(lede: str, head: str, lines: list[str]) -> str:
    return "Release\n\n" + lede + "\n\n" + head + "\n" + "\n".join(lines) + "\n\nThe ceremony ended at noon.\n"


@pytest.mark.parametrize(("lede", "head", "lines", "expected"), LISTS)
def test_each_line_a_row(extractor, lede, head, lines, expected) -> None:  # noqa: ANN001
    rows = _rows(extractor, _text(lede, head, lines))
    for sup, rec, stage, word, qty in expected:
        assert has_country_row(rows, sup, rec, stage, word, qty), (word, rows)

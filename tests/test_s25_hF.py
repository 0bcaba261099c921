"""Rows that match no transfer at all (twenty-fifth session, helper hF):

- parts told per unit after a listed item ("five air-defence batteries, each with launchers, a radar and a control
  truck"; "helicopters, each equipped with two machine guns") are no rows of their own; the item itself stays
  (`extraction/distributive_parts.py`, words.toml [distributive_parts]);
- a bloc of states told with a count or a quantifier ("to some twenty Asian states", "to many Gulf
  states") names some of its members, unnamed: no party, no row; a bloc on its own ("asked Western governments")
  stays (`mentions/collective.py`, words.toml [counted_blocs]);
- a habit of arming a kind of group no one names ("continues to arm terrorist organizations", "has long supplied
  weapons to militant groups") is a charge, not a transfer; a count, a name or a past deal stays
  (`extraction/habitual_groups.py`, words.toml [habitual_groups], [habits]).

Sentences written for these tests (invented firms and models, combinations of states no article uses)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import find, has_country_row

# (sentence, supplier's state, recipient's state, stage, word of the kept item, quantity, words of the parts)
PER_UNIT = [
    ("Under a deal signed in May, Finland will deliver five air-defence batteries to Latvia, each with launchers, "
     "a radar and a control truck, along with 60 interceptor missiles.",
     "FIN", "LVA", "ordered", "batteries", 5, ("control truck", "radar", "launchers")),
    ("Under the contract, Norway will deliver four Ostrava-9 air-defence batteries to Estonia, each with six "
     "launchers, a fire-control radar and a command post.",
     "NOR", "EST", "ordered", "batteries", 4, ("radar", "command post", "launchers")),
    ("Israel has sold Cyprus two air-defence systems, each with a radar, four launchers and 40 interceptor "
     "missiles.", "ISR", "CYP", "delivered", "air-defence systems", 2, ("launchers", "interceptor")),
    ("Norway ordered twelve Talon-4 helicopters from Italy, each equipped with two machine guns and a rescue "
     "hoist.", "ITA", "NOR", "ordered", "helicopters", 12, ("machine guns",)),
    ("The Latvian army received two air-defence batteries, each with six launchers and a radar, from Norway in "
     "May.", "NOR", "LVA", "delivered", "batteries", 2, ("launchers", "radar")),
    ("Serbia shipped 40 Kestrel trucks to Ghana, each with a crane and a winch.",
     "SRB", "GHA", "delivered", "trucks", 40, ("crane", "winch")),
    ("In March, Finland bought 20 Kestrel trucks from Sweden, each with a crane, a winch and a machine gun.",
     "SWE", "FIN", "delivered", "trucks", 20, ("machine gun",)),
    ("Kenya took delivery of 4 Meridian helicopters from Italy, each with 2 door guns.",
     "ITA", "KEN", "delivered", "helicopters", 4, ("door guns",)),
    ("Spain is to deliver four corvettes to Peru, each carrying a helicopter and 16 anti-ship missiles.",
     "ESP", "PER", "offered", "corvettes", 4, ("anti-ship", "helicopter")),
    ("Four corvettes, each armed with a 76 mm gun and eight anti-ship missiles, were delivered to Peru by Spain.",
     "ESP", "PER", "delivered", "corvettes", 4, ("anti-ship", "gun")),
    ("Latvia's defence ministry said it would buy three air-defence batteries from Norway, each with six launchers "
     "and a radar.", "NOR", "LVA", "ordered", "batteries", 3, ("launchers", "radar")),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity", "parts"), PER_UNIT)
def test_parts_told_per_unit_are_no_rows(extractor, text, supplier, recipient, stage, word, quantity,  # noqa: ANN001
                                         parts) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word, quantity), rows
    assert not [r for r in rows if any(p in r[3] for p in parts)], rows


KEPT_EACH = [
    ("Estonia and Latvia each bought six howitzers from France.", "FRA", "EST", "delivered", "howitzers", 6),
    ("Estonia and Latvia each bought six howitzers from France.", "FRA", "LVA", "delivered", "howitzers", 6),
    ("France will deliver 12 Caesar howitzers each to Estonia and Latvia.", "FRA", "LVA", "offered", "howitzers", 12),
    ("Norway will deliver 40 trucks to Ghana, each with a crane, and 20 armoured vehicles to Togo.",
     "NOR", "TGO", "offered", "armoured vehicles", 20),
    ("Norway will deliver five air-defence batteries to Latvia, each with a radar, along with 60 interceptor "
     "missiles.", "NOR", "LVA", "offered", "interceptor missiles", 60),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), KEPT_EACH)
def test_items_beside_a_distributive_stay(extractor, text, supplier, recipient, stage, word,  # noqa: ANN001
                                          quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, stage, word, quantity), rows


COUNTED_BLOCS = [
    "Serbia has sold rifles and mortars to more than a dozen Asian states since 2015.",
    "Belarus supplied rifles to at least eight Asian countries.",
    "Belarus delivered patrol boats to three Gulf states last year.",
    "Belarus sold drones to many European governments.",
    "Drones made by Brelund Aero have been sold to numerous Arab states, the company said.",
    "According to the report, Minsk exported armoured vehicles to several Latin American countries.",
    "Chile has bought frigates from various European countries.",
    "Pakistan, which has supplied ammunition to at least five African governments, denies breaking any embargo.",
]


@pytest.mark.parametrize("text", COUNTED_BLOCS)
def test_a_counted_bloc_is_no_party(extractor, text) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    parties = [p.name for t in report.transfers for p in (t.supplier, t.recipient) if p is not None and p.country is None]
    assert not parties, report.transfers


def test_a_bloc_on_its_own_stays(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("The rebels asked Western governments for portable anti-tank missiles.")
    assert find(report, "western governments", "rebels", "anti-tank"), report.transfers
    report = extractor.extract_text("Estonia bought 12 howitzers from European countries.")
    assert find(report, "european countries", "EST", "howitzers"), report.transfers


HABITS = [
    "Belarus continues to arm terrorist organizations across the region.",
    "Tehran has long supplied weapons to militant groups.",
    "Belarus keeps sending arms to rebel groups in the Sahel, the minister said.",
    "Russia routinely supplies weapons to separatist fighters, according to the report.",
    "Officials say Eritrea continues to provide arms to insurgent groups in the region.",
    "According to the monitors, Minsk regularly ships weapons to criminal gangs.",
    "\"Ruritania continues to send arms to drug cartels,\" the senator told reporters.",
    "Pakistan has long provided weapons to jihadist groups, the report says.",
]


@pytest.mark.parametrize("text", HABITS)
def test_a_habit_of_arming_unnamed_groups_is_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not extractor.extract_text(text).transfers


KEPT_GROUPS = [
    ("Serbia supplied 200 rifles to tribal fighters in 2019.", "SRB", "tribal fighters", "rifles"),
    ("France air-dropped rifles and ammunition to rebel fighters last month.", "FRA", "rebel fighters", "ammunition"),
    ("Belarus continues to supply 40 rifles a month to tribal fighters.", "BLR", "tribal fighters", "rifles"),
    ("Iran continues to supply drones to the Houthis.", "IRN", "houthi", "drones"),
    ("The vote leaves Spain and Italy free to arm rebels.", "ESP", "rebels", "weapons"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), KEPT_GROUPS)
def test_a_deal_with_a_group_stays(extractor, text, supplier, recipient, item) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    assert find(report, supplier, recipient, item), report.transfers

"""Components, subsystems and platforms built abroad (session 29b, helper parts):

- "S delivered the first of four radars to R for its new corvettes": the "for" phrase of a part of a whole names
  the platforms the items are for, held by someone ("its", "the navy's"), not a second item of the delivery
  (extraction/mentions/contents.py); "a batch of A as well as for B" still names both;
- "fitted with", "armed with", "powered by" on a platform never make the fitted item a row of its own; an upgrade
  is no row (scripts/sweeps/parts.toml measures these shapes).

Sentences written for these tests (invented models and firms; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

# (sentence, supplier, recipient, stage, item word, quantity of the part, platform word that must be no item)
PART_FOR_PLATFORM = [
    ("Ghana received the first of four Ostrava-9 radars from Norway for its new corvettes on Tuesday.",
     "NOR", "GHA", "delivered", "Ostrava-9", 1, "corvettes"),
    ("Spain delivered the first two of six Velko-3 engines to Peru for the navy's patrol boats.",
     "ESP", "PER", "delivered", "Velko-3", 2, "boats"),
    ("On Monday, Chile handed over the second of three Ostrava-9 radars to Kenya for its Varda-class frigates.",
     "CHL", "KEN", "delivered", "Ostrava-9", 1, "frigates"),
    ("The Omani navy accepted delivery of the first of 12 Brenna-2 missile launchers from Italy for its new corvettes.",
     "ITA", "OMN", "delivered", "Brenna-2", 1, "corvettes"),
    ("Egypt has delivered the third of five Ostrava-9 radars to Jordan for the kingdom's frigates, the ministry said.",
     "EGY", "JOR", "delivered", "Ostrava-9", 1, "frigates"),
    ("Serbia, which won the contract in 2020, sent the first of ten Velko-3 engines to Ghana for its armoured vehicles.",
     "SRB", "GHA", "delivered", "Velko-3", 1, "vehicles"),
    ("In March, Poland delivered the first of 4 Ostrava-9 radars to Senegal for the country's new offshore patrol "
     "vessels.", "POL", "SEN", "delivered", "Ostrava-9", 1, "vessels"),
    ("Brazil reportedly delivered the first of two Ostrava-9 radars to Uruguay for its patrol vessels.",
     "BRA", "URY", "delivered", "Ostrava-9", 1, "vessels"),
    ("Morocco received the first of four Tarvos-7 engines from Chile for its new tanks.",
     "CHL", "MAR", "delivered", "Tarvos-7", 1, "tanks"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty", "platform"), PART_FOR_PLATFORM)
def test_part_for_held_platform(extractor, text, sup, rec, stage, word, qty, platform) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, qty), rows
    assert not any(platform in item and word not in item for _s, _r, _st, item, _q in rows), rows


def test_batch_of_one_as_well_as_for_another(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Nigeria asked Oman for a batch of Velko-3 drones as well as for Brenna-2 missiles.")
    assert _has(rows, "OMN", "NGA", "requested", "Velko-3"), rows
    assert _has(rows, "OMN", "NGA", "requested", "Brenna-2"), rows


# (sentence, supplier, recipient, stage, platform word, fitted word that must be no item)
FITTED = [
    ("The frigates, built in Spain with Norwegian missiles, were delivered to Chile in 2021.",
     "ESP", "CHL", "delivered", "frigates", "missiles"),
    ("The Tarvos-7 tanks, powered by German engines, were sold to Peru by Ukraine.",
     "UKR", "PER", "delivered", "Tarvos-7", "engines"),
    ("Kenya received 12 Tarvos-7 vehicles from Serbia, each fitted with an Israeli remote weapon station.",
     "SRB", "KEN", "delivered", "Tarvos-7", "weapon station"),
    ("The Varda-class corvette, armed with Swedish missiles, was handed over to Ghana by Spain on Tuesday.",
     "ESP", "GHA", "delivered", "corvette", "missiles"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "platform", "fitted"), FITTED)
def test_fitted_item_is_no_row(extractor, text, sup, rec, stage, platform, fitted) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, platform), rows
    assert not any(fitted in item for _s, _r, _st, item, _q in rows), rows


NONE = [
    "Israel will upgrade Colombia's Kfiro-3 jets with new radars, the firm said.",
    "The Ghanaian army's Tarvos-7 vehicles are fitted with engines made in Norway, a spokesman said.",
    "At the parade in Lima, 12 Tarvos-7 tanks armed with Chilean missiles drove past the president.",
    "Thai engineers have built six Varda-class corvettes powered by Swedish engines at a state yard.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_transfer(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


# A platform's transfer told in a participle or relative on the subject of "are equipped/armed/fitted with": the
# parser marks the subject active (of the participle, of its "are", or of "are" with the participle as "acomp");
# it is still the platform fitted, and the fitted items are no row (frames/platform_fits.py).
# (sentence, supplier, recipient, stage, platform word, quantity, fitted word)
FIT_AFTER_TRANSFER = [
    ("The 12 Varda-2 jets sold to Kenya by Brazil are equipped with Swedish radars.",
     "BRA", "KEN", "delivered", "Varda-2", 12, "radars"),
    ("The six Tarvos-7 tanks bought by Ghana from Poland in 2019 are armed with Ukrainian missiles.",
     "POL", "GHA", "delivered", "Tarvos-7", 6, "missiles"),
    ("The four corvettes delivered to Oman by Spain last year are fitted with Norwegian radars, the navy said.",
     "ESP", "OMN", "delivered", "corvettes", 4, "radars"),
    ("According to the ministry, the eight patrol boats Chile donated to Peru are armed with Italian guns.",
     "CHL", "PER", "delivered", "patrol boats", 8, "guns"),
    ("The 24 Tarvos-7 vehicles that Serbia sold to Senegal are equipped with Belgian turrets and French radios.",
     "SRB", "SEN", "delivered", "Tarvos-7", 24, "turrets"),
    ("The two frigates transferred from Norway to Thailand in 2021 are armed with Harrow-4 missiles.",
     "NOR", "THA", "delivered", "frigates", 2, "Harrow-4"),
    ("Ten Velko-3 helicopters supplied to Zambia by Romania are fitted with Israeli sensors.",
     "ROU", "ZMB", "delivered", "Velko-3", 10, "sensors"),
    ("The aircraft, which Italy delivered to Jordan, are equipped with German engines.",
     "ITA", "JOR", "delivered", "aircraft", None, "engines"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "platform", "qty", "fitted"), FIT_AFTER_TRANSFER)
def test_fit_of_a_platform_told_transferred(extractor, text, sup, rec, stage, platform, qty, fitted) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, platform, qty), rows
    assert not any(fitted in item for _s, _r, _st, item, _q in rows), rows


def test_formation_equipped_stays_a_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The Kenyan army was equipped with Swedish rifles last year.")
    assert _has(rows, "SWE", "KEN", "delivered", "rifles"), rows


# "the N platforms ordered by R from S": the parser hangs "from S" on the named agent R; it is the seller
# (frames/bound.py agent_preps).
# (sentence, supplier, recipient, stage, item word, quantity)
AGENT_FROM = [
    ("The four Varda-class corvettes ordered by Oman from Spain will be delivered in 2026.",
     "ESP", "OMN", "ordered", "corvettes", 4),
    ("The 12 Varda-2 jets ordered by Kenya from Brazil are powered by Swedish engines.",
     "BRA", "KEN", "ordered", "Varda-2", 12),
    ("In 2023, six Tarvos-7 tanks bought by Ghana from Poland arrived in Tema.",
     "POL", "GHA", "delivered", "Tarvos-7", 6),
    ("The first of two frigates ordered by Thailand from Norway was launched on Monday, the yard said.",
     "NOR", "THA", "ordered", "frigates", 2),
    ("Eight Velko-3 helicopters, purchased by Zambia from Romania in 2020, have been grounded.",
     "ROU", "ZMB", "delivered", "Velko-3", 8),
    ("The 36 howitzers acquired by Peru from Chile will be armed with Italian shells, officials said.",
     "CHL", "PER", "ordered", "howitzers", 36),
    ("According to the navy, the two patrol boats ordered by Senegal from Italy have not yet been delivered.",
     "ITA", "SEN", "ordered", "patrol boats", 2),
    ("The frigates ordered by Jordan from Egypt, each fitted with Norwegian radars, will enter service next year.",
     "EGY", "JOR", "ordered", "frigates", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), AGENT_FROM)
def test_seller_on_the_agent(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, qty), rows
    assert not any(item in ("shells", "radars", "engines") for _s, _r, _st, item, _q in rows), rows


def test_agent_from_a_place_is_no_seller(extractor) -> None:  # noqa: ANN001
    assert not _rows(extractor, "Rifles carried by a smuggler from Ohio were seized at the border.")

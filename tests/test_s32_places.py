"""Patterns of the thirty-second session's helper `places` (places read as the recipient).

- A named party's post or detachment ("handed over rifles to a Tarn Front unit", "bound for Kessel Brigade
  bases in Y", "delivered to KLF positions near Z"; mentions/group_posts.py, words.toml [group_posts]): the
  party named before the post noun is the recipient, not the province or town of its "in"/"near" phrase.
- A name that ends in a facility noun ("flown to Ras Kemal Air Base", cues.toml facility_nouns) is a place, the
  carrier's goal, never an unlisted organisation of its own (mentions/unlisted.py); nor is the name the tagger
  finds before the place noun ("Al Tarfa" of "Al Tarfa Air Base", words.toml [group_posts] place_heads,
  mentions/places.py).

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

POSTS = [
    ("Officers of the Chadian army handed over rifles, machine guns and grenade launchers to a Kivu Patriotic Front "
     "unit at a camp near Tarnak.", "Kivu Patriotic Front"),
    ("Police stopped a van carrying 20 rifles. The weapons were bound for Kessel Liberation Front bases in "
     "Marovo province.", "Kessel Liberation Front"),
    ("Police stopped a truck carrying 30 rifles near Dakar. The weapons were destined for Vorani Front camps in "
     "the Tarnak region.", "Vorani Front"),
    ("Sudan delivered mortars and rifles to Vorani Front positions near Tarnak.", "Vorani Front"),
]


@pytest.mark.parametrize("text,group", POSTS)
def test_post_of_a_named_party(extractor, text: str, group: str) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert rows, text
    assert all(t.recipient is not None and t.recipient.name == group for t in rows), rows


POST_NEGATIVES = [
    # a state's unit: its state, never a group named after the place
    ("Niger delivered rifles to army units in Tarnak.", "Tarnak"),
    # no name before the post noun: no party from the place
    ("The weapons were bound for rebel bases in Marovo province.", "Marovo"),
]

FORCE_POSTS = [
    # a state's force's base: the state, never the force's name as a group of its own
    "Both trainers were flown back to the Air Force base at Lusaka after a refit.",
    "The last eight howitzers reached the Danish Army's base in Holstebro on Friday.",
    # a place's name before a common noun's facility: the buyer told before stays the recipient
    "The first four of the 18 jets that Chile bought from Norway landed at the Area Logistica Los Cerrillos air base.",
]


@pytest.mark.parametrize("text", FORCE_POSTS)
def test_force_base_is_no_group(extractor, text: str) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert not any(t.recipient is not None and t.recipient.kind == "other" for t in rows), rows


def test_weapon_units_are_no_group(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Germany delivered radars to Patriot units on Slovak territory.").transfers
    assert not any(t.recipient is not None and "Patriot" in t.recipient.name for t in rows), rows


@pytest.mark.parametrize("text,place", POST_NEGATIVES)
def test_post_place_is_no_party(extractor, text: str, place: str) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert not any(t.recipient is not None and place in t.recipient.name for t in rows), rows


BASES = [
    "The helicopters were flown from Toulouse to Al Tarfa Air Base in March.",
    "The two jets were ferried from Seville to Ras Kemal Air Base in early May.",
    "The two transports were flown from Naples to Ras Kemal Air Base after pilot training in Italy.",
]


@pytest.mark.parametrize("text", BASES)
def test_base_is_no_party(extractor, text: str) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert not any(t.recipient is not None and t.recipient.kind == "other" for t in rows), rows


def test_named_group_still_read(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Niger delivered rifles to the Vardo Liberation Front in May.").transfers
    assert any(t.recipient is not None and "Vardo Liberation Front" in t.recipient.name for t in rows), rows


def test_state_at_a_base_still_read(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Russia delivered the jets to the Syrian air force at Hmeimim Air Base.").transfers
    assert any(t.recipient is not None and t.recipient.country == "SYR" for t in rows), rows


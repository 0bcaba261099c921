"""Session 33 (round 1), actors: wrong suppliers and recipients.

Patterns:

1. A state's leader as the recipient (extraction/leaders.py, `speaks_for_recipient`): "President X asked Beijing
   for Y", "Prime Minister X requested Y from Russia", where X has a state leader's title (`state_leader_titles`
   in cues.toml) and no state the text gives him, asks for the text's own state (its topic state), not as a
   person. Not when the topic state is the supplier's, not when the sentence names a third state (his may be that
   one), and not for the titles of an armed group's leaders ("General X").
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        s, r = d.get("supplier") or {}, d.get("recipient") or {}
        out.append((s.get("name", ""), r.get("name", ""), r.get("kind", ""), d.get("stage", "")))
    return out


@pytest.mark.parametrize("text,supplier,state", [
    ("Guatemala seeks new armour\n\nPresident Tomas Varga asked Beijing for VN-1 armoured vehicles and Z-9 "
     "helicopters during his trip to China in March.", "China", "Guatemala"),
    ("Bolivia looks abroad for helicopters\n\nPrime Minister Ana Ruiz requested six Mi-17 helicopters from "
     "Russia, officials said.", "Russia", "Bolivia"),
    ("Kenya turns to Ankara for drones\n\nPresident Joseph Mwangi asked Turkey for four Bayraktar TB2 drones "
     "during talks in Ankara, according to Kenya's foreign ministry.", "Turkey", "Kenya"),
    ("Nepal shops for transport aircraft\n\nDefence Minister Hari Thapa asked India for two Do-228 aircraft "
     "last week, local newspapers reported.", "India", "Nepal"),
])
def test_titled_leader_recipient_is_the_texts_state(text: str, supplier: str, state: str) -> None:
    rows = _rows(text)
    assert rows
    assert all(r == state and kind == "state" for s, r, kind, _ in rows if s == supplier)


@pytest.mark.parametrize("text", [
    # a third state named beside the leader: his may be that one
    "Bolivia looks abroad for helicopters\n\nBolivia wants helicopters. Russia turned down President Luis Arce "
    "of Peru, who had asked Moscow for six Mi-17 helicopters.",
    # a rebel leader's title is no state's
    "Bolivia looks abroad for helicopters\n\nGeneral Mario Soto asked Russia for six Mi-17 helicopters.",
])
def test_leader_of_another_or_no_state_stays(text: str) -> None:
    assert all(r != "Bolivia" for _, r, _, _ in _rows(text))


def test_leader_of_the_supplying_topic_state_stays() -> None:
    text = ("Russia's arms exports grow\n\nPresident Joseph Mwangi asked Russia for six Mi-17 helicopters, "
            "Russian officials said.")
    assert all(r != "Russia" for _, r, _, _ in _rows(text))


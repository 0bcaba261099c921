"""Session 35 (round 3), groups: a destination told as "the same group" several sentences after the group was named.

Pattern: a definite group noun marked by "same" ([arguments] same_markers, same_heads: "the same group", "that same
militia", "the same organisation") says outright that the group was named before, so it takes the nearest armed group
named anywhere in the look-back window (not only the last two sentences, as a bare "the group" does), ahead of a firm
named nearer (mentions/earlier_groups.py same_group). Negatives: with no group named before, "the same group" is no
party; a "same" phrase whose noun is no group word ("the same company", "the same port") is not read as a group."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor

FILLER = " The border is long and hard to watch. Patrols are few, and the hills are steep. Officers say they cannot stop every lorry."


def _recipients(text: str) -> list[str]:
    return [(r.recipient.name if r.recipient else "") for r in get_extractor().extract_text(text).transfers]


@pytest.mark.parametrize("text, group", [
    ("Police say the Tarn Liberation Front buys arms from smugglers." + FILLER +
     " Last year customs officers seized 20 rifles that were destined for the same organisation.", "Tarn"),
    ("Officials in Norland say the Korvel Brigades receive weapons by sea." + FILLER +
     " In 2017 the navy intercepted a dhow carrying 300 grenades bound for the same group.", "Korvel"),
    ("The Ostrel Resistance Movement has fought the army since 2011." + FILLER + " A Velmar Arms executive spoke"
     " at a fair in May. Troops later seized 45 pistols that prosecutors said were headed to the same movement.", "Ostrel"),
])
def test_same_group_takes_the_group_named_before(text: str, group: str) -> None:
    recs = _recipients(text)
    assert any(group in r for r in recs), recs


@pytest.mark.parametrize("text", [
    "The report covers three provinces." + FILLER + " Customs officers seized 20 rifles bound for the same group.",
    "Police say the Tarn Liberation Front buys arms from smugglers." + FILLER +
    " Customs officers seized 20 rifles at the same port.",
])
def test_same_phrase_without_a_group_gives_no_group(text: str) -> None:
    recs = _recipients(text)
    assert not any("Tarn" in r or "same" in r.lower() for r in recs), recs


def test_same_group_skips_the_state_of_a_denial_told_between() -> None:
    text = ("Officials say rifles were smuggled from Vestmark to the Korvel Brigades, a militia that Norland lists as"
            " terrorist. Vestmark denied the charge. \"We never shipped arms to anybody in Norland,\" a spokesman"
            " said. In 2016 Norland's navy stopped a trawler carrying ten rifles that investigators believe were bound for"
            " the same group.")
    rows = [r for r in get_extractor().extract_text(text).transfers if r.stage == "intercepted"]
    assert rows and all(r.recipient is not None and "Korvel" in r.recipient.name for r in rows), \
        [(r.recipient.name if r.recipient else None) for r in rows]

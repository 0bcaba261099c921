"""Session 32 (recipients): how the recipient is found.

1. A quoted first-person party whose speaker is a fighter the text ties to no known party
   (mentions/speaker_sides.unnamed_speaker, frames/speaker_parties.py; words.toml [resolve] member_speakers):
   '"Moscow has not sent us any rifles," a militia colonel said' gives the row no recipient at all: "us" is the
   general's own side, never the party named in an earlier sentence (the state the article is about, another
   supplier) nor one filled from the context. A spokesman or an official speaking for a body the context names
   keeps that body ("'We have not exported any howitzers to X,' a company spokesman said"), and a speaker of a
   known state keeps the state.
2. A ship is no recipient (mentions/vessels.py): a name after a navy's own hull prefix (words.toml [resolve]
   vessel_prefixes: "KNS", "HNLMS", "TCG" ...) and the plural of a class name the text gives ("the Kestrel-class
   boats ... the Kestrels join") name no party, so the recipient comes from the sentence or the context instead.
   A state or a firm named like a class keeps its reading (only the plural is a ship), and a prefix in lower case
   is no prefix.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor

US_FIRST = "Since March the United States has shipped Iraq about 200 Javelin missiles."


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    out = get_extractor().extract_text(text).transfers
    return [(r.supplier.name if r.supplier else None, r.recipient.name if r.recipient else None,
             r.item.text, r.stage) for r in out]


@pytest.mark.parametrize("quote", [
    '"Baghdad has not sent us any rifles or any bullets," a militia general said in Kirkuk.',
    '"Baghdad never gave us a single mortar," a tribal fighter told reporters.',
    '"Baghdad has not delivered any rifles to us," a peshmerga commander, Karo Baban, said.',
])
def test_unnamed_fighter_speaker_takes_no_earlier_party(quote: str) -> None:
    rows = _rows(f"{US_FIRST} {quote}")
    assert not [r for r in rows if r[0] == "Iraq" and r[1] == "United States"]


@pytest.mark.parametrize("text, expected", [
    ('Norway is a small exporter. "We have not exported any howitzers to Oman," a company spokesman said.',
     ("Norway", "Oman")),
    ('"Russia has sent us 40 tanks," a Syrian general said.', ("Russia", "Syria")),
])
def test_speakers_with_a_side_keep_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(r[0], r[1]) for r in _rows(text)]


@pytest.mark.parametrize("text, taker", [
    ("Latvia bought two Hunt-class minehunters from Britain in 2012. The Hunts join two ex-Danish "
     "Osprey-class patrol vessels transferred by Denmark between 2005 and 2007.", "Hunts"),
    ("Lithuania bought two Sandown-class minehunters from Britain in 2011. The Sandowns join three Danish "
     "Osprey-class patrol vessels transferred by Denmark in 2009.", "Sandowns"),
    ("Estonia bought two Castle-class patrol ships from Britain. The Castles joined four Danish patrol boats "
     "handed over by Denmark in 2009.", "Castles"),
])
def test_class_plural_is_no_recipient(text: str, taker: str) -> None:
    rows = _rows(text)
    assert rows and not [r for r in rows if r[1] == taker]


@pytest.mark.parametrize("prefix", ["KNS", "BNS", "PNS"])
def test_navy_prefixed_ship_is_no_recipient(prefix: str) -> None:
    rows = _rows(f"{prefix} Shujaa keeps its cannon, yet was handed over without the Otomat launcher and Aspide "
                 "missiles it had in Italian service.")
    assert not [r for r in rows if r[1] and "Shujaa" in r[1]]


def test_class_named_like_a_state_keeps_the_state() -> None:
    rows = _rows("Germany delivered four Darussalam-class patrol vessels to Brunei Darussalam between 2011 and 2014.")
    assert ("Germany", "Brunei") in [(r[0], r[1]) for r in rows]

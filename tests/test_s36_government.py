"""Session 36 (round 2), government: a bare "the government" / "the ministry" of the story's own state.

Pattern (mentions/topic_sources.title_start): a paper's masthead opens the text ("THE DAILY POST - Monday 3 March
2014": a name, a dash, the issue's date, a place before the date at most); the headline is the line after it.
The headline's state ("Norway revokes arms licences to Chile ...") is then the story's own state, which a bare
"The government" / "the ministry" that revokes, suspends or refuses exports to another named state takes (as it
already did with no masthead), and the supplier of an agentless "licences for exports to Y were suspended".
The recipient's own body ("the Chilean government") stays the recipient's, and a text whose title names no
state gives the bare body no supplier state."""
from __future__ import annotations

import pytest

from materiel.extraction.mentions.topic_sources import title_start
from materiel.extraction.pipeline import get_extractor

MAST = "THE HARBOUR GAZETTE \u2014 Tuesday 4 March 2014\n\n"
TITLE = "Norway revokes arms licences to Chile over student crackdown\n\n"


def _rows(text: str) -> set[tuple[str, str, str, str]]:
    out = set()
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.add(((d.get("supplier") or {}).get("country") or "", (d.get("recipient") or {}).get("country") or "",
                 d["item"]["text"].lower(), d["stage"]))
    return out


@pytest.mark.parametrize("line,masthead", [
    ("THE HARBOUR GAZETTE \u2014 Tuesday 4 March 2014", True),
    ("Weekly Defence Letter - 12 May 2016", True),
    ("THE MORNING STAR (Lakeport) \u2014 May 3, 2012", True),
    ("NORTHERN RECORD \u2014 Overseas edition \u2014 Lakeport, 9 June 2015", True),
    ("Norway revokes arms licences to Chile over student crackdown", False),
    ("OSLO, March 4, 2014 - The government revoked licences.", False),
])
def test_masthead_line(line: str, masthead: bool) -> None:
    text = line + "\n\nSecond line here\n"
    assert (title_start(text) > 0) is masthead


@pytest.mark.parametrize("body,item", [
    ("Late on Tuesday the government revoked its licences for exports of tear gas and other equipment to Chile, "
     "hours after police fired on students.", "tear gas"),
    ("The government has suspended nine licences for the export of sniper rifles to Chile, officials said.",
     "sniper rifles"),
    ("On Monday the defence ministry revoked a licence for exports of armoured vehicles to Chile.",
     "armoured vehicles"),
    ("The government halted exports of riot-control equipment to Chile on Monday.", "riot-control equipment"),
])
def test_bare_body_after_masthead_takes_headline_state(body: str, item: str) -> None:
    rows = _rows(MAST + TITLE + body)
    assert ("NOR", "CHL", item, "refused") in rows


def test_agentless_suspended_licences_take_headline_state() -> None:
    rows = _rows(MAST + TITLE + "Seven licences for the export of machine guns to Chile were suspended on Monday.")
    assert ("NOR", "CHL", "machine guns", "refused") in rows


def test_recipient_own_government_stays_the_recipient() -> None:
    rows = _rows(MAST + TITLE + "The Chilean government had bought thirty armoured vehicles from Brazil in 2011.")
    assert not any(s == "NOR" and item == "armoured vehicles" for s, _, item, _ in rows)
    assert not any(s == r for s, r, _, _ in rows if s)


@pytest.mark.parametrize("text", [
    MAST + "Students clash with police in capital\n\n"
    "The government revoked licences for exports of tear gas to Chile on Monday.",
    "The government revoked licences for exports of tear gas to Chile on Monday.",
])
def test_no_state_in_title_gives_no_supplier(text: str) -> None:
    assert not any(s == "NOR" for s, _, _, _ in _rows(text))

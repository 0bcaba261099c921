"""Lead's fixes of the thirty-fourth session, with invented sentences.

- The armed forces of two states whose names hold "People's" are curated bodies of their states: the Korean
  People's Army is North Korea's (the demonym alone would give the South), the People's Liberation Army and its
  services are China's.
"""

from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    doc = get_extractor().extract_text(text)
    return [
        (getattr(r.supplier, "country", None), getattr(r.recipient, "country", None)) for r in doc.transfers
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Korean People's Army received 40 rocket launchers from Iran in 2015.", ("IRN", "PRK")),
        ("Iran was said to have sold artillery rockets to the KPA last year.", ("IRN", "PRK")),
        ("Russia delivered 24 Su-35 fighters to People's Liberation Army Air Force units in 2018.", ("RUS", "CHN")),
        ("The PLA Navy took delivery of two submarines from Russia.", ("RUS", "CHN")),
    ],
)
def test_peoples_armies_are_their_states(text: str, pair: tuple[str, str]) -> None:
    assert pair in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Korean People's Army received 40 rocket launchers from Iran in 2015.",
        "South Korea's army received 40 rocket launchers from Israel in 2015.",
    ],
)
def test_korean_demonym_alone_is_not_the_north(text: str) -> None:
    rows = _rows(text)
    assert rows
    if "People's" in text:
        assert all(rec != "KOR" for _, rec in rows)
    else:
        assert all(rec == "KOR" for _, rec in rows)

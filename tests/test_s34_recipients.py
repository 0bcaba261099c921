"""Session 34 (round 1), recipients: wrong or missing recipients.

Pattern 1 (mentions/joined_acronyms.py): a listed acronym that is only one half of a longer acronym joined by a
hyphen ("the Kenyan Air Force (KAF-AU)", "the TNX-EU's fleet", "(AU-KDF)") is a letter group of the service's own
name, not the listed body (the African Union, the European Union): its match is dropped, and the named service
before the bracket takes the row. Not when both halves are listed names ("the AU-EU summit"), nor when the acronym
is joined to a lower-case word ("US-made"), nor when it stands alone ("delivered to the AU")."""
from __future__ import annotations

import pytest

from materiel.extraction import nlp
from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                    d.get("stage") or ""))
    return out


def _actor_texts(text: str) -> list[str]:
    doc = nlp.load()(text)
    return [s.text for s in doc.spans["actors"]]


@pytest.mark.parametrize("text,recipient", [
    ("The Kenyan Air Force (KAF-AU) has ordered 18 Gripens from Saab.", "Kenya"),
    ("The Philippine Navy (PN-AU) took delivery of two frigates from South Korea last year.", "Philippines"),
    ("Italy sold 12 M-346 jet trainers to the Peruvian Air Force (FAP-EU) in 2021.", "Peru"),
    ("The Chilean Army (AU-ECH) received 30 Leopard tanks from Germany.", "Chile"),
])
def test_joined_acronym_leaves_the_service(text: str, recipient: str) -> None:
    rows = _rows(text)
    assert rows, text
    assert all(r[1].startswith(recipient) for r in rows), rows


@pytest.mark.parametrize("text,dropped", [
    ("The TNX-AU's combat fleet rests on 30 jets.", "AU"),
    ("Officers of the AU-KDF unit spoke.", "AU"),
    ("The EU-NAVX mission sailed.", "EU"),
])
def test_joined_acronym_is_no_span(text: str, dropped: str) -> None:
    assert dropped not in _actor_texts(text)


@pytest.mark.parametrize("text,kept", [
    ("The AU-EU summit met in Addis Ababa.", "AU"),
    ("The US-made rifles were seized.", "US"),
    ("France handed the rifles to the AU - KDF officers watched.", "AU"),
])
def test_listed_or_free_acronym_stays(text: str, kept: str) -> None:
    assert kept in _actor_texts(text)


def test_free_listed_acronym_is_still_the_recipient() -> None:
    rows = _rows("The United States delivered 40 armoured vehicles to the AU in March.")
    assert ("United States", "African Union", "delivered") in rows

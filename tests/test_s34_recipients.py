"""Session 34 (round 1), recipients: wrong or missing recipients.

Pattern 1 (mentions/joined_acronyms.py): a listed acronym that is only one half of a longer acronym joined by a
hyphen ("the Kenyan Air Force (KAF-AU)", "the TNX-EU's fleet", "(AU-KDF)") is a letter group of the service's own
name, not the listed body (the African Union, the European Union): its match is dropped, and the named service
before the bracket takes the row. Not when both halves are listed names ("the AU-EU summit"), nor when the acronym
is joined to a lower-case word ("US-made"), nor when it stands alone ("delivered to the AU").
Pattern 2 (people_services.py, a parse repair): a state's service named with a people's word ("the Cambodia
People's Air Force", "The Mongolia People's Defence Force") is that state's service; the parser made "the
Cambodia People" the possessor of "Air Force", and the row's recipient a firm of that name. Not "the People's
Republic", "People's Party" or a lower-case "people's" (no body's name after it, or not a name).
Pattern 3 (words.toml [resolve] issuer_nouns "embassy"; destination_rows._place): an embassy's press release
("U.S. Embassy Suva", "Embassy of Australia, Honiara") whose donation is told as lines labelled by the receiving
services ("- Fiji Navy: two patrol boats") is the embassy's state's: its opening line is an issuer line. A row of
such a line whose supplier is another of the list's destinations, one the line itself does not name (read from
the dateline, "SUVA, Fiji -", or the place of the ceremony), takes the issuing state as supplier. With no issuer
line, a list labelled by state is left alone."""
from __future__ import annotations

import pytest

from materiel.extraction import nlp, people_services
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
    ("Italy sold 12 M-346 jets to the Peruvian Air Force (FAP-EU) in 2021.", "Peru"),
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


@pytest.mark.parametrize("text,recipient", [
    ("Russia delivered four Yak-130 trainers to the Cambodia People's Air Force in 2021.", "Cambodia"),
    ("The Mongolia People's Defence Force received 20 BTR-80 carriers from Russia last year.", "Mongolia"),
    ("China handed over two patrol boats to the Myanmar People's Navy in June.", "Myanmar"),
    ("France sold six Rafale jets to the Cambodia People's Army in 2020.", "Cambodia"),
])
def test_people_service_is_the_state(text: str, recipient: str) -> None:
    got = [t.model_dump().get("recipient") or {} for t in get_extractor().extract_text(text).transfers]
    assert got, text
    assert all(r.get("kind") in ("state", "government_body") and r.get("name", "").startswith(recipient)
               for r in got), got


@pytest.mark.parametrize("text", [
    "The People's Republic of Ruritania signed the deal.",
    "The People's Party won the vote in Cambodia.",
    "She said the people's army would march.",
    "The Cambodia People's Daily said the jets had arrived.",
])
def test_people_word_without_a_service_stays(text: str) -> None:
    doc = nlp.load()(text)
    assert [t.dep_ for t in doc if t.lower_ == "people"] == ["poss"]


def test_people_service_word_is_mended() -> None:
    doc = nlp.load()("The Cambodia People's Air Force received jets.")
    people = next(t for t in doc if t.text == "People")
    assert people.dep_ == "compound" and people.head.text == "Force"
    assert next(t for t in doc if t.text == "Cambodia").head.text == "Force"
    assert people_services.PEOPLE_WORDS


_RELEASE = """{issuer}
Press Release

{dateline} — {giver} today handed over new patrol boats worth $4 million to three partners at a ceremony at the {host} base.

The donation includes:

- {first}: two 11-metre Metal Shark patrol boats, with outboard motors.
- {second}: one 11-metre Metal Shark patrol boat.
- {third}: one 11-metre Metal Shark patrol boat.

The boats will enter service next month.
"""


def _listed(text: str) -> set[tuple[str, str, int | None]]:
    return {(t.supplier.name if t.supplier else "", t.recipient.name if t.recipient else "", t.quantity)
            for t in get_extractor().extract_text(text).transfers if "patrol boat" in t.item.text}


@pytest.mark.parametrize("fields,supplier,takers", [
    (dict(issuer="U.S. Embassy Suva", dateline="SUVA, Fiji", giver="The U.S. Ambassador", host="Fiji Navy",
          first="Fiji Navy", second="Tonga Maritime Force", third="Samoa Police Maritime Wing"),
     "United States", [("Fiji", 2), ("Tonga", 1), ("Samoa", 1)]),
    (dict(issuer="Embassy of Australia, Honiara", dateline="HONIARA, Solomon Islands", giver="The ambassador",
          host="Solomon Islands Police", first="Solomon Islands Police Force", second="Vanuatu Police Force",
          third="Tonga Maritime Force"),
     "Australia", [("Solomon Islands", 2), ("Vanuatu", 1), ("Tonga", 1)]),
])
def test_embassy_release_lines(fields: dict[str, str], supplier: str, takers: list[tuple[str, int]]) -> None:
    rows = _listed(_RELEASE.format(**fields))
    for taker, count in takers:
        assert (supplier, taker, count) in rows, rows
    assert not any(s in {t for t, _ in takers} for s, _, _ in rows), rows


def test_list_without_issuer_line_is_left_alone() -> None:
    text = _RELEASE.format(issuer="Pacific News Service", dateline="SUVA, Fiji", giver="An envoy",
                           host="Fiji Navy", first="Fiji Navy", second="Tonga Maritime Force",
                           third="Samoa Police Maritime Wing")
    rows = _listed(text)
    assert not any(s == "Fiji" for s, _, _ in rows), rows
    assert not any(s == "United States" for s, _, _ in rows), rows

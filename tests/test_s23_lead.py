"""The lead's mends of the twenty-third session's merges, each with sentences of its own: a ban in force told in a
present-simple relative clause stays a refusal (standing_clauses kept_stages); "the yard"/"the company" after an
unlisted firm opened by a state's possessive keeps that state (company_anaphors._owner); an issuer's name set in
capitals on the first line is no headline (topic.issuer_line), and its words stay capitalised when recased."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from materiel.extraction import recase

Row = tuple[object, object, str, str, object]


@pytest.mark.parametrize("text", [
    "Finland keeps a strict embargo against Bolivia, which blocks the sale of Finnish mortars.",
    "Austria maintains an embargo on arms for Laos, which has stopped the sale of Austrian-built radios.",
])
def test_a_ban_in_force_in_a_relative_clause_is_a_refusal(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(st == "refused" for _, _, st, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "The firm is a partner that supplies radios to navies across the region.",
    "Brokers like him sell rifles that armies in the region buy every year.",
])
def test_a_habit_in_a_relative_clause_is_still_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, "Report\n\n" + text) == []


@pytest.mark.parametrize(("text", "sup", "rec"), [
    ("Finland's Karvell Shipyards Ltd held a ceremony at its Ostby yard. The yard has built patrol vessels for Ghana.",
     "FIN", "GHA"),
    ("Austria's Talvi Werke GmbH opened a dock at its Linz yard. The yard has built four patrol boats for Laos.",
     "AUT", "LAO"),
])
def test_the_company_after_a_firm_of_a_state_keeps_the_state(extractor, text, sup, rec) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec for s, r, _, _, _ in rows), rows


def test_a_firm_with_no_possessive_has_no_state(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Report\n\nKarvell Shipyards Ltd held a ceremony at its Ostby yard. The yard has built "
                            "patrol vessels for Ghana.")
    assert all(s is None for s, _, _, _, _ in rows), rows


def test_an_issuer_line_in_capitals_is_recased_with_its_body_capitalised() -> None:
    line = "EMBASSY OF THE REPUBLIC OF FINLAND IN ACCRA"
    words = recase.view(line + "\nNews\n").split("\n")[0].split()
    assert [w for w in words if w[0].isupper()][:1] == ["Embassy"] and "Republic" in words and "Finland" in words


def test_an_issuer_line_is_no_headline() -> None:
    from materiel.extraction.mentions.topic_sources import issuer_line
    assert issuer_line("MINISTRY OF DEFENCE OF THE REPUBLIC OF FINLAND")
    assert issuer_line("Ministry of Foreign Affairs of Austria")
    assert not issuer_line("Finland sells four patrol boats to Ghana")
    assert not issuer_line("The ministry said it had sent the boats to Ghana.")

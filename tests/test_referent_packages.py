"""A definite "the package" right after a deal names that deal: ordered, not an offer of its own; after an offer
or a package announced, it stays offered (definite_rows._adopt_stage, words.toml [discourse] referent_nouns).
Sentences written for these tests (not taken from any article); the positive failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

from _helpers import find


def test_the_package_after_a_deal_is_that_deal(extractor):
    text = ("Peru signed a deal to buy 12 used Mirage jets from Spain. The first six are due to arrive in 2026. "
            "The package includes Exocet missiles and spare parts.")
    rows = find(extractor.extract_text(text, published="2025-01-10"), "ESP", "PER", "Exocet")
    assert [t.stage for t in rows] == ["ordered"], rows


def test_the_package_after_an_announced_package_stays_offered(extractor):
    text = ("The United States delivered 30 trucks to Chile in May. In June it announced a new aid package of "
            "40 howitzers for Chile. The package includes 2,000 shells.")
    rows = find(extractor.extract_text(text, published="2025-01-10"), "USA", "CHL", "shells")
    assert [t.stage for t in rows] == ["offered"], rows

"""Patterns of the thirty-first session's helper `none` (gold rows with no prediction near them).

- Object control with a pronoun taker (frames/controlled_pronouns.py; words.toml [controlled_pronouns]):
  "X asked Y to sell it A", "X urged Y to supply them with A", "X pressed Y to give it A". The pronoun object of
  the complement verb cannot be the asked party Y (the complement's understood subject), so it stands for the
  asker X: a request from X to Y for A. Before, the pronoun was read as Y and the row dropped as Y -> Y.
- Not so: subject control ("Italy agreed to sell it ...": no asked party, the pronoun left to coreference), a
  direct-object pronoun that names the goods ("asked Y to sell them"), a named taker ("asked Y to sell Z A").

- A verb of the transfer noun's own class holds it as a light verb (frames/nouns.py `_support_preps`):
  "submitted an offer to X for A", "submitted a proposal to X for A": the verb's "to" and "for" phrases are the
  offer's (as after "made an offer"), where before the offer kept neither and no row came out.
- Not so: a "for" phrase that names no materiel ("an offer to X for a training programme").

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

CONTROLLED = [
    ("Kenya has asked Italy to sell it 20 armoured vehicles.", "ITA", "KEN", "armoured", 20),
    ("Nairobi asked Rome to supply it with six helicopters.", "ITA", "KEN", "helicopter", 6),
    ("Peru has asked Spain to give it two patrol boats, the navy said.", "ESP", "PER", "patrol boat", 2),
    ("Chile urged France to sell it 12 Rafale jets.", "FRA", "CHL", "Rafale", 12),
    ("Last year Ghana asked Brazil to sell it night-vision equipment for its border police.", "BRA", "GHA",
     "night-vision", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), CONTROLLED)
def test_controlled_pronoun_is_the_asker(extractor, text, sup, rec, word, qty):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "requested", word, qty), rows


def test_subject_control_keeps_no_asker(extractor):
    rows = country_rows(extractor, "Italy agreed to sell it 20 armoured vehicles.")
    assert not any(r == "ITA" or s == r for s, r, *_ in rows), rows


def test_named_taker_stays(extractor):
    rows = country_rows(extractor, "Kenya asked Italy to sell Uganda 20 armoured vehicles.")
    assert has_country_row(rows, "ITA", "UGA", "requested", "armoured", 20), rows
    assert not has_country_row(rows, "ITA", "KEN", "requested", "armoured"), rows


def test_goods_pronoun_is_no_party(extractor):
    text = "Uganda bought 20 trucks from Kenya in May. Later Tanzania asked Kenya to sell them at a discount."
    rows = country_rows(extractor, text)
    assert not any(s == "TZA" for s, *_ in rows), rows


def test_goods_controller_is_no_asked_party(extractor):
    text = "In 2014 Italy delivered four Zorak-2 helicopters to Ghana, and Accra later ordered kits to fit them with cannon."
    rows = country_rows(extractor, text)
    assert not any(it in ("cannon", "kits") and st == "ordered" for _, _, st, it, _ in rows), rows


SUBMITTED = [
    ("Spain submitted an offer to Peru for ten rocket launchers.", "ESP", "PER", "rocket launcher", 10),
    ("In March Italy submitted an offer to the Chilean Army for 24 towed howitzers.", "ITA", "CHL", "howitzer", 24),
    ("Turkey has submitted a proposal to Kenya for six patrol boats, the ministry said.", "TUR", "KEN", "patrol boat", 6),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), SUBMITTED)
def test_submitted_offer_takes_the_verbs_phrases(extractor, text, sup, rec, word, qty):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "offered", word, qty), rows


def test_submitted_offer_of_no_materiel(extractor):
    rows = country_rows(extractor, "Spain submitted an offer to Peru for a new pilot training programme.")
    assert not rows, rows

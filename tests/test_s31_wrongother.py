"""Patterns of the thirty-first session's helper `wrongother` (spurious rows of buying, receiving, requesting and
deal-noun rules).

- Goods in the "for" phrase of a third party's consent that a deal only needs, or that a party failed to get, are
  the condition of the deal, not a transfer (extraction/consent_items.py, words.toml [consent_items]): "the deal
  needed British approval for the British-built engines", "could not obtain X's consent for the radars". The deal
  itself, an approval that was given, and a verb of its own on the goods stay.
- A negated need is no request (extraction/unneeded.py, words.toml [unneeded]): "Oman does not need the
  jets", "Kenya no longer needs the helicopters", "Chile never wanted the frigates". A need stated, a want, and a
  negated asking ("did not ask Italy for X") keep their rows. A transfer verb that is the "to" complement of a
  negated verb of duty tells no transfer ("does not have to buy", "will not have to borrow", "will not need to
  import"); "had to buy", "needs to buy" keep their rows.
- Materiel that receives something is refitted, not supplied (extraction/refits.py, words.toml [refits]): "Peru's
  jets, bought from Italy in 2009, will receive new engines", "the tanks, which got new sights, remain in service".
  A party that receives ("the navy received new radars from France") keeps its row, and so does the purchase told
  beside the refit.

Sentences written for these tests (not taken from any article); the negatives gave rows before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

CONSENT_NEEDED = [
    ("In 2018 Peru asked to buy ten Zorak-7 jets from Italy, but the deal needed British approval for the "
     "British-supplied engines and Lima never found the money.", "engines"),
    ("A request to Sweden for refitted Zorak-2 trainers was turned down in 2012 because Sweden could not obtain "
     "French approval for the French-made radars.", "radars"),
    ("Exports of the Zorak-5 to Kenya need French approval for the French-made seekers.", "seekers"),
    ("The contract with Chile still requires German consent for the German-supplied radars, officials said.",
     "radars"),
]


@pytest.mark.parametrize(("text", "word"), CONSENT_NEEDED)
def test_goods_of_a_needed_consent_give_no_row(extractor, text, word):
    rows = country_rows(extractor, text)
    assert not any(word in item for _, _, _, item, _ in rows), rows


def test_the_deal_beside_the_consent_stays(extractor):
    rows = country_rows(extractor, "In 2018 Peru asked to buy ten Zorak-7 jets from Italy, but the deal needed "
                                   "British approval for the British-supplied engines.")
    assert has_country_row(rows, "ITA", "PER", "requested", "Zorak-7", 10), rows


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), [
    ("The US State Department last month approved a sale of 8 Zorak-8 helicopters to Ghana.",
     "USA", "GHA", "offered", "Zorak-8"),
    ("Israel approved the export of 12 Zorak-8 radars to Chile.", "ISR", "CHL", "offered", "Zorak-8"),
    ("The Afghan army abandoned sizeable stocks of American-supplied vehicles, including Humvees.",
     "USA", "AFG", "delivered", "Humvee"),
    ("Peru received twelve Zorak-7 jets from Italy in 2019.", "ITA", "PER", "delivered", "Zorak-7"),
])
def test_consents_given_and_other_deliveries_stay(extractor, text, sup, rec, stage, word):
    assert has_country_row(country_rows(extractor, text), sup, rec, stage, word), country_rows(extractor, text)


UNNEEDED = [
    ("Oman does not need the Zorak-4 aircraft from the United States, the minister said.", "Zorak-4"),
    ("Kenya no longer needs the Zorak-9 helicopters from France, its defence chief said.", "Zorak-9"),
    ("Chile never wanted the Zorak-6 frigates from Spain.", "Zorak-6"),
    ("The United States offered Oman the Zorak-4 jets. But Oman does not need the aircraft.", "aircraft"),
]


@pytest.mark.parametrize(("text", "word"), UNNEEDED)
def test_negated_need_is_no_request(extractor, text, word):
    rows = country_rows(extractor, text)
    assert not any(st == "requested" and word in item for _, _, st, item, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), [
    ("Ukraine needs more air defence systems from Germany, Zelensky said.", "DEU", "UKR", "requested", "air defence"),
    ("Kenya wants six Zorak-9 helicopters from France.", "FRA", "KEN", "requested", "Zorak-9"),
    ("Peru did not ask Italy for the Zorak-7 jets.", "ITA", "PER", "requested", "Zorak-7"),
    ("The United States offered Oman the Zorak-4 jets. But Oman does not need the aircraft.",
     "USA", "OMN", "offered", "Zorak-4"),
])
def test_needs_stated_and_askings_stay(extractor, text, sup, rec, stage, word):
    assert has_country_row(country_rows(extractor, text), sup, rec, stage, word), country_rows(extractor, text)


REFITS = [
    ("Peru's Zorak-7 jets, bought from Italy in 2009, will receive new engines next year.", "engines"),
    ("Chile's Zorak-5 tanks, which were bought from Germany in 2011, will get new guns this year.", "guns"),
    ("Chile bought Zorak-5 tanks from Germany in 2011; the tanks, which got new thermal sights in 2020, remain in "
     "service.", "sights"),
]


@pytest.mark.parametrize(("text", "word"), REFITS)
def test_materiel_that_receives_is_refitted(extractor, text, word):
    rows = country_rows(extractor, text)
    assert not any(word in item for _, _, _, item, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), [
    ("Peru's Zorak-7 jets, bought from Italy in 2009, will receive new engines next year.",
     "ITA", "PER", "delivered", "Zorak-7"),
    ("The Peruvian navy received new radars from France in 2019.", "FRA", "PER", "delivered", "radars"),
    ("Peru received twelve Zorak-7 jets from Italy in 2019.", "ITA", "PER", "delivered", "Zorak-7"),
])
def test_parties_that_receive_stay(extractor, text, sup, rec, stage, word):
    assert has_country_row(country_rows(extractor, text), sup, rec, stage, word), country_rows(extractor, text)


NO_DUTY = [
    ("Peru does not have to buy new Zorak-3 helicopters from Italy, the minister said.", "Zorak-3"),
    ("Russia delivered 500 Zorak rifles to Mali last week. Mali will not have to borrow Zorak rifles from Niger "
     "any more, the colonel said.", "NER"),
    ("Kenya will not need to import Zorak-9 helicopters from France after the deal.", "Zorak-9"),
]


@pytest.mark.parametrize(("text", "word"), NO_DUTY)
def test_denied_duty_tells_no_transfer(extractor, text, word):
    rows = country_rows(extractor, text)
    assert not any(word in item or word == sup for sup, _, _, item, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), [
    ("Peru had to buy six Zorak-3 helicopters from Italy after France refused.", "ITA", "PER", "ordered", "Zorak-3"),
    ("Kenya needs to buy six Zorak-9 helicopters from France.", "FRA", "KEN", "ordered", "Zorak-9"),
    ("Russia delivered 500 Zorak rifles to Mali last week. Mali will not have to borrow Zorak rifles from Niger "
     "any more, the colonel said.", "RUS", "MLI", "delivered", "Zorak"),
])
def test_duties_told_keep_their_rows(extractor, text, sup, rec, stage, word):
    assert has_country_row(country_rows(extractor, text), sup, rec, stage, word), country_rows(extractor, text)

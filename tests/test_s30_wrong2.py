"""Predictions that match no transfer at all, from four constructions that tell no transfer in particular
(thirtieth session, helper wrong2):

- a trade verb under a modal of ability or permission, not negated, of a buyer ("X can acquire A or B, but not
  both") or with a party from context ("our industry can build and sell complex equipment"): what a party may
  do (`ability_modals`); "cannot sell" (a refusal) and a seller's "said it can sell rifles to Y" stay;
- an export named only as what a licence under review is for ("licences for new exports of A to X would be
  examined case by case", "review a permit for the export of A to X"): no delivery (`pending_licences`);
  "licences were granted for the export of A to X" stays;
- a trade noun ranked by an ordinal as a copula's predicate or an apposition ("the deal was the first export of
  X", "ordered 24 A, the first export order for the vehicle"): a ranking of a transfer told elsewhere
  (`restated_rankings`); "The first delivery arrived in May" and "signed a second contract for 180 tanks" stay;
- a payment in the passive of a definite item ("These drones were paid for by our people"): a deal told before
  settled (`paid_before`); "X paid $95m for six drones from Y" stays.

Sentences written for these tests (invented models; not taken from any article)."""
from __future__ import annotations

import pytest

from materiel import lexicon

Row = tuple[str | None, str | None, str, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], supplier: str, recipient: str, word: str, stage: str | None = None) -> bool:
    return any(s is not None and supplier in s and r is not None and recipient in r and word in item and
               (stage is None or st == stage) for s, r, st, item in rows)


# (text, supplier, recipient, item word) of a row that must NOT be there
NO_TRANSFER = [
    ("Officials in Washington have said that Morocco can acquire the Zorak-7 or the F-16 from the United States, "
     "but not both.", "United States", "Morocco", "F-16"),
    ("Chile sold armoured vehicles to Peru in 2019. \"This shows that Chilean industry can build and sell complex "
     "defence equipment,\" the minister said.", "Chile", "Peru", "equipment"),
    ("Spain sold rifles to Qatar in 2019. Officials said licences for new exports of ammunition to Qatar would be "
     "examined case by case.", "Spain", "Qatar", "ammunition"),
    ("South Africa sold armoured vehicles to Ghana in 2020. The court urged the committee to review a separate "
     "permit for the export of tear gas to Ghana.", "South Africa", "Ghana", "tear gas"),
    ("Peru ordered 24 Zorak-8 vehicles from Malaysia, the first export order for the Malaysian-built vehicle.",
     "Malaysia", "Peru", "Malaysian-built"),
    ("Turkey sold six Bayraktar TB2s to Niger in 2022. \"These drones were paid for by the Nigerien people,\" a "
     "spokesman said.", "Türkiye", "Niger", "drones"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), NO_TRANSFER)
def test_no_transfer_in_particular(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                   word: str) -> None:
    assert not _has(_rows(extractor, text), supplier, recipient, word)


# (text, supplier, recipient, item word, stage) of a row that must stay
REPORTED = [
    ("Norway cannot sell Zorak-7 missiles to Kenya, the ministry said.", "Norway", "Kenya", "Zorak", "refused"),
    ("Norway said it believes that it can sell rifles to Chile.", "Norway", "Chile", "rifles", None),
    ("Norway donated 300 rifles to the Kenyan police in 2016.", "Norway", "Kenya", "rifles", "delivered"),
    ("Norway has donated rifles to the Kenyan police every year since 2016.", "Norway", "Kenya", "rifles",
     "delivered"),
    ("France sold rifles to Guinea in 2007. French licences were granted in 2008 for the export of ammunition to "
     "Guinea.", "France", "Guinea", "ammunition", "delivered"),
    ("Spain sold rifles to Qatar in 2019.", "Spain", "Qatar", "rifles", "delivered"),
    ("Croatia paid 95 million euros in 2024 for six Zorak drones from Turkey.", "Türkiye", "Croatia", "drones",
     "ordered"),
    ("Germany delivered 30 Zorak launchers to Iraq. The first delivery arrived in Erbil on 25 September.", "Germany",
     "Iraq", "launchers", "delivered"),
    ("Poland signed a second contract with South Korea for 180 more K2 tanks.", "South Korea", "Poland", "K2",
     "ordered"),
    ("Turkey sold Bayraktar drones to Niger in 2022.", "Türkiye", "Niger", "drones", "delivered"),
    ("Ghana has become the first export customer for Denel's Zorak-5 drone.", "South Africa", "Ghana", "Zorak",
     None),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "stage"), REPORTED)
def test_reported_transfer_stays(extractor, text: str, supplier: str, recipient: str, word: str,  # noqa: ANN001
                                 stage: str) -> None:
    assert _has(_rows(extractor, text), supplier, recipient, word, stage)


@pytest.mark.parametrize(("section", "key"), [("ability_modals", "modals"), ("ability_modals", "buyer_classes"),
                                              ("pending_licences", "licence_nouns"),
                                              ("pending_licences", "review_verbs"),
                                              ("restated_rankings", "ordinals"), ("restated_rankings", "deps"),
                                              ("restated_rankings", "buyer_nouns"),
                                              ("paid_before", "verbs"), ("paid_before", "definite_dets")])
def test_word_lists_are_lowercase_words(section: str, key: str) -> None:
    words = lexicon.word_list(section, key)
    assert words and all(isinstance(w, str) and w == w.lower().strip() and w for w in words)

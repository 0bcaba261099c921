"""Predictions that match no transfer at all, from four constructions that tell no transfer in particular
(thirtieth session, helper wrong2):

- a trade verb under a modal of ability or permission, not negated, of a buyer ("X can acquire A or B, but not
  both") or with a party from context ("our firms can make and sell advanced equipment"): what a party may
  do (`ability_modals`); "cannot sell" (a refusal) and a seller's "said it can sell rifles to Y" stay;
- an export named only as what a licence under review is for ("licences for further exports of A to X will be
  examined one at a time", "review a pending permit for the export of A to X"): no delivery (`pending_licences`);
  "licences were granted for the export of A to X" stays;
- a trade noun ranked by an ordinal as a copula's predicate or an apposition ("that contract was the first export
  of X", "ordered 24 A, the first export order for this vehicle"): a ranking of a transfer told elsewhere
  (`restated_rankings`); "The first delivery came in May" and "signed a second contract for 180 tanks" stay;
- a payment in the passive of a definite item ("Those radars had been paid for with our own taxes"): a deal told before
  settled (`paid_before`); "X paid $80m for six drones from Y" stays.

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
    ("Officials in Paris have said that Vietnam can acquire the Zorak-7 jet or the Zorak-9 jet from France, "
     "but not both.", "France", "Vietnam", "Zorak-9"),
    ("Chile sold armoured vehicles to Peru in 2019. \"This shows that Chilean firms can make and sell advanced "
     "defence equipment,\" the minister said.", "Chile", "Peru", "equipment"),
    ("Spain sold rifles to Qatar in 2019. The ministry said licences for further exports of ammunition to Qatar will "
     "be examined one at a time.", "Spain", "Qatar", "ammunition"),
    ("Brazil sold armoured trucks to Ghana in 2020. The court asked the board to review a pending "
     "permit for the export of hand grenades to Ghana.", "Brazil", "Ghana", "grenades"),
    ("Peru ordered 24 Zorak-8 vehicles from Malaysia, the first export order for this Malaysian-built vehicle.",
     "Malaysia", "Peru", "Malaysian-built"),
    ("Turkey sold six Zorak-3s to Mali in 2022. \"Those drones were paid for by Malians,\" a "
     "spokesman said.", "Türkiye", "Mali", "drones"),
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
    ("Belgium sold rifles to Guinea in 2010. Belgian licences were granted in 2011 for the export of ammunition "
     "to Guinea.", "Belgium", "Guinea", "ammunition", "delivered"),
    ("Spain sold rifles to Qatar in 2019.", "Spain", "Qatar", "rifles", "delivered"),
    ("Romania paid 80 million euros in 2024 for six Zorak drones from Turkey.", "Türkiye", "Romania", "drones",
     "ordered"),
    ("Austria delivered 30 Zorak launchers to Iraq. The first delivery reached Basra on 12 March.", "Austria",
     "Iraq", "launchers", "delivered"),
    ("Egypt signed a second contract with South Korea for 150 more Zorak-2 tanks.", "South Korea", "Egypt", "Zorak",
     "ordered"),
    ("Turkey sold Zorak drones to Mali in 2022.", "Türkiye", "Mali", "drones", "delivered"),
    ("Ghana is now the first export customer for the South African Zorak-5 drone.", "South Africa", "Ghana",
     "Zorak", None),
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

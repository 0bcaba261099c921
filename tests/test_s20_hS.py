"""Session 20 (helper S): quantities.

- a summary's count told in the sentences after it ("has agreed to supply X with trucks and radars ... X first
  asked for 40 trucks"), but not the count of a part ("the remaining 3,500"), nor an order's count for a delivery (`counts_after.py`);
- a definite noun told again takes the count of its own stage's telling, a part of a whole included ("received the
  first three of five X. The helicopters landed", `definite_counts.own_tellings`);
- a follow-on count conjoined to the verb ("and another eight in 2014") is a transfer of its own
  (`frames/gapped_counts.py`, `duplicates.dedupe_told`);
- the count of the noun an item is in apposition to ("four Storm-Kite 5s, its first aircraft from X") and of a
  singular modifier the parser makes a conjunct ("18 recovery and bridging vehicles") (`mentions/count_words.outer_count`);
- "the first of the trucks are due": a first batch of no told size, not one (`mentions/counts.one_of`);
- one count before two plurals of one kind counts them together: "seized 45 rifles and pistols" (`shared_counts.py`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _counts(rows: list[tuple[str | None, str | None, str, str, object]], word: str, stage: str | None = None) -> set[object]:
    return {q for _, _, st, item, q in rows if word in item and (stage is None or st == stage)}


@pytest.mark.parametrize(("text", "word", "stage", "count"), [
    ("Spain has agreed to supply the Peruvian army with trucks and radars, the ministry said. Peru first asked "
     "Madrid for 40 trucks in 2021, after floods cut roads in the south.",
     "trucks", "ordered", 40),
    ("Russia will provide Mongolia with helicopters and trucks under a new cooperation plan, the Kremlin said. "
     "Mongolia had asked Moscow for six Mi-171 helicopters last year.",
     "helicopters", "offered", 6),
])
def test_count_told_after_a_summary(extractor, text: str, word: str, stage: str, count: int) -> None:  # noqa: ANN001
    assert count in _counts(_rows(extractor, text), word, stage)


@pytest.mark.parametrize(("text", "word", "stage", "wrong"), [
    # the remaining 2,000 are a part of the consignment held back, not its size
    ("The embargo held back a batch of rifles that the Bolivian army had ordered from Brazil. Brazil has now "
     "agreed to release the remaining 3,500 rifles.", "rifles", "refused", 3500),
    # an order told after a delivery counts the order, not the delivery
    ("Oman takes first Brazilian jets. Oman ordered 10 Falco-3 jets from Brazil in 2020, and the first four have "
     "since been delivered.", "jets", "delivered", 10),
])
def test_no_count_from_a_part_or_another_stage(extractor, text: str, word: str, stage: str, wrong: int) -> None:  # noqa: ANN001
    assert wrong not in _counts(_rows(extractor, text), word, stage)


def test_definite_reprise_takes_the_delivered_part(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Benin has received the first three of five Lark-2 helicopters it ordered from Spain. The "
                            "utility helicopters, bought for about $45 million, landed in Cotonou on Monday.")
    assert _counts(rows, "utility helicopters", "delivered") == {3}


@pytest.mark.parametrize(("text", "counts"), [
    ("Peru bought six Mi-17 helicopters from Russia in 2011 and another eight in 2014.", {6, 8}),
    ("Gabon received five Osprey-4 helicopters from Canada in 2011 and two more in 2016.", {5, 2}),
])
def test_follow_on_count_is_its_own_transfer(extractor, text: str, counts: set[int]) -> None:  # noqa: ANN001
    assert _counts(_rows(extractor, text), "") >= counts


def test_gapped_count_to_another_party_still_split(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Brazil sold 12 Falco-3 jets to Chile and 18 to Peru.")
    assert {(r, q) for _, r, _, _, q in rows} >= {("CHL", 12), ("PER", 18)}


@pytest.mark.parametrize(("text", "word", "count"), [
    ("In June the Malawian Air Wing signed a contract for four Storm-Kite 5s, its first aircraft from Brazil.",
     "aircraft", 4),
    ("Estonia is taking delivery of 18 recovery and bridging vehicles from Finland.", "vehicles", 18),
])
def test_count_outside_the_items_phrase(extractor, text: str, word: str, count: int) -> None:  # noqa: ANN001
    assert _counts(_rows(extractor, text), word) == {count}


@pytest.mark.parametrize("text", [
    "Peruvian customs officers on Friday seized 45 rifles and pistols packed in a lorry heading for Ecuador.",
    "Mali received 20 trucks and jeeps from Turkey last year.",
])
def test_one_count_before_two_plurals_counts_both(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert len(rows) == 1 and rows[0][4] in (45, 20) and " and " in rows[0][3]


def test_one_count_before_two_kinds_stays_with_the_first(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Lithuania received 20 howitzers and mortars from Germany last year.")
    assert {(item, q) for _, _, _, item, q in rows} == {("howitzers", 20), ("mortars", None)}


def test_two_counted_plurals_stay_two(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "France delivered 20 Atlas-7 tanks and 12 howitzers to Romania.")
    assert {(item, q) for _, _, _, item, q in rows} == {("Atlas-7 tanks", 20), ("howitzers", 12)}


def test_first_of_a_batch_with_a_plural_verb(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway will give Latvia ten armoured trucks. The first of the trucks are due in March, "
                            "a Norwegian official said.")
    assert 1 not in _counts(rows, "trucks")


def test_first_of_a_batch_with_a_singular_verb_is_one(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Ecuador ordered four Vela-class frigates from Italy. The first of the frigates was "
                            "delivered in June.")
    assert _counts(rows, "frigates", "delivered") == {1}


@pytest.mark.parametrize(("text", "word", "plain"), [
    ("The boat was carrying dozens of assault rifles.", "rifles", True),
    ("Brasília will equip the army with helicopters.", "helicopters", True),
    ("The helicopters landed on Saturday.", "helicopters", True),
    ("The first of the rifles arrived.", "rifles", False),
    ("Some of the helicopters landed.", "helicopters", False),
    ("Its helicopters landed.", "helicopters", False),
    ("Chile takes first jets and Turkish drones.", "drones", False),
])
def test_plain_uncounted_noun(extractor, text: str, word: str, plain: bool) -> None:  # noqa: ANN001
    from materiel.extraction.counts_after import plain_uncounted

    doc = extractor.nlp(text)
    assert plain_uncounted(next(t for t in doc if t.text == word)) is plain


@pytest.mark.parametrize(("text", "part"), [
    ("Kenya released the remaining 2,000 rifles.", True),
    ("Kenya received the first four jets.", True),
    ("Kenya ordered a further 12 jets.", True),
    ("Kenya ordered 12 jets.", False),
])
def test_count_of_a_part(extractor, text: str, part: bool) -> None:  # noqa: ANN001
    from materiel.extraction.counts_after import counted_part

    doc = extractor.nlp(text)
    assert counted_part(next(t for t in doc if t.text in ("rifles", "jets"))) is part


@pytest.mark.parametrize(("text", "word"), [
    # a list the parser reads as an apposition: the count is the first item's
    ("A ministry spokesman said the deliveries to Mali this spring had included 60 Land Cruiser vehicles, rifle "
     "ammunition, body armour and radios.", "ammunition"),
    # the count of the offers, not of the system after the colon
    ("A: We are weighing three bids: Tarn-9, from Veltra, and an Italian system. We will choose in the spring.",
     "Tarn-9"),
])
def test_no_count_from_a_list_or_another_noun(extractor, text: str, word: str) -> None:  # noqa: ANN001
    assert _counts(_rows(extractor, text), word) <= {None}


def test_no_count_from_a_definite_telling_of_another_system(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "A tribunal blocked the sale of 30 patrol vehicles from Austria to Togo. Officials said "
                            "Brazil had already offered Togo RX-40 Desert Fox armoured vehicles at a discount. The "
                            "company said the four vehicles already shipped to Togo had been paid for.")
    assert _counts(rows, "Desert Fox") <= {None}

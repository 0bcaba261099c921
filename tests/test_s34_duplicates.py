"""Session 34 (round 2), duplicates: one transfer told twice gives one row.

Pattern (extraction/counted_tellings.py, used by `duplicates.merge_duplicates`): one count (two or more) of one
category of materiel told in two sentences with two nouns, neither naming a model, with the same parties, stage
and factuality, is one transfer when the words that tell a kind in one telling are all in the other: a class noun
alone ("two warships", "the vessels", "two 90 m ships") and a kind's noun ("two fast attack craft"), or the
same kind told with more words ("interceptor boats" and "fast interceptor craft"). A headline and its body
are the usual case, and so are a contract and "the contract covers the N ships". The best telling is kept.

Not merged: two counts of one sentence ("two frigates and two corvettes"), two kinds ("four patrol vessels"
and "four landing craft"; "two transport helicopters" and "two attack helicopters"), two counts that differ,
single craft (a count of one names no told batch).

Pattern 2 (duplicates._same_item): one system told by two predicates of one sentence ("chose the A and is
negotiating a contract for four of the aircraft"): the same designation and category read by two rules.

Pattern 3 (extraction/restated_denials.py): a denial told again further down in blanket words ("X denied a
report that it sent Y shells ... 'X never gave Y a single weapon or any ammunition'"): one row, the first
telling kept."""
from __future__ import annotations

import pytest

from materiel.extraction.counted_tellings import kinds_differ, retold_count
from materiel.extraction.duplicates import item_words, merge_duplicates
from materiel.extraction.pipeline import get_extractor
from materiel.extraction.restated_denials import restated_denial
from materiel.record.models import Evidence, Item, Transfer


def _rows(text: str) -> list[tuple[str, int | float | None, str]]:
    return [(t.item.text, t.quantity, t.stage) for t in get_extractor().extract_text(text).transfers
            if t.item.category == "ship"]


@pytest.mark.parametrize("text,kept", [
    ("Uruguayan Navy commissions two ex-Norwegian warships\n\nMONTEVIDEO - The Uruguayan Navy on Friday "
     "took into service two fast attack craft bought from Norway, at a ceremony in the capital.", "fast attack craft"),
    ("Chile signs for three patrol vessels from Spain\n\nChile's navy signed a contract with Spain's Navantia on "
     "Monday for three offshore patrol vessels, the ministry said. The deal covers the three ships, training and "
     "spare parts.", "offshore patrol vessels"),
    ("Kenya orders four patrol boats from France\n\nNAIROBI - Kenya's navy has ordered four fast patrol boats "
     "from France, the defence ministry said on Monday. The contract covers the four vessels, crew training and "
     "spare parts.", "fast patrol boats"),
])
def test_one_count_told_twice_is_one_row(text: str, kept: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1, rows
    assert rows[0][0] == kept


@pytest.mark.parametrize("text,n", [
    ("Uruguay's navy ordered two frigates from Spain in 2019. In 2021 the Uruguayan navy ordered two corvettes "
     "from Spain.", 2),
    ("Norway delivered two frigates and two corvettes to Uruguay last year.", 2),
    ("Chile's navy has received four patrol vessels from Spain. Separately, Chile's navy has received four "
     "landing craft from Spain.", 2),
    ("Uruguayan Navy commissions two ex-Norwegian warships\n\nMONTEVIDEO - The Uruguayan Navy on Friday "
     "commissioned three fast attack craft acquired from Norway at a ceremony in the capital.", 2),
])
def test_other_counts_and_kinds_stay_apart(text: str, n: int) -> None:
    assert len(_rows(text)) == n, _rows(text)


def _row(text: str, qty: int | None, start: int, category: str = "ship", designation: str | None = None) -> Transfer:
    sent = f"Sentence {start} about {text}."
    return Transfer(item=Item(text=text, category=category, designation=designation), quantity=qty,
                    stage="delivered", evidence=Evidence(text=sent, start=start, end=start + len(sent)),
                    rule="test", confidence=0.9)


@pytest.mark.parametrize("a,b", [
    ("warships", "fast attack craft"),
    ("vessels", "Guardian-class patrol boats"),
    ("90 m ships", "multipurpose modular patrol vessels"),
    ("interceptor boats", "fast interceptor craft"),
    ("new jets", "light combat jets"),
    ("second-hand vessels", "coastal patrol vessels"),
])
def test_retold_count(a: str, b: str) -> None:
    x, y = _row(a, 2, 0), _row(b, 2, 100)
    assert retold_count(x, y, item_words(x), item_words(y))
    assert len(merge_duplicates([(0, x), (1, y)])) == 1


@pytest.mark.parametrize("a,qa,b,qb,same_sentence", [
    ("frigates", 2, "corvettes", 2, False),
    ("patrol vessels", 4, "landing craft", 4, False),
    ("warships", 2, "fast attack craft", 3, False),
    ("warships", 2, "fast attack craft", 2, True),
    ("coast guard ship", 1, "offshore patrol vessel", 1, False),
    ("vessels", None, "patrol boats", None, False),
])
def test_not_retold(a: str, qa: int | None, b: str, qb: int | None, same_sentence: bool) -> None:
    x, y = _row(a, qa, 0), _row(b, qb, 0 if same_sentence else 100)
    assert not retold_count(x, y, item_words(x), item_words(y))


def test_a_class_noun_does_not_join_two_kinds() -> None:
    head, one, two = _row("helicopters", 2, 0, "helicopter"), _row("transport helicopters", 2, 50, "helicopter"), \
        _row("attack helicopters", 2, 100, "helicopter")
    assert kinds_differ(one, two, item_words(one), item_words(two))
    assert [t.item.text for _, t in merge_duplicates([(0, head), (1, one), (2, two)])] == \
        ["transport helicopters", "attack helicopters"]


def test_broad_categories_are_not_counted_kinds() -> None:
    x, y = _row("vehicles", 10, 0, "vehicle"), _row("trucks", 10, 100, "vehicle")
    assert not retold_count(x, y, item_words(x), item_words(y))


def test_class_nouns_are_singular() -> None:
    """`duplicates.item_words` drops a plural "s": the lists hold the singular."""
    from materiel.extraction.counted_tellings import CLASS_NOUNS, PLAIN
    assert CLASS_NOUNS and all(not w.endswith("s") for w in CLASS_NOUNS | PLAIN)


# Pattern 2 (duplicates._same_item): one system told by two predicates of one sentence, the second counting it
# with a class noun ("chose the A and is negotiating for four of the aircraft"): the same designation and the
# same category, two rules, is one row, the counted telling kept. Two items of one predicate ("A fighters and A
# simulators") stay two rows, and so do two counts ("the 500 A rifles ... a shipment of 2,000").

def _all_rows(text: str) -> list[tuple[str, int | float | None, str]]:
    return [(t.item.text, t.quantity, t.stage) for t in get_extractor().extract_text(text).transfers]


@pytest.mark.parametrize("text,kept", [
    ("Egypt selected the K9 Thunder and is in talks with South Korea over a deal for 100 of the howitzers.",
     ("howitzers", 100)),
    ("Vietnam picked the C-295 last year and is negotiating with Spain a purchase of four of the transport "
     "aircraft.", ("transport aircraft", 4)),
    ("Kazakhstan chose the C-390 in 2024 and is now in talks on a contract for three of the aircraft with Brazil.",
     ("aircraft", 3)),
])
def test_one_system_told_by_two_predicates(text: str, kept: tuple[str, int]) -> None:
    rows = _all_rows(text)
    assert [(r[0], r[1]) for r in rows] == [kept], rows


@pytest.mark.parametrize("text,n", [
    ("Chile ordered F-16 fighters and F-16 flight simulators from the United States.", 2),
    ("The 500 Galil rifles that Israel delivered to Honduras in 2014 came from a shipment of 2,000.", 2),
])
def test_one_predicates_items_and_other_counts_stay_apart(text: str, n: int) -> None:
    assert len(_all_rows(text)) == n, _all_rows(text)


# Pattern 3 (extraction/restated_denials.py): a denial told again further down in blanket words ("has not
# supplied any weapons or ammunition") is one row with the denial told first, whose telling is kept.

@pytest.mark.parametrize("text,kept", [
    ("Chile denied a report that it had sent artillery shells to Peru.\n\n\"Chile has not provided any arms or "
     "ammunition to Peru,\" a ministry spokesman told reporters.", "artillery shells"),
    ("Norway denied selling drones to Sudan. \"Norway has not exported any military equipment to Sudan,\" the "
     "ministry said.", "drones"),
])
def test_denial_restated_in_blanket_words(text: str, kept: str) -> None:
    rows = _all_rows(text)
    assert [r[0] for r in rows] == [kept], rows


def test_denial_restated_beside_a_claim() -> None:
    text = ("Ghana rejects claims it shipped rifles to Togo\n\nACCRA - Ghana on Monday rejected a newspaper report "
            "that it had shipped rifles to Togo. \"Ghana has never sent arms to Togo,\" a government spokesman said.")
    assert "arms" not in [r[0] for r in _all_rows(text)]


@pytest.mark.parametrize("text,n", [
    ("Chile denied sending rifles to Peru. Chile also denied supplying tanks to Peru.", 2),
    ("Chile denied sending shells to Peru. Chile has supplied weapons to Peru since 2010.", 2),
])
def test_other_denials_and_claims_stay_apart(text: str, n: int) -> None:
    assert len(_all_rows(text)) == n, _all_rows(text)


def _told(text: str, start: int, factuality: str, category: str = "weapons") -> Transfer:
    sent = f"Sentence {start} about {text}."
    return Transfer(item=Item(text=text, category=category), stage="delivered", factuality=factuality,
                    evidence=Evidence(text=sent, start=start, end=start + len(sent)), rule="test", confidence=0.9)


@pytest.mark.parametrize("first,later,same", [
    (_told("mortar rounds", 0, "denied", "ammunition"), _told("any military equipment", 100, "negated"), True),
    (_told("rifles", 0, "negated", "small_arms"), _told("arms", 100, "denied"), True),
    (_told("weapons", 100, "denied"), _told("ammunition", 0, "denied", "ammunition"), False),  # told before
    (_told("rifles", 0, "denied", "small_arms"), _told("artillery shells", 100, "denied", "ammunition"), False),
    (_told("rifles", 0, "denied", "small_arms"), _told("weapons", 100, "asserted"), False),
    (_told("rifles", 0, "uncertain", "small_arms"), _told("weapons", 100, "negated"), False),
])
def test_restated_denial(first: Transfer, later: Transfer, same: bool) -> None:
    assert restated_denial(first, later, item_words(later)) is same

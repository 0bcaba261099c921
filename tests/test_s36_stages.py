"""Session 36, stages and factuality.

Pattern 1 (noun_slot_verbs.py): a counted plural in a noun's slot that the tagger reads as a verb ("the first of
three Alenia C-27J transports it bought") is the item, not a verb of transporting: the delivery of the first and the
order of the whole are read. A real verb ("the army transports troops") is not touched.

Pattern 2 (frames/part_told.py): a purchase told done whose items have a part told arriving in a clause of its own
after it ("sold Y six X; five of them have arrived", "bought 24 X, and 14 of them have been delivered") is the order
of the whole; the part is the delivery. "All of them arrived" leaves the whole delivered; a part told doing
something else ("two of them crashed") leaves it too.

Pattern 3 (semicolon_clauses.py): a hedge, report or denial in a clause that a semicolon sets apart ("...; a
handful are thought to fly still") does not govern the transfer of the other clause, even when the parser hangs that
clause under it. A hedge in the transfer's own clause still does.

Pattern 4 (frames/completed.py partitive_whole): "the last of" / "all of" the items a purchase is told on ("the last
of the navy's trainers, which X bought from Y in 1969") is no part left on order: the purchase is done. "The first
of" / "three of the eight" still leave the whole an order.

Pattern 5 (frames/option_subjects.py): a transfer told as what a weighing noun includes or is ("options include
buying X", "one option is to lease Y", "the plans include buying Z") is considered, as "the option of buying X" is;
"the purchases include buying" (no weighing noun) and a negated "the options do not include" are not."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from materiel.extraction.frames.part_told import part_told
from materiel.extraction.frames.semicolon_clauses import across_semicolon
from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> set[tuple[str, str, str, str, int | None]]:
    out = set()
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.add(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                 d["stage"], d["factuality"], d.get("quantity")))
    return out


def _stages(text: str) -> set[tuple[str, int | None]]:
    return {(stage, q) for _, _, stage, _, q in _rows(text)}


# Pattern 1 --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,delivered,ordered", [
    ("The Kenyan Air Force has received the first of three Alenia C-27J transports it ordered in 2018.", 1, 3),
    ("Ghana took delivery in March of the first of three Alenia C-27J transports it ordered in 2022.", 1, 3),
    ("Zambia received the first of four Alenia C-27J transports it bought last year.", 1, 4),
])
def test_counted_plural_in_noun_slot_is_the_item(text: str, delivered: int, ordered: int) -> None:
    stages = _stages(text)
    assert ("delivered", delivered) in stages
    assert ("ordered", ordered) in stages


@pytest.mark.parametrize("text", [
    "The army transports troops to the border every week.",
    "A lorry transports the grain to the port.",
])
def test_true_verb_of_transporting_gives_no_row(text: str) -> None:
    assert _stages(text) == set()


# Pattern 2 --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,whole,part", [
    ("Moscow sold Jakarta eight Su-35 fighters in a 2011 deal; three of them have arrived, and the rest "
     "are due next year.", 8, 3),
    ("Qatar bought 24 Rafale jets from France in 2016, and 14 of them have been delivered so far.", 24, 14),
    ("Algeria bought 30 Su-35 fighters from Russia; 12 of them have arrived.", 30, 12),
])
def test_part_of_them_arriving_leaves_the_whole_an_order(text: str, whole: int, part: int) -> None:
    stages = _stages(text)
    assert ("ordered", whole) in stages
    assert ("delivered", part) in stages
    assert ("delivered", whole) not in stages


@pytest.mark.parametrize("text,whole", [
    ("Algeria bought 30 Su-35 fighters from Russia; all of them have arrived.", 30),
    ("Qatar bought 24 Rafale jets from France in 2016, and two of them crashed last year.", 24),
])
def test_whole_or_other_part_stays_delivered(text: str, whole: int) -> None:
    stages = _stages(text)
    assert ("delivered", whole) in stages
    assert ("ordered", whole) not in stages


def test_part_of_them_beyond_a_misparsed_semicolon() -> None:
    # the small model in context hangs "X sold Y six Z" as the complement of "arrived" across the semicolon
    words = ["Paris", "sold", "Lima", "six", "corvettes", ";", "five", "of", "them", "have", "arrived", "."]
    doc = Doc(get_extractor().nlp.vocab, words=words, heads=[1, 10, 1, 4, 1, 10, 10, 6, 7, 10, 10, 10],
              deps=["nsubj", "ccomp", "dative", "nummod", "dobj", "punct", "nsubj", "prep", "pobj", "aux", "ROOT",
                    "punct"],
              pos=["PROPN", "VERB", "PROPN", "NUM", "NOUN", "PUNCT", "NUM", "ADP", "PRON", "AUX", "VERB", "PUNCT"],
              lemmas=["Paris", "sell", "Lima", "six", "corvette", ";", "five", "of", "them", "have", "arrive", "."])
    assert part_told(doc[1])
    assert not part_told(doc[10])  # no object of its own


# Pattern 3 --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Latvia's nine ex-Dutch minehunters, bought from the Netherlands in 2001, are worn out; only two are believed "
    "to be seaworthy.",
    "Chile's 40 ex-German Leopard 1 tanks, bought from Germany in 1998, are near the end of their lives; most "
    "are thought to be unserviceable.",
])
def test_hedge_beyond_semicolon_leaves_transfer_asserted(text: str) -> None:
    rows = _rows(text)
    assert rows and all(fact == "asserted" for _, _, _, fact, _ in rows)


def _tree(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_clause_hung_under_a_hedge_across_a_semicolon_is_apart() -> None:
    # the parse of the small model in context: "jets, bought ..., are old; few are believed to fly" with "are"
    # the complement of "believed"
    doc = _tree(["jets", "bought", "in", "1996", "are", "old", ";", "few", "are", "believed", "to", "fly", "."],
                [4, 0, 1, 2, 9, 4, 9, 9, 9, 9, 11, 9, 9],
                ["nsubj", "acl", "prep", "pobj", "ccomp", "acomp", "punct", "nsubjpass", "auxpass", "ROOT", "aux",
                 "xcomp", "punct"])
    assert across_semicolon(doc[4], doc[9])
    assert not across_semicolon(doc[11], doc[9])  # its own complement


def test_clause_under_a_hedge_with_a_comma_is_governed() -> None:
    # "jets were bought in 1996, officials believe": a fronted complement, the hedge governs it
    doc = _tree(["jets", "were", "bought", "in", "1996", ",", "officials", "believe", "."],
                [2, 2, 7, 2, 3, 7, 7, 7, 7],
                ["nsubjpass", "auxpass", "ccomp", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"])
    assert not across_semicolon(doc[2], doc[7])


@pytest.mark.parametrize("text", [
    "It is believed that Chile bought 40 Leopard 1 tanks from Germany in 1998.",
    "Officials believe Latvia's minehunters were bought from the Netherlands in 2001, and they are worn out.",
])
def test_hedge_in_own_clause_still_hedges(text: str) -> None:
    rows = _rows(text)
    assert rows and all(fact == "uncertain" for _, _, _, fact, _ in rows)


# Pattern 4 --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The last of the air force's Jet Provost trainers, which Sudan bought from Britain in 1969, now stands outside "
    "the academy.",
    "All of the navy's patrol boats, which Ghana bought from Germany in 1980, have been retired.",
])
def test_last_or_all_of_a_purchase_is_done(text: str) -> None:
    assert {stage for stage, _ in _stages(text)} == {"delivered"}


@pytest.mark.parametrize("text", [
    "Three of the eight drones bought by Nigeria from China have arrived.",
    "The first of the 12 Rafale fighters ordered by Egypt from France arrived on Monday.",
])
def test_first_or_counted_part_leaves_whole_an_order(text: str) -> None:
    assert "ordered" in {stage for stage, _ in _stages(text)}


# Pattern 5 --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru's plans include buying 12 Gripen fighters from Sweden.",
    "Peru wants new jets. Its options include leasing 12 Gripen fighters from Sweden.",
    "Peru wants new jets. One option is to buy 12 used Mirage jets from Qatar.",
])
def test_option_including_a_purchase_is_considered(text: str) -> None:
    assert {stage for stage, _ in _stages(text)} == {"considered"}


@pytest.mark.parametrize("text", [
    "Peru's purchases include buying 12 Gripen fighters from Sweden.",
    "Peru wants new jets. Its options do not include buying 12 used Mirage jets from Qatar.",
])
def test_no_weighing_noun_or_negated_option_is_not_considered(text: str) -> None:
    assert "considered" not in {stage for stage, _ in _stages(text)}

"""Session 37, factuality: negation scope, claims with their denials.

Pattern 1 (frames/weighed_requests.py, frames/modality.py): a weighing verb over a request noun, negated ("Z is not
considering X's request for Y"), negates the weighing, not the request: the request row stays asserted.

Pattern 2 (none_next.py, none_arrived.says_none, frames/framebase.negated_numeral): a deal, then a sentence of its own
whose verb of delivery has a subject of none ("None has been delivered", "not one has arrived"): the
deal gains a negated delivery row, with no count; "not one" counts none, never a part of one.

Pattern 3 (armed_participles.py): "had financed and armed Y", "X had armed Y": the participle the parser reads as an
adjective of Y is the verb, so the claim (and a denial of it told in a relative clause) gives rows.

Pattern 4 (no_items.py): an item excluded from a future offer ("will send helmets, but not rifles") bounds the
offer: no row, neither an offer nor a refusal; a past transfer's excluded item stays a negated row.

Pattern 5 (frames/frames.py): the verb's own subject saying none ("No Belgian firm has sold X", "none of its yards
built X", "not one supplier sent X") negates the transfer.

Pattern 6 (frames/no_future.py): a transfer noun with "no" under a future "be" ("there will be no shipments of X to
Y") is a refusal, not a denial."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, str, str, int | float | None]]:
    out = []
    for t in get_extractor().extract_text(text, published="2021-05-01").transfers:
        out.append((t.supplier.country or t.supplier.id if t.supplier else "",
                    t.recipient.country or t.recipient.id if t.recipient else "",
                    t.item.text, t.stage, t.factuality, t.quantity))
    return out


def _facts(text: str, word: str) -> set[tuple[str, str]]:
    return {(stage, fact) for _, _, item, stage, fact, _ in _rows(text) if word in item}


# -- pattern 1: "not considering a request" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ottawa is not considering a request from Lima for six patrol boats, an official said.",
    "According to an aide, Canberra is \"not considering\" Suva's request for light helicopters.",
    "A request from Lima for six patrol boats is not being considered by Ottawa.",
])
def test_negated_weighing_leaves_the_request_asserted(text: str) -> None:
    facts = _facts(text, "patrol boats") | _facts(text, "helicopters")
    assert ("requested", "asserted") in facts, facts
    assert not any(f in ("negated", "denied") for _, f in facts), facts


def test_a_negated_transfer_stays_negated() -> None:
    facts = _facts("Ottawa has not sold patrol boats to Lima, an official said.", "patrol boats")
    assert facts and all(f in ("negated", "denied") for _, f in facts), facts


# -- pattern 2: "None has been delivered" after the deal --------------------------------------------------------------

@pytest.mark.parametrize("text,item", [
    ("In 2009 Madrid cleared a sale of four corvettes to Ecuador. Not one has so far been launched or handed over.",
     "corvettes"),
    ("Belarus sold six radars to Peru in 2016. None has been delivered.", "radars"),
    ("Belarus sold six radars to Peru in 2016; not one of them has arrived.", "radars"),
])
def test_none_delivered_after_the_deal(text: str, item: str) -> None:
    rows = [r for r in _rows(text) if item in r[2]]
    negated = [r for r in rows if r[3] == "delivered" and r[4] == "negated"]
    assert negated and all(r[5] is None for r in negated), rows
    assert any(r[3] in ("offered", "ordered") and r[4] == "asserted" for r in rows), rows


def test_not_one_of_the_items_is_no_part_delivered() -> None:
    rows = [r for r in _rows("Belarus sold six radars to Peru in 2016. Not one of the radars has been delivered.")
            if "radars" in r[2] and r[3] == "delivered"]
    assert not any(r[4] == "asserted" and r[5] == 1 for r in rows), rows
    assert any(r[4] == "negated" and r[5] is None for r in rows), rows


@pytest.mark.parametrize("text", [
    "Belarus sold six radars to Peru in 2016. None of the contracts was reported at the time.",
    "Belarus sold six radars to Peru in 2016. Not one has failed.",
    "Belarus sold six radars to Peru in 2016. One of the radars has been delivered.",
])
def test_no_negated_delivery_without_a_clause_of_none(text: str) -> None:
    rows = [r for r in _rows(text) if "radars" in r[2]]
    assert rows and not any(r[3] == "delivered" and r[4] == "negated" for r in rows), rows


# -- pattern 3: "had financed and armed Y" ----------------------------------------------------------------------------

def test_coordinated_arming_claim_and_its_denial() -> None:
    text = ("A tabloid alleged in March that Oman had financed and armed the Houthis, which the Omani foreign "
            "ministry called \"baseless\".")
    facts = {(s, r, st, f) for s, r, _, st, f, _ in _rows(text)}
    assert any(s == "OMN" and st == "delivered" and f in ("asserted", "uncertain") for s, _, st, f in facts), facts
    assert any(s == "OMN" and st == "delivered" and f == "denied" for s, _, st, f in facts), facts


@pytest.mark.parametrize("text", [
    "Eritrea had armed Al-Shabaab in 2009.",
    "A radio station reported that Eritrea had trained and armed Al-Shabaab.",
])
def test_arming_a_named_group(text: str) -> None:
    rows = _rows(text)
    assert any(s == "ERI" and st == "delivered" for s, _, _, st, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "The patrol had armed guards at the gate.",
    "The rebels bought trucks and armed vehicles from traders in the south.",
])
def test_armed_as_an_adjective_stays(text: str) -> None:
    assert not any(r[3] == "delivered" and "weapons (implied" in r[2] for r in _rows(text)), _rows(text)


# -- pattern 4: "will send A, but not B" ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norway said it would send a training team to Ghana, but not weapons.",
    "Norway will send helmets but not rifles to Ghana.",
])
def test_excluded_item_of_an_offer_is_no_row(text: str) -> None:
    rows = _rows(text)
    assert not any(("weapons" in r[2] or "rifles" in r[2]) for r in rows), rows


def test_offered_item_beside_the_excluded_one_stays() -> None:
    assert ("offered", "asserted") in _facts("Norway will send helmets but not rifles to Ghana.", "helmets")


def test_excluded_item_of_a_past_transfer_stays_negated() -> None:
    assert ("delivered", "negated") in _facts("Norway sent Ghana 4,000 helmets but not rifles.", "rifles")


def test_a_negated_future_is_a_refusal() -> None:
    assert ("refused", "asserted") in _facts("Norway will not send rifles to Ghana.", "rifles")


# -- pattern 5 (frames/frames.py): a subject of none negates its verb -------------------------------------------------

@pytest.mark.parametrize("text,item", [
    ("No Belgian firm has sold rifles to Chad, the ministry said.", "rifles"),
    ("No Serbian company exported mortar shells to Yemen in 2019.", "shells"),
])
def test_a_subject_of_none_negates_the_transfer(text: str, item: str) -> None:
    facts = _facts(text, item)
    assert facts and all(f in ("negated", "denied") for _, f in facts), facts


@pytest.mark.parametrize("text,item", [
    ("A Belgian firm has sold rifles to Chad, the ministry said.", "rifles"),
    ("Serbia exported mortar shells to Yemen in 2019, and no inquiry followed.", "shells"),
])
def test_a_subject_with_a_determiner_of_its_own_leaves_it_asserted(text: str, item: str) -> None:
    facts = _facts(text, item)
    assert facts and all(f == "asserted" for _, f in facts), facts


# -- pattern 6 (frames/no_future.py): "there will be no shipments of X to Y" -----------------------------------------

def test_no_deliveries_in_the_future_is_a_refusal() -> None:
    text = "\"There will be no further shipments of rifles to Fiji until the election,\" a Japanese official said."
    facts = _facts(text, "rifles")
    assert ("refused", "asserted") in facts, facts
    assert not any(f in ("negated", "denied") for _, f in facts), facts


def test_no_delay_in_the_future_leaves_the_delivery() -> None:
    facts = _facts("Japan will deliver six patrol boats to Fiji, and there will be no delay.", "patrol boats")
    assert facts == {("offered", "asserted")}, facts

"""Session 37, helper `orders`: orders and approvals told in trade press and official lists.

1. A buyer's order noun with the item a state holds as its possessor ("placed an order for Y's X jets") makes that
   state the seller (`frames/held_sellers.py`, now also for noun frames: `frames/late_parties.read_noun`).
   Negatives: a possessor that is the buyer's own service ("for its army's trucks") names no seller.
2. A role noun that is also a kind of aircraft or ship ("fighter", "bomber") with a designation before it ("Y's X-1
   fighter") names a system, not Y's combatants: it is no actor (`mentions/designated_heads.py`), so it is the
   order's item and a later "the air force" does not take Y as its state. Negative: "Y's fighters" with no
   designation stay Y's combatants.
3. A line that opens with an item and a colon and counts it with a bare number and a participle ("- X tanks: 180
   were ordered in 2022", "- Y jets: 48 ordered in 2021") counts the label's item (`frames/labelled_counts.py`).
   Negatives: a label that is no materiel ("Deliveries: 30 ordered"), a number with a noun of its own ("Helicopters:
   four batteries ordered"), a clause before the colon ("The ministry said: 30 were ordered").
4. A state's service inside the object phrase ("offered the X army T-90 tanks") is the indirect object and the item's
   words start after it (`frames/service_datives.py`). Negatives: a bare "the army", a verb of no transfer.
5. "paid Y $N for X jets": Y, the dative of paying, sells (predicates.toml [classes.pay] `dative`). Negative: a
   payment for no item.
6. A deal noun with no item of its own takes the items of an including participle on it or on its "of" noun ("a
   letter of intent covering N X jets", `frames/covering_acls.py`). Negative: a deal covering no materiel.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from _helpers import country_rows, has_country_row
from materiel.extraction.frames.frames import FrameFinder
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.pipeline import get_extractor


@lru_cache(maxsize=1)
def _ex() -> Any:
    return get_extractor()


def _rows(text: str) -> list[Any]:
    return country_rows(_ex(), text)


def _frames(text: str) -> list[Any]:
    doc = _ex().nlp(text)
    finder = FrameFinder(ActorResolver(doc), ItemFinder(doc))
    return [f for s in doc.sents for f in finder.find(s)]


# 1. "placed an order for Y's X": Y sells

def test_order_noun_for_a_states_named_jets_names_the_seller() -> None:
    rows = _rows("Peru has placed an order for South Korea's FA-50 fighters, its procurement agency announced.")
    assert has_country_row(rows, "KOR", "PER", "ordered", "FA-50")


def test_order_noun_for_a_states_tanks_names_the_seller() -> None:
    rows = _rows("Chile placed an order for Spain's warships in March.")
    assert has_country_row(rows, "ESP", "CHL", "ordered", "warships")


def test_contract_noun_for_a_states_trainers_names_the_seller() -> None:
    rows = _rows("Ecuador signed a contract for Brazil's Super Tucano trainers last year.")
    assert has_country_row(rows, "BRA", "ECU", "ordered", "Super Tucano")


def test_order_for_the_buyers_own_service_names_no_seller() -> None:
    rows = _rows("Peru has placed an order for rifles for Peru's army.")
    assert not any(s not in (None, "PER") for s, _r, _st, _i, _q in rows)
    assert all(s != "PER" or r != "PER" for s, r, _st, _i, _q in rows)


# 2. "Y's X-1 fighter" is a jet, not Y's fighters

def test_designated_fighter_is_no_actor() -> None:
    doc = _ex().nlp("Peru has placed an order for South Korea's FA-50 fighters.")
    res = ActorResolver(doc)
    head = next(t for t in doc if t.lower_ == "fighters")
    assert res.resolve(head) is None


def test_bare_fighters_of_a_state_stay_an_actor() -> None:
    doc = _ex().nlp("Turkey's fighters crossed the border on Sunday.")
    res = ActorResolver(doc)
    head = next(t for t in doc if t.lower_ == "fighters")
    found = res.resolve(head)
    assert found is not None and found.actor.country == "TUR"


def test_air_force_after_a_designated_fighter_is_the_buyers() -> None:
    rows = _rows("Peru has placed an order for South Korea's FA-50 fighters. "
                 "The air force then agreed a deal for 24 K9 howitzers from Poland.")
    assert has_country_row(rows, "KOR", "PER", "ordered", "FA-50")
    assert has_country_row(rows, "POL", "PER", "ordered", "K9")
    assert not any(r == "KOR" for _s, r, _st, _i, _q in rows)


# 3. "- X tanks: 180 were ordered in 2022"

LIST = ("Poland has ordered many weapons from South Korea since 2022:\n\n"
        "- K2 tanks: 180 were ordered in 2022, and the first have arrived.\n"
        "- FA-50 fighters: 48 ordered in 2022; the last are due in 2025.\n")


def test_labelled_count_with_participle_counts_the_label() -> None:
    rows = _rows(LIST)
    assert has_country_row(rows, "KOR", "POL", "ordered", "FA-50", 48)
    assert has_country_row(rows, "KOR", "POL", "ordered", "K2", 180)


def _labelled(text: str) -> list[tuple[str, Any]]:
    return [(m.span.text, m.quantity) for f in _frames(text) if f.rule.endswith(":labelled") for m in f.items]


def test_labelled_passive_count_is_read_on_the_frame() -> None:
    assert _labelled("- Rafale jets: 24 were approved in 2019.\n") == [("Rafale jets", 24)]


def test_labelled_reduced_count_is_read_on_the_frame() -> None:
    assert _labelled("- Type 212 submarines: two ordered in 2017; the second arrives in 2026.\n") == \
        [("Type 212 submarines", 2)]


def test_label_that_is_no_materiel_gives_no_count() -> None:
    assert _labelled("- Deliveries: 30 ordered in 2008.\n") == []


def test_count_with_a_noun_of_its_own_is_not_the_labels() -> None:
    assert _labelled("- Helicopters: four batteries ordered in 2009.\n") == []


def test_clause_before_the_colon_is_no_label() -> None:
    assert _labelled("The ministry said tanks: 30 were ordered in 2008.\n") == []


# 4. "offered the X army T-90 tanks": the service is the indirect object inside the object phrase

def test_named_service_inside_the_object_receives() -> None:
    rows = _rows("Belarus offered the Kazakh army BTR-82A carriers and Tor-M2 air defence systems last spring.")
    assert has_country_row(rows, "BLR", "KAZ", "offered", "BTR-82A")
    assert has_country_row(rows, "BLR", "KAZ", "offered", "Tor-M2")
    assert not any("army" in item for _s, _r, _st, item, _q in rows)


def test_bare_service_inside_the_object_names_no_recipient() -> None:
    rows = _rows("Belarus offered the army BTR-82A carriers last spring.")
    assert not any(r == "KAZ" for _s, r, _st, _i, _q in rows)


def test_service_inside_the_object_of_a_verb_of_no_transfer_gives_no_row() -> None:
    assert _rows("Belarus showed the Kazakh army BTR-82A carriers last spring.") == []


# 5. "paid Y $N for X": the one paid (the dative) sells (predicates.toml [classes.pay] dative)

def test_dative_of_paying_is_the_seller() -> None:
    rows = _rows("Bolivia paid Brazil 45 million dollars for six Super Tucano trainers.")
    assert has_country_row(rows, "BRA", "BOL", "ordered", "Super Tucano", 6)
    assert not any(r == "BRA" for _s, r, _st, _i, _q in rows)


def test_dative_of_paying_with_to_phrase_order_is_the_same() -> None:
    rows = _rows("Bolivia paid 45 million dollars to Brazil for six Super Tucano trainers.")
    assert has_country_row(rows, "BRA", "BOL", "ordered", "Super Tucano", 6)


def test_payment_for_no_item_gives_no_row() -> None:
    assert _rows("Bolivia paid Brazil 45 million dollars in compensation.") == []


# 6. "a letter of intent covering N X jets": the participle tells what the deal covers

def test_letter_of_intent_covering_items_has_them() -> None:
    rows = _rows("The Uruguayan Air Force signed a non-binding letter of intent covering eight M-346 trainers from Italy.")
    assert has_country_row(rows, "ITA", "URY", "considered", "M-346", 8)


def test_memorandum_covering_items_has_them() -> None:
    rows = _rows("Nigeria has signed an initial memorandum of understanding with Pakistan covering three JF-17 fighters.")
    assert has_country_row(rows, "PAK", "NGA", "considered", "JF-17", 3)


def test_deal_covering_no_materiel_gives_no_row() -> None:
    assert _rows("Nigeria has signed an initial memorandum of understanding with Pakistan covering pilot training.") == []

"""Session 21 (helper D): competitions, second-hand histories, donations and whose order it is.

- a title that names its state only by a demonym before one of its bodies ("Ruritanian navy boat sinks") makes
  that state the report's home state, so "the government" below is its body (`mentions/topic.first_line_state`);
- a firm's national arm ("X's Italian arm", "the Italian arm of X") stands for that state (`actors.agent_nouns`);
- helicopters of a model no gazetteer lists, bought "for traffic patrol", are civil (`civil.toml` [service]
  `purpose_words`), but not those "for border patrols" (`[context] military_words`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], sup: str | None, rec: str | None, word: str, stage: str | None = None,
         qty: object = None) -> bool:
    return any(s == sup and r == rec and word in item and (stage is None or st == stage) and (qty is None or q == qty)
               for s, r, st, item, q in rows)


def test_demonym_body_in_title_is_home_state(extractor) -> None:  # noqa: ANN001
    text = ("Two sailors missing as Paraguayan navy launch sinks on river\n\n"
            "ASUNCION, May 4 - A patrol launch sank on Sunday, the navy said. Much of its fleet was bought from Brazil, "
            "which sold it 14 boats in the 1990s.\n\n"
            "The government has looked abroad for new boats. In 2021 it signed a contract with Karvell Marine's "
            "Spanish arm for four Ostrava-9 patrol boats.")
    rows = _rows(extractor, text)
    assert _has(rows, "ESP", "PRY", "Ostrava-9", "ordered", 4)
    assert not _has(rows, "ESP", "BRA", "Ostrava-9")


def test_demonym_not_before_a_body_names_no_home() -> None:
    from materiel.extraction.mentions.topic import TOPIC_BODIES
    assert "navy" in TOPIC_BODIES and "helicopter" not in TOPIC_BODIES


@pytest.mark.parametrize("text", [
    "Peru signed a contract with Karvell Marine's Italian arm for six Ostrava-9 patrol boats.",
    "Peru signed a contract with the Italian arm of Karvell Marine for six Ostrava-9 patrol boats.",
])
def test_national_arm_of_a_firm_supplies_for_its_state(extractor, text: str) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), "ITA", "PER", "Ostrava-9", "ordered", 6)


def test_unlisted_helicopters_for_traffic_patrol_are_civil(extractor) -> None:  # noqa: ANN001
    text = "Peru's national police showed two new Velka K-4 helicopters bought from Italy for traffic patrol."
    assert _rows(extractor, text) == []


def test_helicopters_for_border_patrols_stay(extractor) -> None:  # noqa: ANN001
    text = "Italy sold six Velka K-4 helicopters to Peru for border patrols and medical evacuation."
    assert _has(_rows(extractor, text), "ITA", "PER", "Velka K-4", "delivered", 6)


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("Saab has named Peru as launch customer for the Gripen F.", "SWE", "PER", "Gripen", None),
    ("Saab has selected Kenya as the first export customer for the Gripen F, with a firm order for six aircraft.",
     "SWE", "KEN", "Gripen", 6),
    # a seller no gazetteer lists, owned by a state; the order told with it gives the items
    ("Chile's state aircraft maker Karvell has named Peru's air force as launch customer for the Ostrava-9 trainer, "
     "with a firm order for six aircraft.", "CHL", "PER", "aircraft", 6),
])
def test_seller_names_its_customer(extractor, text: str, sup: str, rec: str, word: str, qty: object) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, "ordered", qty)
    assert not _has(rows, rec, sup, "", None)  # the named customer buys, it does not sell
    assert len(rows) == 1  # the order told with the naming is the same purchase


def test_naming_a_person_is_no_customer(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Saab named its chief executive as the new head of sales for the Gripen F.") == []


def test_fleet_owner_holds_items_bought_from_a_state(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru's own navy fleet also includes four Karvell patrol boats bought from Spain in 2009.")
    assert _has(rows, "ESP", "PER", "patrol boats", "delivered", 4)
    assert _rows(extractor, "The parade included four patrol boats bought from Spain in 2009.") == []


def test_earlier_gifts_listed_in_bullets(extractor) -> None:  # noqa: ANN001
    text = ("Earlier Spanish donations to the Peruvian navy include:\n\n"
            "- six 30-foot Karvell interceptor boats (2011);\n"
            "- 40 night-vision goggles for its boarding crews (2014);\n"
            "- radios for the operations room (2016).\n")
    rows = _rows(extractor, text)
    assert _has(rows, "ESP", "PER", "interceptor boats", "delivered", 6)
    assert _has(rows, "ESP", "PER", "night-vision goggles", "delivered", 40)


def test_list_of_a_noun_with_no_parties_gives_no_rows(extractor) -> None:  # noqa: ANN001
    text = ("Typical donations include:\n\n"
            "- six 30-foot Karvell interceptor boats;\n"
            "- 40 sets of night-vision goggles.\n")
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "sup"), [
    ("Peru has asked its partners for a larger patrol vessel, and Spain is giving that request serious "
     "consideration.", "ESP"),
    ("Peru has asked its partners for a larger patrol vessel. Spain gave the request its approval in May.", "ESP"),
    # no request named again: the partners stay no one in particular
    ("Peru has asked its partners for a larger patrol vessel, and Spain is giving the matter serious "
     "consideration.", None),
])
def test_request_answered_names_whom_it_was_made_of(extractor, text: str, sup: str | None) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, "PER", "patrol vessel", "requested") if sup else not any(r[0] for r in rows)


def test_feature_state_air_force_receives(extractor) -> None:  # noqa: ANN001
    text = ("How Peru is changing where it buys its aircraft\n\n"
            "For decades Lima bought its jets from Moscow.\n\n"
            "Spain has become a regular supplier. Officials in Madrid say more is possible.\n\n"
            "Italy sold the air force six Velka Star trainers in 2020; the first two arrived in 2021.")
    rows = _rows(extractor, text)
    # the sale of six is the order and the first two its delivery (tests/test_s36_counts.py: partial arrivals)
    assert _has(rows, "ITA", "PER", "Velka Star", "ordered", 6)
    assert _has(rows, "ITA", "PER", "Velka Star", "delivered", 2)
    assert not _has(rows, "ITA", "ESP", "Velka Star")


@pytest.mark.parametrize(("text", "sup", "word", "qty"), [
    ("Italy sold Peru six Velka Star trainers in 2020.", "ITA", "Velka Star trainers", 6),
    ("Russia sold Peru two Orla gunships.", "RUS", "Orla gunships", 2),
])
def test_counted_name_before_a_role_noun_is_an_item(extractor, text: str, sup: str, word: str, qty: int) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), sup, "PER", word, "delivered", qty)


@pytest.mark.parametrize("text", [
    "Italy sent Peru six Army trainers in 2020.",  # people of a service, no system
    "Italy sent Peru six Hamas fighters in 2020.",  # combatants
])
def test_people_before_a_role_noun_are_no_item(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_government_named_by_its_leader_is_the_home_state(extractor) -> None:  # noqa: ANN001
    text = ("Lima should buy Spain's frigate, not Italy's\n\n"
            "Last week the Lindqvist government picked Navantia as preferred bidder for its next frigate.")
    rows = _rows(extractor, text)
    assert _has(rows, "ESP", "PER", "frigate", "considered")
    assert not _has(rows, "ESP", "ESP", "frigate")


@pytest.mark.parametrize(("text", "qty"), [
    ("Peru named Navantia as preferred bidder for six frigates.", 6),
    ("Peru's defence ministry picked Navantia as preferred bidder for its next frigate.", None),
])
def test_preferred_bidder_offers_to_the_buyer(extractor, text: str, qty: object) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), "ESP", "PER", "frigate", "considered", qty)


def test_naming_a_bidder_for_no_weapon_gives_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "The city named Navantia as preferred bidder for the new ferry terminal.") == []


def test_losing_bid_is_offered_to_the_buyer_not_the_rival(extractor) -> None:  # noqa: ANN001
    text = ("Why Lima chose Spanish boats\n\n"
            "In 2016 Seoul offered its Orla-class submarine to Peru and lost in 2017 to Navantia, which signed "
            "for six Velka-class boats.")
    rows = _rows(extractor, text)
    assert _has(rows, "KOR", "PER", "Orla-class submarine", "offered")
    assert not _has(rows, "KOR", "ESP", "")
    assert _has(rows, "ESP", "PER", "Velka-class boats", "ordered", 6)


def test_class_name_makes_boats_warships(extractor) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, "Peru ordered twelve Orla-class boats from Spain."), "ESP", "PER", "Orla-class boats",
                "ordered", 12)
    assert _rows(extractor, "Peru ordered twelve boats from Spain.") == []


def test_second_hand_history_and_the_one_that_followed(extractor) -> None:  # noqa: ANN001
    text = ("Peru's navy still relies on two frigates bought second-hand from Spain: the former Alba and Brisa "
            "were handed over at Cadiz between 2004 and 2007, and a Spanish Segura-class minehunter followed "
            "in 2010.")
    rows = _rows(extractor, text)
    assert _has(rows, "ESP", "PER", "frigates", "delivered", 2)
    assert _has(rows, "ESP", "PER", "minehunter", "delivered")
    assert not any(r[1] is None or r[1] != "PER" for r in rows)  # the ships' names are no recipients


def test_a_following_item_with_no_transfer_before_gives_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Peru's navy is small, and a Segura-class minehunter followed in 2010.") == []


@pytest.mark.parametrize(("text", "stage"), [
    ("Peru wants a frigate from Spain. Spain has loosened its export rules, and such a frigate would be its first "
     "major warship export.", "delivered"),
    ("This is not Spain's first attempt to sell Peru a warship.", "requested"),
])
def test_a_ranked_kind_is_no_transfer(extractor, text: str, stage: str) -> None:  # noqa: ANN001
    assert not any(st == stage for _, _, st, _, _ in _rows(extractor, text))


def test_a_ranked_attempt_for_named_items_stays(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Spain made its first attempt to sell Peru the Orla-class submarines in 2019.")
    assert _has(rows, "ESP", "PER", "Orla-class submarines")


def test_payment_of_a_delivery_is_no_order(extractor) -> None:  # noqa: ANN001
    text = "Peru wants jets. In 2012 Spain delivered six Velka Star trainers, paid for with a loan, and 40 tanks."
    rows = _rows(extractor, text)
    assert _has(rows, "ESP", "PER", "Velka Star", "delivered", 6)
    assert not _has(rows, "ESP", "PER", "Velka Star", "ordered")


def test_paying_for_items_is_still_an_order(extractor) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, "Peru paid for six Su-30 fighters from Russia."), "RUS", "PER", "Su-30", "ordered", 6)


def test_part_of_the_suppliers_own_fleet_is_counted(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Spain lent Peru two of its own Su-30 fighters in 2008.")
    assert _has(rows, "ESP", "PER", "Su-30", "delivered", 2)
    assert not _has(rows, "ESP", "PER", "Su-30", None, 2008)


def test_hoping_to_buy_is_weighing(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru hopes to buy three frigates from Spain.")
    assert _has(rows, "ESP", "PER", "frigates", "considered", 3)
    assert not _has(rows, "ESP", "PER", "frigates", "ordered")


def test_counted_named_boats_are_an_item(extractor) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, "Spain sold Peru four Orla boats."), "ESP", "PER", "Orla boats", "delivered", 4)
    assert _rows(extractor, "Spain sold Peru four boats.") == []

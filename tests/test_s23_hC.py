"""Seizures and interdicted consignments (twenty-third session, helper hC):

- "meant for" names where a seized load was going, like "destined for" (`predicates.toml` destination_words and
  [seizure] route_participles), in the seizure's own sentence or the next ("The consignment was meant for X");
- a counted list the parser breaks at its first comma ("carrying 12 rifles, three mortars and 500 rounds bound for
  X, the ministry said") is mended into one list (`extraction/list_repair.py`);
- a verb of coming that tells a seized load's origin ("the arms had come from X") supplies the seized rows and
  gives no delivered row of its own (`extraction/seized_origins.py`);
- one seized load told with and without its origin is one row (`duplicates.fold_unnamed_suppliers`).

Sentences written for these tests (invented groups, places and firms; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [((t.supplier.country or t.supplier.name) if t.supplier else None, t.recipient.name if t.recipient else None,
             t.stage, t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


def _seized(rows: list[Row], recipient: str, word: str, quantity: int | None = None) -> bool:
    return any(r is not None and recipient.lower() in r.lower() and stage == "intercepted" and word in item and
               (quantity is None or q == quantity) for _, r, stage, item, q in rows)


MEANT_FOR = [
    ("Police in Varno say they seized three pistols, six grenades and 90 rounds dropped by a drone on Sunday. "
     "The consignment was meant for the fighters of the Black Ridge Brigade, an officer said.",
     "Black Ridge Brigade", "grenades", 6),
    ("Police in Varno say they seized three pistols, six grenades and 90 rounds dropped by a drone on Sunday. "
     "The consignment was meant for the fighters of the Black Ridge Brigade, an officer said.",
     "Black Ridge Brigade", "pistols", 3),
    ("14:20 - Troops seized 40 rifles and six rocket launchers meant for the Silver Hand militia, the army says.",
     "Silver Hand", "rocket launchers", 6),
    ("Border guards confiscated eleven carbines meant for the Kessel Brigade.", "Kessel Brigade", "carbines", 11),
    ("Soldiers seized five pistols and 30 grenades from a car. The weapons were meant for the Kessel Brigade.",
     "Kessel Brigade", "grenades", 30),
    ("In May, the coast guard intercepted 200 rifles that were meant for the Coastal Liberation Front.",
     "Coastal Liberation Front", "rifles", 200),
    ("Customs officers impounded 16 machine guns. They were meant for the Red Dawn Movement, the ministry said.",
     "Red Dawn Movement", "machine guns", 16),
    ("The interior ministry said gendarmes had seized 25 rifles, meant for the Northern Liberation Army, near the "
     "border.", "Northern Liberation Army", "rifles", 25),
    ("Police seized 12 pistols on Tuesday. The guns, a police officer said, were meant for the Iron Lake gang.",
     "Iron Lake", "pistols", 12),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), MEANT_FOR)
def test_meant_for_names_the_seized_loads_recipient(extractor, text: str, recipient: str, word: str,  # noqa: ANN001
                                                    quantity: int) -> None:
    assert _seized(_rows(extractor, text), recipient, word, quantity)


BROKEN_LIST = [
    ("Gendarmes stopped a truck near Oruma carrying 15 rifles, three RPG-7 launchers and 2,000 rounds bound for "
     "fighters of the Sahel Liberation Front, the interior ministry said.", "Sahel Liberation Front", "launchers", 3),
    ("Gendarmes stopped a truck near Oruma carrying 15 rifles, three RPG-7 launchers and 2,000 rounds bound for "
     "fighters of the Sahel Liberation Front, the interior ministry said.", "Sahel Liberation Front", "rounds", 2000),
    ("In June, soldiers stopped a pickup near Kessa carrying 30 Kalashnikov rifles, four mortars and about 4,500 "
     "rounds of ammunition bound for the Western Hills Front, the army said.", "Western Hills Front", "mortars", 4),
    ("In June, soldiers stopped a pickup near Kessa carrying 30 Kalashnikov rifles, four mortars and about 4,500 "
     "rounds of ammunition bound for the Western Hills Front, the army said.", "Western Hills Front", "rifles", 30),
    ("The navy intercepted a dhow carrying 300 rifles, 20 mortars and 40 machine guns destined for the Coastal "
     "Liberation Front, officials said.", "Coastal Liberation Front", "machine guns", 40),
    ("Police seized 12 pistols, six grenades and 400 rounds meant for the Iron Lake gang, a spokesman said.",
     "Iron Lake", "grenades", 6),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), BROKEN_LIST)
def test_a_broken_counted_list_is_one_seized_load(extractor, text: str, recipient: str, word: str,  # noqa: ANN001
                                                  quantity: int) -> None:
    assert _seized(_rows(extractor, text), recipient, word, quantity)


def test_list_repair_joins_the_stray_conjunct() -> None:
    from materiel.extraction import nlp
    doc = nlp.load()("Gendarmes stopped a truck near Oruma carrying 15 rifles, two mortars and 2,000 rounds "
                     "bound for fighters of the Sahel Liberation Front, the interior ministry said.")
    mortars = next(t for t in doc if t.lower_ == "mortars")
    assert mortars.dep_ == "conj" and mortars.head.lower_ == "rifles"


def test_list_repair_leaves_a_list_of_its_own_alone() -> None:
    from materiel.extraction import nlp
    doc = nlp.load()("Of the 40 tanks, 12 tanks and six trucks were sent to the front.")
    second = [t for t in doc if t.lower_ == "tanks"][1]
    assert second.dep_ != "conj"


ORIGIN_TOLD = [
    "Police seized 40 rifles bound for the Kessel Brigade. The arms had come from Sudan, officials said.",
    "Soldiers stopped a truck carrying 25 rifles meant for the Black Ridge Brigade. Officials said the arms had "
    "come from Chad.",
    "Customs officers confiscated 60 pistols destined for the Iron Lake gang. The weapons came from Serbia, the "
    "agency said, but it did not say who had sent them.",
]


@pytest.mark.parametrize("text", ORIGIN_TOLD)
def test_a_told_origin_supplies_the_seized_load_and_gives_no_delivery(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(stage == "intercepted" and s is not None for s, _, stage, _, _ in rows)
    assert not any(stage == "delivered" for _, _, stage, _, _ in rows)


def test_one_seized_load_told_with_and_without_origin_is_one_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, ORIGIN_TOLD[2])
    assert len([r for r in rows if r[3] == "pistols" and r[4] == 60]) == 1


NOT_SEIZED = [
    "The new barracks were meant for the Kessel Brigade, the ministry said.",
    "Police seized 40 rifles. The raid was meant to send a message, an officer said.",
    "The arms had come from Sudan, the rebels said.",
    "The reform meant for the army a smaller budget.",
]


@pytest.mark.parametrize("text", NOT_SEIZED)
def test_no_seized_row(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r is not None and stage == "intercepted" for _, r, stage, _, _ in rows)


def test_a_told_origin_without_a_seizure_is_no_seizure(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Sudan sent 20 rifles to the Kessel Brigade in May. The rifles came from Sudan.")
    assert not any(stage == "intercepted" for _, _, stage, _, _ in rows)


NO_GOODS_SEIZED = [
    "The army seized power in Mali in May. The two transport aircraft had been delivered to Mali by Spain a year "
    "before.",
    "Rebels captured the town in March. The howitzers had been delivered to Chad by Sweden.",
    "The army seized power in Bamako in May. Its review found that a 2021 contract with France for 30 armoured "
    "vehicles had been cancelled in 2022. None of the vehicles has been delivered to Mali.",
    "Soldiers seized control of the capital overnight. Six patrol boats were delivered to Togo by Norway last year.",
]


@pytest.mark.parametrize("text", NO_GOODS_SEIZED)
def test_a_seizure_of_no_goods_seizes_no_shipment_after_it(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(stage == "intercepted" for _, _, stage, _, _ in rows)


def test_a_delivery_after_a_seizure_of_no_goods_stays_delivered(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, NO_GOODS_SEIZED[1])
    assert any(s == "SWE" and stage == "delivered" and "howitzers" in item for s, _, stage, item, _ in rows)


def test_a_seizure_of_goods_still_seizes_the_shipment_after_it(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Soldiers seized a truck near Oruma on Monday. The rifles it carried were meant for "
                            "the Kessel Brigade, the army said.")
    assert _seized(rows, "Kessel Brigade", "rifles")


COVER_LOAD = [
    ("Customs officers found 400 pistols hidden in a container of tiles destined for Kenya.", "KEN", "pistols", 400),
    ("Customs officers found 400 pistols in a container of tiles destined for Kenya.", "KEN", "pistols", 400),
    ("Customs officers seized 400 pistols hidden in a container of tiles destined for Kenya.", "KEN", "pistols", 400),
    ("Police found 60 grenades concealed in a truck of potatoes bound for Albania, the ministry said.",
     "ALB", "grenades", 60),
    ("Officers seized 80 pistols from a lorry of furniture heading for Latvia.", "LVA", "pistols", 80),
    ("In April, inspectors at the port found twelve rifles hidden in a container of rice bound for Togo.",
     "TGO", "rifles", 12),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), COVER_LOAD)
def test_a_cover_loads_destination_is_the_hidden_arms(extractor, text: str, recipient: str, word: str,  # noqa: ANN001
                                                     quantity: int) -> None:
    rows = [(s, t.recipient.country if t.recipient else None, t.stage, t.item.text, t.quantity)
            for s, t in ((None, t) for t in extractor.extract_text("Report\n\n" + text).transfers)]
    assert any(r == recipient and stage == "intercepted" and word in item and q == quantity
               for _, r, stage, item, q in rows)


def test_the_cover_load_is_no_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, COVER_LOAD[0][0])
    assert not any("tiles" in item for _, _, _, item, _ in rows)


def test_a_seized_loads_own_noun_gives_no_row_of_its_own(extractor) -> None:  # noqa: ANN001
    text = ("Customs officers seized 20 rifles and six pistols at the port of Varno on Friday. The consignment had "
            "been sent to the Iron Lake gang by a dealer in Serbia, officials said.")
    rows = _rows(extractor, text)
    assert _seized(rows, "Iron Lake", "rifles", 20)
    assert not any("consignment" in item for _, _, _, item, _ in rows)


TOLD_AGAIN = [
    ("Police seized 12 pistols on Tuesday. Investigators believe the guns were meant for the Iron Lake gang.",
     "Iron Lake", "pistols", 12),
    ("Customs officers at Varno's port said they had intercepted a shipping container carrying 300 hunting rifles. "
     "A spokeswoman said detectives thought the guns were destined for the Iron Lake gang.",
     "Iron Lake", "hunting rifles", 300),
    ("Border guards confiscated 45 carbines near Oruma. The firearms were probably intended for the Kessel "
     "Brigade, officers said.", "Kessel Brigade", "carbines", 45),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), TOLD_AGAIN)
def test_a_seized_load_named_again_with_its_destination_is_one_row(extractor, text: str, recipient: str,  # noqa: ANN001
                                                                   word: str, quantity: int) -> None:
    rows = _rows(extractor, text)
    assert _seized(rows, recipient, word, quantity)
    assert len([r for r in rows if r[2] == "intercepted"]) == 1


RETOLD = ("VARNO, May 4 - Police have seized seven assault rifles, 24 hand grenades and three anti-tank rocket launchers "
          "concealed in a car near the border. They were meant for the Iron Lake gang, police said. According to a "
          "statement by police, the haul consisted of seven Karvell K-9 assault rifles, 24 Ostrava-3 hand grenades and "
          "three disposable rocket launchers.")


@pytest.mark.parametrize(("word", "quantity"), [("grenades", 24), ("launchers", 3), ("rifles", 7)])
def test_a_seized_item_retold_by_its_count_is_one_row(extractor, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, RETOLD)
    assert len([r for r in rows if r[2] == "intercepted" and word in r[3] and r[4] == quantity]) == 1
    assert _seized(rows, "Iron Lake", word, quantity)


def test_two_seized_items_of_other_counts_stay_two_rows(extractor) -> None:  # noqa: ANN001
    text = ("Police seized 20 hand grenades bound for the Iron Lake gang in May. In June, customs officers seized 35 "
            "hand grenades destined for the Iron Lake gang.")
    rows = _rows(extractor, text)
    assert {q for _, _, stage, item, q in rows if stage == "intercepted" and "grenades" in item} >= {20, 35}


ORIGIN_IN_DESTINATION = [
    ("Gendarmes stopped a lorry carrying 70 rifles near Oruma. The rifles, believed to have come from Sudan, "
     "were meant for the Kessel Brigade.", "SDN", "Kessel Brigade", "rifles"),
    ("Three hundred pistols were seized by the Greek coast guard. The pistols, which originated in Bulgaria, were "
     "intended for the Iron Lake gang.", "BGR", "Iron Lake", "pistols"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), ORIGIN_IN_DESTINATION)
def test_an_origin_told_with_the_destination_supplies_the_seized_rows(extractor, text: str, supplier: str,  # noqa: ANN001
                                                                     recipient: str, word: str) -> None:
    rows = _rows(extractor, text)
    found = [r for r in rows if r[1] is not None and recipient in r[1] and word in r[3]]
    assert found and all(stage == "intercepted" and s == supplier for s, _, stage, _, _ in found)

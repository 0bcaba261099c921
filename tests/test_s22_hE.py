"""Session 22 (helper hE): wartime requests, offers and aid announcements.

- deliveries dropped from the air: "air-drop" and "parachute" are supply verbs with a destination (predicates.toml
  [classes.supply] verbs, needs_destination); a hyphenated transfer verb is parsed by its last part
  (`nlp.keep_hyphenated_verbs`);
- "to rebel fighters": the parser's infinitive "to rebel" mended into a destination (`reparse.py`, words.toml
  [reparse] verb_like_modifiers);
- a bare armed group as the subject of a verb of asking is the requester ("the rebels have asked X for Y",
  `mentions/collective.py`);
- "asked X for A for its navy and for B": the second "for" is the verb's (`frames/conjoined_preps.py`);
- "an air-defence battery": the singular is a SAM system (materiel.csv);
- an aid package told by its rank ("its ninth and largest aid package") names no kind and gives way to its
  contents (words.toml [covered_generic] generic_modifiers, ordinals by pattern); "non-military aid" is no row
  (a hyphenated civilian modifier read whole, `civil_use.civilian_by_name`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None,
             (t.recipient.country or t.recipient.name) if t.recipient else None,
             t.item.text, t.stage, t.factuality, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], sup: str | None, rec: str, word: str, stage: str, fact: str = "asserted",
         qty: object = "any") -> bool:
    return any(s == sup and r is not None and rec in r and word in item.lower() and st == stage and f == fact
               and (qty == "any" or q == qty) for s, r, item, st, f, q in rows)


@pytest.mark.parametrize(("text", "sup", "rec", "words", "fact"), [
    ("Turkey air-dropped rifles, grenades and ammunition to the rebels last month, the ministry reported.",
     "TUR", "rebels", ["rifles", "grenades", "ammunition"], "asserted"),
    ("Rifles and ammunition were air-dropped to the rebels by Turkey.", "TUR", "rebels", ["rifles", "ammunition"],
     "asserted"),
    ("Egypt parachuted ammunition and machine guns to rebel fighters near the border.", "EGY", "rebel fighters",
     ["machine guns", "ammunition"], "asserted"),
    ("In March, Ankara air-dropped 40 tonnes of weapons to the insurgents.", "TUR", "insurgents", ["weapons"],
     "asserted"),
    ("The Jordanian army said it had air-dropped rifles to the rebels.", "JOR", "rebels", ["rifles"], "asserted"),
    ("The rifles, which Turkey air-dropped to the rebels in May, were later found in a market.", "TUR", "rebels",
     ["rifles"], "asserted"),
    ("Chad may have parachuted ammunition to the rebels, officials said.", "TCD", "rebels", ["ammunition"],
     "uncertain"),
    ("Algeria did not air-drop weapons to the rebels.", "DZA", "rebels", ["weapons"], "negated"),
    ("Rwanda sent ammunition and rifles to rebel fighters in the east.", "RWA", "rebel fighters",
     ["rifles", "ammunition"], "asserted"),
    ("Rwanda was accused of shipping mortars to rebel units.", "RWA", "rebel units", ["mortars"], "uncertain"),
    ("Russia supplied tanks and ammunition to separatist fighters in the east.", "RUS", "separatist fighters",
     ["tanks", "ammunition"], "asserted"),
])
def test_delivered_from_the_air_and_to_rebel_fighters(extractor, text: str, sup: str, rec: str,  # noqa: ANN001
                                                       words: list[str], fact: str) -> None:
    rows = _rows(extractor, text)
    for w in words:
        assert _has(rows, sup, rec, w, "delivered", fact), (w, rows)


def test_number_in_words_to_rebel_forces(extractor) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, "Rwanda delivered two thousand rifles to rebel forces."), "RWA", "rebel forces",
                "rifles", "delivered", qty=2000)


@pytest.mark.parametrize("text", [
    "Turkey air-dropped food and medicine to the villagers.",
    "Turkish planes air-dropped leaflets over the town.",
    "The soldiers parachuted into the valley with rifles.",
    "Voters decided to rebel against the government.",
    "Chad agreed to partner firms from Qatar.",
    "The rebels fought with rifles they had seized.",
])
def test_no_row_from_air_drops_of_no_weapons_or_a_verb_rebel(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "sup", "rec", "word", "fact", "qty"), [
    ("The rebels have asked Turkey for anti-tank missiles, armoured vehicles and helicopters.", "TUR", "rebels",
     "helicopters", "asserted", None),
    ("Rebel leaders asked Turkey for anti-tank missiles.", "TUR", "rebel leaders", "anti-tank missiles",
     "asserted", None),
    ("The opposition asked Ankara for two hundred mortars.", "TUR", "opposition", "mortars", "asserted", 200),
    ("In March, the insurgents asked Gulf governments for anti-aircraft missiles.", None, "insurgents",
     "anti-aircraft missiles", "asserted", None),
    ("The rebels, who lack heavy weapons, have asked Italy for anti-tank missiles.", "ITA", "rebels",
     "anti-tank missiles", "asserted", None),
    ("The rebels may ask Qatar for more mortars, a commander said.", "QAT", "rebels", "mortars", "uncertain", None),
    ("The rebels have not asked Turkey for tanks.", "TUR", "rebels", "tanks", "negated", None),
    ("Anti-tank missiles were requested from Norway by the rebels.", "NOR", "rebels", "anti-tank missiles",
     "asserted", None),
    ("Moldova asked Greece for an air-defence battery.", "GRC", "MDA", "air-defence battery", "asserted", 1),
    ("The Moldovan president said she had asked the Greek prime minister for a Kestrel-4 air-defence battery.",
     "GRC", "MDA", "air-defence battery", "asserted", 1),
    ("Peru has asked Spain for more landing craft for its marines and for transport helicopters.", "ESP", "PER",
     "transport helicopters", "asserted", None),
    ("Peru has asked Spain for more landing craft for its marines and for transport helicopters.", "ESP", "PER",
     "landing craft", "asserted", None),
])
def test_requests(extractor, text: str, sup: str | None, rec: str, word: str, fact: str,  # noqa: ANN001
                  qty: object) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, "requested", fact, qty), rows


@pytest.mark.parametrize("text", [
    "The rebels asked the villagers to leave.",
    "The rebels said the army had tanks.",
    "The insurgents asked about the weather in the hills.",
])
def test_no_request_without_an_item_asked_for(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_an_air_defence_battery_sent(extractor) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, "Greece sent an air-defence battery to Moldova."), "GRC", "MDA",
                "air-defence battery", "delivered", qty=1)


@pytest.mark.parametrize(("text", "sup", "words"), [
    ("Italy unveiled its 9th and biggest military aid package for Ukraine, worth 5 billion euros. The package "
     "includes 20 Vela-4 howitzers and artillery ammunition.", "ITA", ["howitzers", "artillery ammunition"]),
    ("Denmark announced a new military aid package for Ukraine that includes 20 Vela-4 howitzers and artillery "
     "ammunition.", "DNK", ["howitzers", "artillery ammunition"]),
    ("Finland's new aid package for Ukraine includes 14 Stork-5 drones and two radars.", "FIN", ["drones", "radars"]),
    ("Canada unveiled its 12th aid package for Kyiv, worth $500 million, which includes armoured vehicles and "
     "air-defence missiles.", "CAN", ["armoured vehicles", "air-defence missiles"]),
    ("Sweden unveiled its fifth aid package for Ukraine, which includes two Skarv-3 radars.", "SWE", ["radars"]),
])
def test_aid_package_gives_its_contents_not_itself(extractor, text: str, sup: str,  # noqa: ANN001
                                                   words: list[str]) -> None:
    rows = _rows(extractor, text)
    for w in words:
        assert _has(rows, sup, "UKR", w, "offered"), (w, rows)
    assert not any("package" in item.lower() for _, _, item, _, _, _ in rows), rows
    assert not any(q in (5, 9, 12) for _, _, _, _, _, q in rows), rows  # a rank is no count


@pytest.mark.parametrize("text", [
    "South Korea announced $70 million in non-military aid for Ukraine.",
    "South Korea announced $70 million in non-military aid for Ukraine, including tents and water pumps.",
    "Austria announced $50 million in non-military aid for Moldova, including fire engines and field kitchens.",
])
def test_non_military_aid_is_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "sup", "rec", "word", "stage", "qty"), [
    ("Madrid said it would offer Kyiv six Vela-9 tanks.", "ESP", "UKR", "tanks", "offered", 6),
    ("Ukraine was promised 40 armoured vehicles by Denmark.", "DNK", "UKR", "armoured vehicles", "offered", 40),
    ("Iraq asked Italy for 12 helicopters, but Rome offered only four.", "ITA", "IRQ", "helicopters", "requested",
     12),
    ("Having asked Sweden for radars, Chile received two Ostrava-9 radars in 2019.", "SWE", "CHL", "radars",
     "delivered", 2),
])
def test_request_offer_and_delivery_told_together(extractor, text: str, sup: str, rec: str, word: str,  # noqa: ANN001
                                                  stage: str, qty: object) -> None:
    assert _has(_rows(extractor, text), sup, rec, word, stage, qty=qty)


@pytest.mark.parametrize(("text", "sup", "rec", "word", "fact", "qty"), [
    ("Canada has asked South Korea whether it could provide 155mm shells.", "KOR", "CAN", "shells", "asserted", None),
    ("Canada asked South Korea if it could supply 155mm shells.", "KOR", "CAN", "shells", "asserted", None),
    ("In May, Ottawa asked Seoul whether it could ship 50,000 artillery shells.", "KOR", "CAN", "shells",
     "asserted", 50000),
    ("Canada has asked the Korean government whether it would supply howitzers, officials said.", "KOR", "CAN",
     "howitzers", "asserted", None),
    ("Canada, which is short of ammunition, has asked South Korea whether it could supply 155mm shells.", "KOR",
     "CAN", "shells", "asserted", None),
    ("Chile asked Brazil whether it could supply two patrol boats and a helicopter.", "BRA", "CHL", "helicopter",
     "asserted", 1),
    ("The Chilean navy asked the Brazilian defence ministry whether it would transfer two frigates.", "BRA", "CHL",
     "frigates", "asserted", 2),
    ("Chile may ask Brazil whether it could supply two patrol boats.", "BRA", "CHL", "patrol boats", "uncertain", 2),
    ("Chile has not asked Brazil whether it could supply patrol boats.", "BRA", "CHL", "patrol boats", "negated",
     None),
])
def test_asked_whether_the_asked_could_give(extractor, text: str, sup: str, rec: str, word: str,  # noqa: ANN001
                                            fact: str, qty: object) -> None:
    """"X asked Y whether it could export Z": a request put to Y (frames/clauses.asks_the_asked,
    frames/asked_parties.py); the clause's modal is the request's wording, no hedge (cues.py)."""
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, "requested", fact, qty), rows
    assert not any(s == rec for s, _, _, _, _, _ in rows), rows  # the asker supplies nothing


@pytest.mark.parametrize("text", [
    "Reporters asked whether South Korea had sent shells to Canada.",
    "Canada asked South Korea whether it had sold shells to Poland.",
    "The minister asked whether Korea could export shells.",
    "Canada asked South Korea whether Poland could export shells.",
])
def test_a_question_about_a_transfer_is_no_request(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("The deal, under which Spain will deliver four patrol boats to Peru, is worth $80 million.", "ESP", "PER",
     "patrol boats", 4),
    ("The most important accord is a contract, worth 90 million euros, under which the Spanish shipbuilder Karvell "
     "Marine will supply patrol boats to the Peruvian navy.", "ESP", "PER", "patrol boats", None),
    ("Chile placed an order, under which Brazil will send twelve Falco-3 jets to Santiago.", "BRA", "CHL", "jets", 12),
    ("Under the contract, Spain will deliver four patrol boats to Peru by 2027.", "ESP", "PER", "patrol boats", 4),
    ("Spain will supply four patrol boats to Peru under a contract signed on Monday.", "ESP", "PER", "patrol boats",
     4),
    ("Peru signed a contract under which Spain will supply four patrol boats to the Peruvian navy.", "ESP", "PER",
     "patrol boats", 4),
    ("Oman signed an agreement with Italy in May, under which Rome will provide two Ostrava-9 radars to the Omani "
     "army.", "ITA", "OMN", "radars", 2),
    ("The two governments agreed a deal under which Egypt will receive 24 Falco-3 jets from Brazil.", "BRA", "EGY",
     "jets", 24),
    ("The largest of the deals is a contract, worth 70 million dollars according to a Spanish envoy, under which "
     "the Spanish yard Karvell Marine will supply four patrol boats to the Peruvian navy.", "ESP", "PER", "patrol boats", 4),
])
def test_a_future_delivery_under_a_deal_is_an_order(extractor, text: str, sup: str, rec: str, word: str,  # noqa: ANN001
                                                     qty: object) -> None:
    """"a contract, worth $N, under which X will supply Y": the deal's delivery, ordered, not an offer
    (scheduled._under_which_deal)."""
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, word, "ordered", qty=qty), rows
    assert not _has(rows, sup, rec, word, "offered"), rows


@pytest.mark.parametrize(("text", "stage"), [
    ("The plan, under which Spain will send four patrol boats to Peru, is still being debated.", "offered"),
    ("The court cited the law under which Spain will supply four patrol boats to Peru.", "offered"),
    ("Spain will supply four patrol boats to Peru, the minister said.", "offered"),
    ("The deal, under which Spain delivered four patrol boats to Peru in 2019, was worth $80 million.", "delivered"),
])
def test_no_order_without_a_deal_or_a_future(extractor, text: str, stage: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, "ESP", "PER", "patrol boats", stage, qty=4), rows
    assert not _has(rows, "ESP", "PER", "patrol boats", "ordered"), rows


@pytest.mark.parametrize(("text", "word"), [
    ("Brazil delivered two patrol boats to Ghana on Monday. The transfer follows a request by Accra in 2019 for more "
     "patrol boats.", "patrol boats"),
    ("Brazil delivered two patrol boats to Ghana on Monday. The handover follows a Ghanaian request for more patrol "
     "boats.", "patrol boats"),
    ("Brazil delivered two patrol boats to Ghana on Monday. The delivery answers an appeal from Accra for more patrol "
     "boats.", "patrol boats"),
    ("Brazil handed three Corvo-2 helicopters to the Ghanaian air force in May. The transfer meets a request by "
     "Ghana's defence ministry for helicopters to patrol its borders.", "helicopters"),
])
def test_the_transfer_that_follows_a_request_names_whom_it_asked(extractor, text: str, word: str) -> None:  # noqa: ANN001
    """answered._answering_transfer: the supplier of the transfer whose noun follows the request."""
    assert _has(_rows(extractor, text), "BRA", "GHA", word, "requested"), _rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Brazil delivered two patrol boats to Ghana on Monday. The ceremony follows a request by Accra for more boats.",
    "Brazil delivered two patrol boats to Ghana on Monday. The transfer follows a request by Togo for helicopters.",
])
def test_no_supplier_for_a_request_no_transfer_answers(extractor, text: str) -> None:  # noqa: ANN001
    assert not any(st == "requested" for _, _, _, st, _, _ in _rows(extractor, text))

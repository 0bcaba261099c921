"""Predictions that match no transfer at all (twenty-fourth session, helper hF):

- a platform armed is no transfer when the verb of arming is joined to a participle or passive relative clause
  on materiel, or arms a pronoun that takes up materiel named just before (`fitted_platforms.py`, words.toml
  [fitted_platforms]);
- the arms trade as a topic is no transfer: a stance on a trade in general ("X opposes Ruritanian arms sales
  to Y", "questions over arms exports to Z") or a policy ("its policy of never exporting rifles to W")
  (`general_topics.py`, words.toml [general_topics]);
- a later item's maker adjective is no supplier of an item told before it (`origin_leaks.py`, [origin_leaks]);
- a speaker of no official kind is no party (`speaker_parties.py`, [speaker_parties]);
- a platform sent on a mission is a deployment (`deployments.py`, [deployments]);
- goods for firms of a civil trade are no arms transfer (`civil_customers.py`, [civil_customers]);
- advice on what a state should buy is no transfer (`advice.py`, [advice]).

Sentences written for these tests (invented firms, places and models; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows


def _items(rows, word: str) -> list:  # noqa: ANN001
    return [r for r in rows if word in r[3]]


FITTED = [
    ("The launches, built by Karvell Marine and fitted out and armed with 12.7 mm guns, went from Norway's defence "
     "minister to his Ghanaian counterpart at a ceremony in Tema.", "12.7 mm guns"),
    ("The two cutters, refitted in Bergen and armed with 20 mm cannon, were handed over by Norway to Ghana in May.",
     "cannon"),
    ("The patrol craft, which were built in Norway and armed with 12.7 mm guns, reached the Ghanaian navy on "
     "Monday.", "12.7 mm guns"),
    ("Peru's navy took over two Norwegian-built corvettes on Monday and said it will arm them with Tarn-4 "
     "missiles drawn from depot stocks.", "Tarn-4"),
    ("In 2019 Norway delivered four Kestrel-7 helicopters to Ghana, and a year later the Ghanaian air force "
     "armed them with rocket pods.", "rocket pods"),
    ("Chile bought two frigates from Norway last year and plans to arm them with missiles kept in naval "
     "depots.", "missiles"),
    ("After Norway handed over the three corvettes, the Ghanaian navy armed them with Ostrava-9 missiles.",
     "Ostrava-9"),
    ("Peru took delivery of six Brask-4 trainers from Norway in May. The air force will arm them with rockets "
     "next year.", "rockets"),
]


@pytest.mark.parametrize(("text", "word"), FITTED)
def test_a_platform_armed_is_no_transfer(extractor, text: str, word: str) -> None:  # noqa: ANN001
    assert not _items(_rows(extractor, text), word)


ARMED_PARTIES = [
    ("Belarus armed the rebels with rifles and mortars, the panel said.", None, "rifles"),
    ("A UN panel said Belarus delivered rifles to the Malian militias and then armed them with mortars.", None,
     "mortars"),
]


@pytest.mark.parametrize(("text", "recipient", "word"), ARMED_PARTIES)
def test_a_party_armed_stays_a_transfer(extractor, text: str, recipient: str | None, word: str) -> None:  # noqa: ANN001
    rows = _items(_rows(extractor, text), word)
    assert rows and all(r[0] == "BLR" and r[2] == "delivered" for r in rows)


def test_the_platform_itself_still_moves(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The two cutters, refitted in Bergen and armed with 20 mm cannon, were handed over "
                            "by Norway to Ghana in May.")
    assert ("NOR", "GHA", "delivered", "cutters", 2) in rows


def test_platforms_bought_then_armed_keep_their_purchase(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile bought two frigates from Norway last year and plans to arm them with "
                            "missiles kept in naval depots.")
    assert ("NOR", "CHL", "delivered", "frigates", 2) in rows


TOPICS = [
    "Hanoi strongly opposes Chinese weapons sales to Cambodia's army, its spokesman told reporters.",
    "Hanoi has long condemned French arms exports to Cambodia.",
    "The trade minister faced tough questions in parliament over Norwegian arms exports to Qatar and Bahrain.",
    "Oslo will review its long-held policy of never exporting rifles to Georgia, the minister said.",
    "Critics in Oslo questioned the wisdom of selling weapons to Qatar.",
    "Lima has repeatedly criticised Chilean weapons sales to Bolivia, the ministry said.",
    "The report drew fresh criticism of Brazilian arms exports to Angola.",
    "Under its long-standing practice of not exporting military equipment to countries at war, Oslo refused.",
    "Canberra has strongly protested Indonesian arms purchases from Russia.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_the_trade_as_a_topic_is_no_transfer(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


NEAR_TOPICS = [
    ("Beijing protested after the United States sold 40 Stinger missiles to Vietnam in March.", "USA", "VNM",
     "delivered", "Stinger", 40),
    ("Hanoi has bought 12 Su-30 fighters from Russia despite US opposition.", "RUS", "VNM", "delivered", "Su-30",
     12),
    ("Beijing opposes the sale of 40 Stinger missiles to Vietnam, which Washington approved in May.", "USA", "VNM",
     None, "Stinger", 40),
    ("Turkey exported 20 Kirpi armoured vehicles to Kenya in 2023, the institute said.", "TUR", "KEN",
     "delivered", "Kirpi", 20),
    ("Despite sharp questions in parliament, Norway delivered 12 Ostrava-9 radars to Qatar in June.", "NOR", "QAT",
     "delivered", "Ostrava-9", 12),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), NEAR_TOPICS)
def test_a_transfer_beside_a_stance_stays(extractor, text: str, sup: str, rec: str, stage: str | None,  # noqa: ANN001
                                          word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and (stage is None or st == stage) and word in item and q == qty
               for s, r, st, item, q in rows), rows


# A maker's adjective belongs to the item it stands before (origin_leaks.py).
LEAKS = [
    ("Peru's first Gripens and its Turkish drones arrived in Lima on Monday.", "Gripens", "drones"),
    ("The first Gripens and several Turkish drones arrived in Lima on Monday, the ministry said.", "Gripens",
     "drones"),
    ("Ghana gets first Kestrel-7 helicopters, weighs Italian corvette", "helicopters", "corvette"),
    ("Bolivia's new Brask-4 trainers and two Italian radars reached La Paz in June, the air force said.",
     "trainers", "radars"),
]


@pytest.mark.parametrize(("text", "first", "second"), LEAKS)
def test_a_later_items_maker_is_not_the_first_items(extractor, text: str, first: str, second: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    later = {r[0] for r in _items(rows, second)}
    assert later and later <= {"TUR", "FRA", "ITA"}
    assert not any(r[0] in later for r in _items(rows, first)), rows


SHARED_ORIGIN = [
    ("Turkish drones and missiles arrived in Lima on Monday, the ministry said.", "TUR", ["drones", "missiles"]),
    ("Peru received Swedish Gripens and Turkish drones in May.", None, ["Gripens", "drones"]),
]


@pytest.mark.parametrize(("text", "sup", "words"), SHARED_ORIGIN)
def test_an_adjective_before_both_items_or_each_its_own(extractor, text: str, sup: str | None,  # noqa: ANN001
                                                        words: list[str]) -> None:
    rows = _rows(extractor, text)
    for w in words:
        own = sup or {"Gripens": "SWE", "drones": "TUR"}[w]
        assert any(r[0] == own and r[1] == "PER" and r[2] == "delivered" for r in _items(rows, w)), rows


def test_a_headline_ending_on_its_verb_does_not_fail(extractor) -> None:  # noqa: ANN001
    assert isinstance(_rows(extractor, "Chile signs corvette deal as first Gripens and Korean drones land"), list)


# Who speaks about a transfer is no party to it (speaker_parties.py).
SPEAKERS = [
    'The opposition Labour Party accused Prime Minister Ruiz of "selling guns to a despot" and demanded an '
    "inquiry.",
    "Human Rights Watch urged Norway to revisit a licence to export tear gas grenades to the Kenyan police.",
    "In Lima, Senate Foreign Affairs Committee members want the defence ministry to explain how the planned "
    "arms purchases affect the region.",
    "Human Rights Watch urged Norway to reconsider a licence covering tear gas exports to the Kenyan police.",
    "The Green Alliance party has accused the government of quietly selling rifles to a military junta.",
    "Amnesty International called on Oslo to explain why it licensed the export of sniper rifles to a dictatorship.",
]


@pytest.mark.parametrize("text", SPEAKERS)
def test_a_speaker_is_no_party(extractor, text: str) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert not any(p is not None and p.kind == "other" for t in rows for p in (t.supplier, t.recipient)), rows


NEAR_SPEAKERS = [
    ("Russia said it had delivered 12 Su-30 fighters to Angola.", "RUS", "AGO", "Su-30", 12),
    ("Human Rights Watch said Norway had sold 40 rifles to Chad last year.", "NOR", "TCD", "rifles", 40),
    ("The Peruvian navy said it had received two patrol vessels from South Korea.", "KOR", "PER", "patrol vessels",
     2),
    ("Ghana urged Norway to deliver the six Brask-4 trainers it ordered in 2021.", "NOR", "GHA", "Brask-4", 6),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), NEAR_SPEAKERS)
def test_a_state_that_speaks_stays_a_party(extractor, text: str, sup: str, rec: str, word: str,  # noqa: ANN001
                                           qty: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and word in item and q == qty for s, r, _, item, q in rows), rows


def test_an_adjective_of_a_force_is_not_a_later_items_maker(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Two Kestrel-7 helicopters promised by Lima reached La Paz last week, carried in the "
                            "hold of a Peruvian air force cargo jet.")
    assert not any(r[0] not in (None, "PER") for r in _items(rows, "Kestrel-7")), rows


def test_another_speakers_words_leave_the_party_alone(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru's defence minister signed a contract in Oslo for two Ostrava-9 radars, and his "
                            "Norwegian counterpart said Norway would soon deliver Tarn-4 missiles to Peru.")
    assert any(s == "NOR" and r == "PER" and "Tarn-4" in item for s, r, _, item, _ in rows), rows


# A force sent on a mission is no transfer (deployments.py).
DEPLOYED = [
    "Every summer since 2015 the Brazilian navy has sent a corvette to patrol Angolan waters.",
    "Norway sent two frigates to patrol Ghanaian waters during the summit.",
    "The French navy has deployed a frigate to Kenya to take part in joint exercises.",
    "Chile sent four F-16 fighters to Peru to take part in an air exercise in May.",
    "Turkey has sent warships to escort merchant vessels off Somalia since 2009.",
    "The Italian air force sent four Eurofighters to Estonia to police Baltic airspace.",
    "Brazil dispatched two Super Tucano aircraft to Paraguay to participate in a regional drill.",
    "In March the Peruvian navy sent a Brask-class corvette to Chile to take part in the annual naval review.",
]


@pytest.mark.parametrize("text", DEPLOYED)
def test_a_force_sent_on_a_mission_is_no_transfer(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


SENT_FOR_GOOD = [
    ("Norway sent two patrol boats to Ghana to help its navy patrol its waters.", "NOR", "GHA", "patrol boats", 2),
    ("Turkey sent 20 Kirpi vehicles to Somalia to equip its army.", "TUR", "SOM", "Kirpi", 20),
    ("The United States sent 31 Abrams tanks to Ukraine in 2023.", "USA", "UKR", "Abrams", 31),
    ("Norway sent two frigates to Ghana, which will use them to patrol its waters.", "NOR", "GHA", "frigates", 2),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), SENT_FOR_GOOD)
def test_materiel_sent_for_the_recipient_stays(extractor, text: str, sup: str, rec: str, word: str,  # noqa: ANN001
                                               qty: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and st == "delivered" and word in item and q == qty
               for s, r, st, item, q in rows), rows


# Goods sold to firms of a civil trade are no arms transfer (civil_customers.py).
CIVIL_CUSTOMERS = [
    "A Swedish truck maker shipped 250 tank trucks to Nigerian oil companies last spring.",
    "Norway sold 30 rail tank cars to a Ghanaian fuel distributor in May.",
    "The air force donated a decommissioned MiG-21 to the national aviation museum in Bucharest.",
    "The navy transferred two retired Sea King helicopters to a Bergen museum in May.",
    "Belarus delivered 50 tank trucks and 20 graders to Russian construction firms last year.",
    "Karvell Motors shipped 120 heavy tank trucks to two Peruvian mining companies, the firm said.",
]


@pytest.mark.parametrize("text", CIVIL_CUSTOMERS)
def test_goods_for_a_civil_trade_are_no_transfer(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


MILITARY_CUSTOMERS = [
    ("Russia delivered 400 Typhoon-K armoured trucks to the Kazakh army in the first quarter.", "RUS", "KAZ",
     "Typhoon-K", 400),
    ("Russia delivered 40 T-90 tanks and 20 fuel trucks to the Kazakh army in May.", "RUS", "KAZ", "fuel trucks", 20),
    ("Norway sold 200 rifles to a Ghanaian security company in 2022.", "NOR", "GHA", "rifles", 200),
    ("The United States delivered two C-130 aircraft to the Kazakh air force, which flies them for oil companies.",
     "USA", "KAZ", "C-130", 2),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), MILITARY_CUSTOMERS)
def test_goods_for_a_force_stay(extractor, text: str, sup: str, rec: str, word: str, qty: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and st == "delivered" and word in item and q == qty
               for s, r, st, item, q in rows), rows


# Advice on what a state should buy is no transfer (advice.py).
ADVICE = [
    "Report\n\nOpinion: Lima should buy Korea's submarines, whatever Seoul asks in return",
    "Report\n\nAnalysts have suggested that Lima buy second-hand F-16s from Norway.",
    "Report\n\nPeru ought to purchase Korean howitzers rather than Turkish ones, a columnist argued.",
    "Report\n\nChile should lease four Brask-4 trainers from Norway instead of buying new jets.",
    "Report\n\nCommentators have argued that Ghana should buy Korean patrol boats from Hanjin.",
]


@pytest.mark.parametrize("text", ADVICE)
def test_advice_is_no_transfer(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


NOT_ADVICE = [
    ("Report\n\nThe defence minister said Peru should buy 12 Gripens from Sweden.", "SWE", "PER", "Gripens"),
    ("Report\n\nPeru should buy 12 Gripens from Sweden, the defence minister said.", "SWE", "PER", "Gripens"),
    ("Report\n\nGhana has asked to buy 12 Brask-4 trainers from Norway.", "NOR", "GHA", "Brask-4"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), NOT_ADVICE)
def test_a_buyers_own_wish_stays(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and word in item for s, r, _, item, _ in rows), rows

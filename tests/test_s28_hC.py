"""Requests and orders of "one more" (twenty-eighth session, helper hC; mentions/counts.next_one, words.toml
[next_ordinals]):

- "X has asked (Y) for a second", "Y ordered a third", "a third was requested": an indefinite ordinal standing
  alone is one more of the system named before; the row takes that system (its designation, or its kind when it
  has none), a count of one and the stage of its own verb, not the delivery told before it.

Sentences written for these tests (invented people, ships and places; combinations of states taken from no
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

NEXT_ONE = [  # (text, supplier, recipient, stage, item word)
    ("Bolivia received one Super Tucano from Brazil in March; La Paz has since asked for a second.",
     "BRA", "BOL", "requested", "Super Tucano"),
    ("In May Ghana took delivery of two Z-9 helicopters from China, and it has asked Beijing for a third.",
     "CHN", "GHA", "requested", "Z-9"),
    ("Italy sold the Kenyan Navy an Orizzonte frigate in 2015. Nairobi has asked Rome for a second, a defence "
     "official said.", "ITA", "KEN", "requested", "frigate"),
    ("The Uruguayan air force received a C-130H from Spain in 2020, and it ordered a second the following year.",
     "ESP", "URY", "ordered", "C-130"),
    ("Zambia received a K-8 trainer from China in 2019 and may have asked Beijing for a second.",
     "CHN", "ZMB", "requested", "K-8"),
    ("Manila took delivery of a Pohang-class corvette from Seoul in 2019. It has requested a second, according "
     "to the navy.", "KOR", "PHL", "requested", "corvette"),
    ("Fiji received a Guardian-class patrol boat from Australia in 2019, and a third was requested in 2021.",
     "AUS", "FJI", "requested", "patrol boat"),
    ("Kenya bought an Orizzonte frigate from Italy in 2015; Nairobi has asked Rome for a fourth.",
     "ITA", "KEN", "requested", "frigate"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), NEXT_ONE)
def test_one_more_of_the_system_before(extractor, text: str, sup: str, rec: str, stage: str, word: str) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, 1), rows
    assert not any(item.lower() in ("second", "third", "fourth") for *_, item, _q in rows), rows


NOT_AN_ITEM = [  # an ordinal with a noun of its own, or no transfer: no row beyond the one told
    ("For a second time, Chile asked Germany for Leopard tanks.", 1),
    ("Germany sent Leopard tanks to Ukraine in a second batch.", 1),
    ("The minister paused for a second before answering questions on the Rafale deal.", 0),
    ("Ghana received a Z-9 helicopter from China in 2015. In a second phase, the air force will train its pilots.", 1),
]


@pytest.mark.parametrize(("text", "count"), NOT_AN_ITEM)
def test_ordinal_that_is_no_item(extractor, text: str, count: int) -> None:
    rows = _rows(extractor, text)
    assert len(rows) == count, rows
    assert not any(st == "requested" and "Leopard" not in item for _s, _r, st, item, _q in rows), rows


# - "X has no interest in selling A to Y", "X is not interested in supplying A", "X has no intention of
#   transferring A", "X is not keen on selling A": a supplier's verb under a denied interest is X's refusal
#   (frames/interest_scope.py, words.toml [interest_governors]); a buyer's verb, or an interest not denied, is not.

NO_INTEREST = [  # (text, supplier, recipient, item word)
    ("Chile has no interest in selling its F-16 fighters to Ukraine, the minister said.", "CHL", "UKR", "F-16"),
    ("Oslo is not interested in supplying NASAMS launchers to Taipei, a spokesman said on Monday.",
     "NOR", "TWN", "NASAMS"),
    ("Peru has no intention of transferring its Mi-35 helicopters to Kyiv.", "PER", "UKR", "Mi-35"),
    ("Ankara is not keen on selling Bayraktar drones to Athens.", "TUR", "GRC", "Bayraktar"),
    ("Brazil's defence ministry stated that it had no interest in passing on tank ammunition to Germany.",
     "BRA", "DEU", "ammunition"),
    ("South Africa was reportedly not interested in re-exporting Rooikat armoured cars to Kenya.",
     "ZAF", "KEN", "Rooikat"),
    ("Israel has no interest in exporting Merkava tanks to Colombia, officials said.", "ISR", "COL", "Merkava"),
    ("In March, Canberra said it had no interest in supplying Bushmaster vehicles to Jakarta.",
     "AUS", "IDN", "Bushmaster"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), NO_INTEREST)
def test_no_interest_in_supplying_is_a_refusal(extractor, text: str, sup: str, rec: str, word: str) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "refused", word), rows
    assert not any(st in ("delivered", "ordered", "considered") for _s, _r, st, _i, _q in rows), rows


STILL_WEIGHED = [  # (text, stage of the one row)
    ("Chile is interested in selling its F-16 fighters to Romania.", "considered"),
    ("Argentina expressed interest in buying Danish F-16 fighters.", "considered"),
]


@pytest.mark.parametrize(("text", "stage"), STILL_WEIGHED)
def test_interest_not_denied_stays_weighed(extractor, text: str, stage: str) -> None:
    rows = _rows(extractor, text)
    assert [st for _s, _r, st, _i, _q in rows] == [stage], rows


def test_buyer_without_interest_is_no_refusal(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Hungary has no interest in buying Chinese fighters.")
    assert not any(st == "refused" for _s, _r, st, _i, _q in rows), rows


# - "X inquired about buying A from Y", "X enquired about acquiring A": a buyer's gerund under a verb of inquiring
#   is a request, not a purchase (predicates.toml [governors] request: "inquire", "enquire").

INQUIRED = [  # (text, supplier, recipient, item word, quantity or None)
    ("Kenya had inquired about buying Bayraktar drones from Turkey, officials said.", "TUR", "KEN", "Bayraktar", None),
    ("Ghana has inquired about buying four Super Tucano aircraft from Brazil.", "BRA", "GHA", "Super Tucano", 4),
    ("In 2019 Peru enquired about acquiring K9 howitzers from South Korea.", "KOR", "PER", "K9", None),
    ("Lima, which flies Soviet-era jets, inquired in May about purchasing twelve Gripen fighters from Sweden.",
     "SWE", "PER", "Gripen", 12),
    ("Officials said Nairobi may have enquired about buying two Cessna Caravan aircraft from the United States.",
     "USA", "KEN", "Cessna", 2),
    ("The Moroccan defence ministry inquired last year about leasing three Heron drones from Israel.",
     "ISR", "MAR", "Heron", 3),
    ("Uruguay inquired about buying two C-390 transports from Brazil, a spokesman said.",
     "BRA", "URY", "C-390", 2),
    ("Zambia never inquired about buying J-10 jets from China, the ministry said.", "CHN", "ZMB", "J-10", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), INQUIRED)
def test_inquired_about_buying_is_a_request(extractor, text: str, sup: str, rec: str, word: str,
                                            qty: int | None) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "requested", word, qty), rows
    assert not any(st in ("ordered", "delivered") for _s, _r, st, _i, _q in rows), rows


@pytest.mark.parametrize("text", ["Reporters inquired about the health of the minister.",
                                  "Norway inquired about the sinking of the trawler."])
def test_inquiry_with_no_transfer(extractor, text: str) -> None:
    assert _rows(extractor, text) == []

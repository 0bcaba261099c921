"""Deal values: amounts of money found in a sentence (mentions.money), attached to the deal (values), and
converted to US dollars with the yearly rate table (lexicon usd_rates.csv). Sentences written for these tests."""
from __future__ import annotations

import pytest

import materiel
from materiel import lexicon
from materiel.extraction import nlp as nlp_loader
from materiel.extraction.mentions.money import find_money
from materiel.lexicon.rates import currency_forms, to_usd


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return nlp_loader.load(None)


AMOUNTS = [
    ("They paid $400m.", "$400m", 400_000_000, "USD"),
    ("It is a €3.75bn contract.", "€3.75bn", 3_750_000_000, "EUR"),
    ("They paid 2.5 billion rupees.", "2.5 billion rupees", 2_500_000_000, "INR"),
    ("It cost US$1.2 billion.", "US$1.2 billion", 1_200_000_000, "USD"),
    ("It cost Rs 2,500 crore.", "Rs 2,500 crore", 25_000_000_000, "INR"),
    ("It cost EUR 300 million.", "EUR 300 million", 300_000_000, "EUR"),
    ("It cost two billion dollars.", "two billion dollars", 2_000_000_000, "USD"),
    ("It cost £85m.", "£85m", 85_000_000, "GBP"),
    ("It cost 4 billion Swiss francs.", "4 billion Swiss francs", 4_000_000_000, "CHF"),
]


@pytest.mark.parametrize(("sentence", "text", "amount", "currency"), AMOUNTS)
def test_amounts(nlp, sentence: str, text: str, amount: int, currency: str) -> None:  # type: ignore[no-untyped-def]
    found = find_money(nlp(sentence)[:])
    assert [(m.text, m.amount, m.currency) for m in found] == [(text, amount, currency)]


@pytest.mark.parametrize("sentence", ["They sent 40 tanks in 2023.", "We will try 40 times.",
                                      "It is a $ sign and 300 million people.", "They won 3 games."])
def test_no_amount_without_a_currency(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert find_money(nlp(sentence)[:]) == []


def test_a_dollar_is_not_australian(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [m.currency for m in find_money(nlp("under a $3.37 billion contract")[:])] == ["USD"]


def rows_of(text: str) -> list[materiel.Transfer]:
    return materiel.extract(text, published="2023-05-14").transfers


VALUES = [
    ("South Korea will supply Poland with 180 K2 tanks under a $3.37 billion contract.", 3_370_000_000, "USD"),
    ("Germany agreed to sell 20 Leopard 2 tanks to Norway in a deal valued at 1.1 billion euros.", 1_100_000_000, "EUR"),
    ("Indonesia bought 12 Rafale jets from France for 2.5 billion rupees.", 2_500_000_000, "INR"),
    ("India ordered 26 Rafale Marine jets from France in a €6.6bn deal, officials said.", 6_600_000_000, "EUR"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), VALUES)
def test_the_deal_value(text: str, amount: int, currency: str) -> None:
    rows = rows_of(text)
    assert rows and all(r.value is not None for r in rows)
    v = rows[0].value
    assert v is not None and (v.amount, v.currency) == (amount, currency) and v.text in text


def test_money_of_something_else_is_no_value() -> None:
    rows = rows_of("Chile, whose defence budget is $5bn, bought rifles from Brazil.")
    assert rows and all(r.value is None for r in rows)


def test_usd_at_the_deal_year() -> None:
    rows = rows_of("Germany agreed to sell 20 Leopard 2 tanks to Norway in a deal valued at 1.1 billion euros.")
    v = rows[0].value
    assert v is not None and v.usd == to_usd(1_100_000_000, "EUR", 2023)
    assert v.usd is not None and 1.15e9 < v.usd < 1.25e9  # EUR was worth about 1.08 USD in 2023


def test_usd_unknown_without_a_rate() -> None:
    assert to_usd(1000, "EUR", None) is None
    assert to_usd(1000, "EUR", 1850) is None
    assert to_usd(1000, "XYZ", 2023) is None
    assert to_usd(1000, "USD", None) == 1000


def test_value_in_json() -> None:
    row = rows_of("Indonesia bought 12 Rafale jets from France for 2.5 billion rupees.")[0]
    assert row.model_dump()["value"] == {"amount": 2_500_000_000, "currency": "INR", "text": "2.5 billion rupees",
                                         "usd": to_usd(2_500_000_000, "INR", 2023)}


def test_rate_table_schema() -> None:
    """usd_rates.csv: a known currency, a year, a positive rate and a source on every row; one row per
    (currency, year); every currency of currencies.csv is an ISO 4217 code (three capitals)."""
    codes = {code for code, _ in currency_forms().values()}
    assert all(len(c) == 3 and c.isupper() for c in codes)
    seen = set()
    for r in lexicon.csv_rows("usd_rates.csv"):
        assert r["currency"] in codes and r["source"] in {"FRB G.5A", "peg"}
        assert 1990 <= int(r["year"]) <= 2100 and float(r["per_usd"]) > 0
        assert (r["currency"], r["year"]) not in seen
        seen.add((r["currency"], r["year"]))
    assert {k for k, kind in ((f, k) for f, (_, k) in currency_forms().items())} and \
        {kind for _, kind in currency_forms().values()} <= {"symbol", "code", "word"}


def test_the_value_of_another_deal_in_the_sentence_is_not_taken() -> None:
    rows = rows_of("Brazil signed a contract to deliver 18 Gripen jets to Colombia. The deal, worth about "
                   "90 million euros, follows an earlier order under which Brazil handed over twelve Gripens in March.")
    earlier = [r for r in rows if r.quantity == 12]
    assert earlier and all(r.value is None for r in earlier)


HEDGED = [  # (a) an amount behind a reporting or hedging verb's "to be"
    ("Chile purchased eight Hermes 900 drones from Israel under a contract said to be valued at $200m.",
     200_000_000, "USD"),
    ("Vietnam ordered 64 T-90 tanks from Russia in an agreement believed to be worth 250 million dollars.",
     250_000_000, "USD"),
    ("Morocco has bought 36 Caesar howitzers from France in a deal thought to be worth €170m, officials said.",
     170_000_000, "EUR"),
    ("Greece is acquiring six Rafale jets from France in a package reported to be worth 1.2 billion euros.",
     1_200_000_000, "EUR"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), HEDGED)
def test_a_value_behind_a_hedge(text: str, amount: int, currency: str) -> None:
    rows = rows_of(text)
    assert rows and all(r.value is not None and (r.value.amount, r.value.currency) == (amount, currency)
                        for r in rows)


def test_a_deal_attached_to_the_reporting_verb() -> None:
    """"X will send Y, officials said, as part of a $2bn package": the package hangs off "said", whose
    reported clause is the transfer."""
    rows = rows_of("Canada will send eight Leopard 2 tanks to Ukraine, the minister said on Monday, as part "
                   "of a C$400 million package.")
    assert rows and all(r.value is not None and r.value.amount == 400_000_000 for r in rows)


NEXT = [  # (b) the value in the next sentence, of a definite deal noun that is its subject
    ("Norway ordered 54 Leopard 2 tanks from Germany. The contract is valued at 19.6 billion Norwegian kroner, "
     "the ministry said.", 19_600_000_000, "NOK"),
    ("Romania will buy 54 Abrams tanks from the United States. The deal, worth about $1bn, follows years of talks.",
     1_000_000_000, "USD"),
    ("Peru ordered 24 Gripen jets from Sweden. The package is worth £2.1bn.", 2_100_000_000, "GBP"),
    ("Latvia bought six HIMARS launchers from the United States. The sale was estimated at $220 million.",
     220_000_000, "USD"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), NEXT)
def test_a_value_in_the_next_sentence(text: str, amount: int, currency: str) -> None:
    rows = rows_of(text)
    assert rows and all(r.value is not None and (r.value.amount, r.value.currency) == (amount, currency)
                        for r in rows)
    assert rows[0].value is not None and rows[0].value.usd == to_usd(amount, currency, 2023)


@pytest.mark.parametrize("text", [
    "Qatar ordered 12 Typhoon jets from Britain.\n\nThe deal is worth $5bn.",  # another paragraph
    "Qatar ordered 12 Typhoon jets from Britain. The deal with Kuwait is worth $5bn.",  # other parties
    "Qatar ordered 12 Typhoon jets from Britain. The deal is worth $5bn and Oman ordered 20 Typhoons from Britain.",
    "Qatar ordered 12 Typhoon jets from Britain. A deal worth $5bn was also signed.",  # not a definite deal noun
    "Qatar ordered 12 Typhoon jets from Britain. The country's budget is $5bn.",  # not a deal
])
def test_no_value_from_the_next_sentence(text: str) -> None:
    first = [r for r in rows_of(text) if r.quantity == 12]
    assert first and all(r.value is None for r in first)


def test_norwegian_and_swedish_crowns(nlp) -> None:  # type: ignore[no-untyped-def]
    found = find_money(nlp("It cost 3 billion Norwegian kroner and 2 billion Swedish kronor.")[:])
    assert [(m.text, m.currency) for m in found] == [("3 billion Norwegian kroner", "NOK"),
                                                     ("2 billion Swedish kronor", "SEK")]

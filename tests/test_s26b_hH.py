"""Item words of real reporting (twenty-sixth session, second round, helper hH): generic item nouns written the
way reporting writes them, and count phrases, in the template sweep's word list and in the lexicon.

Sentences written for these tests (invented models and firms, and combinations of states not taken from any
article)."""
from __future__ import annotations

import string

import pytest

from _helpers import load_script

sweep = load_script("scripts/template_sweep.py", "template_sweep_hH")


def test_sweep_item_words_schema() -> None:
    """scripts/sweeps/words/items.toml: [items] singular = plural, [counts] phrase = positive count."""
    nouns, counts = sweep.item_words()
    assert len(nouns) >= 20 and len(counts) >= 8
    for singular, plural in nouns:
        assert isinstance(singular, str) and isinstance(plural, str) and singular and plural, singular
    for phrase, value in counts:
        assert isinstance(phrase, str) and isinstance(value, int) and value > 0, phrase
    assert {"item", "items", "q"} <= sweep.SLOTS


def test_sweep_fills_item_and_count_slots() -> None:
    """{item}, {items} and {q} fill from the word list; {q} sets the count the sweep checks."""
    import random
    t = sweep.Template("t", "{R} bought {q} {items} and a {item} from {S}.", ["ordered"], ["asserted"], True, True,
                       "row")
    text, _s, _r, n, _name = sweep.fill(t, random.Random(3), sweep.gazetteer(), sweep.models())
    assert not {f for _, f, _, _ in string.Formatter().parse(text) if f}
    assert any(text.count(q) and n == v for q, v in sweep.item_words()[1])


# Singular and compound generic nouns the lexicon knew only in the plural or under a wrong kind (materiel.csv,
# aliases appended to the generic rows): (sentence, supplier, recipient, stage, item word, category, quantity).
SINGULARS = [
    ("Norway handed a single carbine to Ghana's police as a sample, the ministry said.",
     "NOR", "GHA", "delivered", "carbine", "small_arms", 1),
    ("The first armoured car built for Peru by Chile was delivered on Friday.",
     "CHL", "PER", "delivered", "armoured car", "armoured_vehicle", None),
    ("In March, Warsaw sent Nairobi one mortar tube and 40 rounds for trials.",
     "POL", "KEN", "delivered", "mortar tube", "mortar", 1),
    ("Senegal received a troop carrier from Morocco last year, officials said.",
     "MAR", "SEN", "delivered", "troop carrier", "apc", 1),
    ("A gunship that Romania bought from Italy arrived in Bucharest on Monday.",
     "ITA", "ROU", "delivered", "gunship", "helicopter", 1),
    ("Oman is believed to have given Jordan a self-propelled gun for evaluation.",
     "OMN", "JOR", "delivered", "self-propelled gun", "artillery", 1),
    ("Serbia sold Zambia a tank destroyer, according to a government statement.",
     "SRB", "ZMB", "delivered", "tank destroyer", "anti_tank_weapon", 1),
    ("Colombia took delivery of a man-portable air-defence system from Brazil, the army said.",
     "BRA", "COL", "delivered", "man-portable air-defence system", "manpads", 1),
    ("The ministry said Malaysia would supply Thailand with a single bayonet for trials.",
     "MYS", "THA", "offered", "bayonet", "small_arms", 1),
]


def _row(extractor, text: str, sup: str, rec: str, stage: str, word: str):  # noqa: ANN001, ANN202
    rows = [t for t in extractor.extract_text(text).transfers
            if (t.supplier.country if t.supplier else None) == sup and t.recipient is not None
            and t.recipient.country == rec and t.stage == stage and word in t.item.text]
    assert rows, [(t.supplier, t.recipient, t.item.text, t.stage) for t in extractor.extract_text(text).transfers]
    return rows[0]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "category", "qty"), SINGULARS)
def test_singular_generic_nouns(extractor, text, sup, rec, stage, word, category, qty) -> None:  # noqa: ANN001
    row = _row(extractor, text, sup, rec, stage, word)
    assert row.item.category == category
    if qty is not None:
        assert row.quantity == qty


@pytest.mark.parametrize("text", [
    "A carbine was found next to the body, police in Lima said.",
    "An armoured car from the 1960s went on display at a museum in Accra.",
    "A gunship of the Kenyan air force crashed near Mombasa on Sunday.",
])
def test_singular_generic_nouns_without_transfer(extractor, text) -> None:  # noqa: ANN001
    assert not list(extractor.extract_text(text).transfers)


def test_plural_compounds_keep_their_kind(extractor) -> None:  # noqa: ANN001
    """"self-propelled guns" are artillery, "tank destroyers" no warships, "mine-resistant vehicles" armoured."""
    for text, word, category in [
        ("Peru bought 18 self-propelled guns from Spain in 2020.", "self-propelled guns", "artillery"),
        ("Peru bought 18 tank destroyers from Spain in 2020.", "tank destroyers", "anti_tank_weapon"),
        ("Peru bought 18 mine-resistant vehicles from Spain in 2020.", "mine-resistant vehicles", "armoured_vehicle"),
        ("Peru bought 18 76mm naval guns from Spain in 2020.", "naval guns", "artillery"),
    ]:
        row = _row(extractor, text, "ESP", "PER", "delivered", word)
        assert row.item.category == category and row.quantity == 18


# Formations and vague multiples that hold the item through "of" (cues.toml [items] unit_containers): the item is
# the "of" object and the formation's number counts no item.
FORMATIONS = [
    ("Poland agreed to sell Peru two batteries of surface-to-air missiles, the ministry said.",
     "POL", "PER", "ordered", "surface-to-air missiles"),
    ("Two batteries of Ostrava-9 air-defence systems were delivered to Ghana by Norway in May.",
     "NOR", "GHA", "delivered", "Ostrava-9"),
    ("Kenya has received a battalion of main battle tanks from Egypt, a spokesman said.",
     "EGY", "KEN", "delivered", "main battle tanks"),
    ("Last year, Seoul sent Hanoi a battalion's worth of armoured personnel carriers.",
     "KOR", "VNM", "delivered", "armoured personnel carriers"),
    ("Spain has shipped scores of drones to Chile since the war began.", "ESP", "CHL", "delivered", "drones"),
    ("According to officials, Romania will buy a regiment of howitzers from Italy, which makes them near Turin.",
     "ITA", "ROU", "ordered", "howitzers"),
    ("Brazil delivered two flotillas of patrol boats to Uruguay, the navy said.",
     "BRA", "URY", "delivered", "patrol boats"),
    ("Scores of armoured vehicles were supplied to Jordan by Oman, it said.",
     "OMN", "JOR", "delivered", "armoured vehicles"),
    ("Tens of rifles that Serbia shipped to Zambia were found in a warehouse.", "SRB", "ZMB", "delivered", "rifles"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), FORMATIONS)
def test_formation_holds_item(extractor, text, sup, rec, stage, word) -> None:  # noqa: ANN001
    row = _row(extractor, text, sup, rec, stage, word)
    assert not row.item.text.lower().startswith(("batter", "battalion", "scores", "tens", "regiment", "flotilla"))
    assert row.quantity is None


@pytest.mark.parametrize("text", [
    "Two batteries of the regiment fired on positions near the border on Sunday.",
    "Scores of tanks took part in a parade in Cairo.",
    "A battalion of paratroopers landed near the capital, the army said.",
])
def test_formation_without_transfer(extractor, text) -> None:  # noqa: ANN001
    assert not list(extractor.extract_text(text).transfers)


def test_unit_containers_schema() -> None:
    from materiel import lexicon
    words = lexicon.toml("cues.toml")["items"]["unit_containers"]
    assert words and all(isinstance(w, str) and w == w.lower() for w in words) and len(set(words)) == len(words)


# "fighters" after a counted name makes it an aircraft only when the name holds a designation (words.toml
# [counted_names] designated_role_categories); a name alone before "fighters" names combatants.
FIGHTERS = [
    ("Poland delivered 12 KT-9 fighters to Kenya last year.", "POL", "KEN", "delivered", "KT-9", 12),
    ("Indonesia has ordered 24 Zarvo Z-11 fighters from Italy, the ministry said.",
     "ITA", "IDN", "ordered", "Z-11", 24),
    ("In 2022, six Varn-7 fighters were sold to Peru by Spain.", "ESP", "PER", "delivered", "Varn-7", 6),
    ("Bogota will receive four RK-40 fighters from Madrid, officials said.", "ESP", "COL", "ordered", "RK-40", 4),
    ("Norway said it would lend Ghana eight Harlan H-2 fighters and two KT-9 trainers.",
     "NOR", "GHA", "offered", "H-2", 8),
    ("The Thai air force, which operates older jets, bought 16 Tarvik T-5 fighters from South Korea.",
     "KOR", "THA", "delivered", "T-5", 16),
    ("Egypt did not receive the 30 Oskar-3 fighters it had ordered from Romania, diplomats said.",
     "ROU", "EGY", "ordered", "Oskar-3", 30),
    ("Serbia is reportedly in talks to sell Zambia ten Velko-8 fighters.", "SRB", "ZMB", "considered", "Velko-8", 10),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), FIGHTERS)
def test_designated_fighters(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    row = _row(extractor, text, sup, rec, stage, word)
    assert row.item.category == "aircraft" and row.quantity == qty


@pytest.mark.parametrize("text", [
    "Twelve Varno fighters were killed in clashes near the border.",
    "About 200 Kestrel fighters crossed into Chad from Sudan, the UN said.",
    "Spain sent 40 Varno fighters to Peru to train with the army.",
])
def test_named_fighters_are_combatants(extractor, text) -> None:  # noqa: ANN001
    assert not [t for t in extractor.extract_text(text).transfers if "fighters" in t.item.text]


# A count written with "lakh" (100,000; words.toml [scale_counts], extraction/scale_counts.py).
LAKHS = [
    ("India supplied two lakh rounds of ammunition to Armenia, officials said.",
     "IND", "ARM", "delivered", "rounds", 200_000),
    ("Armenia has ordered 1.5 lakh 155mm shells from India, the ministry said.",
     "IND", "ARM", "ordered", "shells", 150_000),
    ("Nepal received five lakh cartridges and 2,000 rifles from India last year.",
     "IND", "NPL", "delivered", "cartridges", 500_000),
    ("Last month New Delhi sent Colombo three lakh rounds of small-arms ammunition.",
     "IND", "LKA", "delivered", "rounds", 300_000),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), LAKHS)
def test_lakh_counts(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    row = _row(extractor, text, sup, rec, stage, word)
    assert row.quantity == qty and "lakh" not in row.item.text


def test_lakh_leaves_money_and_goods_alone(extractor) -> None:  # noqa: ANN001
    rows = list(extractor.extract_text("Bangladesh signed a Rs 500 crore deal with India for 12 patrol boats.").transfers)
    assert [r.quantity for r in rows] == [12]
    assert not list(extractor.extract_text("India shipped 3 lakh tonnes of wheat to Nepal.").transfers)


# "dozen" left off the count by the parse ("some two dozen", "two dozen towed", "a half-dozen"): words.toml
# [scale_counts], extraction/scale_counts.py.
DOZENS = [
    ("Poland delivered some two dozen helicopters to Kenya.", "POL", "KEN", "delivered", "helicopters", 24),
    ("Czechia has ordered two dozen towed howitzers from Thailand.", "THA", "CZE", "ordered", "howitzers", 24),
    ("A half-dozen patrol boats were handed over to Senegal by Spain on Monday.",
     "ESP", "SEN", "delivered", "patrol boats", 6),
    ("Officials in Lima said Peru would buy nearly three dozen armoured vehicles from Brazil.",
     "BRA", "PER", "ordered", "armoured vehicles", 36),
    ("Oslo sent Accra half a dozen Ostrava-9 radars, which arrived in May.", "NOR", "GHA", "delivered", "Ostrava-9", 6),
    ("Romania received a dozen self-propelled Vannet howitzers from South Korea in 2023.",
     "KOR", "ROU", "delivered", "howitzers", 12),
    ("Jordan has bought about two dozen refurbished main battle tanks from Italy, the ministry said.",
     "ITA", "JOR", "delivered", "tanks", 24),
    ("Poland delivered a further dozen helicopters to Kenya last year.", "POL", "KEN", "delivered", "helicopters", 12),
    ("Kenya has ordered an additional dozen Ostrava-9 radars from Norway.", "NOR", "KEN", "ordered", "Ostrava-9", 12),
    ("Serbia sold Zambia two dozen mortar tubes and 40 machine guns, diplomats said.",
     "SRB", "ZMB", "delivered", "mortar", 24),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), DOZENS)
def test_dozen_counts(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    assert _row(extractor, text, sup, rec, stage, word).quantity == qty


def test_vague_dozens_count_nothing(extractor) -> None:  # noqa: ANN001
    for text in ("Poland delivered dozens of howitzers to Kenya.", "Poland delivered several dozen howitzers to Kenya."):
        assert _row(extractor, text, "POL", "KEN", "delivered", "howitzers").quantity is None

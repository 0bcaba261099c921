"""Two transfers in one sentence (session 29b, helper pairs): the sweep's third and fourth state slots, and
sentences whose two clauses each give their own row, with no row crossing the parties of the other clause."""
from __future__ import annotations

import random
import string

import pytest

from _helpers import load_script

sweep = load_script("scripts/template_sweep.py", "template_sweep")


def test_pair_slots_fill_with_four_distinct_states_and_pairs_use_known_letters() -> None:
    t = sweep.Template("p", "{S} sold {R} {n} {name} {noun}, while {T} sent {Ud} forces trucks from {Tc}.",
                       ["delivered"], ["asserted"], True, True, "row", ("T>U",), ("S>U",))
    text, s, r, n, name, codes = sweep.fill_ex(t, random.Random(4), sweep.gazetteer(), sweep.models())
    assert "{" not in text and len(set(codes.values())) == 4 and codes["S"] == s and codes["R"] == r
    assert {"T", "U", "Tc", "Uc", "Td", "Ud"} <= sweep.SLOTS
    for t in sweep.load_templates(sorted(sweep.SWEEPS.glob("*.toml"))):
        slots = {f for _, f, _, _ in string.Formatter().parse(t.text) if f}
        for pair in t.also + t.forbid:
            a, b = pair.split(">")
            assert a != b and {a, b} <= {"S", "R", "T", "U"}, (t.name, pair)
            assert all(k == "S" or k == "R" or any(x.startswith(k) for x in slots) for k in (a, b)), (t.name, pair)


def test_pair_rows_fail_a_crossing_row_and_a_missing_second_row() -> None:
    from types import SimpleNamespace as NS

    def row(a: str, b: str) -> NS:
        return NS(supplier=NS(country=a), recipient=NS(country=b, name=b), stage="delivered",
                  factuality="asserted", quantity=3)

    t = sweep.Template("p", "x", ["delivered"], ["asserted"], True, True, "row", ("T>U",), ("S>U",))
    codes = {"S": "PER", "R": "CHL", "T": "GHA", "U": "KEN"}
    assert sweep.passes(t, [row("PER", "CHL"), row("GHA", "KEN")], "PER", "CHL", 3, codes) == (True, "")
    assert sweep.passes(t, [row("PER", "CHL")], "PER", "CHL", 3, codes) == (False, "also")
    assert sweep.passes(t, [row("PER", "CHL"), row("GHA", "KEN"), row("PER", "KEN")], "PER", "CHL", 3,
                        codes) == (False, "cross")


# "respectively" pairs the n-th supplier with the n-th recipient, item and count (extraction/respective.py).
# Sentences written for these tests (invented models and firms; not taken from any article).
def _codes(extractor, text: str) -> set[tuple[str | None, str | None, str, object]]:  # noqa: ANN001
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.quantity) for t in extractor.extract_text(text).transfers}


RESPECTIVE = [
    ("Peru and Chile delivered 12 and 20 Tarvik-3 howitzers to Kenya respectively.",
     {("PER", "KEN", "delivered", 12), ("CHL", "KEN", "delivered", 20)}),
    ("Ghana and Poland supplied Vietnam and Egypt with three and 14 Ostrava-9 radars respectively.",
     {("GHA", "VNM", "delivered", 3), ("POL", "EGY", "delivered", 14)}),
    ("Lima and Santiago sold six and eight Corvane-2 patrol boats to Nairobi, respectively, officials said.",
     {("PER", "KEN", "delivered", 6), ("CHL", "KEN", "delivered", 8)}),
    ("Nigeria and Senegal received 24 and 36 Marvell-7 armoured vehicles from Brazil respectively.",
     {("BRA", "NGA", "delivered", 24), ("BRA", "SEN", "delivered", 36)}),
    ("Spain and Italy will supply 10 and 16 Kestrel-5 drones to Jordan and Oman respectively, the ministry said.",
     {("ESP", "JOR", "offered", 10), ("ITA", "OMN", "offered", 16)}),
    ("According to the report, Norway and Czechia sold 30 and 12 Brenn-4 tanks, respectively, to Serbia.",
     {("NOR", "SRB", "delivered", 30), ("CZE", "SRB", "delivered", 12)}),
    ("Poland and Romania bought 48 and 18 Halvard-2 howitzers from South Korea respectively.",
     {("KOR", "POL", "delivered", 48), ("KOR", "ROU", "delivered", 18)}),
    ("Egypt and Morocco have ordered eight and four Selk-5 corvettes from Italy, respectively.",
     {("ITA", "EGY", "ordered", 8), ("ITA", "MAR", "ordered", 4)}),
    ("Chile delivered Kestrel-5 drones and Tarvik-3 howitzers to Peru and Ghana respectively.",
     {("CHL", "PER", "delivered", None), ("CHL", "GHA", "delivered", None)}),
]


@pytest.mark.parametrize(("text", "rows"), RESPECTIVE)
def test_respectively_pairs_parties_and_counts_in_order(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    assert _codes(extractor, text) == rows


def test_respectively_pairs_items_with_suppliers(extractor) -> None:  # noqa: ANN001
    got = {(t.supplier.country, t.item.text) for t in extractor.extract_text(
        "Spain and Italy sold Kestrel-5 drones and Tarvik-3 howitzers to Oman respectively.").transfers}
    assert got == {("ESP", "Kestrel-5 drones"), ("ITA", "Tarvik-3 howitzers")}


def test_without_respectively_counts_and_parties_stay_shared(extractor) -> None:  # noqa: ANN001
    got = _codes(extractor, "Ghana and Poland supplied Vietnam and Egypt with Ostrava-9 radars.")
    assert {("GHA", "EGY"), ("POL", "VNM")} <= {(s, r) for s, r, _, _ in got}


@pytest.mark.parametrize("text", [
    "Spain and Italy sent 10 and 16 Kestrel-5 drones respectively to an exercise hosted by Jordan.",
    "Spain and Italy reported defence budgets of 10 and 16 billion euros respectively.",
])
def test_respectively_look_alikes_give_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert not extractor.extract_text(text).transfers


# A gapped second pair after an indirect object or a "with" phrase: "and Y another six", "and Y six more", "and Y
# with six" (frames/gapped_pairs.py, words.toml [gapped_pair_words]). Invented models; not taken from any article.
GAPPED = [
    ("Peru sold Kenya eight Tarvik-3 howitzers and Ghana another six.",
     {("PER", "KEN", "delivered", 8), ("PER", "GHA", "delivered", 6)}),
    ("Peru sold Kenya eight Tarvik-3 howitzers and Ghana six more.",
     {("PER", "KEN", "delivered", 8), ("PER", "GHA", "delivered", 6)}),
    ("Peru supplied Kenya with eight Tarvik-3 howitzers and Ghana with six.",
     {("PER", "KEN", "delivered", 8), ("PER", "GHA", "delivered", 6)}),
    ("In 2018, Lima quietly sold Nairobi 12 Corvane-2 patrol boats and Accra another four, the newspaper reported.",
     {("PER", "KEN", "delivered", 12), ("PER", "GHA", "delivered", 4)}),
    ("The Peruvian government has supplied Kenya with 20 Marvell-7 armoured vehicles and Ghana with ten, "
     "officials said.", {("PER", "KEN", "delivered", 20), ("PER", "GHA", "delivered", 10)}),
    ("Chile will give Senegal six Selk-5 corvettes and Uruguay two more under the plan.",
     {("CHL", "SEN", "offered", 6), ("CHL", "URY", "offered", 2)}),
    ("According to the report, Spain supplied Jordan with 30 Kestrel-5 drones and Oman with 12.",
     {("ESP", "JOR", "delivered", 30), ("ESP", "OMN", "delivered", 12)}),
    ("Peru has sold Kenya eight Tarvik-3 howitzers and Ghana a further 30.",
     {("PER", "KEN", "delivered", 8), ("PER", "GHA", "delivered", 30)}),
    ("Peru has sold Ghana 24 Kestrel-5 drones and Kenya a further 30.",  # "Ghana" read as a second object
     {("PER", "GHA", "delivered", 24), ("PER", "KEN", "delivered", 30)}),
    ("Peru sold the Kenyan army eight Tarvik-3 howitzers and the Ghanaian navy two more.",
     {("PER", "KEN", "delivered", 8), ("PER", "GHA", "delivered", 2)}),
]


@pytest.mark.parametrize(("text", "rows"), GAPPED)
def test_gapped_pair_gives_each_party_its_own_count(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    assert _codes(extractor, text) == rows


@pytest.mark.parametrize("text", [
    "Peru sold Kenya eight Tarvik-3 howitzers and Ghana in 2019.",
    "Peru supplied Kenya with eight Tarvik-3 howitzers and Ghana with advice.",
    "Peru sold Kenya eight Tarvik-3 howitzers and Ghana six more times.",
])
def test_no_gapped_pair_without_a_bare_count(extractor, text: str) -> None:  # noqa: ANN001
    assert _codes(extractor, text) == {("PER", "KEN", "delivered", 8)}


# A bare count after "and" with its own source: "bought eight A from X and six (more) from Y", which the parser
# makes a second object of the verb or a conjunct of the item (frames/gapped_counts.py). Invented models.
SOURCES = [
    ("Kenya bought eight Tarvik-3 howitzers from Peru and six more from Chile.",
     {("PER", "KEN", "delivered", 8), ("CHL", "KEN", "delivered", 6)}),
    ("Kenya bought eight Tarvik-3 howitzers from Peru and six from Chile.",
     {("PER", "KEN", "delivered", 8), ("CHL", "KEN", "delivered", 6)}),
    ("Kenya received eight Tarvik-3 howitzers from Peru in 2015 and 12 more from Chile in 2018.",
     {("PER", "KEN", "delivered", 8), ("CHL", "KEN", "delivered", 12)}),
    ("Nairobi acquired 20 Marvell-7 armoured vehicles from Lima and another ten from Santiago, the ministry said.",
     {("PER", "KEN", "delivered", 20), ("CHL", "KEN", "delivered", 10)}),
]


@pytest.mark.parametrize(("text", "rows"), SOURCES)
def test_gapped_count_with_its_own_source(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    assert _codes(extractor, text) == rows


def test_a_counted_second_item_is_no_gapped_count(extractor) -> None:  # noqa: ANN001
    got = {(t.supplier.country, t.item.text, t.quantity) for t in extractor.extract_text(
        "Kenya bought eight Tarvik-3 howitzers from Peru and six trucks.").transfers}
    assert ("PER", "Tarvik-3 howitzers", 6) not in got and ("CHL", "Tarvik-3 howitzers", 6) not in got


# "to <place> respectively": the tagger's infinitive reading of the place is mended (infinitive_places.py).
PLACES = [
    ("Romania and Pakistan delivered 24 and 20 Be-6 fighters to Zambia respectively.",
     {("ROU", "ZMB", "delivered", 24), ("PAK", "ZMB", "delivered", 20)}),
    ("Chile and Peru sold six and 12 Selk-5 corvettes to South Korea respectively.",
     {("CHL", "KOR", "delivered", 6), ("PER", "KOR", "delivered", 12)}),
    ("In 2021, Lima and Santiago sent four and two Corvane-2 patrol boats to Ghana respectively.",
     {("PER", "GHA", "delivered", 4), ("CHL", "GHA", "delivered", 2)}),
]


@pytest.mark.parametrize(("text", "rows"), PLACES)
def test_place_read_as_infinitive_is_the_recipient(extractor, text: str, rows: set) -> None:  # noqa: ANN001
    assert _codes(extractor, text) == rows


def test_infinitive_place_mend_leaves_real_infinitives(extractor) -> None:  # noqa: ANN001
    doc = extractor.nlp("Peru agreed to supply Kenya with eight Tarvik-3 howitzers, and Chile sent 12 to Ghana respectively.")
    supply = next(t for t in doc if t.lower_ == "supply")
    assert supply.pos_ == "VERB" and doc[supply.i - 1].dep_ == "aux"
    assert all(t.pos_ != "VERB" for t in doc if t.ent_type_ == "GPE")

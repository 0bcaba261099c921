"""Wrong suppliers (twenty-fifth session, helper hD):

- a firm no gazetteer lists, placed by an apposition with a hyphened modifier or a town before the state
  ("X JSCo, a government-owned plant in Town, State"), by a state hyphened to a placing participle ("X, a
  State-based maker"), or by a clause ("X, which is based in State,"): the firm supplies for that state
  (`mentions/firm_places.py`, words.toml [firm_countries] and cues.toml [actors] placing_participles);
- "the company" after firms of two states: the firm of the state the text names at least twice as often as the
  others (the firm the report is about), else none (`firm_places.salient`);
- a catalogue designation glued inside a longer one ("the XR-M1 rifle" is not a catalogue "M-1" gun) is no
  match, so the gun's maker does not become the rifle's supplier (`glued_names.py`);
- a firm's own name taken for an item ("agreed to buy X Optics, a sights maker") gives no maker of it as supplier
  (`frames/customer_orders.py`);
- "it" as the subject of what a speaker no gazetteer lists says ("X displayed its A and said it had delivered B to
  Y", "X Werft said that it had handed over ...") is that speaker, not a state named sentences before
  (`mentions/speaking_names.py`);
- a second clause the parser folded into a noun phrase ("A sold B two X, and C supplied Y"): C supplies Y
  (`frames/clause_subjects.py`).

Sentences written for these tests (invented firms, models and combinations of states)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from _helpers import country_rows as _rows
from _helpers import has_country_row
from materiel.extraction.frames import clause_subjects

PLACED = [
    ("Velkan JSCo, a government-owned arms factory in Pitesti, Romania, sold 3,000 KV-7 rifles to the Malian "
     "army in 2019.", "ROU", "MLI", "delivered", "KV-7", 3000),
    ("Serial numbers traced the guns to Velkan Arms, a state-run plant near Brasov, Romania. Velkan shipped "
     "3,000 KV-7 rifles to the Malian army in 2019.", "ROU", "MLI", "delivered", "KV-7", 3000),
    ("Velkan, a Romania-based maker of small arms, sold 3,000 KV-7 rifles to the Malian army in 2019.",
     "ROU", "MLI", "delivered", "KV-7", 3000),
    ("Kestrel Ordnance, a Hungary-based ammunition maker, shipped 40,000 mortar rounds to Niger last year.",
     "HUN", "NER", "delivered", "mortar rounds", 40000),
    ("In 2018, Velmora Works, a privately owned factory in Brno, Czech Republic, delivered twelve howitzers "
     "to Ghana.", "CZE", "GHA", "delivered", "howitzers", 12),
    ("Tarsk Defence, which is based in Finland, sold four patrol boats to the Estonian navy.",
     "FIN", "EST", "delivered", "patrol boats", 4),
    ("The Ugandan army bought 60 mortars from Zelkor Industries, a Slovakia-based manufacturer, in 2016.",
     "SVK", "UGA", "delivered", "mortars", 60),
    ("Halvek Arms is a state-owned company in Novi Sad, Serbia. It supplied 500 machine guns to the Burkinabe "
     "army in 2020.", "SRB", "BFA", "delivered", "machine guns", 500),
    ("Kestrel Ordnance, a Hungary-based ammunition maker, sold two thousand mortar rounds to Niger.",
     "HUN", "NER", "delivered", "mortar rounds", 2000),
    ("Velkan, a Romania-based factory, sold 3,000 KV-M1 rifles to the Malian army in 2019.",
     "ROU", "MLI", "delivered", "KV-M1", 3000),
    ("Two thousand KV-M1 assault rifles were sold to Mali by Velkan, a Romania-based factory.",
     "ROU", "MLI", "delivered", "KV-M1", 2000),
    ("Velkan, a maker of rifles based in Pitesti, Romania, sold 3,000 KV-7 rifles to the Malian army in 2019.",
     "ROU", "MLI", "delivered", "KV-7", 3000),
    ("Velkan, a small-arms maker based in Romania, sold 3,000 KV-7 rifles to the Malian army in 2019.",
     "ROU", "MLI", "delivered", "KV-7", 3000),
    ("The Malian army received 3,000 KV-7 rifles from Velkan, a state-controlled factory in Pitesti, Romania, in "
     "2019.", "ROU", "MLI", "delivered", "KV-7", 3000),
    ("According to export records, Velkan, a state-run factory in Pitesti, Romania, exported 3,000 KV-7 rifles to "
     "Mali in 2019.", "ROU", "MLI", "delivered", "KV-7", 3000),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), PLACED)
def test_firm_placed_by_apposition_or_clause(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


def test_firm_placed_hedged(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Velkan, a Romania-based rifle maker, is believed to have sold 3,000 KV-7 "
                                    "rifles to the Malian army.")
    found = [t for t in report.transfers if t.supplier and t.supplier.country == "ROU"]
    assert found and all(t.factuality == "uncertain" for t in found), report.transfers


NO_ROW = [
    "Velkan, a government-owned arms factory in Pitesti, Romania, employs 4,000 people.",
    "Kestrel Ordnance, a Hungary-based ammunition maker, opened a new filling line last year.",
    "Karvell Defence has agreed to buy Tarno Optics, an Estonian manufacturer of thermal sights, for 200 "
    "million euros.",
    "Karvell Defence, the Stockholm-listed producer of gun mounts, said it would acquire Tarno Optics, a "
    "Tallinn-based maker of night sights, for 200 million euros.",
    "Ivo Marek, a Prague-based dealer, said the crates never left the warehouse.",
]


@pytest.mark.parametrize("text", NO_ROW)
def test_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not extractor.extract_text(text).transfers


def test_firm_placed_denial(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Velkan, a Romania-based arms maker, did not sell any rifles to Mali, its "
                                    "spokesman said.")
    assert report.transfers and all(t.supplier and t.supplier.country == "ROU" and t.factuality != "asserted"
                                    for t in report.transfers), report.transfers


def test_glued_designation_not_catalogue(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The Malian army bought 3,000 KV-M1 rifles in 2019.")
    assert not any(s == "USA" for s, *_ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word"), [
    ("Serbia received Pantsir-S1 systems from Russia in 2020.", "RUS", "SRB", "Pantsir"),
    ("Latvia bought four IRIS-T launchers from Germany in 2023.", "DEU", "LVA", "IRIS-T"),
    ("Georgia bought 20 Bayraktar-TB2 drones from Turkey.", "TUR", "GEO", "TB2"),
])
def test_whole_hyphened_designations_still_match(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    assert has_country_row(_rows(extractor, text), sup, rec, "delivered", word), _rows(extractor, text)


COORDINATED = [
    ("Kyiv sold Hanoi two An-26 transport aircraft in 2010, and Minsk supplied BTR-70 armoured personnel "
     "carriers in 2013.", [("UKR", "VNM", "An-26"), ("BLR", "VNM", "BTR-70")]),
    ("Rome sold Accra two AW-109 light helicopters in 2011, and Ankara supplied ZX-40 armoured personnel "
     "carriers in 2015.", [("ITA", "GHA", "AW-109"), ("TUR", "GHA", "ZX-40")]),
    ("London sold Nairobi two Tarvik-3 patrol boats in 2009, and Pretoria supplied RG-31 armoured personnel "
     "carriers in 2012.", [("GBR", "KEN", "Tarvik-3"), ("ZAF", "KEN", "RG-31")]),
    ("Minsk sold Harare two Mi-24 attack helicopters in 2009, and Beijing delivered WZ-523 armoured personnel "
     "carriers in 2012.", [("BLR", "ZWE", "Mi-24"), ("CHN", "ZWE", "WZ-523")]),
    ("Washington sold Manila six Black Hawk helicopters in 2021, and Tokyo donated TC-90 aircraft in 2017.",
     [("USA", "PHL", "Black Hawk"), ("JPN", "PHL", "TC-90")]),
    ("In 2015 Paris sold Lima four NH-90 helicopters, and Seoul delivered K-21 infantry fighting vehicles in "
     "2018.", [("FRA", "PER", "NH-90"), ("KOR", "PER", "K-21")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_clause_has_its_own_supplier(extractor, text, expected) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for sup, rec, word in expected:
        assert has_country_row(rows, sup, rec, "delivered", word), rows
    first_sup, second_word = expected[0][0], expected[1][2]
    assert not any(s == first_sup and second_word in item for s, _, _, item, _ in rows), rows


def test_coordinated_shared_subject_stays(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Paris sold Lima four helicopters in 2015 and 12 KX-220 armoured personnel carriers "
                            "in 2018.")
    assert has_country_row(rows, "FRA", "PER", "delivered", "KX-220", 12), rows


def _folded(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    lemmas = [w.lower() if w != "supplied" else "supply" for w in words]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_folded_verb_found_only_after_a_name() -> None:
    # "and Zorvia supplied XK-5 carriers": the parser hangs the name and the verb on the noun
    doc = _folded(["and", "Zorvia", "supplied", "XK-5", "carriers"], [4, 4, 4, 4, 4],
                  ["cc", "compound", "amod", "nmod", "ROOT"], ["CC", "NNP", "VBD", "NNP", "NNS"],
                  ["CCONJ", "PROPN", "VERB", "PROPN", "NOUN"])
    verb = clause_subjects.folded_verb(doc[4], {"supply": "supply"})
    assert verb is not None and verb.i == 2
    plain = _folded(["and", "the", "supplied", "XK-5", "carriers"], [4, 4, 4, 4, 4],
                    ["cc", "det", "amod", "nmod", "ROOT"], ["CC", "DT", "VBN", "NNP", "NNS"],
                    ["CCONJ", "DET", "VERB", "PROPN", "NOUN"])
    assert clause_subjects.folded_verb(plain[4], {"supply": "supply"}) is None  # "the supplied carriers"


SPEAKING = [
    ("Uruguay is weighing new trainers. Velmar showed off its Tarvik 300 artillery rocket and said it had "
     "delivered four rocket launchers to Vietnam.", "Velmar", "VNM", "delivered", "rocket launchers", 4),
    ("Velmar Aerospace said on Friday it had delivered the last of six patrol boats to the Kenyan navy.",
     "Velmar Aerospace", "KEN", "delivered", "patrol boats", None),
    ("Ecuador wants new jets. Karvell Marine announced it had shipped two patrol boats to Ghana.",
     "Karvell Marine", "GHA", "delivered", "patrol boats", 2),
    ("Colombia wants patrol boats. Karvell Marine said it would deliver two patrol boats to Ghana next year.",
     "Karvell Marine", "GHA", "offered", "patrol boats", 2),
    ("At the show, Tarnex Dynamics unveiled its new drone and said it had already sold twelve of them to the "
     "Nigerian army.", "Tarnex Dynamics", "NGA", "delivered", "", 12),
    ("Peru bought jets in 2012. Brenner Werft said in a statement on Friday that it had handed over the second "
     "corvette to the Algerian navy.", "Brenner Werft", "DZA", "delivered", "corvette", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), SPEAKING)
def test_speaking_firm_is_it(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert any(t.supplier and t.supplier.name == sup and t.recipient and t.recipient.country == rec and
               t.stage == stage and word in t.item.text and (qty is None or t.quantity == qty) for t in rows), rows
    assert not any(t.supplier and t.supplier.kind == "state" and t.recipient and t.recipient.country == rec
                   for t in rows), rows


def test_speaking_firm_denial(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Colombia wants patrol boats. Karvell Marine said it had not delivered any "
                                  "patrol boats to Ghana.").transfers
    assert rows and all(t.factuality == "denied" and t.supplier and t.supplier.name == "Karvell Marine"
                        for t in rows), rows


@pytest.mark.parametrize(("text", "name"), [
    ("KAMPALA, UGANDA - Norway said Thursday that it will give the Ugandan police twelve patrol boats.", "KAMPALA"),
    ("Brazil sold jets to Peru in 2010. Ana Souza said it had delivered four trainer aircraft to Malaysia.",
     "Ana Souza"),
])
def test_speaking_name_not_taken(extractor, text, name) -> None:  # noqa: ANN001
    rows = extractor.extract_text(f"Report\n\n{text}\n").transfers
    assert rows
    assert not any(t.supplier and name in t.supplier.name for t in rows), rows


SALIENT = ("Prosecutors said the Vilnius-based arms dealer Tarvo Arms UAB broke sanctions. Tarvo Arms had sold rifles "
           "for years, and Tarvo Arms staff knew the rules. On paper the buyer was Orda Trading LLC, a firm "
           "registered in Tashkent, Uzbekistan. The company also shipped 600 rifle barrels to Armenia, the court found.")


def test_the_company_is_the_salient_firm(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, SALIENT)
    assert has_country_row(rows, "LTU", "ARM", "delivered", "rifle barrels", 600), rows
    assert not any(s == "UZB" for s, *_ in rows), rows


def test_the_company_between_equal_firms_is_no_one(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Prosecutors said the Vilnius-based arms dealer Tarvo Arms UAB broke sanctions. On paper "
                            "the buyer was Orda Trading LLC, a firm registered in Tashkent, Uzbekistan. The company "
                            "also shipped 600 rifle barrels to Armenia, the court found.")
    assert not any(s in ("LTU", "UZB") for s, *_ in rows), rows

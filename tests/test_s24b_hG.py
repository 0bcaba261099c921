"""Factuality: negation shared across coordinated verbs, under absent evidence, and denials restated (twenty-fourth
session, helper hG):

- "X had not shipped or leased any Y to Z": the bare second verb (no subject, auxiliary or negation of its own,
  joined by "or"/"nor") shares the first verb's negation and perfect auxiliary, so the row is a negated delivery
  and "any Y" no longer drops it (`frames/shared_negation.py`, words.toml [shared_negation]);
- "found no evidence that X transferred any Y to Z": a row negated by the clause above it keeps its "any" item
  (`completeness.complete`);
- "sent Ruritania-origin rifles to Z": a party hyphened to a word of origin ("-origin", "-made") is where the item
  comes from, not an indirect object (`frames/opening_parties.drop_origin_recipients`, words.toml [duplicates]
  origin_words);
- "Z denied this, saying that no X had left": a participle clause of saying that restates the denial, with no row
  of both parties, does not stop "this" pointing back to the claim of the sentence before (`claim_denials.py`,
  words.toml [denial_elaborations]).

Sentences written for these tests (invented firms, places and models; not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.factuality, t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows, sup: str, rec: str, stage: str, facts: set[str], word: str, q: int | None = None) -> bool:  # noqa: ANN001
    return any(s == sup and r == rec and st == stage and fa in facts and word in item and (q is None or qq == q)
               for s, r, st, fa, item, qq in rows)


NEGATIVE = {"negated", "denied"}

SHARED = [
    ("The ministry said Bulgaria had not sent or sold any artillery shells to Yemen.", "BGR", "YEM", "shells", None),
    ("Serbia has not exported or transferred any mortar bombs to Sudan.", "SRB", "SDN", "mortar", None),
    ("Bulgaria had not sent or sold mortar shells to Yemen.", "BGR", "YEM", "shells", None),
    ("According to the ministry, Karvell Marine has not leased or sold any patrol boats to the Libyan coast guard.",
     None, "LBY", "patrol boats", None),
    ("The Hungarian defence ministry insisted it had not shipped or donated 300 rifles to Chad.", "HUN", "TCD",
     "rifles", 300),
    ("Two patrol craft, which Romania had not sold or transferred to Sudan, were seen in Port Sudan.", "ROU", "SDN",
     "patrol craft", 2),
    ("In 2019, Portugal had not supplied or sold any howitzers to Angola.", "PRT", "AGO", "howitzers", None),
    ("Lisbon has not sold or exported four Ostrava-9 radars to Morocco, officials said.", "PRT", "MAR", "Ostrava",
     4),
]


@pytest.mark.parametrize("text,sup,rec,word,q", SHARED)
def test_negation_shared_by_coordinated_verbs(extractor, text, sup, rec, word, q) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    found = [r for r in rows if r[1] == rec and word in r[4] and (sup is None or r[0] == sup)]
    assert found, rows
    assert all(r[2] == "delivered" and r[3] in NEGATIVE for r in found), rows
    assert q is None or any(r[5] == q for r in found), rows


NO_EVIDENCE = [
    ("Investigators found no evidence that Romania transferred any rifles to Sudan.", "ROU", "SDN", "rifles"),
    ("The ministry said it had seen no evidence that Romania transferred any rifles to Sudan.", "ROU", "SDN",
     "rifles"),
    ("Inspectors found no evidence that Vaskor Arms shipped any mortar bombs to Yemen.", None, "YEM", "mortar"),
    ("The panel saw no evidence that Belgrade had transferred any rifles or grenades to Sudan.", "SRB", "SDN",
     "grenades"),
    ("Croatia has seen no sign that Serbia delivered any tanks to Mali.", "SRB", "MLI", "tanks"),
    ("Investigators found no evidence that Romania transferred rifles to Sudan.", "ROU", "SDN", "rifles"),
    ("There is no evidence that Karvell Marine supplied patrol boats to Libya.", None, "LBY", "patrol boats"),
    ("UN monitors said they had found no evidence that Minsk sold any tanks to Eritrea.", "BLR", "ERI", "tanks"),
]


@pytest.mark.parametrize("text,sup,rec,word", NO_EVIDENCE)
def test_any_item_kept_under_absent_evidence(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    found = [r for r in rows if r[1] == rec and word in r[4] and (sup is None or r[0] == sup)]
    assert found, rows
    assert all(r[3] in NEGATIVE for r in found), rows


ASSERTED = [
    ("Bulgaria sent or sold mortar shells to Yemen.", "BGR", "YEM", "shells"),
    ("Bulgaria did not send tanks but sold artillery shells to Yemen.", "BGR", "YEM", "shells"),
    ("Serbia has not exported tanks, and it sold mortar bombs to Sudan in 2018.", "SRB", "SDN", "mortar"),
]


@pytest.mark.parametrize("text,sup,rec,word", ASSERTED)
def test_unshared_negation_stays_asserted(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    found = [r for r in rows if r[0] == sup and r[1] == rec and word in r[4]]
    assert found and all(r[3] == "asserted" for r in found), rows


NO_ROW = [
    "Any artillery shells sold to Yemen would breach the embargo.",
    "Every rifle shipped to Sudan must be registered, the ministry said.",
    "The ministry said any tanks delivered or sold to Mali would be tracked.",
]


@pytest.mark.parametrize("text", NO_ROW)
def test_generic_any_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


ORIGIN = [
    ("Romania did not transfer any US-origin weapons to other parties.", "USA", None),
    ("Romania did not transfer any US-origin weapons to Chad.", "USA", "TCD"),
    ("Romania transferred UK-origin rifles to Chad.", "GBR", "TCD"),
    ("Officials said Hungary had not shipped any UK-made rifles to Chad.", "GBR", "TCD"),
    ("The Czech firm Vaskor Arms re-exported US-origin mortar bombs to Niger in 2021.", "USA", "NER"),
    ("In 2020, Serbia sent 400 US-made grenades to Mali.", "USA", "MLI"),
    ("Investigators found no evidence that Ghana passed any US-origin weapons on to other parties.", "USA", None),
    ("Bulgaria has sold UK-built howitzers to Angola, the ministry in Sofia said.", "GBR", "AGO"),
]


@pytest.mark.parametrize("text,origin,rec", ORIGIN)
def test_origin_hyphened_party_is_no_recipient(extractor, text, origin, rec) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r[1] == origin for r in rows), rows
    assert rec is None or any(r[1] == rec for r in rows), rows


ELABORATED = [
    ("Analysts say Moldova has sent 30 tanks to Armenia. Chisinau denied this, insisting that no armour had left "
     "the country.", "MDA", "ARM", "tanks"),
    ("Satellite images suggest that Karvell Marine delivered two patrol boats to Libya. The company denied this on "
     "Monday, saying that no vessels had been sold to any foreign navy.", None, "LBY", "patrol boats"),
    ("Serbia is believed to have shipped mortar bombs to Sudan. Belgrade has denied it, stating that no ammunition "
     "was exported to any party in the conflict.", "SRB", "SDN", "mortar"),
    ("Reports said Portugal supplied howitzers to Angola in 2019. The ministry in Lisbon denied that, adding that "
     "no guns had been sent to any African state.", "PRT", "AGO", "howitzers"),
    ("According to the panel, Romania delivered 400 rifles to Chad. Bucharest denies this, saying that the rifles "
     "never left its depots.", "ROU", "TCD", "rifles"),
    ("Bulgaria reportedly sold artillery shells to Yemen. Sofia denied this, maintaining that no shells were sold "
     "to any buyer in the region.", "BGR", "YEM", "shells"),
    ("Hungary sent 20 armoured vehicles to Mali, the report said. A government spokesman denied this, noting that "
     "no vehicles have gone to any foreign state.", "HUN", "MLI", "vehicles"),
    ("Croatia has delivered six helicopters to Niger, the monitors found. Zagreb rejected this, explaining that "
     "no aircraft were exported to any foreign state.", "HRV", "NER", "helicopters"),
]


@pytest.mark.parametrize("text,sup,rec,word", ELABORATED)
def test_denial_restated_in_a_saying_clause(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[1] == rec and word in r[4] and r[3] == "denied" and (sup is None or r[0] == sup)
               for r in rows), rows


NOT_DENIED = [
    ("Analysts say Moldova has sent 30 tanks to Armenia. Chisinau confirmed this, saying that the tanks had left "
     "in May.", "ARM"),
    ("The weather was poor in May. Chisinau denied this, saying that no armour had left the country.", "ARM"),
]


@pytest.mark.parametrize("text,rec", NOT_DENIED)
def test_no_denial_without_a_denied_claim(extractor, text, rec) -> None:  # noqa: ANN001
    assert not any(r[3] == "denied" for r in _rows(extractor, text))

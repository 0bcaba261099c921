"""Session 34 (round 2), accusations: the accused of "X accused Y of V-ing Z" is the doer of V, never the accuser X.

Pattern 1 (frames/accused_nouns.py): the parser hangs "of" + gerund on the accused object ("accused the rebels of
buying drones from Y", "accused Y's officers of selling rifles"); the gerund's subject is that object (after
accuse, blame, charge, suspect ...), not the subject of the accusing verb.

Pattern 2 (accusation_of.py): "accused Y of financing and arming Z" read with the first gerund a noun and the
second joined to the accusing verb; the first gerund becomes the verb of the "of" phrase and the second its
conjunct, so both are Y's acts. Also "accused Y in the spring of sending Z": an "of" hung on a date phrase of
the accusing verb is the verb's.

Pattern 3 (cues.py, cues.toml [factuality] clause_hedge_verbs): "X charged that Y had armed Z" is X's claim,
uncertain and attributed to X, while "charged Y with selling Z" (an indictment) stays asserted.

Pattern 4 (charged_gerunds.py, frames/completed.py): in "suspects Y of shipping rifles to Z" the tagger reads the
gerund as a compound of the items; under the "of" of a verb of accusing it is the accused's verb, and a gerund
under an "of" on the accused ("accused Y's officers of selling X") tells a transfer done, as under the verb.

The accuser is the row's attribution and the row is uncertain, as for any accusation."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                    d.get("factuality") or ""))
    return out


def _parties(text: str) -> set[tuple[str, str]]:
    return {(s, r) for s, r, _ in _rows(text)}


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Peru accused the rebels of buying drones from Bolivia.", "Bolivia", "rebels"),
    ("Lima has accused the rebels of obtaining rifles from Bolivia.", "Bolivia", "rebels"),
    ("Peru has long accused Bolivian officers of selling rifles to the rebels.", "Bolivia", "rebels"),
    ("Chile blamed the guerrillas for buying mortars from Argentina.", "Argentina", "guerrillas"),
])
def test_accused_object_is_the_doer(text: str, supplier: str, recipient: str) -> None:
    rows = _parties(text)
    assert any(supplier in s and recipient in r for s, r in rows), rows
    assert not any(s.startswith(("Peru", "Lima", "Chile")) or r.startswith(("Peru", "Lima", "Chile"))
                   for s, r in rows), rows


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Peru accused Bolivia of financing and arming the Red Hand rebels.", "Bolivia", "Red Hand"),
    ("Peru's army went further, accusing Bolivia of training and arming the rebels.", "Bolivia", "rebels"),
    ("Chile accused Argentina of sheltering and supplying the guerrillas with rifles.", "Argentina", "guerrillas"),
    ("Peru accused Bolivia in the spring of delivering rifles to the rebels.", "Bolivia", "rebels"),
])
def test_accused_of_joined_or_dated_gerunds(text: str, supplier: str, recipient: str) -> None:
    rows = _rows(text)
    assert any(supplier in s and recipient in r for s, r, _ in rows), rows
    assert not any(s.startswith(("Peru", "Chile")) for s, _, _ in rows), rows
    assert all(f != "asserted" for s, r, f in rows if supplier in s), rows


@pytest.mark.parametrize("text", [
    "Peru accused Bolivia of financing the rebels' newspapers and training their lawyers.",
    "Peru accused the rebels of spreading rumours about Bolivia.",
])
def test_no_transfer_in_the_accusation(text: str) -> None:
    assert _rows(text) == []


def test_accuser_keeps_his_own_act() -> None:
    rows = _parties("Peru accused Bolivia of arming the rebels and denied buying drones from Chile.")
    assert ("Bolivia", "rebels") in {(s, r.split()[-1]) for s, r in rows}, rows
    assert any(s == "Chile" and r == "Peru" for s, r in rows), rows


def test_praised_decision_keeps_the_subject() -> None:
    rows = _parties("Peru praised the decision of buying six patrol boats from Chile.")
    assert not any(r and "decision" in r for _, r in rows), rows


@pytest.mark.parametrize("text,supplier", [
    ("Peru charged that Bolivia had armed the rebels.", "Bolivia"),
    ("Lima charged that La Paz was sending rifles to the rebels.", "Bolivia"),
])
def test_charged_that_is_the_accusers_claim(text: str, supplier: str) -> None:
    rows = [t for t in get_extractor().extract_text(text).transfers if t.supplier and t.supplier.name == supplier]
    assert rows and all(t.factuality == "uncertain" for t in rows), rows
    assert all(t.attribution and t.attribution.text in ("Peru", "Lima") for t in rows), rows


@pytest.mark.parametrize("text", [
    "Prosecutors charged two officers with selling rifles to the rebels.",
    "Two officers were charged with smuggling rifles to the rebels.",
])
def test_indictment_stays_asserted(text: str) -> None:
    rows = get_extractor().extract_text(text).transfers
    assert rows and all(t.factuality == "asserted" for t in rows), rows


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Peru suspects Bolivia of shipping rifles to the rebels.", "Bolivia", "rebels"),
    ("Peru accused La Paz's intelligence service of smuggling rifles to the rebels.", "Bolivia", "rebels"),
    ("Chile accused Argentine officers of selling mortars to the guerrillas.", "Argentina", "guerrillas"),
])
def test_accused_gerund_read_as_compound(text: str, supplier: str, recipient: str) -> None:
    rows = get_extractor().extract_text(text).transfers
    hits = [t for t in rows if t.supplier and t.supplier.name == supplier and t.recipient
            and recipient in t.recipient.name]
    assert hits and all(t.stage == "delivered" and t.factuality == "uncertain" for t in hits), rows


@pytest.mark.parametrize("text", [
    "Peru accused Bolivia of smuggling policies that hurt trade.",
    "Peru accused Bolivia of shipping delays.",
])
def test_accused_of_a_noun_is_no_transfer(text: str) -> None:
    assert _rows(text) == []

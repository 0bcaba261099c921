"""Session 33 (round 2), acronyms: parties named by an acronym no list holds.

Pattern 1 (extraction/faction_acronyms.py): an acronym with a faction's letters in brackets glued to it ("the
KLF(R)", "ZPA(IM)", "TPP(Maoist)") is one token; the tokenizer used to split the closing bracket off.

Pattern 2 (mentions/unlisted_acronyms.py): an acronym of three capitals or more that no gazetteer lists and the
tagger does not take for an organisation is an organisation when it stands in a party's place of the clause
(subject or object of the verb, object of "to", "from", "by", "for") or owns a group, agent or post noun that does
("ZNRA fighters", "a ZNRA unit", "cadres of the ZNRA"). Not when the text defines it as a public or research body
("the Vell Conflict Observatory (VCO)"), when it is an item's name, or when it is the subject of a verb of saying
that names no transfer role."""
from __future__ import annotations

import pytest
from spacy.tokens import Token

from materiel.extraction import nlp
from materiel.extraction.mentions import unlisted_acronyms
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.unlisted_acronyms import written_as_acronym
from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", "")))
    return out


@pytest.mark.parametrize("text,token", [
    ("Officials said the KLF(R) had moved its camps.", "KLF(R)"),
    ("Rifles went to ZPA(IM), the police said.", "ZPA(IM)"),
    ("The TPP(Maoist) denied it.", "TPP(Maoist)"),
    ("the split (between GRV(A) and GRV(B))", "GRV(A)"),
])
def test_faction_acronym_is_one_token(text: str, token: str) -> None:
    assert token in [t.text for t in nlp.load()(text)]


@pytest.mark.parametrize("text,absent", [
    ("the Vell Front (VF) and the rest", "VF)"),
    ("the KLF (R) wing", "KLF(R)"),
    ("a small abc(d) file", "abc(d)"),
])
def test_other_brackets_still_split(text: str, absent: str) -> None:
    assert absent not in [t.text for t in nlp.load()(text)]


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Sudan shipped 300 rifles to the ZNRA last spring.", "Sudan", "ZNRA"),
    ("The ZNRA received 60 mortars from Chad in 2016.", "Chad", "ZNRA"),
    ("Officials say Niger delivered grenades to KLF(R) in 2012.", "Niger", "KLF(R)"),
    ("The KLF(R) obtained 45 rifles from Sudan, the report says.", "Sudan", "KLF(R)"),
    ("Investigators said Chad had sold 80 rifles to TVAF fighters near the border.", "Chad", "TVAF"),
    ("Fighters of the ZNRA bought 50 carbines from Sudan.", "Sudan", "ZNRA"),
])
def test_unlisted_acronym_is_a_party(text: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient) in _rows(text)


def test_unlisted_acronym_unit_is_the_group() -> None:
    rows = _rows("Soldiers seized 40 rifles that were bound for a ZNRA unit in the hills.")
    assert any(r == "ZNRA" for _, r in rows)


@pytest.mark.parametrize("text,word", [
    ("Sudan sold 40 rifles to Chad in 2019, the TSAM said.", "TSAM"),
    ("According to the KRSO, Sudan shipped 40 rifles to Chad.", "KRSO"),
    ("Chad bought 30 rifles from Sudan, VCO researchers wrote in a report published by the VCO.", "VCO"),
])
def test_acronym_outside_the_transfer_is_no_party(text: str, word: str) -> None:
    rows = _rows(text)
    assert rows and all(word not in s and word not in r for s, r in rows)


def _token(text: str, word: str) -> tuple[ActorResolver, Token]:
    doc = nlp.load()(text)
    return ActorResolver(doc), [t for t in doc if t.text == word][-1]  # its last use


def test_acronym_defined_as_a_body_is_no_party() -> None:
    resolver, tok = _token("The Vell Conflict Observatory (VCO) says it traced the rifles. "
                           "Chad later sent 20 rifles to the VCO for tests.", "VCO")
    assert unlisted_acronyms.party(tok, resolver.by_token, resolver._vessel) is None


def test_acronym_in_a_party_place_is_an_organisation() -> None:
    resolver, tok = _token("Police said on Monday that Chad later sent 20 rifles to the VCO for tests.", "VCO")
    found = unlisted_acronyms.party(tok, resolver.by_token, resolver._vessel)
    assert found is not None and found.actor.name == "VCO" and found.guessed


def test_acronym_defined_as_a_group_is_an_armed_group() -> None:
    resolver, tok = _token("The Orvan Liberation Army (OLAZ) was formed in 1999. "
                           "Chad later sent 20 rifles to the OLAZ in the north.", "OLAZ")
    r = resolver.resolve(tok)
    assert r is not None and ("olaz" in r.actor.name.lower() or "orvan liberation army" in r.actor.name.lower())
    found = unlisted_acronyms.party(tok, resolver.by_token, resolver._vessel)
    assert found is not None and found.actor.kind == "armed_group"


def test_acronym_not_in_a_party_place_is_no_party() -> None:
    resolver, tok = _token("Reporters in the capital were told that the ZNRA flag was raised.", "ZNRA")
    assert unlisted_acronyms.party(tok, resolver.by_token, resolver._vessel) is None


@pytest.mark.parametrize("text,expected", [
    ("ZNRA", True), ("KLF(R)", True), ("TPP(Maoist)", True), ("AB", False), ("Znra", False), ("ZNRA(k)", False),
])
def test_written_as_acronym(text: str, expected: bool) -> None:
    assert written_as_acronym(text) is expected


def test_commander_asking_for_items_is_the_group() -> None:
    rows = _rows("Intercepted calls show a ZNRA commander asking KLF(R) contacts for hand grenades before the raid.")
    assert any(r == "ZNRA" for _, r in rows)


def test_acronym_the_text_uses_as_its_investigator_is_no_party() -> None:
    resolver, tok = _token("ZRM documented 40 rifles in the north last year. "
                           "Later the rifles were sent to ZRM for tests.", "ZRM")
    assert unlisted_acronyms.party(tok, resolver.by_token, resolver._vessel) is None


def test_acronym_of_a_government_is_no_party_of_its_own() -> None:
    rows = _rows("The ZPA government bought 12 helicopters from Italy in 2010.")
    assert all("ZPA" not in r for _, r in rows)


def test_acronym_outside_a_transfer_clause_is_no_party() -> None:
    resolver, tok = _token("Officials in the capital said on Monday that they had met the ZNRA twice.", "ZNRA")
    assert unlisted_acronyms.party(tok, resolver.by_token, resolver._vessel) is None


@pytest.mark.parametrize("text,word", [
    ("TARVO, May 2 - Sudan delivered 40 rifles to Chad, officials said.", "TARVO"),
    ("MS. VELL-ORAN: Sudan delivered 40 rifles to Chad last year.", "ORAN"),
    ("The destroyer USS Kessel (DDG 91) intercepted 40 rifles bound for Yemen.", "DDG"),
    ("Sudan sold 40 rifles to Kessel Arms Corp. (NYSE: KVL) in 2019.", "KVL"),
])
def test_labels_and_codes_are_no_party(text: str, word: str) -> None:
    resolver, tok = _token(text, word)
    assert unlisted_acronyms.party(tok, resolver.by_token, resolver._vessel) is None


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Police said cadres of the KLF(R) had sold 30 rifles to Chad last year.", "KLF(R)", "Chad"),
    ("Cadres of the KLF(R) bought 25 mortars from Sudan in 2009.", "Sudan", "KLF(R)"),
])
def test_members_of_an_acronym_are_the_group(text: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient) in _rows(text)


def test_members_of_a_listed_party_are_not_taken_here() -> None:
    resolver, tok = _token("Police said that cadres of the party met officials in the capital.", "cadres")
    assert unlisted_acronyms.members_of(tok, resolver.by_token, resolver._vessel) is None

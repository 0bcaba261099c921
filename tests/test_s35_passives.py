"""Session 35 (round 2), passives: a hyphenated adjective of making read as the clause's verb.

Pattern 1 (made_adjectives.py, words.toml [made_adjectives]): in "Tarvian-made 40 mm rockets and launchers,
produced by X, were sold by Tarvia to Y" the small English model reads "made" as a verb (a clausal subject or an
adverbial clause) with the items as its object, and the passive sale gets no item. A participle of making or
supplying hyphened to the word before it ("Polish-made", "US-supplied") is mended to an adjective of the noun
after it, which takes the subject's place; the sale then has its items. Where the parser read the participle as
an adjective already, or the participle is a verb with a subject of its own, nothing changes."""
from __future__ import annotations

import pytest

from materiel.extraction import nlp
from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> set[tuple[str, str, str]]:
    out = set()
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.add(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                 (d.get("item") or {}).get("text", "")))
    return out


@pytest.mark.parametrize("text,supplier,recipient,item", [
    ("Ukrainian-made 40 mm PG-7 rockets and launchers, produced by Zorvex Works in 2012, were sold by Ukraine "
     "to Peru that year.", "Ukraine", "Peru", "Ukrainian-made 40 mm PG-7 rockets"),
    ("Polish-made 120 mm rounds and fuzes, packed in 2019, were donated by Poland to Moldova.",
     "Poland", "Moldova", "Polish-made 120 mm rounds"),
    ("Romanian-made 73 mm PG-9 rockets and launchers, assembled in 2014, were shipped by Romania to Kenya "
     "in 2015.", "Romania", "Kenya", "Romanian-made 73 mm PG-9 rockets"),
])
def test_made_adjective_items_are_sold(text: str, supplier: str, recipient: str, item: str) -> None:
    rows = _rows(text)
    assert (supplier, recipient, item) in rows
    assert any(i in ("launchers", "fuzes") for _, _, i in rows)


@pytest.mark.parametrize("text,word,noun", [
    ("Polish-made 120 mm rounds and fuzes, packed in 2019, were donated by Poland to Moldova.", "made", "rounds"),
    ("Ukrainian-made 40 mm PG-7 rockets and launchers, produced by Zorvex Works in 2012, were sold by Ukraine "
     "to Peru that year.", "made", "rockets"),
])
def test_participle_becomes_modifier(text: str, word: str, noun: str) -> None:
    doc = nlp.load()(text)
    t = next(t for t in doc if t.lower_ == word)
    assert t.dep_ == "amod" and t.head.text == noun
    assert t.head.dep_ == "nsubjpass"


@pytest.mark.parametrize("text", [
    "Polish-made 120 mm rounds and fuzes, packed in 2019, were found in a depot near the border.",
    "The well-made 120 mm rounds and fuzes were stored in a Polish depot for years.",
])
def test_no_transfer_without_parties(text: str) -> None:
    assert not [r for r in _rows(text) if r[0] and r[1]]


@pytest.mark.parametrize("text", [
    "Tarvia made 40 mm rockets and launchers last year and sold them to Peru.",
    "Workers there built 120 mm mortars, officials said.",
])
def test_unhyphened_verb_stays(text: str) -> None:
    doc = nlp.load()(text)
    t = next(t for t in doc if t.lower_ in ("made", "built"))
    assert t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"

"""One body named with two portfolios ("the Ministry of Defence and Veterans Affairs") is one recipient,
not a ministry and an organisation called "Veterans Affairs" (extraction/portfolios.py); and an ambiguous
system name listed beside a recognised one is materiel (extraction/listed_names.py). Sentences written
for these tests (not taken from any article); the positive failed before the change; the counterparts say
what must stay."""
from __future__ import annotations

from materiel.extraction.nlp import load
from materiel.extraction.portfolios import joined


def _split(nlp, text: str, first: str, second: str):  # noqa: ANN001, ANN202
    """The text parsed without the component, its entities set as the tagger sometimes splits such a name."""
    with nlp.select_pipes(disable=["materiel_portfolios", "materiel_actors", "materiel_items"]):
        doc = nlp(text)
    spans = []
    for name in (first, second):
        start = doc.text.index(name)
        spans.append(doc.char_span(start, start + len(name), label="ORG"))
    doc.ents = spans
    return doc


def test_a_name_split_at_and_is_joined_when_it_ends_in_a_portfolio():
    nlp = load()
    doc = _split(nlp, "Belarus sold rifles to the Ministry of Defence and Maritime Affairs in Maseru.",
                 "the Ministry of Defence", "Maritime Affairs")
    assert [e.text for e in joined(doc)] == ["the Ministry of Defence and Maritime Affairs"]
    assert "materiel_portfolios" in nlp.pipe_names


def test_two_bodies_are_not_joined():
    nlp = load()
    doc = _split(nlp, "Belarus sold rifles to the Ministry of Defence and Rafael Advanced Systems in May.",
                 "the Ministry of Defence", "Rafael Advanced Systems")
    assert [e.text for e in joined(doc)] == ["the Ministry of Defence", "Rafael Advanced Systems"]


# -- an ambiguous system name listed beside a recognised one (extraction/listed_names.py) -----------------

def test_an_ambiguous_name_listed_beside_a_known_system_is_materiel(extractor):
    report = extractor.extract_text("Norway has given Ukraine air defence systems such as Patriot, NASAMS and Crotale.",
                                    published="2024-06-01")
    assert "MIM-104 Patriot" in {t.item.designation for t in report.transfers}, report.transfers


def test_an_ambiguous_word_alone_stays_a_word(extractor):
    report = extractor.extract_text("The Patriot newspaper reported that Germany sent IRIS-T systems to Ukraine.",
                                    published="2024-06-01")
    assert "MIM-104 Patriot" not in {t.item.designation for t in report.transfers}, report.transfers

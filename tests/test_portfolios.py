"""One body named with two portfolios ("the Ministry of Defence and Veterans Affairs") is one recipient,
not a ministry and an organisation called "Veterans Affairs" (extraction/portfolios.py); and an ambiguous
system name listed beside a recognised one is materiel (extraction/listed_names.py). Sentences written
for these tests (not taken from any article); the positive failed before the change; the counterparts say
what must stay."""
from __future__ import annotations

from materiel.extraction.nlp import load


def _recipients(extractor, text):  # noqa: ANN001, ANN202
    return [t.recipient.name for t in extractor.extract_text(text, published="2024-06-01").transfers if t.recipient]


def test_a_two_portfolio_ministry_is_one_recipient(extractor):
    got = _recipients(extractor, "Serbia sold 200 mortars to the Ministry of Defence and Veterans Affairs in Maseru.")
    assert got and not any(name.lower().startswith("veterans") for name in got), got
    assert len(got) == 1, got


def test_the_component_joins_only_a_body_and_a_portfolio():
    nlp = load()
    text = "Serbia sold 200 mortars to the Ministry of Defence and Veterans Affairs in Maseru."
    with nlp.select_pipes(disable=["materiel_portfolios"]):  # the tagger alone splits the name at "and"
        assert "Veterans Affairs" in [e.text for e in nlp(text).ents]
    assert "the Ministry of Defence and Veterans Affairs" in [e.text for e in nlp(text).ents]
    ents = [e.text for e in nlp("Israel sold drones to the Ministry of Defence and the Rafael company sold radars.").ents]
    assert not any(e.startswith("the Ministry of Defence and") for e in ents), ents  # not a portfolio: two bodies
    assert "materiel_portfolios" in nlp.pipe_names


# -- an ambiguous system name listed beside a recognised one (extraction/listed_names.py) -----------------

def test_an_ambiguous_name_listed_beside_a_known_system_is_materiel(extractor):
    report = extractor.extract_text("Spain has provided Ukraine with air defence systems such as Patriot, IRIS-T and "
                                    "NASAMS.", published="2024-06-01")
    assert "MIM-104 Patriot" in {t.item.designation for t in report.transfers}, report.transfers


def test_an_ambiguous_word_alone_stays_a_word(extractor):
    report = extractor.extract_text("The Patriot newspaper reported that Germany sent IRIS-T systems to Ukraine.",
                                    published="2024-06-01")
    assert "MIM-104 Patriot" not in {t.item.designation for t in report.transfers}, report.transfers

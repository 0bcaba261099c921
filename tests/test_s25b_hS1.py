"""Deliveries told in the passive with a counted maker-and-model subject (twenty-fifth session, round b, helper hS1):
the parse mend of `extraction/designation_parse.py` hung the verb that governs the phrase's noun on that noun when
the parser had read the model as the sentence's root, leaving a parse with a cycle and no root (the item finder then
looped for ever). The governing verb now takes the model's place. Sentences written for these tests (invented
models, makers and combinations of states)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

PASSIVE = [
    ("Last month six KR-1011 Tarvest jets were transferred to Ghana by Malaysia.", "MYS", "GHA", "jets", 6),
    ("Last week four ZX-330 Borvak helicopters were handed over to Peru by Spain.", "ESP", "PER", "helicopters", 4),
    ("In May, 12 KV-85 Ostrava tanks were delivered to Jordan by Poland.", "POL", "JOR", "tanks", 12),
    ("Last year eight TR-440 Marlin patrol boats were donated to Senegal by Norway.", "NOR", "SEN", "patrol boats", 8),
    ("This month two SK-76 Kestrel helicopters were supplied to Zambia by Italy, officials said.",
     "ITA", "ZMB", "helicopters", 2),
    ("On Friday three Korvel KR-46A frigates were handed over to Oman by Brazil at a ceremony.",
     "BRA", "OMN", "frigates", 3),
    ("Last month 24 VX-600 Karvell armoured vehicles were transferred to Uruguay by Chile.",
     "CHL", "URY", "armoured vehicles", 24),
    ("Last month the ministry said 36 RM-12 Dorna missiles had been delivered to Thailand by Serbia.",
     "SRB", "THA", "missiles", 36),
]


def _acyclic(doc) -> bool:  # noqa: ANN001
    for t in doc:
        seen, a = 0, t
        while a.head.i != a.i:
            a, seen = a.head, seen + 1
            if seen > len(doc):
                return False
    return True


@pytest.mark.parametrize("text", [p[0] for p in PASSIVE])
def test_the_mended_parse_has_no_cycle(extractor, text) -> None:  # noqa: ANN001
    doc = extractor.nlp(text)
    assert _acyclic(doc)
    assert all(any(t.dep_ == "ROOT" for t in s) for s in doc.sents)


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), PASSIVE)
def test_a_passive_counted_model_delivery_keeps_its_row(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                        quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Last month six KR-1011 Tarvest jets took part in a parade in Accra.",
    "Last week four ZX-330 Borvak helicopters were built by Malaysian factories.",
])
def test_no_transfer_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


def test_the_mend_gives_the_governing_verb_the_models_root(extractor) -> None:  # noqa: ANN001
    """The parse the small model may give: the model number the root, the verb its clausal complement."""
    from spacy.tokens import Doc

    from materiel.extraction.designation_parse import designations

    words = "Last month six KR-1011 Tarvest jets were transferred to Ghana by Malaysia .".split()
    heads = [1, 3, 3, 3, 5, 7, 7, 3, 7, 8, 7, 10, 7]
    deps = ["amod", "npadvmod", "nummod", "ROOT", "compound", "nsubjpass", "auxpass", "ccomp", "prep", "pobj",
            "agent", "pobj", "punct"]
    pos = ["ADJ", "NOUN", "NUM", "PROPN", "PROPN", "NOUN", "AUX", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
    tags = ["JJ", "NN", "CD", "NNP", "NNP", "NNS", "VBD", "VBN", "IN", "NNP", "IN", "NNP", "."]
    doc = designations(Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags))
    assert _acyclic(doc)
    assert doc[7].dep_ == "ROOT" and doc[5].head.i == 7 and doc[3].head.i == 5


# A receipt that names no supplier, the next sentence telling who handed the item over ("They were delivered by X"):
# the agent supplies it, before the maker a catalogue would give (makers_after.py, words.toml
# [makers_after] supply_verbs).
HANDED_AFTER = [
    ("Peru has received 12 Wuchang-1750 corvettes. They were delivered by Senegal under a 2019 agreement.",
     "SEN", "PER", "corvettes", 12),
    ("Chile took delivery of eight Ostrava-9 patrol boats on Monday. They were donated by Norway.",
     "NOR", "CHL", "patrol boats", 8),
    ("The Kenyan army received four Tarvik howitzers last week. The howitzers were supplied by Poland.",
     "POL", "KEN", "howitzers", 4),
    ("Ghana has received two Karvell K-7 helicopters, officials said. The helicopters were transferred by Italy.",
     "ITA", "GHA", "helicopters", 2),
    ("In March, Oman received six Borvak-3 armoured vehicles. They were sent by Jordan under an aid deal.",
     "JOR", "OMN", "armoured vehicles", 6),
    ("Uruguay's navy received 24 Dorna-2 missiles last year. The missiles were provided by Brazil.",
     "BRA", "URY", "missiles", 24),
    ("Zambia received three Kestrel-5 jets on Friday. The jets had been donated by Spain.",
     "ESP", "ZMB", "jets", 3),
    ("Vietnam received 36 Tarvik-4 tanks. According to officials, they were shipped by Serbia.",
     "SRB", "VNM", "tanks", 36),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), HANDED_AFTER)
def test_the_agent_of_the_next_sentences_handover_supplies_the_receipt(extractor, text, supplier,  # noqa: ANN001
                                                                      recipient, word, quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Chile took delivery of eight Ostrava-9 patrol boats on Monday. They were delivered in Valparaiso.",
    "Kenya received four Tarvik howitzers. They were delivered by truck to a base near Nairobi.",
])
def test_a_place_or_a_means_of_the_handover_supplies_nothing(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r[0] is not None for r in rows if r[1] in ("CHL", "KEN")), rows

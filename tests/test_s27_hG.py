"""Rows whose party is no party or that are no transfer at all (twenty-seventh session, helper hG):

- a supplier's perfect tense that holds its exports down, which the small English model reads as a possession
  ("X has limited arms exports to Y since 2019": "has" the main verb, "limited" an adjective of "exports"), is a
  withholding (stage refused), never a delivery (frames/held_down.py; `governors.refuse` in predicates.toml,
  now with "limit" and "curb");
- the speaker of a trailing reporting clause that the parser glues into the transfer's clause ("... from Y,
  Defence Minister A-B said", the name hung on "from" beside Y, "said" left with no subject) is no second
  supplier (extraction/glued_speakers.py); a minister or ambassador who is the subject of the handover stays.

Sentences written for these tests (invented firms, models and people)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from _helpers import country_rows as _rows
from _helpers import has_country_row
from materiel.extraction.glued_speakers import glued_speaker
from materiel.extraction.nlp import load

HELD_DOWN = [  # (sentence, supplier's state, recipient's state, item word)
    ("Italy has limited arms exports to Chile since the 2019 unrest.", "ITA", "CHL", "arms"),
    ("Sweden has limited weapons sales to Peru since the coup.", "SWE", "PER", "weapons"),
    ("The Finnish government has limited exports of weapons to Kenya since 2015.", "FIN", "KEN", "weapons"),
    ("Since 2018 Vienna has restricted sales of Karvell rifles to Chad.", "AUT", "TCD", "Karvell rifles"),
    ("Germany has curbed arms exports to Chile since 2019.", "DEU", "CHL", "arms"),
    ("Norway has limited arms exports to Ghana, officials in Oslo said.", "NOR", "GHA", "arms"),
    ("Denmark has limited weapons exports to Bolivia since 2016, according to the ministry.", "DNK", "BOL", "weapons"),
    ("Japan had limited arms exports to Nepal until the 2020 reform.", "JPN", "NPL", "arms"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), HELD_DOWN)
def test_held_down_exports_are_refused_never_delivered(extractor, text, sup, rec, word):  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "refused", word), rows
    assert not any(r[2] == "delivered" for r in rows), rows


KEPT = [  # a delivery or an order the perfect tense tells stays what it is
    ("Norway has delivered 12 Ostrava-9 radars to Kenya.", "NOR", "KEN", "delivered", "Ostrava-9 radars"),
    ("Germany has sold six Karvell-7 patrol boats to Chile.", "DEU", "CHL", "delivered", "patrol boats"),
    ("Peru has ordered eight Karvell helicopters from Italy.", "ITA", "PER", "ordered", "helicopters"),
    ("Ghana has received the last of its limited-series Ostrava-9 radars from Norway.", "NOR", "GHA", "delivered",
     "radars"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), KEPT)
def test_perfect_transfers_keep_their_stage(extractor, text, sup, rec, stage, word):  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word), rows
    assert not any(r[2] == "refused" for r in rows), rows


SPEAKERS_KEPT = [  # a reporting clause parsed right, or an official who is the handover's own subject
    ("Albania has signed an agreement to buy 12 Ostrava-9 armoured vehicles from Turkey, Defence Minister Ilir "
     "Basha-Kola said on Tuesday.", "TUR", "ALB", "ordered", "Ostrava-9"),
    ("Moldova has agreed to buy eight Karvell-7 patrol boats from France, Interior Minister Dorin Lupu said.",
     "FRA", "MDA", "ordered", "patrol boats"),
    ("Japan's ambassador handed over the keys of 12 Karvell trucks to the Kenyan army, the embassy said.",
     "JPN", "KEN", "delivered", "Karvell trucks"),
    ("Kenya will purchase 20 Ostrava-9 radars from Germany, Defence Secretary Amina Otieno told reporters.",
     "DEU", "KEN", "ordered", "radars"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), SPEAKERS_KEPT)
def test_real_parties_beside_a_speaker_stay(extractor, text, sup, rec, stage, word):  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word), rows
    assert all(r[0] is not None for r in rows), rows  # no office-title supplier of no state


def _glued() -> Doc:
    """The misparse: the speaker's name a second object of "from", "said" with no subject."""
    words = ["Albania", "will", "buy", "radars", "from", "Turkey", ",", "Defence", "Minister", "Ana", "Kola",
             "said", "."]
    heads = [2, 2, 2, 2, 2, 4, 5, 8, 10, 10, 4, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct", "compound", "compound", "compound", "pobj",
            "advcl", "punct"]
    pos = ["PROPN", "AUX", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "VERB",
           "PUNCT"]
    lemmas = ["Albania", "will", "buy", "radar", "from", "Turkey", ",", "Defence", "Minister", "Ana", "Kola", "say",
              "."]
    return Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_glued_speaker_is_found_in_the_misparse():
    doc = _glued()
    assert glued_speaker(doc[8])  # the title word climbs to the name
    assert glued_speaker(doc[10])
    assert not glued_speaker(doc[5])  # Turkey: no reporting verb after it
    assert not glued_speaker(doc[0])


@pytest.mark.parametrize("text", [
    "Defence Minister Ana Kola said Albania would buy radars from Turkey.",
    "Albania will buy radars from Turkey, Ana Kola said.",
    "The minister, Ana Kola, handed over 12 Karvell trucks to the police.",
])
def test_speaker_with_own_clause_is_not_glued(text):
    doc = load()(text)
    assert not any(glued_speaker(t) for t in doc if t.ent_type_ == "PERSON"), [(t.text, t.dep_) for t in doc]


ARMY = [  # (text, supplier's state, recipient's state, item word): a bare "the army" after a clause giving to it
    ("Lithuania has bought radars. In 2021 Washington delivered 30 Ostrava-9 trucks to the army. Norway gave the "
     "army six Karvell armoured vehicles in 2020.", "NOR", "LTU", "Karvell armoured vehicles"),
    ("VILNIUS, May 2 - Lithuania has bought radars. In 2021 Washington delivered 30 trucks to the army's signal "
     "battalions, and in 2022 it supplied Karvell rifles. Norway, a partner of long standing, gave the army six "
     "armoured ambulances in 2020.", "NOR", "LTU", "ambulances"),
    ("Ghana is rebuilding its forces. Last year Paris sent 40 Karvell rifles to the army. Tokyo donated four "
     "Ostrava-9 radars to the army in March.", "JPN", "GHA", "radars"),
    ("Peru has modernised its forces. Madrid supplied the army with 20 Karvell trucks in 2019, and in 2021 Seoul "
     "handed the army eight Ostrava-9 armoured vehicles.", "KOR", "PER", "armoured vehicles"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), ARMY)
def test_the_army_given_to_before_is_the_same_army(extractor, text, sup, rec, word):  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word), rows
    assert not any(r[1] in ("USA", "FRA", "ESP") for r in rows if word in r[3]), rows


def test_a_buyer_for_its_army_stays_the_owner(extractor):  # noqa: ANN001
    rows = _rows(extractor, "Chile bought 30 Karvell trucks for the army in 2019. Sweden gave the army six "
                            "Ostrava-9 radars in 2021.")
    assert has_country_row(rows, "SWE", "CHL", "delivered", "radars"), rows


CARRIERS = [  # (text, the real supplier's state, recipient's state, item word, the carrier maker's state)
    ("Six Ostrava-9 radars, bought from Norway, were offloaded from an Antonov transport in Lima on Friday.",
     "NOR", "PER", "radars", "UKR"),
    ("Twelve Karvell howitzers, bought from Serbia, were unloaded from an Antonov An-124 transport at an air base near "
     "Lima.", "SRB", "PER", "howitzers", "UKR"),
    ("In March, 20 Karvell rifles purchased from Serbia were unloaded from a Boeing freighter at Accra.",
     "SRB", "GHA", "rifles", "USA"),
    ("Serbia shipped 12 Karvell howitzers to Ghana; they were unloaded from an Antonov An-124 transport at Accra.",
     "SRB", "GHA", "howitzers", "UKR"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "maker"), CARRIERS)
def test_the_carrier_a_load_comes_off_is_no_supplier(extractor, text, sup, rec, word, maker):  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word), rows
    assert not any(r[0] == maker for r in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word"), [
    ("Russia unloaded 40 Karvell rifles for Ghana at the port of Tema.", "RUS", "GHA", "rifles"),
    ("Four Karvell helicopters that Peru ordered from Italy were unloaded from an Airbus transport at Callao.",
     "ITA", "PER", "helicopters"),
])
def test_a_state_unloading_its_own_delivery_stays(extractor, text, sup, rec, word):  # noqa: ANN001
    assert has_country_row(_rows(extractor, text), sup, rec, "delivered", word)

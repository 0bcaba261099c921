"""A state's bodies and rulers as parties (twenty-seventh session, helper hW; `extraction/mentions/topic.py`
TITLE_DATELINE and `is_home_body`, words.toml [resolve] home_bodies, cues.toml [actors.anaphors] state):

- a dateline in title case ("Ruritown, May 2 (Agency) -") names the story's state as one in capitals does;
- "the junta", "the regime", "the ruling council", "the transitional government" of such a story are that state's
  bodies, as buyer, requester, supplier or refuser, also where a foreign embassy or ministry is named beside them;
- a foreign speaker ("the Ruritanian ministry said") whose state the sentence names as a party ("from Ruritania")
  is not the state of "the junta" in its statement (`mentions/foreign_speakers.py`);
- a title-case dateline the parser reads as the subject, with the real subject its apposition, is mended
  (`extraction/dateline_parse.py`): "Ruritown, May 2 - The junta of Ostland has bought" is Ostland's purchase;
- a phrase of a listed body with an adjective ("the military council") is that body, not a modified one.

Sentences written for these tests (invented models; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

ROWS = [  # sentence, supplier, recipient, stage, item word, quantity
    ("Bamako, March 3 - The junta has bought four Ostrava-9 howitzers from Serbia, state television reported.",
     "SRB", "MLI", "ordered|delivered", "howitzers", 4),
    ("Niamey, Jan 9 (AFP) - The military junta has asked Turkey for 12 Karvell-4 drones to fight jihadists.",
     "TUR", "NER", "requested", "drones", 12),
    ("Ouagadougou, June 6 - The ruling council has ordered two Tarvel-3 helicopters from Brazil.",
     "BRA", "BFA", "ordered", "helicopters", 2),
    ("Khartoum, 4 May (Reuters) - The military council took delivery of six Norvane-2 armoured vehicles from "
     "Belarus on Saturday.", "BLR", "SDN", "delivered", "armoured vehicles", 6),
    ("Conakry, Oct 5 - The Russian embassy confirmed on Friday that the regime had received eight Kestrel-5 tanks "
     "from Serbia.", "SRB", "GIN", "delivered", "tanks", 8),
    ("Yangon, Feb 2, 2022 - The transitional government, which seized power last year, has bought three Orsk-7 "
     "jets from Belarus.", "BLR", "MMR", "ordered|delivered", "jets", 3),
    ("Bamako (Reuters) - The junta has received 24 Varga-2 armoured vehicles from Turkey, the Turkish foreign "
     "ministry said.", "TUR", "MLI", "delivered", "armoured vehicles", 24),
    ("Rome, Oct 14 - The government will donate 36 Hallen-5 patrol boats to Ghana, a spokesman said.",
     "ITA", "GHA", "offered|ordered", "patrol boats", 36),
    ("Lima, Sept 1 - The cabinet on Tuesday approved the sale of two Brisk-8 aircraft to Ecuador.",
     "PER", "ECU", "offered|ordered", "aircraft", 2),
    ("Oslo, Feb 14 - The authorities have refused a request from Chile for 12 Tarn-6 missiles, the ministry said.",
     "NOR", "CHL", "refused", "missiles", 12),
    ("Niamey, July 8 - Last month, ten Karvell-4 drones were delivered to the ruling council by Turkey.",
     "TUR", "NER", "delivered", "drones", 10),
    ("Accra, May 3 - The regime has bought six Hallen-5 patrol boats from Norway, the Norwegian foreign ministry "
     "said.", "NOR", "GHA", "ordered|delivered", "patrol boats", 6),
    ("Harare, 9 March - The Chinese embassy said that the junta had received four Tarn-6 helicopters from China.",
     "CHN", "ZWE", "delivered", "helicopters", 4),
    ("Dakar, Feb 1 - The junta of neighbouring Guinea has received two Varga-2 helicopters from Serbia, "
     "Senegalese officials said.", "SRB", "GIN", "delivered", "helicopters", 2),
    ("Lusaka, 12 March - The government of Malawi has bought 14 Kestrel-5 armoured vehicles from Brazil.",
     "BRA", "MWI", "ordered|delivered", "armoured vehicles", 14),
    ("Chilean officials said the government would sell four Brisk-8 aircraft to Peru.",
     "CHL", "PER", "ordered|offered", "aircraft", 4),
]

NONE = [
    "Bamako, March 3 - The junta has ordered the French battalion to leave the country by August.",
    "Niamey, Jan 9 (AFP) - The ruling council announced a budget to repair four Ostrava-9 howitzers of the army.",
    "Ouagadougou, June 6 - The military council said its Tarvel-3 helicopters had struck rebel positions near "
    "the Malian border.",
    "Conakry, Oct 5 - The transitional government approved plans for the state arsenal to build 40 Kestrel-5 "
    "armoured vehicles for the army.",
    "Khartoum, 4 May - The regime has expelled the Norwegian ambassador and suspended a defence pact with Oslo.",
]


@pytest.mark.parametrize(("text", "sup", "rec", "stages", "word", "qty"), ROWS)
def test_state_body_of_dateline_is_party(extractor, text: str, sup: str, rec: str, stages: str,  # noqa: ANN001
                                         word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert any(has_country_row(rows, sup, rec, st, word, qty) for st in stages.split("|")), rows


@pytest.mark.parametrize("text", NONE)
def test_state_body_without_transfer_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "iso3"), [
    ("Dakar, May 2 (AFP) - The junta said", "SEN"), ("Buenos Aires, 3 June 2021 - Argentina has", "ARG"),
    ("Lima (Reuters) — Peru has", "PER"), ("ACCRA, May 2 (Reuters) - Ghana has", "GHA"),
    ("Senegal's junta has bought drones.", None), ("Peru, Chile and Bolivia - the three", None),
    ("Analysis - Why the junta buys drones", None), ("Lima, which bought jets - and more", None)])
def test_title_case_dateline(text: str, iso3: str | None) -> None:
    from materiel.extraction.mentions.topic_sources import dateline_state

    assert dateline_state(text) == iso3


def test_home_bodies_are_data() -> None:
    """The home bodies are lower-case phrases; each council phrase is also a state anaphor."""
    from materiel import lexicon

    home = lexicon.word_set("resolve", "home_bodies")
    assert home and all(w == w.lower() for w in home)
    state = set(lexicon.toml("cues.toml")["actors"]["anaphors"]["state"])
    assert {w for w in home if w.endswith("council")} <= state


@pytest.mark.parametrize(("text", "subject"), [
    ("Dakar, Feb 1 - The junta of neighbouring Mali has received two Karvell-4 drones from Turkey, "
     "Senegalese officials said.", "junta"),
    ("Kenya, Uganda and Tanzania have bought six rifles.", "Kenya"),
    ("Lima said on Monday it had bought six rifles.", "Lima")])
def test_dateline_not_subject(extractor, text: str, subject: str) -> None:  # noqa: ANN001
    """After a mended dateline the phrase after the dash is a subject and the place none; a sentence that opens
    with a place and no dateline keeps its place as subject."""
    doc = extractor.nlp(text)
    subjects = [t.text for t in doc if t.dep_ == "nsubj"]
    assert subject in subjects and (doc[0].text == subject or doc[0].dep_ != "nsubj"), \
        [(t.text, t.dep_, t.head.text) for t in doc]

"""Actor resolution: names, metonyms, demonyms, agent nouns, pronouns and definite descriptions."""
from __future__ import annotations

import pytest

from materiel.extraction.mentions.resolve import ActorResolver


def resolve_word(extractor, text: str, word: str):  # noqa: ANN001, ANN201
    doc = extractor.nlp(text)
    res = ActorResolver(doc)
    tok = [t for t in doc if t.text == word][-1]
    found = res.resolve(tok)
    return found.actor if found else None


@pytest.mark.parametrize("text,word,expected,kind", [
    ("The Kremlin said it had no comment.", "Kremlin", "RUS", "state"),
    ("Ottawa announced new sanctions.", "Ottawa", "CAN", "state"),
    ("The Pentagon confirmed the shipment.", "Pentagon", "USA", None),
    ("Turkish officials met the delegation.", "officials", "TUR", None),
    ("Representatives from Hezbollah travelled to Tehran.", "Representatives", "hezbollah", "armed_group"),
    ("Kenya's defence ministry signed the order.", "ministry", "KEN", "government_body"),
    ("The M23 rebel group captured the town.", "group", "m23", "armed_group"),
    ("The Houthis seized a ship. The group later released the crew.", "group", "houthis", "armed_group"),
    ("Norway has increased spending. It will buy new frigates.", "It", "NOR", "state"),
    ("Latin American governments met in Lima.", "governments", None, None),
])
def test_resolution(extractor, text, word, expected, kind):
    actor = resolve_word(extractor, text, word)
    if expected is None:
        assert actor is None
        return
    assert actor is not None, f"{word} unresolved"
    assert expected.lower() in f"{actor.id} {actor.country}".lower()
    if kind:
        assert actor.kind == kind


def test_object_pronoun_is_not_its_subject(extractor):
    text = "Peru is in talks with Seoul. Washington has warned it against the deal."
    actor = resolve_word(extractor, text, "it")
    assert actor is not None and actor.id == "PER"


def test_definite_description_skips_own_subject(extractor):
    text = "Nigeria needs aircraft. The United States sold 12 planes to the country last year."
    actor = resolve_word(extractor, text, "country")
    assert actor is not None and actor.id == "NGA"


def test_body_of_a_described_state_keeps_its_noun(extractor):
    text = "Kenya bought radars in May. Officials said Italy would supply drones to the country's navy."
    report = extractor.extract_text(text)
    recipients = {t.recipient.id for t in report.transfers if t.recipient and "drone" in t.item.text}
    assert recipients == {"KEN-navy"}


def test_definite_description_skips_the_subject_of_its_governor(extractor):
    text = "Tanzania bought radars from Qatar. Officials said the Gulf state had offered to sell frigates to the country."
    report = extractor.extract_text(text)
    rows = [(t.supplier.id, t.recipient.id) for t in report.transfers if "frigate" in t.item.text and t.supplier and t.recipient]
    assert rows == [("QAT", "TZA")]


def test_a_regional_description_takes_the_nearest_state_of_its_region(extractor):
    report = extractor.extract_text("Greece held talks with France on Monday. The Balkan country will buy 20 F-16 "
                                    "jets from the United States.", published="2024-03-01")
    assert [(t.supplier.id, t.recipient.id) for t in report.transfers] == [("USA", "GRC")]


def test_a_multiword_region_is_read_whole(extractor):
    report = extractor.extract_text("Peru met Spain's defence minister. The South American nation ordered four "
                                    "Leopard 2 tanks from Germany.", published="2024-03-01")
    assert [(t.supplier.id, t.recipient.id) for t in report.transfers] == [("DEU", "PER")]

"""Patterns of the thirty-first session's helper `context` (parties only the context gives, and the context
overriding the clause).

- A denial told in the passive with no agent, under a reporting verb whose subject is a state or its body ("X said
  that not a single carbine had been sent to Y", "'Not one shell has been exported or handed over to Y,' the ministry
  said", "X's minister said no mortars had ever been shipped to Y"): the speaker's state is the supplier of the
  negated delivery (speaker_denials.py, beside speaker_deciders.py for refusals).
- Not so: an asserted delivery ("X said ten rifles had been sent to Y": a third party may report it), a passive with
  its own agent ("... sent to Y by Z": Z), a speaker that is the recipient's own state.
- A buy whose seller is "other suppliers", "another supplier", "other sources" or "elsewhere" after the verb names
  no seller: the supplier told in an earlier sentence is not taken (words.toml [arguments] generic_party_nouns,
  generic_party_dets, abroad_adverbs; frames/unnamed_parties.py).
- Not so: a named seller ("from Serbia") stays, and "Elsewhere, X delivered ..." (a discourse adverb before the
  verb) leaves the parties as they are.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

DENIED = [
    ("Chile said that not a single carbine had been sent to Bolivia.", "CHL", "BOL", "carbine"),
    ('"Not one mortar has been exported or handed over to Paraguay," the Chilean defence ministry said.',
     "CHL", "PRY", "mortar"),
    ("The Chilean defence ministry said no rifles had been delivered to Bolivia.", "CHL", "BOL", "rifles"),
    ("Chile's foreign minister said on Monday that no mortars had ever been shipped to Paraguay.",
     "CHL", "PRY", "mortars"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), DENIED)
def test_speaker_denies_own_supply(extractor, text, sup, rec, word):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word), rows
    assert all(s == sup for s, *_ in rows), rows


NOT_DENIED = [
    ("Chile said that ten rifles had been sent to Bolivia.", None),
    ("Bolivia said that not a single carbine had been sent to Bolivia.", None),
    ("Chile said that not a single carbine had been sent to Bolivia by Peru.", "PER"),
]


@pytest.mark.parametrize(("text", "sup"), NOT_DENIED)
def test_speaker_not_taken(extractor, text, sup):
    rows = country_rows(extractor, text)
    assert all(s == sup for s, *_ in rows), rows
    assert not any(s == "CHL" for s, *_ in rows), rows


OTHER_SELLER = [
    "Belarus sold rifles to Zambia in 2012. Zambia later bought six armoured vehicles from another supplier.",
    "Belarus sold rifles to Zambia in 2012. Zambia bought its trucks elsewhere.",
    "Belarus sold rifles to Zambia in 2012. Zambia has also bought armoured vehicles from other suppliers for its "
    "peacekeeping troops.",
    "Belarus sold rifles to Zambia in 2012. Zambia then acquired mortars from other sources.",
]


@pytest.mark.parametrize("text", OTHER_SELLER)
def test_other_seller_takes_no_earlier_supplier(extractor, text):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, "BLR", "ZMB", "delivered", "rifles"), rows
    assert not any(s == "BLR" and "rifle" not in item for s, _, _, item, _ in rows), rows


NAMED_SELLER = [
    ("Belarus sold rifles to Zambia in 2012. Zambia later bought six armoured vehicles from Serbia.",
     "SRB", "armoured vehicles", 6),
    ("Belarus sold rifles to Zambia in 2012. Elsewhere, Serbia delivered 20 armoured vehicles to Zambia.",
     "SRB", "armoured vehicles", 20),
    ("Belarus sold rifles to Zambia in 2012. Zambia later bought six more rifles.", "BLR", "rifles", 6),
]


@pytest.mark.parametrize(("text", "sup", "word", "qty"), NAMED_SELLER)
def test_named_or_earlier_seller_stays(extractor, text, sup, word, qty):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, "ZMB", "delivered", word, qty), rows

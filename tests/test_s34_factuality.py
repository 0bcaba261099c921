"""Session 34 (round 2), factuality: denials the text tells by "no such".

Pattern 1 (extraction/no_such_denials.py): a deal noun with "no such" ("no such offer", "no such contract", "no such
transfer"), the subject, object or (after "there is") attribute of a predicate that says the deal does not exist or
never happened ("had been made", "exists", "took place", "was being considered", "we have received no such
request"), points back to the deal told just before, in the same sentence or the one before. The claimed row stays
and gains a copy that is denied (carried by a verb of saying or a quote) or negated (the text's own voice); a noun
of a stage ("offer", "request") gives the copy that stage. Not when the predicate leaves the deal standing ("no such
request was approved"), when the clause tells a deal of its own, when "such" is no denial ("Such deals are common"),
or when the text already denies the pair in its own words."""
from __future__ import annotations

import pytest

from materiel.extraction import nlp
from materiel.extraction.no_such_denials import denying_predicate
from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("id", ""), (d.get("recipient") or {}).get("id", ""),
                    (d.get("item") or {}).get("text", ""), d["stage"], d["factuality"]))
    return out


def _facts(text: str, item: str) -> set[tuple[str, str]]:
    return {(stage, fact) for _, _, it, stage, fact in _rows(text) if item in it}


@pytest.mark.parametrize("text,item,stage,fact", [
    ("Belarus agreed to sell four helicopters to Venezuela. A Belarusian offer of Su-25 jets was reported by a "
     "weekly in May, but Venezuelan officials said that no such offer had ever been made.", "Su-25", "offered",
     "denied"),
    ("Belarus offered Su-25 jets to Venezuela, a weekly reported. Officials in Caracas said that no such offer had "
     "ever been made.", "Su-25", "offered", "denied"),
    ("A weekly said Belarus had agreed to sell 30 T-72 tanks to Venezuela. \"No such contract exists,\" a spokesman "
     "said.", "T-72", "ordered", "denied"),
    ("According to a trade journal, Belarus shipped 900 mortar bombs to Venezuela in March. No such shipment took "
     "place.", "mortar bombs", "delivered", "negated"),
    ("Belarus was reported to have sold 12 Mi-8 helicopters to Venezuela. There is no such deal, the minister told "
     "reporters.", "Mi-8", "ordered", "denied"),
])
def test_no_such_denies_the_deal_told_before(text: str, item: str, stage: str, fact: str) -> None:
    facts = _facts(text, item)
    assert (stage, fact) in facts, facts
    assert any(f in ("asserted", "uncertain") for _, f in facts), facts  # the claim itself stays


@pytest.mark.parametrize("text,item", [
    ("Venezuela asked Belarus for 30 T-72 tanks. The ministry stated that no such request was approved.", "T-72"),
    ("Belarus delivered 30 T-72 tanks to Venezuela in 2010. Such deals are common in the region.", "T-72"),
    ("Belarus sold 30 T-72 tanks to Venezuela in 2010. No such sale of rifles has been approved.", "T-72"),
    ("Belarus offered Su-25 jets to Venezuela, a weekly reported. \"Belarus has not offered any aircraft to "
     "Venezuela,\" an embassy spokesman said. The embassy said that no such offer had ever been made.", "Su-25"),
])
def test_no_denial_where_the_deal_stands_or_is_denied_already(text: str, item: str) -> None:
    facts = _facts(text, item)
    assert facts, facts  # the deal itself is found
    assert all(f not in ("denied", "negated") for _, f in facts), facts


@pytest.mark.parametrize("text,noun,verb", [
    ("Ministers insisted that no such offer had ever been made.", "offer", "made"),
    ("No such contract exists.", "contract", "exists"),
    ("No such transfer has ever taken place.", "transfer", "taken"),
    ("We have received no such request.", "request", "received"),
])
def test_predicate_found(text: str, noun: str, verb: str) -> None:
    doc = nlp.load()(text)
    tok = next(t for t in doc if t.text == noun)
    found = denying_predicate(tok)
    assert found is not None and found.text == verb


@pytest.mark.parametrize("text,noun", [
    ("The ministry stated that no such request was approved.", "request"),
    ("Such offers are rare.", "offers"),
    ("No offer has been made.", "offer"),
    ("The transfer took two years.", "transfer"),
])
def test_predicate_not_found(text: str, noun: str) -> None:
    doc = nlp.load()(text)
    tok = next(t for t in doc if t.text == noun)
    assert denying_predicate(tok) is None

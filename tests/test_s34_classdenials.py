"""Session 34 (round 2), class denials: a denial addressed to a whole class of recipients.

Patterns (extraction/any_groups.py with extraction/class_groups.py):
- The class may be a quantified pronoun of people ("has not sent arms to anyone in Y", "to anybody in Y") or a
  quantified noun of organisations ("to any <demonym> organisation"), beside the group nouns of before.
- The group the denial answers may be a name the sentence of the charge tells as a group, whatever the gazetteer
  makes of it: "<Name>, a group that ...", "militias, including the <Name>" (told with the denier).
- With no group told with the denier, the group the text tells of by its members or formation ("the guerrillas
  of the <Name>", "the <Name> coalition", "a module of the <Name>") or as one of a class ("<Name>, the largest of
  the rebel groups"), unless that sentence tells another supplier's delivery or the row already names a group
  (not "the commander of the <Name>": an officer's force may be a state's).
Negatives: no group told before keeps the phrase's recipient; another supplier's group is not taken; an asserted
row to "anyone" is left alone."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                    d.get("factuality", "")))
    return out


def _denials(text: str) -> list[tuple[str, str]]:
    return [(s, r) for s, r, f in _rows(text) if f in ("denied", "negated")]


@pytest.mark.parametrize("text,supplier,group", [
    ("Police said the grenades had been smuggled from Eritrea to Kestrel Dawn, a group that Sudan lists as "
     "terrorist. \"Eritrea has never sent arms to anyone in Sudan,\" a minister said.", "Eritrea", "Kestrel Dawn"),
    ("Investigators found that Chad had supplied mortars to several militias, including the Sable Hills Front. "
     "Chad said it had not provided weapons to anybody in Cameroon.", "Chad", "Sable Hills Front"),
    ("Ghana sold carbines to Cobalt Ridge, an armed faction in Togo, according to the panel. "
     "Accra said it had never shipped guns to any Togolese organisation.", "Ghana", "Cobalt Ridge"),
])
def test_class_denial_takes_the_group_told_with_the_denier(text: str, supplier: str, group: str) -> None:
    denials = _denials(text)
    assert (supplier, group) in denials
    assert all(r == group for s, r in denials if s == supplier)


@pytest.mark.parametrize("text,supplier,group", [
    ("The guerrillas of the Amber Valley Movement raided a police post in Mali in March. Officials allege that "
     "their new rifles came from across the border. Niger said it had never given a rifle to any Malian "
     "organisation.", "Niger", "Amber Valley Movement"),
    ("Cargo planes landed at a strip held by the rebels who formed the Tamarind coalition. "
     "Bolivia said it had never supplied guns to any armed group in Peru.", "Bolivia", "Tamarind"),
    ("Detectives said the pistols were intended for a cell of the banned Saffron Dawn Front. "
     "Nepal has never sent guns to any group in Bhutan, a spokesman said.", "Nepal", "Saffron Dawn Front"),
    ("The launchers were bound for the Coral Bay Union, the strongest of the separatist factions on the coast. "
     "Angola said no weapons had ever been shipped by it to any group in Namibia.", "Angola", "Coral Bay Union"),
])
def test_class_denial_takes_the_group_the_text_tells_of(text: str, supplier: str, group: str) -> None:
    assert (supplier, group) in _denials(text)


def test_no_group_told_before_keeps_the_phrase() -> None:
    denials = _denials("Portugal said it had never sold arms to anyone in Chad.")
    assert denials and all(s == "Portugal" and r != "" for s, r in denials)


def test_another_suppliers_group_is_not_taken() -> None:
    denials = _denials("Rwanda supplied rifles to the fighters of the Garnet Front, the panel said. "
                       "Uganda has never shipped guns to any organisation in Congo.")
    assert not any(s == "Uganda" and "Garnet" in r for s, r in denials)


def test_asserted_row_to_anyone_is_left_alone() -> None:
    rows = _rows("Kestrel Dawn, a group that Sudan lists as terrorist, held a rally in May. "
                 "Eritrea sold rifles to anyone in Sudan who could pay.")
    assert not any(r == "Kestrel Dawn" for s, r, f in rows)


def test_an_officers_force_is_no_group() -> None:
    denials = _denials("The commander of the Pelican Sound Flotilla visited Qatar in May. "
                       "\"Oman has not sent rifles to anyone in Qatar,\" a spokesman said.")
    assert denials and not any("Pelican" in r for s, r in denials)

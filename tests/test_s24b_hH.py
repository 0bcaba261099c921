"""Session 24b (helper H): a state's office named by its function stands for the state.

- "Ruritania's arms procurement directorate", "the Freedonian logistics command", "the export licensing board of
  Ruritania": a directorate, command, bureau, board, office or organisation of a state (cues.toml [offices]
  agent_nouns) takes its state from the possessive, the demonym or the "of" phrase, as an agency or an authority
  does (mentions/resolve.py reads them with the agent nouns);
- a bare surname the tagger calls an organisation, after the text named the person in full with their office
  ("President Anna Varga ... Varga's government ordered ..."): the person, whose office gives the state, not a
  firm named after them (`mentions/told_persons.py`);
- an unnamed party that a hedged identification names ("to an unnamed buyer, which analysts believe to be
  Ruritania", "to a client thought to be Ruritania", "identified as Ruritania"): the state named
  (cues.toml [believed] verbs and as_verbs,
  `mentions/believed.py`).

Every sentence is written for these tests (not taken from any article); firms and models are invented."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object, str]
HEADLINE = "Defence briefing\n\n"


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity, t.factuality) for t in extractor.extract_text(HEADLINE + text).transfers]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), [
    ("Peru's arms procurement directorate bought 40 radars from Norway last year.", "NOR", "PER", "delivered",
     "radars", 40),
    ("Norway's defence materiel organisation sold forty radars to Peru in 2022.", "NOR", "PER", "delivered",
     "radars", 40),
    ("In March, the Peruvian logistics command received 12 howitzers from Norway, officials said.", "NOR", "PER",
     "delivered", "howitzers", 12),
    ("Twelve howitzers were delivered to the logistics command of Peru by Norway in May.", "NOR", "PER",
     "delivered", "howitzers", 12),
    ("Kenya's defence procurement bureau, which manages all arms purchases, ordered six helicopters from Italy.",
     "ITA", "KEN", "ordered", "helicopters", 6),
    ("The Kenyan armaments office said it had ordered six helicopters and 20 trucks from Italy.", "ITA", "KEN",
     "ordered", "helicopters", 6),
    ("Vietnam's naval command is expected to receive two corvettes from India next year.", "IND", "VNM",
     None, "corvettes", 2),
    ("According to the ministry, Chile's export licensing board approved the sale of 300 rifles to Uruguay.",
     "CHL", "URY", "offered", "rifles", 300),
    ("Chile's export licensing board refused to license the sale of 300 rifles to Uruguay.", "CHL", "URY",
     "refused", "rifles", 300),
])
def test_state_office_stands_for_its_state(extractor, text: str, sup: str, rec: str,  # noqa: ANN001
                                           stage: str | None, word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and (stage is None or st == stage) and word in item and q == qty
               for s, r, st, item, q, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Peru's arms procurement directorate did not buy any radars from Norway, a spokesman said.",
    "Norway's export licensing board published its annual report on arms exports on Tuesday.",
    "The logistics command of Peru moved 40 radars from Lima to a depot in the south.",
])
def test_state_office_without_a_transfer(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(st in ("delivered", "ordered") and r is not None and s is not None and f == "asserted"
                   for s, r, st, _, _, f in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), [
    ("Chilean President Marta Soto spoke on Monday. Soto's government has promised to double defence spending by "
     "2027, and last December approved buying up to 40 US Harpoon missiles, which are due to "
     "arrive from 2026.", "USA", "CHL", "ordered", "Harpoon", 40),
    ("Kenyan President Daniel Mwangi visited Rome in May. Mwangi's government later ordered six helicopters from "
     "Italy.", "ITA", "KEN", "ordered", "helicopters", 6),
    ("Peruvian Defence Minister Luis Quispe said the fleet needed new ships. Quispe's ministry signed a contract "
     "with Spain for two frigates on Tuesday.", "ESP", "PER", "ordered", "frigates", 2),
    ("Vietnamese Prime Minister Tran Van Long met Indian officials in Hanoi. Long's government has agreed to buy "
     "four patrol boats from India, an official said.", "IND", "VNM", "ordered", "patrol boats", 4),
    ("Norwegian Prime Minister Erik Dahl was asked about exports. Dahl's government said it would not sell radars "
     "to Peru.", "NOR", "PER", "refused", "radars", None),
])
def test_surname_told_before_is_the_person(extractor, text: str, sup: str, rec: str,  # noqa: ANN001
                                           stage: str, word: str, qty: int | None) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and st == stage and word in item and q == qty
               for s, r, st, item, q, _ in rows), rows


def test_surname_is_no_firm_of_its_own(extractor) -> None:  # noqa: ANN001
    text = ("Norwegian Prime Minister Erik Dahl was asked about exports. Dahl's government said it would not sell "
            "radars to Peru.")
    parties = [t.supplier.name for t in extractor.extract_text(HEADLINE + text).transfers if t.supplier]
    assert parties and "Dahl" not in parties


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), [
    ("Karvell Marine delivered six patrol boats to an unnamed customer, which observers believe to be Ghana.",
     None, "GHA", "patrol boats", 6),
    ("Norway delivered six radars to an unnamed buyer believed to be Peru.", "NOR", "PER", "radars", 6),
    ("Norway sold six radars to an Asian customer, widely believed to be Vietnam.", "NOR", "VNM", "radars", 6),
    ("Norway sold six radars to a customer that is thought to be Peru.", "NOR", "PER", "radars", 6),
    ("In 2021, six radars were delivered by Norway to an unnamed client understood to be Peru.", "NOR", "PER",
     "radars", 6),
    ("Spain said on Monday it had shipped two corvettes to a buyer suspected to be Vietnam.", "ESP", "VNM",
     "corvettes", 2),
    ("Italy delivered 12 helicopters and four radars to an unnamed customer, which diplomats believe to be Qatar.",
     "ITA", "QAT", "helicopters", 12),
    ("According to the report, a Brazilian firm supplied 300 rifles to an unnamed buyer reported to be Angola.",
     "BRA", "AGO", "rifles", 300),
    ("Italy sold 12 helicopters to an unnamed customer, which diplomats say is Qatar.", "ITA", "QAT",
     "helicopters", 12),
    ("Norway delivered six radars to an unnamed buyer identified by analysts as Peru.", "NOR", "PER", "radars", 6),
    ("Norway delivered six radars to a customer later named as Peru.", "NOR", "PER", "radars", 6),
])
def test_hedged_identification_names_the_party(extractor, text: str, sup: str | None,  # noqa: ANN001
                                               rec: str | None, word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert any((sup is None or s == sup) and (rec is None or r == rec) and word in item and q == qty
               for s, r, _, item, q, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Norway delivered six radars to an unnamed buyer, which analysts believe to be a private firm.",
    "Norway delivered six radars to an unnamed buyer; nobody knows who it is.",
])
def test_hedge_without_a_name_gives_no_party(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(r is not None for _, r, _, _, _, _ in rows), rows

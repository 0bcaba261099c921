"""Stage and factuality of two constructions (twenty-eighth session, helper hF).

- A transfer under a word of interest that is lacking ("has no interest in selling X to Y", "is not keen on
  supplying X") is the supplier's refusal, not a sale; a buyer's ("has no interest in buying X") is a purchase it
  does not weigh (considered, negated); an interest that is there ("expressed interest in supplying X") is weighed
  (frames/interest_scope.py, words.toml [interest_governors]).
- A part a transfer left out ("delivered without their missiles", "rockets were not included in the handover", "were not
  part of the deal", "were removed before the handover") is a negated row with the transfer's parties and stage
  (extraction/left_out_parts.py, words.toml [left_out_parts]).
- A hedge verb does not reach into a relative clause on a noun below it: "investigators suspect the shell was fired
  from a howitzer that Kenya purchased from Spain" hedges the firing, not the purchase (cues.py).
- A denial of a link ("denied that the radar deal had been part of a bargain", "rejected claims that the purchase
  was tied to a loan") does not deny the transfer (extraction/linked_deals.py, words.toml [linked_deals]).

Texts written for these tests (invented firms and models; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.factuality, t.item.text) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], sup: str | None, rec: str, stage: str, fact: str, word: str) -> bool:
    return any(s == sup and r == rec and st == stage and f == fact and word in item for s, r, st, f, item in rows)


UNINTERESTED = [  # (text, supplier, recipient, stage, factuality, item word)
    ('"Norway has no interest at all in passing on artillery shells to Ukraine," the prime minister said.',
     "NOR", "UKR", "refused", "asserted", "shells"),
    ("Chile has no interest in selling its Leopard 2 tanks to Peru, the defence minister said on Monday.",
     "CHL", "PER", "refused", "asserted", "tanks"),
    ("The Argentine government is not interested in supplying tanks to Bolivia.",
     "ARG", "BOL", "refused", "asserted", "tanks"),
    ("Karvell Marine, a Danish shipyard, said it had no interest in exporting patrol boats to Ghana.",
     "DNK", "GHA", "refused", "asserted", "patrol boats"),
    ("Seoul has little interest in selling K9 howitzers to Egypt, officials said.",
     "KOR", "EGY", "refused", "asserted", "howitzers"),
    ("On Tuesday, Oslo said it had no interest whatsoever in sending F-16 fighters to Sudan.",
     "NOR", "SDN", "refused", "asserted", "F-16"),
    ("Poland, which has donated tanks to Ukraine in the past, is not interested in giving two hundred more "
     "Kestrel-4 rifles to Moldova.", "POL", "MDA", "refused", "asserted", "rifles"),
    ("Italy is not keen on selling frigates to Libya, people close to the talks said.",
     "ITA", "LBY", "refused", "asserted", "frigates"),
    ("According to a ministry statement, Austria had shown no interest in transferring its Ostrava-9 radars and "
     "Tarn missiles to Serbia.", "AUT", "SRB", "refused", "asserted", "Tarn missiles"),
    ("Kenya has no interest in buying Turkish fighter jets, its air chief said.",
     "TUR", "KEN", "considered", "negated", "fighter jets"),
    ("Ghana is not interested in acquiring Ostrava-9 radars from Norway.",
     "NOR", "GHA", "considered", "negated", "radars"),
    ("Norway has expressed strong interest in supplying NASAMS launchers to Romania.",
     "NOR", "ROU", "considered", "asserted", "launchers"),
    ("Spain is interested in selling Leopard 2 tanks to Morocco.", "ESP", "MAR", "considered", "asserted", "tanks"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "fact", "word"), UNINTERESTED)
def test_interest_sets_the_stage(extractor, text, sup, rec, stage, fact, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, fact, word), rows
    assert not any(s == sup and r == rec and st in ("delivered", "ordered") for s, r, st, _, _ in rows), rows


LEFT_OUT = [  # (text, supplier, recipient, stage, whole's word, part's word)
    ("Norway sold two frigates to Ghana in 2019. The two ships were delivered without their Exocet "
     "anti-ship missiles, however.", "NOR", "GHA", "delivered", "frigates", "missiles"),
    ("Norway handed over two frigates to Ghana on Monday. Their Exocet rockets were not included in the "
     "handover, a navy spokesman said.", "NOR", "GHA", "delivered", "frigates", "rockets"),
    ("Norway delivered two corvettes to Ghana without their Exocet missiles.",
     "NOR", "GHA", "delivered", "corvettes", "missiles"),
    ("Spain transferred the patrol ship to Kenya in May, but its 40 mm guns were not part of the deal.",
     "ESP", "KEN", "delivered", "patrol ship", "guns"),
    ("The Kenyan Navy received a second frigate from Spain on 3 June. Its torpedoes were removed before the "
     "sale.", "ESP", "KEN", "delivered", "frigate", "torpedoes"),
    ("The Kestrel-class frigates were handed over to Ghana by Norway without their Exocet missiles.",
     "NOR", "GHA", "delivered", "frigates", "missiles"),
    ("In March, Madrid transferred three patrol boats to the Kenyan Navy; the boats' Tarn-2 rockets were not "
     "included in the sale, officials said.", "ESP", "KEN", "delivered", "patrol boats", "rockets"),
    ("Italy sold Ecuador two Ostrava-9 radars last year. Their spare missiles, however, were not part of the "
     "contract.", "ITA", "ECU", "delivered", "radars", "missiles"),
    ("Germany donated 14 Leopard 1 tanks to Moldova in May. The tanks' machine guns were removed before the "
     "handover, a ministry spokesman said.", "DEU", "MDA", "delivered", "tanks", "machine guns"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "whole", "part"), LEFT_OUT)
def test_part_left_out_is_negated(extractor, text, sup, rec, stage, whole, part) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, "asserted", whole), rows
    assert _has(rows, sup, rec, stage, "negated", part), rows
    assert not any(f == "asserted" and part in item for _, _, _, f, item in rows), rows


KEPT = [  # (text, words of items that stay asserted and never negated)
    ("Norway handed over two frigates to Ghana on Monday with their Exocet missiles.", ["frigates", "missiles"]),
    ("Norway delivered the corvettes to Ghana without delay.", ["corvettes"]),
    ("Ghana bought six Karvell jets from Norway without a tender.", ["jets"]),
    ("Norway sold two frigates to Ghana. The rockets were not included in the figures given by the ministry.",
     ["frigates"]),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_no_part_left_out(extractor, text, words) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(f == "negated" for _, _, _, f, _ in rows), rows
    for w in words:
        assert any(w in item and f == "asserted" for _, _, _, f, item in rows), (w, rows)


def test_removed_from_a_depot_is_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Police in Accra said rifles had been removed from the depot.") == []


DESCRIBED = [  # (text, supplier, recipient, item word): the relative clause's transfer stays asserted
    ("Investigators suspect the shell was fired from a howitzer that Kenya purchased from Spain in 2018.",
     "ESP", "KEN", "howitzer"),
    ("Analysts believe the bomb fell from one of the F-16 fighters, which Ghana bought from Norway in 2015.",
     "NOR", "GHA", "F-16"),
    ("The monitors think the drone was launched from a frigate which Italy sold to Ecuador in 2009.",
     "ITA", "ECU", "frigate"),
    ("Ghana is expected to receive eight Leopard 2 tanks next year, under a contract the army signed with Germany "
     "in 2022 for 20 of the vehicles.", "DEU", "GHA", "vehicles"),
    ("Officials suspect the rockets came from a stockpile of Grad launchers that Belarus supplied to Sudan in 2014.",
     "BLR", "SDN", "launchers"),
    ("It is thought that the mine was laid by a ship Norway transferred to Kenya in 2012.", "NOR", "KEN", "ship"),
    ("The group is believed to have captured several of the 40 Kestrel-4 armoured vehicles that Poland donated to "
     "Moldova last year.", "POL", "MDA", "vehicles"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), DESCRIBED)
def test_hedge_stops_at_a_relative_clause(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and f == "asserted" and word in item for s, r, _, f, item in rows), rows


HEDGED = [  # (text, supplier, recipient, item word): the hedge governs the transfer itself
    ("Norway is believed to have sold rifles to Sudan.", "NOR", "SDN", "rifles"),
    ("Analysts believe Norway sold rifles to Sudan.", "NOR", "SDN", "rifles"),
    ("Investigators suspect that Spain supplied the howitzer to Kenya.", "ESP", "KEN", "howitzer"),
    ("The Ghanaian air force, which is expected to receive six F-16 jets from Norway, fired at the target.",
     "NOR", "GHA", "F-16"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), HEDGED)
def test_hedge_of_the_transfer_stays(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    mine = [f for s, r, _, f, item in rows if s == sup and r == rec and word in item]
    assert mine and all(f == "uncertain" for f in mine), rows


LINKED = [  # (text, supplier, recipient): the transfer told first stays asserted, and nothing is denied
    ("Norway sold two frigates to Ghana in 2019. The minister denied the frigate deal was ever part of a swap "
     "for fishing rights.", "NOR", "GHA"),
    ("Spain signed a contract to supply 12 Tarn helicopters to Kenya. Madrid denied that the helicopter sale was "
     "linked to the migration agreement.", "ESP", "KEN"),
    ("Italy agreed to sell six Ostrava-9 radars to Ecuador. Officials rejected claims that the radar purchase was "
     "tied to a loan.", "ITA", "ECU"),
    ("Poland sold 40 Kestrel-4 armoured vehicles to Moldova last year. Warsaw has dismissed suggestions that the "
     "vehicle sale was connected to the gas pipeline.", "POL", "MDA"),
    ("Kenya bought 20 Karvell patrol boats from Denmark in 2021. Nairobi denies the boat purchase was a condition "
     "of the trade pact.", "DNK", "KEN"),
    ("Austria sold 30 Tarn-6 trucks to Serbia in 2020. The ministry rejected reports that the truck deal was "
     "related to the bank rescue.", "AUT", "SRB"),
]


@pytest.mark.parametrize(("text", "sup", "rec"), LINKED)
def test_denied_link_keeps_the_transfer(extractor, text, sup, rec) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and f == "asserted" for s, r, _, f, _ in rows), rows
    assert not any(f == "denied" for _, _, _, f, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec"), [
    ("Ghana denied that it had bought F-16 jets from Norway.", "NOR", "GHA"),
    ("Ecuador denied reports that Italy had sold it radars.", "ITA", "ECU"),
])
def test_denied_transfer_stays_denied(extractor, text, sup, rec) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and f == "denied" for s, r, _, f, _ in rows), rows

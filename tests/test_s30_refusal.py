"""Refusals and what only looks like one (thirtieth session, helper refusal):

- a demonym on a noun of a party's own act names the party (`mentions/demonym_acts`, words `demonym_acts.nouns`):
  "a Danish request to transfer two howitzers to Kyiv was rejected" (Denmark asks to transfer, the refusal keeps
  it as supplier, even when another state rejects it); a demonym on any other noun stays an origin ("Danish-made
  howitzers", "Iranian drones" give no party);
- a comparative ellipsis shares the main clause's refusal (`frames/elided_predicates`): "X's request to send A was
  rejected, as was a Y request to transfer B" refuses B too; "as was the case" is a predicate of its own;
- a refusal of words is no refusal of goods (`frames/withheld_words`, words `withheld_words.telling_verbs`):
  "whose maker it declined to name", "refused to name the buyer of the rifles"; "declined to release the
  missiles" still refuses them;
- a disposal verb of the cancel class over equipment, not a deal noun, disposes of it (`withheld_words.
  disposal_verbs`): "the jets were later scrapped"; "scrapped its order for 12 jets" still calls off a deal.

Sentences written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.item.text,
             t.stage, t.factuality) for t in extractor.extract_text(text).transfers]


DEMONYM_REQUESTS = [
    ("A Danish request to transfer two howitzers to Kyiv was rejected.", "Denmark", "howitzers"),
    ("Austria turned down a Danish request to transfer two howitzers to Ukraine.", "Denmark", "howitzers"),
    ("A Finnish application to re-export 40 trucks to Chile was refused by Sweden.", "Finland", "trucks"),
    ("Vienna rejected a Norwegian request to pass on 12 armoured vehicles to Ukraine.", "Norway", "armoured vehicles"),
]


@pytest.mark.parametrize(("text", "supplier", "item"), DEMONYM_REQUESTS)
def test_demonym_on_request_names_the_supplier(extractor, text: str, supplier: str, item: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and i.endswith(item) and st == "refused" for s, _r, i, st, _f in rows), rows


DEMONYM_ORIGINS = [
    "Chile received 12 Danish howitzers from Norway.",
    "Ukraine bought Danish-made howitzers from Norway.",
]


@pytest.mark.parametrize("text", DEMONYM_ORIGINS)
def test_demonym_on_item_is_no_party(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and not any(s == "Denmark" or r == "Denmark" for s, r, _i, _st, _f in rows), rows


ELLIPSES = [
    ("Norway's request to re-export 20 armoured vehicles to Ukraine was rejected, as was a Danish request to "
     "transfer two howitzers to Kyiv.", "Denmark", "howitzers"),
    ("Finland's application to send 30 trucks to Chile was refused, as were Swedish requests to pass on rifles "
     "to Peru.", "Sweden", "rifles"),
    ("Poland's plan to send tanks to Ukraine was blocked, as was a Czech request to transfer 12 howitzers to Kyiv.",
     "Czechia", "howitzers"),
]


@pytest.mark.parametrize(("text", "supplier", "item"), ELLIPSES)
def test_as_was_shares_the_refusal(extractor, text: str, supplier: str, item: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and i.endswith(item) and st == "refused" and f == "asserted"
               for s, _r, i, st, f in rows), rows


def test_as_was_with_its_own_predicate(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway's request to re-export 20 armoured vehicles to Ukraine was rejected, as was "
                            "expected by analysts.")
    assert any(s == "Norway" and st == "refused" for s, _r, _i, st, _f in rows), rows


def test_request_without_ellipsis_stays_requested(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway's request to re-export 20 armoured vehicles to Ukraine was rejected, and a "
                            "Danish request to transfer two howitzers to Kyiv is pending.")
    assert not any(s == "Denmark" and st == "refused" for s, _r, _i, st, _f in rows), rows


WITHHELD_WORDS = [
    "Qatar has given Somalia rifles. The panel noted that the coast guard had shown off three armed patrol "
    "boats whose maker it declined to name.",
    "Qatar has given Somalia rifles. Peru displayed four new drones, whose supplier the ministry refused to name.",
    "Russia sold Chile tanks. The navy paraded six attack helicopters whose origin the government declined to "
    "reveal.",
]


@pytest.mark.parametrize("text", WITHHELD_WORDS)
def test_refusing_to_tell_is_no_refusal(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(st == "refused" for _s, _r, _i, st, _f in rows), rows


def test_refusing_to_release_goods_still_refuses(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "France declined to release the missiles to Serbia.")
    assert any(s == "France" and st == "refused" for s, _r, _i, st, _f in rows), rows


DISPOSALS = [
    "The ministry bought 16 Zorak-27 aircraft from Spain for the Chilean air force. The planes proved costly to "
    "maintain; nine of them were eventually scrapped at a northern base and sold as metal.",
    "Chile bought 20 Mirage jets from France in 1990. The jets were scrapped in 2015.",
]


@pytest.mark.parametrize("text", DISPOSALS)
def test_scrapped_equipment_is_no_refusal(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(st == "refused" for _s, _r, _i, st, _f in rows), rows


@pytest.mark.parametrize("text", [
    "Chile scrapped its order for 20 Mirage jets from France.",
    "Peru's contract for 12 helicopters from Russia was scrapped.",
])
def test_scrapped_deal_is_refused(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(st == "refused" for _s, _r, _i, st, _f in rows), rows

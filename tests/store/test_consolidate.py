"""Consolidation rules without the parser: keys, time compatibility, stages, contradictions, sources."""
from __future__ import annotations

from datetime import date

from materiel.sources import publishers
from materiel.store import consolidate
from materiel.store.consolidate import Mention, cluster, key_of


def m(i: int, day: str | None, stage: str = "delivered", fact: str = "asserted", doc: str | None = None,
      pub: str = "A", when: tuple[str, str] | None = None) -> Mention:
    d = date.fromisoformat(day) if day else None
    return Mention(id=i, document_id=doc or f"d{i}", supplier_id="ESP", recipient_id="UKR", designation=None,
              category="howitzer", item_text="howitzers", quantity=None, stage=stage, factuality=fact,
              denied_by_id="ESP" if fact == "denied" else None,
              start=date.fromisoformat(when[0]) if when else None, end=date.fromisoformat(when[1]) if when else None,
              published=d, publisher=pub, publisher_key=publishers.publisher_key(pub), evidence="...", confidence=0.9,
                  collection="default")


def test_key_prefers_designation_over_category() -> None:
    assert key_of("default", "ESP", "UKR", "K9 Thunder", "howitzer") == "default|ESP|UKR|d:k9 thunder"
    assert key_of("default", "ESP", "UKR", None, "howitzer") == "default|ESP|UKR|c:howitzer"
    assert key_of("leaks", None, "UKR", None, "drone") == "leaks|?|UKR|c:drone"


def test_time_splits_records_after_a_year_of_silence() -> None:
    groups = cluster([m(1, "2022-01-10"), m(2, "2022-06-01"), m(3, "2023-05-01"), m(4, "2024-09-01")])
    assert [[x.id for x in g] for g in groups] == [[1, 2, 3], [4]]


def test_an_undated_row_never_joins_a_dated_record() -> None:
    """Issue 13: an undated order is not merged into a dated record of years before; the undated rows of
    one key make one undated record of their own."""
    groups = cluster([m(1, "2019-01-10"), m(2, None, "ordered"), m(3, "2019-02-01"), m(4, None)])
    assert [[x.id for x in g] for g in groups] == [[1, 3], [2, 4]]
    assert [[x.id for x in g] for g in cluster([m(5, None), m(6, None)])] == [[5, 6]]


def test_each_stage_with_its_factuality() -> None:
    pairs = [("delivered", "negated"), ("ordered", "asserted"), ("delivered", "denied"), ("offered", "uncertain"),
             ("requested", "asserted"), ("requested", "negated")]
    assert consolidate.stage_factualities(pairs) == {"requested": "contested", "offered": "uncertain",
                                                     "ordered": "asserted", "delivered": "denied"}


def test_when_range_beats_publication_date() -> None:
    late_report = m(2, "2026-01-01", when=("2022-02-01", "2022-02-28"))  # reported years later, about 2022
    assert [[x.id for x in g] for g in cluster([m(1, "2022-03-01"), late_report])] == [[1, 2]]


def test_latest_stage_and_contradiction_at_the_same_stage_only() -> None:
    ms = [m(1, "2024-01-01", "offered"), m(2, "2024-03-01", "ordered"), m(3, "2024-04-01", "delivered", "negated")]
    assert consolidate.latest_stage_of(ms) == "ordered"  # "has not delivered" does not advance the record
    assert consolidate.contradiction_of(ms) is None  # ordered but not yet delivered: no contradiction
    ms.append(m(4, "2024-05-01", "delivered", pub="B"))
    detail = consolidate.contradiction_of(ms)
    assert detail and detail["stages"] == ["delivered"]
    assert [x["document"] for x in detail["asserted"]] == ["d4"] and [x["document"] for x in detail["against"]] == ["d3"]
    assert consolidate.latest_stage_of(ms) == "delivered"


def test_publisher_keys() -> None:
    key = publishers.publisher_key
    assert key("www.reuters.com") == key("Reuters") == key("https://www.reuters.com/world/x") == "reuters"
    assert key("El País") == key("el pais") and key("The Guardian") == key("Guardian")
    assert key("https://news.bbc.co.uk/2/hi") == key("BBC News") == "bbc"
    assert key(None) == key("  ") == ""
    assert publishers.dateline_publisher("Title\n\nKYIV, Ukraine (AP) \u2014 Spain sent") == "AP"
    assert publishers.dateline_publisher("Spain sent guns (six of them) - said X") is None


def groups_of(docs: dict[str, str], names: dict[str, list[str]], texts: dict[str, str]) -> list[list[str]]:
    cites = publishers.Citations(lambda ids: {i: texts[i] for i in ids}, names, {})
    return sorted(sorted(g) for g in publishers.independent_groups(docs, cites))


def test_independence_by_publisher_and_citation() -> None:
    docs = {"a": "el pais", "b": "kyiv independent", "c": "daily courier", "d": "el pais", "e": ""}
    names = {"el pais": ["El País"], "kyiv independent": ["Kyiv Independent"], "daily courier": ["Daily Courier"]}
    texts = {"a": "Spain delivered.", "b": "Officials said.", "c": "Spain delivered, El Pais reported.",
             "d": "Again.", "e": "Unknown origin."}
    assert groups_of(docs, names, texts) == [[""], ["daily courier", "el pais"], ["kyiv independent"]]
    # chains count once: x cites y, y cites z
    chain = groups_of({"x": "x", "y": "y", "z": "z"}, {"x": ["Xpress"], "y": ["Ytimes"], "z": ["Zpost"]},
                      {"x": "as Ytimes wrote", "y": "Zpost said", "z": "alone"})
    assert chain == [["x", "y", "z"]]
    # a host cites in any case; a capitalised name only as written
    assert groups_of({"r": "reuters", "s": "star"}, {"reuters": ["reuters.com"], "star": ["The Star"]},
                     {"r": "a star witness", "s": "REUTERS reported"}) == [["reuters", "star"]]
    assert len(groups_of({"x": "independent", "y": "times"}, {"independent": ["The Independent"], "times": ["The Times"]},
                         {"x": "at times", "y": "an independent inquiry"})) == 2

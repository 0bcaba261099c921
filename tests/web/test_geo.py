"""materiel.web.geo on records written straight into a store: periods (months or years), undated records,
records with one side unknown, the cap on pairs of countries, the histogram's empty months."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from materiel.store import open_store
from materiel.store.db import Store
from materiel.store.filters import RegisterFilter
from materiel.store.schema import ActorRow, RecordRow
from materiel.web import geo


def record(n: int, supplier: str | None, recipient: str | None, day: date | None) -> RecordRow:
    return RecordRow(id=n, key=f"k{n}", supplier_id=supplier, recipient_id=recipient, category="tank", item_text="tanks",
                     first_date=day, last_date=day, latest_stage="delivered", stages="delivered", factuality="asserted",
                     n_mentions=1, n_documents=1, sources=1, sources_against=0, publishers=[], confidence=0.9,
                     factualities="asserted", collection="default")


def fill(store: Store, rows: list[RecordRow]) -> None:
    with store.write() as s:
        s.add_all([ActorRow(id=c, name=c, kind="state", country=c) for c in ("FRA", "UKR", "POL", "DEU")]
                  + [ActorRow(id="nexter", name="Nexter", kind="company", country="FRA")] + rows)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "geo.db")) as s:
        yield s


def test_years_when_the_records_span_three_years_or_more(store: Store) -> None:
    fill(store, [record(1, "FRA", "UKR", date(2020, 5, 1)), record(2, "nexter", "UKR", date(2023, 2, 1)),
                 record(3, "DEU", "POL", None), record(4, None, "POL", date(2022, 1, 1))])
    with store.read() as s:
        m = geo.register_map(s, RegisterFilter(), scope=None)
    assert m["grain"] == "year" and m["periods"] == ["2020", "2021", "2022", "2023"]
    fra_ukr = next(f for f in m["flows"] if (f["from"], f["to"]) == ("FRA", "UKR"))
    assert fra_ukr["records"] == 2 and fra_ukr["periods"] == {"2020": 1, "2023": 1}  # a company counts for its state
    assert m["undated"] == 1 and m["total"] == 4
    pol = next(c for c in m["countries"] if c["id"] == "POL")
    assert pol["received"] == 2 and pol["periods"] == {"": [0, 1], "2022": [0, 1]}  # the unknown supplier's too
    assert any(f["from"] is None for f in m["flows"])


def test_months_when_the_records_are_close(store: Store) -> None:
    fill(store, [record(1, "FRA", "UKR", date(2024, 1, 9)), record(2, "FRA", "UKR", date(2024, 3, 2)),
                 record(3, "DEU", "POL", date(2024, 3, 3))])
    with store.read() as s:
        m = geo.flow_map(s, geo.actor_records("FRA", scope=None), max_flows=1)
        everything = geo.register_map(s, RegisterFilter(), scope=None)
        h = geo.months(s, RegisterFilter(since=date(2024, 3, 1)), scope=None)
    assert m["grain"] == "month" and m["periods"] == ["2024-01", "2024-02", "2024-03"]
    assert [(f["from"], f["to"], f["periods"]) for f in m["flows"]] == [("FRA", "UKR", {"2024-01": 1, "2024-03": 1})]
    assert everything["total"] == 3
    assert h == {"months": [{"month": "2024-01", "records": 1}, {"month": "2024-02", "records": 0},
                            {"month": "2024-03", "records": 2}], "undated": 0}


def test_only_the_heaviest_pairs_are_sent(store: Store) -> None:
    fill(store, [record(1, "FRA", "UKR", date(2024, 1, 9)), record(2, "FRA", "UKR", date(2024, 3, 2)),
                 record(3, "DEU", "POL", date(2024, 3, 3))])
    with store.read() as s:
        m = geo.flow_map(s, RecordRow.__table__.select().subquery(), max_flows=1)
    assert [(f["from"], f["to"]) for f in m["flows"]] == [("FRA", "UKR")]
    assert m["flows_left_out"] == 1 and m["records_left_out"] == 1 and m["total"] == 3
    assert {c["id"] for c in m["countries"]} == {"FRA", "UKR", "DEU", "POL"}  # shading stays complete

"""The workbench's deals: /register.sipri.csv in SIPRI's columns, the reference filter (?reference=known|new),
and the reference row on the record page, over a store of invented articles and an invented SIPRI-layout
table (see tests/store/test_deals.py)."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from materiel.store import add, open_store
from materiel.store.references import import_table
from materiel.store.sipri import COLUMNS
from materiel.web.app import create_app

ARTICLE = ("Poland ordered 48 K9 howitzers from South Korea in a $2.4bn deal, the defence ministry said on Monday.\n\n"
           "Separately, Germany has offered ten Leopard 2 tanks to Norway, the German government said.\n")
TABLE = ("Trade register\n\nRecipient,Supplier,Year of order,Number ordered,Weapon designation,Weapon description\n"
         "Poland,South Korea,2022,48,K9 Thunder,self-propelled gun\n")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("deals")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "t.csv").write_text(TABLE, encoding="utf-8")
    url = str(folder / "store.db")
    with open_store(url) as store:
        summary = add(store, [str(folder / "a.txt")], published=date(2023, 6, 5))
        assert not summary.failed, summary.as_dict()
        with store.write() as session:
            import_table(session, Path(folder / "t.csv"), collection="reference")
    with TestClient(create_app(url)) as c:
        yield c


def test_sipri_csv(client: TestClient) -> None:
    r = client.get("/register.sipri.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    reader = csv.DictReader(io.StringIO(r.text))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = {row["Weapon designation"]: row for row in reader}
    assert (rows["K9 Thunder"]["Number ordered"], rows["K9 Thunder"]["Value"], rows["K9 Thunder"]["Currency"]) == \
        ("48", "2400000000", "USD")
    assert rows["Leopard 2"]["Status"] == "offered"
    known = list(csv.DictReader(io.StringIO(client.get("/register.sipri.csv?reference=known").text)))
    assert [row["Weapon designation"] for row in known] == ["K9 Thunder"]


def test_reference_filter_and_record_page(client: TestClient) -> None:
    known = client.get("/register.json?reference=known").json()["rows"]
    new = client.get("/register.json?reference=new").json()["rows"]
    assert [r["designation"] for r in known] == ["K9 Thunder"] and [r["designation"] for r in new] == ["Leopard 2"]
    assert client.get("/register.json?reference=maybe").status_code == 422
    page = client.get("/register?reference=known").text
    assert 'option value="known" selected' in page and "/register.sipri.csv?reference=known" in page
    shown = client.get(f"/record/{known[0]['record']}")
    assert 'data-known="1"' in shown.text and "self-propelled gun" in shown.text
    assert 'data-status="ordered"' in shown.text and "$2.4bn" in shown.text
    assert client.get(f"/record/{known[0]['record']}.json").json()["record"]["deal"]["number_ordered"] == 48
    assert 'data-known="0"' in client.get(f"/record/{new[0]['record']}").text


def test_reference_facet_counts_known_and_new(client: TestClient) -> None:
    """The register's facets say "known N · new M" of the records the other filters keep, and link to each."""
    facets = {f["name"]: f for f in client.get("/register.json").json()["facets"]}
    ref = facets["reference"]
    assert ref["summary"] == "known 1 · new 1" and not ref["active"]
    assert [(v["label"], v["count"], v["selected"]) for v in ref["values"]] == [("known", 1, False), ("new", 1, False)]
    chosen = {f["name"]: f for f in client.get("/register.json?reference=new").json()["facets"]}["reference"]
    assert chosen["summary"] == "known 1 · new 1" and [v["selected"] for v in chosen["values"]] == [False, True]
    narrowed = {f["name"]: f for f in client.get("/register.json?category=tank").json()["facets"]}["reference"]
    assert narrowed["summary"] == "known 0 · new 1"
    page = client.get("/register").text
    assert "known 1 · new 1" in page and 'href="/register?reference=known"' in page and \
        'href="/register?reference=new"' in page

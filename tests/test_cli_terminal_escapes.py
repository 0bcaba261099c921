"""Names that hold terminal control sequences or bidirectional overrides (issue 17, item 12) print
escaped in `materiel sources` and `materiel show`, as `materiel audit show` prints them: a publisher or
title cannot recolour, retitle or clear the terminal, or reverse the text after it."""
from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from materiel.cli import app as cli
from materiel.store import add, open_store
from materiel.store.output import printable

PUBLISHER = "Evil\x1b]0;pwned\x07 News\x1b[2J \u202eswen"
TITLE = "Tanks\x1b[31m for \u2066Poland\u2069"
TEXT = f"{TITLE}\n\nGermany has offered ten Leopard 2 tanks to Poland, the German government said on Friday.\n"
RAW = ("\x1b", "\x07", "\u202e", "\u2066", "\u2069")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("escapes")
    (folder / "tanks.txt").write_text(TEXT, encoding="utf-8")
    path = str(folder / "store.db")
    with open_store(path) as store:
        summary = add(store, [str(folder / "tanks.txt")], publisher=PUBLISHER, published=date(2024, 5, 14))
    assert summary.added == 1, summary.as_dict()
    return path


def test_printable_escapes_controls_and_bidi() -> None:
    assert printable("a\x1b[31mb\u202ec\nd") == "a\\x1b[31mb\\u202ec\\nd"
    assert printable("line one\n\tline two\x1b", lines=True) == "line one\n\tline two\\x1b"


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_sources_prints_names_escaped(db: str) -> None:
    out = run("sources", "--db", db)
    assert not any(c in out for c in RAW), repr(out)
    assert "\\x1b]0;pwned\\x07" in out and "\\u202eswen" in out


def test_show_prints_title_publisher_and_text_escaped(db: str) -> None:
    doc = run("search", "--db", db, "--json", "Leopard").split('"id": "')[1][:12]
    out = run("show", doc, "--db", db, "--text")
    assert not any(c in out for c in RAW), repr(out)
    assert "\\x1b[31m" in out and "\\x1b[2J" in out and "\\u2066Poland\\u2069" in out

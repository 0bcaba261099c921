"""Fixtures of the workbench tests: one store built from the examples (and the original article of the
shared folder when it is there), an app over it and a TestClient."""
from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from _pg import pg_schema
from materiel.store import add, open_store
from materiel.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_file())
ORIGINAL = ROOT.parent / "shared" / "examples" / "wagner-arms-report.txt"
# A document whose text carries markup: it must be shown as text, never run.
HOSTILE = ("Hostile markup <script>window.pwned = 1</script> <b>bold</b>\n\n"
           "Germany has offered ten Leopard 2 tanks to Poland <img src=x onerror=alert(1)>, the German government "
           "said on Friday.\n")
PUBLISHED = date(2024, 5, 14)
PG = os.environ.get("MATERIEL_TEST_PG")


def build(url: str, folder: Path) -> str:
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    paths = [str(p) for p in EXAMPLES] + ([str(ORIGINAL)] if ORIGINAL.is_file() else []) + [str(hostile)]
    with open_store(url) as store:
        summary = add(store, paths, published=PUBLISHED)
    assert not summary.failed, summary.as_dict()
    return url


@pytest.fixture
def original() -> Path:
    """The shared folder's original article, for the tests whose counts rest on its records (its contradiction, its
    dated and requested rows): without it they skip, naming the file (and fail under MATERIEL_STRICT=1)."""
    if not ORIGINAL.is_file():
        pytest.skip(f"{ORIGINAL} is absent: this workbench test counts the records of that article (clone the "
                    "repository beside the shared folder)")
    return ORIGINAL


@pytest.fixture(scope="session")
def sqlite_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("webstore")
    return build(str(folder / "store.db"), folder)


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="set MATERIEL_TEST_PG to a PostgreSQL URL to run the workbench tests against PostgreSQL"))])
def store_url(request: pytest.FixtureRequest, sqlite_store: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example store, on SQLite and (with MATERIEL_TEST_PG) in a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield sqlite_store
        return
    with pg_schema(PG or "", "materiel_web_test_") as url:
        yield build(url, tmp_path_factory.mktemp("pg"))


@pytest.fixture(scope="session")
def client(store_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(store_url)) as c:
        yield c

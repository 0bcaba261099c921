"""Fixtures of the store tests: a fresh database per test (SQLite in tmp_path; PostgreSQL too when
MATERIEL_TEST_PG names a server, each test in its own schema), and a small invented corpus."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from _pg import pg_schema
from materiel.extraction.pipeline import get_extractor

PG = os.environ.get("MATERIEL_TEST_PG")

# Two publishers report the same delivery; a third repeats El País (citing it); a fourth carries
# Spain's denial. Then a second, unrelated transfer, and inputs that must fail one by one.
ARTICLES = [
    {"title": "Spain sends howitzers to Ukraine", "source": "El País", "published": "2024-03-05",
     "url": "https://elpais.com/internacional/2024-03-05/howitzers.html",
     "text": "Spain has delivered six howitzers to Ukraine, the Spanish defence ministry said on Tuesday.\n\n"
             "The guns were moved across the Polish border at night."},
    {"title": "Ukraine receives Spanish guns", "source": "Kyiv Independent", "published": "2024-03-11",
     "url": "https://kyivindependent.com/spain-howitzers",
     "text": "Spain sent six howitzers to Ukraine last week, Ukrainian officials told reporters on Monday."},
    {"title": "Howitzers for Kyiv", "source": "Daily Courier", "published": "2024-03-06",
     "text": "Spain delivered six howitzers to Ukraine, El País reported on Tuesday."},
]
DENIAL_HTML = """<html><head><title>Madrid denies arms shipment</title>
<meta property="og:site_name" content="Agencia Iberica">
<meta property="og:url" content="https://iberica.example/madrid-denies">
<meta property="article:published_time" content="2024-03-12T09:00:00Z">
</head><body><nav>Home | World | Sport</nav><article><h1>Madrid denies arms shipment</h1>
<p>Spain denied sending howitzers to Ukraine, a government spokesperson said on Thursday.</p>
</article></body></html>
"""
TANKS = "Germany has offered ten Leopard 2 tanks to Poland, the German government said on Friday.\n"


def _pg_url() -> Iterator[str]:
    with pg_schema(PG or "") as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="set MATERIEL_TEST_PG to a PostgreSQL URL to run the store tests against PostgreSQL"))])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL (or file path) holding nothing yet."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        yield from _pg_url()


@pytest.fixture(scope="session", autouse=True)
def _model() -> None:
    get_extractor()  # load spaCy once, before any timing-sensitive test


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    (d / "more").mkdir(parents=True)
    (d / "wire.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    (d / "denial.html").write_text(DENIAL_HTML, encoding="utf-8")
    (d / "more" / "tanks.txt").write_text(TANKS, encoding="utf-8")
    return d


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "feed.jsonl").write_text('{"text": "Spain has offered four patrol boats to Ghana."}\n'
                                  '{"title": "no text here"}\n'
                                  "{not json\n"
                                  '{"text": "Chile sold two frigates to Peru.", "published": "soon"}\n', encoding="utf-8")
    return d

"""Every error answers in the envelope, with the security headers (issue 17, item 11): a search with too
many terms is a clear 400 (SQLite's FTS5 parser overflowed near 90 ORs and gave a bare 500), and an
unforeseen exception is a 500 in the JSON envelope or the HTML error page, never Starlette's text/plain."""
from __future__ import annotations

import httpx
import pytest
from _live import serving
from fastapi import FastAPI
from fastapi.testclient import TestClient

from materiel.store.errors import StoreError
from materiel.store.fulltext import MAX_TERMS, checked_query
from materiel.web.app import create_app

MANY_ORS = " OR ".join(f"w{i}" for i in range(100))


def test_a_search_has_a_bounded_number_of_terms() -> None:
    checked_query(" ".join(f"w{i}" for i in range(MAX_TERMS)))
    checked_query(" OR ".join(f"w{i}" for i in range(MAX_TERMS)))
    with pytest.raises(StoreError, match=f"at most {MAX_TERMS}"):
        checked_query(MANY_ORS)
    with pytest.raises(StoreError, match=f"at most {MAX_TERMS}"):
        checked_query(" ".join(f'-"w{i} x"' for i in range(MAX_TERMS + 1)))


@pytest.mark.parametrize("path", ["/register", "/register.json", "/api/register", "/register.csv",
                                  "/register.ftm.json", "/documents", "/api/documents"])
def test_a_search_with_a_hundred_ors_is_a_clear_400(client: TestClient, path: str) -> None:
    r = client.get(path, params={"q": MANY_ORS})
    assert r.status_code == 400, r.text[:300]
    assert f"at most {MAX_TERMS}" in r.text
    assert "Content-Security-Policy" in r.headers and r.headers["X-Content-Type-Options"] == "nosniff"
    if path.endswith(".json") or path.startswith("/api/"):
        assert r.json()["error"]["status"] == 400
    else:
        assert r.headers["content-type"].startswith("text/html")


def _failing_app(store_url: str) -> FastAPI:
    app = create_app(store_url)

    @app.get("/api/boom")
    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("an unforeseen failure")

    return app


def test_an_unforeseen_error_is_a_500_in_the_envelope_with_the_headers(store_url: str) -> None:
    with TestClient(_failing_app(store_url), raise_server_exceptions=False) as c:
        api, page = c.get("/api/boom"), c.get("/boom")
    assert api.status_code == page.status_code == 500
    assert api.json()["error"]["status"] == 500 and "an unforeseen failure" not in api.text
    assert page.headers["content-type"].startswith("text/html") and "internal error" in page.text
    for r in (api, page):
        assert "Content-Security-Policy" in r.headers and r.headers["Cache-Control"] == "no-store"


def test_a_refused_csv_download_is_a_whole_answer_on_a_kept_connection(sqlite_store: str) -> None:
    with serving(create_app(sqlite_store)) as (host, port), httpx.Client(base_url=f"http://{host}:{port}") as c:
        bad = c.get("/register.csv", params={"q": MANY_ORS})
        assert bad.status_code == 400 and f"at most {MAX_TERMS}" in bad.text
        assert int(bad.headers["content-length"]) == len(bad.content)
        assert c.get("/register.csv").status_code == 200  # the same connection goes on

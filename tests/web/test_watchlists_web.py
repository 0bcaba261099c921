"""Watchlists in the workbench (issue 16): a watchlist's alerts in its Atom feed, read by a feed reader with an
API token (header or `?token=`) and parsed with ElementTree; each user's watchlists with the alerts that are
new since their last visit; the register's filter saved as a watchlist; nothing of a collection the owner
cannot read."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from _two_collections import PUBLIC, SECRET, build, leaks
from materiel.security import accounts, audit
from materiel.store import open_store, watchlists
from materiel.store.filters import RegisterFilter
from materiel.web.app import create_app

A = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """alice reads "public"; bob reads both; each watches Ghana's imports (watchlists 1 and 2), before the
    documents are added."""
    folder = tmp_path_factory.mktemp("watchlists")
    url = str(folder / "store.db")
    out = {"url": url}
    with open_store(url) as st, st.write() as s:
        for name, grants in (("alice", [PUBLIC]), ("bob", [PUBLIC, SECRET])):
            accounts.add_user(s, name, "a long password")
            for c in grants:
                accounts.grant(s, name, c, "read")
            watchlists.create(s, "Ghana", RegisterFilter(recipient="Ghana"), owner=name)
            out[name] = accounts.create_token(s, name, "feeds").secret
    build(url, folder / "corpus")
    return out


@pytest.fixture
def teams(store: dict[str, str]) -> Iterator[TestClient]:
    with TestClient(create_app(store["url"], require_login=True), follow_redirects=False) as c:
        yield c


def entries(xml: bytes) -> list[ET.Element]:
    root = ET.fromstring(xml)
    assert root.tag == f"{A}feed" and root.findtext(f"{A}title") == "materiel watchlist: Ghana"
    return root.findall(f"{A}entry")


def test_the_feed_with_an_api_token(teams: TestClient, store: dict[str, str]) -> None:
    r = teams.get("/watchlists/1/feed.atom", headers={"Authorization": f"Bearer {store['alice']}"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    [entry] = entries(r.content)
    assert "Norway -> Ghana" in entry.findtext(f"{A}title", "") and "new match" in entry.findtext(f"{A}title", "")
    assert "Norway has delivered four patrol boats to Ghana" in entry.findtext(f"{A}content", "")
    assert entry.find(f"{A}link").get("href", "").startswith("http://testserver/record/")  # type: ignore[union-attr]
    assert not leaks(r.text, [])
    by_query = teams.get(f"/watchlists/1/feed.atom?token={store['alice']}")
    assert by_query.status_code == 200 and len(entries(by_query.content)) == 1
    assert teams.get("/watchlists/1/feed.atom").status_code == 401
    assert teams.get(f"/watchlists/2/feed.atom?token={store['alice']}").status_code == 404  # bob's
    assert teams.get(f"/watchlists/1.json?token={store['alice']}").status_code == 401  # the query token is for feeds
    bobs = teams.get(f"/watchlists/2/feed.atom?token={store['bob']}")
    assert len(entries(bobs.content)) == 2 and "Quiet Ledger" not in bobs.text  # both collections' records


def test_watchlists_count_what_is_new_since_the_last_visit(teams: TestClient, store: dict[str, str]) -> None:
    auth = {"Authorization": f"Bearer {store['bob']}"}
    [mine] = teams.get("/api/watchlists", headers=auth).json()["watchlists"]
    assert (mine["name"], mine["matching"], mine["alerts"], mine["new"]) == ("Ghana", 2, 2, 2)
    page = teams.get("/api/watchlists/2", headers=auth).json()
    assert page["new"] == 2 and {a["collection"] for a in page["alerts"]} == {PUBLIC, SECRET}
    assert teams.get("/api/watchlists", headers=auth).json()["watchlists"][0]["new"] == 0
    assert teams.get("/api/watchlists", headers=auth, params={"collection": PUBLIC}).json()["watchlists"][0]["alerts"] == 1
    html = teams.get("/watchlists", headers=auth).text
    assert 'href="/watchlists/2"' in html and "/watchlists/2/feed.atom" in html and 'href="/watchlists/1"' not in html


def test_the_register_filter_saved_as_a_watchlist(store: dict[str, str], tmp_path: Path) -> None:
    with TestClient(create_app(store["url"]), follow_redirects=False) as local:
        page = local.get("/register", params={"recipient": "GHA", "stage": "delivered"}).text
        assert "Save as watchlist" in page
        token = page.split('name="csrf_token" value="')[1].split('"')[0]
        r = local.post("/watchlists", data={"csrf_token": token, "name": "Deliveries to Ghana", "recipient": "GHA",
                                            "stage": "delivered"})
        assert r.status_code == 303, r.text
        saved = local.get(r.headers["location"] + ".json").json()
        assert saved["watchlist"]["filter"] == {"stage": "delivered", "recipient": ["GHA"]}
        assert saved["watchlist"]["owner"] is None and saved["watchlist"]["matching"] == 2
        assert local.post("/watchlists", data={"name": "forged", "recipient": "GHA"},
                          headers={"Origin": "https://evil.example"}).status_code == 403  # CSRF
    with open_store(store["url"]) as st, st.read() as s:
        assert [e.target for e in audit.entries(s, action="watchlist-create")] == ["Deliveries to Ghana"]

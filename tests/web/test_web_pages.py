"""Every page of the workbench and its JSON twins, over the example store (FastAPI's TestClient)."""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient


def get_json(client: TestClient, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def first_record_with(client: TestClient, item: str) -> int:
    rows = get_json(client, f"/register.json?item={item}")["rows"]
    assert rows, item
    return int(rows[0]["record"])


# --- register -------------------------------------------------------------------------------------

def test_register_page_lists_the_example_rows(client: TestClient) -> None:
    r = client.get("/register")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    data = get_json(client, "/register.json")
    assert data["total"] >= 10 and len(data["rows"]) == min(data["total"], data["limit"])
    assert {"Ghana", "South Africa"} <= {x for row in data["rows"] for x in (row["supplier"], row["recipient"])}
    for row in data["rows"][:5]:
        assert f'href="/record/{row["record"]}"' in r.text
    assert get_json(client, "/api/register") == data


def test_every_facet_value_counts_what_its_filter_keeps(client: TestClient) -> None:
    data = get_json(client, "/register.json")
    names = {f["name"] for f in data["facets"]}
    assert names == {"supplier", "recipient", "category", "stage", "factuality", "min_sources", "min_confidence",
                     "reference"}
    for facet in data["facets"]:
        assert facet["values"], facet["name"]
        for value in facet["values"][:3]:
            kept = get_json(client, f"/api/register?{facet['name']}={value['value']}&limit=500")
            assert kept["total"] == value["count"], (facet["name"], value)
            assert kept["total"] <= data["total"]


@pytest.mark.usefixtures("original")
def test_filters_combine_and_the_facets_follow(client: TestClient) -> None:
    stage = get_json(client, "/register.json?stage=requested")
    both = get_json(client, "/register.json?stage=requested&recipient=Ghana")
    assert 0 < both["total"] < stage["total"]
    assert all(r["recipient"] == "Ghana" for r in both["rows"])
    selected = [v for f in both["facets"] if f["name"] == "stage" for v in f["values"] if v["selected"]]
    assert [v["value"] for v in selected] == ["requested"]
    page = client.get("/register?stage=requested&recipient=Ghana").text
    assert 'class="on"' in page and "clear ×" in page


@pytest.mark.usefixtures("original")
def test_date_range_and_sources(client: TestClient) -> None:
    everything = get_json(client, "/register.json?limit=500")
    old = get_json(client, "/register.json?until=2023-12-31&limit=500")
    assert 0 < old["total"] < everything["total"]
    assert all((r["first_date"] or r["first_seen"]) <= "2023-12-31" for r in old["rows"])
    assert get_json(client, "/register.json?min_sources=99")["total"] == 0


def test_min_confidence_filter(client: TestClient) -> None:
    everything = get_json(client, "/register.json?limit=500")["rows"]
    confidences = sorted({r["confidence"] for r in everything})
    assert len(confidences) >= 2, confidences
    cut = confidences[len(confidences) // 2]
    kept = get_json(client, f"/register.json?min_confidence={cut}&limit=500")["rows"]
    assert {r["record"] for r in kept} == {r["record"] for r in everything if r["confidence"] >= cut}
    assert 0 < len(kept) < len(everything)
    page = client.get(f"/register?min_confidence={cut}").text
    assert "confidence at least" in page
    assert client.get("/register.json?min_confidence=2").status_code == 422
    assert client.get("/register.json?min_confidence=high").status_code == 422


def test_sort_and_paging(client: TestClient) -> None:
    rows = get_json(client, "/register.json?sort=-mentions&limit=500")["rows"]
    assert [r["mentions"] for r in rows] == sorted((r["mentions"] for r in rows), reverse=True)
    items = [(r["designation"] or r["item"]).lower() for r in get_json(client, "/register.json?sort=item&limit=500")["rows"]]
    assert items == sorted(items)
    first = get_json(client, "/register.json?limit=4")
    second = get_json(client, "/register.json?limit=4&offset=4")
    assert first["next"] and "offset=4" in first["next"] and second["previous"] is not None
    assert not {r["record"] for r in first["rows"]} & {r["record"] for r in second["rows"]}


def test_full_text_search_keeps_records_of_matching_documents(client: TestClient) -> None:
    everything = get_json(client, "/register.json?limit=500")
    hit = get_json(client, "/register.json?q=Mamba&limit=500")
    assert 0 < hit["total"] < everything["total"]
    assert any("Mamba" in (r["designation"] or r["item"] or "") for r in hit["rows"])
    assert hit["documents"] and all("Mamba" in d["snippet"] for d in hit["documents"])
    assert get_json(client, "/register.json?q=zzqxnotaword")["total"] == 0
    docs = get_json(client, "/documents.json?q=Mamba")["documents"]
    assert docs and all("snippet" in d and "Mamba" in d["snippet"] for d in docs)


@pytest.mark.usefixtures("original")
def test_contradicted_records_are_marked(client: TestClient) -> None:
    data = get_json(client, "/register.json?contradictions=1&limit=500")
    assert data["total"] >= 1 and all(r["contradiction"] for r in data["rows"])
    html = client.get("/register?contradictions=1").text
    assert html.count('class="contested"') == data["total"] and "contradicted" in html


def test_csv_download_is_what_is_shown(client: TestClient) -> None:
    shown = get_json(client, "/register.json?stage=requested&limit=500")
    r = client.get("/register.csv?stage=requested")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    lines = list(csv.DictReader(io.StringIO(r.text)))
    assert [int(x["record"]) for x in lines] == [x["record"] for x in shown["rows"]]


def test_ftm_download_is_what_is_shown(client: TestClient) -> None:
    shown = get_json(client, "/register.json?recipient=Ghana&limit=500")
    r = client.get("/register.ftm.json?recipient=Ghana")
    if r.status_code == 501:
        pytest.skip("followthemoney is not installed: " + r.json()["error"]["message"])
    assert r.status_code == 200
    entities = [json.loads(line) for line in r.text.splitlines()]
    events = [e for e in entities if e["schema"] == "Event"]
    assert len(events) == shown["total"]
    assert {e["schema"] for e in entities} >= {"Article", "Asset", "Documentation", "Event", "UnknownLink"}


# --- record -----------------------------------------------------------------------------------------

def test_record_shows_every_mention_with_its_evidence(client: TestClient) -> None:
    rec_id = first_record_with(client, "Mamba")
    html = client.get(f"/record/{rec_id}").text
    data = get_json(client, f"/record/{rec_id}.json")
    assert get_json(client, f"/api/records/{rec_id}") == data
    rec = data["record"]
    assert rec["mention_rows"]
    kinds = [{h["kind"] for h in m["highlights"]} for m in rec["mention_rows"]]
    assert all("item" in k for k in kinds)
    assert any({"item", "recipient", "supplier", "quantity", "attribution"} <= k for k in kinds)
    for m in rec["mention_rows"]:
        for h in m["highlights"]:
            assert 0 <= h["start"] < h["end"] <= len(m["evidence"])
        assert f'href="/document/{m["document"]}#s-{m["evidence_start"]}"' in html
    assert '<mark class="k-item"' in html and '<mark class="k-recipient"' in html
    assert "Mamba" in re.sub(r"<[^>]+>", "", html)


@pytest.mark.usefixtures("original")
def test_denials_beside_the_claims(client: TestClient) -> None:
    data = get_json(client, "/register.json?contradictions=1&limit=1")
    rec_id = data["rows"][0]["record"]
    html = client.get(f"/record/{rec_id}").text
    assert 'class="claims"' in html and 'class="denials"' in html
    mentions = get_json(client, f"/record/{rec_id}.json")["record"]["mention_rows"]
    assert {m["factuality"] for m in mentions} & {"denied", "negated"}


# --- reader -----------------------------------------------------------------------------------------

def _doc_id(client: TestClient, words: str) -> str:
    docs = get_json(client, "/documents.json?q=" + words)["documents"]
    assert docs, words
    return docs[0]["short"]


def test_reader_highlights_by_type_with_rows_and_related(client: TestClient) -> None:
    doc = _doc_id(client, "Mamba")
    html = client.get(f"/document/{doc}").text
    data = get_json(client, f"/document/{doc}.json")
    assert get_json(client, f"/api/documents/{doc}") == data
    kinds = {h["kind"] for h in data["highlights"]}
    assert {"actor", "item", "quantity", "date", "attribution"} <= kinds
    text = data["document"]["text"]
    assert any(text[h["start"]:h["end"]] == "Ghana" and h["kind"] == "actor" for h in data["highlights"])
    assert 'class="legend"' in html
    for t in data["transfers"]:
        assert f'id="s-{t["evidence_start"]}"' in html and f'href="#s-{t["evidence_start"]}"' in html
    # the page shows the whole text, exactly, once the markup is taken out
    article = html.split('<article class="text" id="text">')[1].split("</article>")[0]
    import html as html_lib
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", article)).strip() == text.strip()


def test_related_reporting_ranks_by_what_is_shared(client: TestClient) -> None:
    for doc in get_json(client, "/documents.json")["documents"]:
        rel = get_json(client, f"/document/{doc['short']}.json")["related"]
        scores = [r["score"] for r in rel]
        assert scores == sorted(scores, reverse=True)
        for r in rel:
            assert r["shared_records"] or r["shared_actors"]
            assert r["id"] != doc["id"]


def test_uploaded_markup_is_shown_as_text(client: TestClient) -> None:
    doc = _doc_id(client, "hostile markup")
    html = client.get(f"/document/{doc}").text
    assert "<script>window.pwned" not in html and "<img src=x" not in html and "<b>bold" not in html
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    listing = client.get("/documents?q=pwned").text
    assert "<script>window" not in listing


# --- actors -----------------------------------------------------------------------------------------

def test_actor_profile_network_and_timeline(client: TestClient) -> None:
    html = client.get("/actor/GHA").text
    data = get_json(client, "/actor/GHA.json")
    assert get_json(client, "/api/actors/GHA") == data
    assert data["actor"]["name"] == "Ghana" and data["actor"]["kind"] == "state"
    assert data["transfers_in"]
    nodes = [e for e in data["network"] if "source" not in e["data"]]
    edges = [e for e in data["network"] if "source" in e["data"]]
    assert any(n["data"]["focus"] for n in nodes) and len(nodes) >= 2 and edges
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    points = data["timeline"]["points"]
    assert points and all(p["href"].startswith("/document/") and "#s-" in p["href"] for p in points)
    assert 'id="network"' in html and "/static/vendor/cytoscape.min.js" in html
    assert html.count('class="point"') == len(points)
    assert '"focus": true' in html or '"focus":true' in html


def test_actor_list(client: TestClient) -> None:
    actors = get_json(client, "/actors.json")["actors"]
    assert any(a["id"] == "GHA" for a in actors)
    assert 'href="/actor/GHA"' in client.get("/actors").text
    assert all("ghana" in a["name"].lower() for a in get_json(client, "/actors.json?q=ghana")["actors"])


# --- errors, API, assets ----------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/record/999999", "/document/ffffffffffff", "/document/zz", "/actor/nobody-at-all",
                                 "/no/such/page", "/add/jobs/nojob"])
def test_unknown_ids_give_a_404_page(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "Not found" in r.text and "Back to the register" in r.text


@pytest.mark.parametrize("url", ["/api/records/999999", "/api/documents/ffffffffffff", "/api/actors/nobody-at-all",
                                 "/record/999999.json", "/api/jobs/nojob", "/api/nothing"])
def test_unknown_ids_give_the_error_envelope(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == 404 and body["error"]["message"]


def test_bad_parameters_are_explained(client: TestClient) -> None:
    r = client.get("/api/register?since=yesterday")
    assert r.status_code == 422 and "YYYY-MM-DD" in r.json()["error"]["message"]
    assert client.get("/api/register?sort=colour").json()["error"]["status"] == 422
    assert client.get("/api/register?stage=stolen").status_code == 422
    r = client.get("/register?limit=-3")
    assert r.status_code == 422 and "limit" in r.text


def test_openapi_documents_the_api_offline(client: TestClient) -> None:
    spec = get_json(client, "/openapi.json")
    paths = set(spec["paths"])
    assert {"/api/register", "/api/records/{record_id}", "/api/documents/{doc_id}", "/api/actors/{actor_id}",
            "/api/actors", "/api/documents", "/api/add", "/api/jobs/{job_id}", "/register.csv"} <= paths
    assert "/api/records/{record_id}" in get_json(client, "/api")["routes"]
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_pages_fetch_nothing_from_elsewhere(client: TestClient) -> None:
    for url in ("/register", "/record/" + str(first_record_with(client, "Mamba")), "/actor/GHA", "/add", "/documents"):
        html = client.get(url).text
        for src in re.findall(r'(?:src|href)="([^"]+)"', html):
            assert not src.startswith(("http:", "https:", "//")), (url, src)
    for asset in ("/static/app.css", "/static/app.js", "/static/actor.js", "/static/reader.js", "/static/add.js",
                  "/static/vendor/cytoscape.min.js"):
        assert client.get(asset).status_code == 200, asset


def test_pages_run_only_their_own_scripts(client: TestClient) -> None:
    r = client.get("/register")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text  # no inline script: every script is a file of the package


def test_home_goes_to_the_register(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code in (302, 307) and r.headers["location"] == "/register"

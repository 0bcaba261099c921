"""`export --format ftm`: every entity is valid for followthemoney 3.5.9 (Aleph 4.1), and every
entity-valued property points to an exported entity of a schema in the property's range."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from materiel.cli import app

ftm = pytest.importorskip("followthemoney")
runner = CliRunner()


@pytest.fixture
def entities(db: str, corpus: Path, tmp_path: Path) -> list[dict]:
    assert runner.invoke(app, ["add", "--db", db, "-q", str(corpus)]).exit_code == 0
    out = tmp_path / "entities.ftm.json"
    result = runner.invoke(app, ["export", "--db", db, "--format", "ftm", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert f"({len(lines)} entities)" in result.output
    return [json.loads(line) for line in lines]


def test_version_is_alephs() -> None:
    assert ftm.__version__ == "3.5.9"


def test_entities_valid_and_linked(entities: list[dict]) -> None:
    from followthemoney import model

    proxies = {}
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema is not None and not proxy.schema.abstract, data
        assert proxy.id and proxy.id not in proxies, "ids unique"
        for prop in proxy.schema.required:
            assert proxy.get(prop), f"{proxy.schema.name} {proxy.id} lacks required {prop}"
        for name in data["properties"]:
            assert name in proxy.schema.properties, f"{proxy.schema.name} has no property {name}"
        # cleaning keeps every value (dates, countries, urls are already in FtM's form)
        cleaned = model.get_proxy(data, cleaned=True)
        for prop, values in data["properties"].items():
            assert sorted(cleaned.get(prop)) == sorted(values), (proxy.schema.name, prop, values)
        proxies[proxy.id] = proxy
    for proxy in proxies.values():
        for prop, value in proxy.itervalues():
            if prop.type.name != "entity":
                continue
            assert value in proxies, f"{proxy.schema.name}.{prop.name} -> missing {value}"
            target = proxies[value].schema
            assert target.is_a(prop.range), f"{proxy.schema.name}.{prop.name} -> {target.name}, not {prop.range.name}"


def test_mapping(entities: list[dict]) -> None:
    by_schema: dict[str, list[dict]] = {}
    for e in entities:
        by_schema.setdefault(e["schema"], []).append(e)
    assert set(by_schema) == {"Article", "PublicBody", "Event", "Asset", "UnknownLink", "Documentation"}
    assert len(by_schema["Article"]) == 5  # three JSON lines, the HTML page, the text file
    howitzers = next(a for a in by_schema["Article"] if a["properties"]["title"] == ["Spain sends howitzers to Ukraine"])
    p = howitzers["properties"]
    assert p["publishedAt"] == ["2024-03-05"] and p["publisher"] == ["El País"]
    assert p["sourceUrl"][0].startswith("https://elpais.com/") and "six howitzers" in p["bodyText"][0]
    countries = {e["properties"]["name"][0]: e["properties"]["country"] for e in by_schema["PublicBody"]}
    assert countries["Spain"] == ["es"] and countries["Ukraine"] == ["ua"] and countries["Poland"] == ["pl"]
    assert len(by_schema["Event"]) == len(by_schema["Asset"]) == len(by_schema["UnknownLink"]) == 2
    ids = {e["properties"]["name"][0]: e["id"] for e in by_schema["PublicBody"]}
    spain = next(e for e in by_schema["Event"] if ids["Spain"] in e["properties"]["organizer"])
    assert ids["Ukraine"] in spain["properties"]["involved"] and len(spain["properties"]["proof"]) >= 3
    docs = [d for d in by_schema["Documentation"] if d["properties"]["entity"] == [spain["id"]]]
    assert len(docs) >= 4 and all(d["properties"]["summary"] for d in docs)  # three reports and the denial
    assert any("denied" in d["properties"]["role"][0] for d in docs)
    assert {a["properties"]["name"][0] for a in by_schema["Asset"]} >= {"Leopard 2"}


def test_ids_stable(db: str, corpus: Path, tmp_path: Path, entities: list[dict]) -> None:
    again = tmp_path / "again.json"
    assert runner.invoke(app, ["export", "--db", db, "-f", "ftm", "-o", str(again)]).exit_code == 0
    assert [json.loads(x)["id"] for x in again.read_text(encoding="utf-8").splitlines()] == [e["id"] for e in entities]

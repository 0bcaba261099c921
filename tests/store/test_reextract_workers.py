"""`materiel reextract --workers N` (issue 13, scale): the same prefilter and worker pool as `add`
(`materiel.compute.runners`); two workers leave the store one process leaves, reviews included, and the
command says how many reviews it kept, moved and listed."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from test_workers import register_of

from _helpers import cli, jsonl
from materiel.store import open_store

SAME_ANYWAY = ("audit_log", "audit_head")  # the trail: times and hashes of each run


def reviewed_store(db: str, corpus: Path) -> None:
    cli("add", "--db", db, "--quiet", "--published", "2024-03-01", str(corpus))
    rows = {r["category"]: r for r in jsonl(cli("register", "--db", db, "--json"))}
    guns = jsonl(cli("record", str(rows["howitzer"]["record"]), "--db", db, "--json"))[0]["mention_rows"]
    denial = next(m["mention"] for m in guns if m["factuality"] == "denied")
    cli("review", "reject", str(denial), "--reason", "wrong factuality", "--db", db)
    cli("review", "accept", str(next(m["mention"] for m in guns if m["factuality"] == "asserted")), "--db", db)
    tank = jsonl(cli("record", str(rows["tank"]["record"]), "--db", db, "--json"))[0]["mention_rows"][0]["mention"]
    cli("review", "correct", str(tank), "--stage", "delivered", "--db", db)


def store_of(db: str) -> dict[str, Any]:
    with open_store(db) as store:
        tables = register_of(store)
    for name in SAME_ANYWAY:
        tables.pop(name, None)
    tables["reviews"] = [{k: v for k, v in r.items() if k != "at"} for r in tables["reviews"]]
    return tables


def test_two_workers_reextract_the_store_one_process_does(tmp_path: Path, corpus: Path) -> None:
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    reviewed_store(one, corpus)
    reviewed_store(two, corpus)
    before = store_of(one)
    assert before == store_of(two)
    said = cli("reextract", "--db", one, "--workers", "1")
    assert "re-extracted 5 document(s)" in said and "reviews: 3 kept, 0 moved, 0 listed" in said
    (out,) = jsonl(cli("reextract", "--db", two, "--workers", "2", "--json"))
    assert (out["documents"], out["kept"], out["moved"], out["listed"], out["failed"]) == (5, 3, 0, 0, 0)
    after = store_of(one)
    assert after == store_of(two)
    assert {m["id"] for m in after["mentions"]}.isdisjoint({m["id"] for m in before["mentions"]})  # new rows
    assert sorted(r["decision"] for r in after["reviews"]) == ["accepted", "corrected", "rejected"]
    assert all(r["mention_id"] in {m["id"] for m in after["mentions"]} for r in after["reviews"])

"""Reviews, the analysts' layer (issue 13): accept, reject and correct mentions, on SQLite and PostgreSQL.
The machine's reading is never changed; rejected mentions leave the record's figures; a record whose
mentions are all rejected leaves the register; every decision needs write and is in the audit trail."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from _helpers import cli, jsonl
from _two_collections import PUBLIC, SECRET
from _two_collections import build as build_two
from materiel.cli import app
from materiel.extraction.pipeline import get_extractor
from materiel.record.errors import AccessDenied
from materiel.security import audit, reviewing
from materiel.security.access import LOCAL, Access
from materiel.store import open_store
from materiel.store.errors import NotFound
from materiel.store.reextract import reextract
from materiel.store.review_schema import ReviewRow
from materiel.store.reviews import queue
from materiel.store.schema import DocumentRow, MentionRow

runner = CliRunner()


@pytest.fixture
def store(db: str, corpus: Path) -> str:
    # dated (the text file has no date of its own): an undated row would never join a dated record
    cli("add", "--db", db, "--quiet", "--published", "2024-03-01", str(corpus))
    return db


def howitzers(db: str, *args: str) -> dict:
    (row,) = [r for r in jsonl(cli("register", "--db", db, "--json", *args)) if r["category"] == "howitzer"]
    return row


def mentions_of(db: str, record: int) -> list[dict]:
    return jsonl(cli("record", str(record), "--db", db, "--json"))[0]["mention_rows"]


def test_rejecting_the_denial_resolves_the_contradiction_and_keeps_both_readings(store: str) -> None:
    r = howitzers(store)
    assert r["contradiction"] and r["reviewed"] is False and r["unreviewed"] == 4
    denial = next(m for m in mentions_of(store, r["record"]) if m["factuality"] == "denied")
    out = jsonl(cli("review", "reject", str(denial["mention"]), "--reason", "wrong factuality", "--db", store, "--json"))
    assert out[0]["decision"] == "rejected" and out[0]["reason"] == "wrong factuality"
    after = howitzers(store)
    assert after["record"] == r["record"] and after["contradiction"] is False
    assert (after["mentions"], after["documents"], after["sources_against"]) == (3, 3, 0)
    assert after["factuality"] == "asserted" and after["unreviewed"] == 3 and after["reviewers"].startswith("cli:")
    rows = mentions_of(store, r["record"])  # the rejected mention is still shown, with the machine's reading
    rejected = next(m for m in rows if m["mention"] == denial["mention"])
    assert (rejected["factuality"], rejected["decision"], rejected["reason"]) == ("denied", "rejected", "wrong factuality")
    with open_store(store) as s, s.read() as session:
        entries = [e for e in audit.entries(session) if e.action == reviewing.REVIEW]
    assert [(e.target, e.detail["decision"]) for e in entries] == [(f"mention:{denial['mention']}", "rejected")]
    assert entries[0].collection == "default"


def test_a_record_whose_mentions_are_all_rejected_leaves_the_register(store: str) -> None:
    (tanks,) = [r for r in jsonl(cli("register", "--db", store, "--json")) if r["category"] == "tank"]
    (m,) = mentions_of(store, tanks["record"])
    cli("review", "reject", str(m["mention"]), "--reason", "not-a-transfer", "--db", store)
    assert "tank" not in [r["category"] for r in jsonl(cli("register", "--db", store, "--json"))]
    shown = jsonl(cli("register", "--db", store, "--json", "--review", "rejected"))
    assert [(r["record"], r["rejected"]) for r in shown] == [(tanks["record"], True)]
    assert jsonl(cli("actor", "DEU", "--db", store, "--json"))[0]["transfers_out"] == []  # nor the actor's profile
    cli("review", "clear", str(m["mention"]), "--db", store)  # taken back: in the register again, unreviewed
    assert tanks["record"] in [r["record"] for r in jsonl(cli("register", "--db", store, "--json", "--review", "unreviewed"))]


def test_a_correction_is_a_layer_and_moves_the_mention_to_its_record(store: str) -> None:
    (tanks,) = [r for r in jsonl(cli("register", "--db", store, "--json")) if r["category"] == "tank"]
    (m,) = mentions_of(store, tanks["record"])
    cli("review", "correct", str(m["mention"]), "--db", store, "--stage", "delivered", "--recipient", "Ukraine",
        "--quantity", "12", "--date", "2024-02-01..2024-02-29")
    (fixed,) = jsonl(cli("register", "--db", store, "--json", "--review", "corrected"))
    assert (fixed["recipient_id"], fixed["latest_stage"], fixed["quantity"]) == ("UKR", "delivered", 12)
    assert (fixed["first_date"], fixed["reviewed"], fixed["corrected"]) == ("2024-02-01", True, True)
    (row,) = mentions_of(store, fixed["record"])
    assert (row["recipient_id"], row["stage"], row["quantity"]) == ("POL", "offered", 10)  # the machine's reading
    assert row["corrected_fields"] == ["date", "quantity", "recipient", "stage"]
    assert row["corrections"]["recipient"] == "UKR"
    with open_store(store) as s, s.read() as session:  # the machine's row is as it was read
        stored = session.get(MentionRow, m["mention"])
        assert stored is not None and (stored.recipient_id, stored.stage) == ("POL", "offered")
    assert [r["record"] for r in jsonl(cli("register", "--db", store, "--json", "--review", "reviewed"))] == [fixed["record"]]
    assert fixed["record"] not in [r["record"] for r in jsonl(cli("register", "--db", store, "--json", "--review", "unreviewed"))]


def test_bad_decisions_are_one_readable_error(store: str) -> None:
    result = runner.invoke(app, ["review", "reject", "1", "--reason", "boring", "--db", store])
    assert result.exit_code == 1 and "not a transfer, wrong party" in result.output
    result = runner.invoke(app, ["review", "correct", "1", "--stage", "sold", "--db", store])
    assert result.exit_code == 1 and "stage 'sold' is not one of" in result.output
    result = runner.invoke(app, ["review", "correct", "1", "--db", store])
    assert result.exit_code == 1 and "at least one field" in result.output
    result = runner.invoke(app, ["review", "accept", "99999", "--db", store])
    assert result.exit_code == 1 and "no mention 99999" in result.output
    result = runner.invoke(app, ["review", "correct", "1", "--supplier", "Atlantis", "--db", store])
    assert result.exit_code == 1 and "no actor 'Atlantis'" in result.output


def test_the_queue_puts_contradictions_first_and_review_next_follows_it(store: str) -> None:
    r = howitzers(store)
    nxt = jsonl(cli("review", "next", "--db", store, "--json"))[0]
    assert nxt["record"] == r["record"] and nxt["contradiction"]
    for m in nxt["mention_rows"]:
        cli("review", "accept", str(m["mention"]), "--db", store)
    assert howitzers(store, "--review", "reviewed")["record"] == r["record"]
    assert jsonl(cli("review", "next", "--db", store, "--json"))[0]["record"] != r["record"]


def test_need_to_know_a_reader_cannot_review_and_other_collections_do_not_exist(db: str, tmp_path: Path) -> None:
    build_two(db, tmp_path / "two")
    with open_store(db) as store:
        with store.read() as session:
            ids = {coll: list(session.scalars(select(MentionRow.id).join(DocumentRow, DocumentRow.id == MentionRow.document_id)
                                              .where(DocumentRow.collection == coll).order_by(MentionRow.id)))
                   for coll in (PUBLIC, SECRET)}
        assert ids[PUBLIC] and ids[SECRET]
        reader = Access.for_user("rita", [(PUBLIC, "read")])
        writer = Access.for_user("walt", [(PUBLIC, "write")])
        with pytest.raises(AccessDenied, match="reviewing needs write"):
            reviewing.decide(store, reader, ids[PUBLIC][0], "accepted", who="rita")
        with pytest.raises(NotFound) as hidden:
            reviewing.decide(store, writer, ids[SECRET][0], "accepted", who="walt")
        with pytest.raises(NotFound) as unknown:
            reviewing.decide(store, writer, 10**9, "accepted", who="walt")
        assert str(hidden.value) == str(unknown.value).replace(str(10**9), str(ids[SECRET][0]))
        out = reviewing.decide(store, writer, ids[PUBLIC][0], "accepted", who="walt")
        assert out["collection"] == PUBLIC
        with store.read() as session:
            public_queue = [r.collection for r in session.scalars(queue(scope=frozenset({PUBLIC})))]
            entries = [e for e in audit.entries(session) if e.action == reviewing.REVIEW]
        assert public_queue and set(public_queue) == {PUBLIC}
        assert [(e.actor, e.collection) for e in entries] == [("walt", PUBLIC)]
        assert LOCAL.can_write(SECRET)


def test_merge_and_split_records_as_corrections(store: str) -> None:
    rows = {r["category"]: r for r in jsonl(cli("register", "--db", store, "--json"))}
    guns, tanks = rows["howitzer"], rows["tank"]
    out = jsonl(cli("review", "merge", str(tanks["record"]), str(guns["record"]), "--db", store, "--json"))
    assert [o["record"] for o in out] == [guns["record"]]
    after = {r["record"]: r for r in jsonl(cli("register", "--db", store, "--json"))}
    assert tanks["record"] not in after and after[guns["record"]]["mentions"] == guns["mentions"] + 1
    assert after[guns["record"]]["corrected"] is True
    moved = out[0]["mention"]
    split = jsonl(cli("review", "split", str(guns["record"]), str(moved), "--db", store, "--json"))
    assert [o["record"] for o in split] == [moved]  # a record of its own, whose id is its first mention's
    again = {r["record"]: r for r in jsonl(cli("register", "--db", store, "--json"))}
    assert again[guns["record"]]["mentions"] == guns["mentions"] and again[moved]["mentions"] == 1
    assert again[moved]["supplier_id"] == "ESP"  # the merge's correction of the party stays
    result = runner.invoke(app, ["review", "split", str(guns["record"]), "99999", "--db", store])
    assert result.exit_code == 1 and f"give mentions of record {guns['record']}" in result.output
    with open_store(store) as s, s.read() as session:
        edits = [e.detail.get("edit") for e in audit.entries(session) if e.action == reviewing.REVIEW]
    assert edits == ["split", "merge"]  # newest first


def test_actor_merges_and_aliases_apply_to_records_and_to_documents_added_later(store: str, tmp_path: Path) -> None:
    (tanks,) = [r for r in jsonl(cli("register", "--db", store, "--json")) if r["category"] == "tank"]
    assert tanks["recipient_id"] == "POL"
    out = jsonl(cli("review", "alias", "UKR", "Poland", "--db", store, "--json"))[0]  # Poland's actor is merged
    assert out["merged"] == ["POL"]
    (merged,) = [r for r in jsonl(cli("register", "--db", store, "--json")) if r["category"] == "tank"]
    assert (merged["record"], merged["recipient_id"]) == (tanks["record"], "UKR")
    with open_store(store) as s, s.read() as session:  # the machine's reading is kept
        stored = session.get(MentionRow, mentions_of(store, tanks["record"])[0]["mention"])
        assert stored is not None and stored.recipient_id == "POL"
    later = tmp_path / "later.txt"
    later.write_text("Germany has sent ten Leopard 2 tanks to Poland, the German government said in March.\n",
                     encoding="utf-8")
    cli("add", "--db", store, "--quiet", "--published", "2024-03-20", str(later))
    (again,) = [r for r in jsonl(cli("register", "--db", store, "--json")) if r["category"] == "tank"]
    assert (again["record"], again["recipient_id"], again["documents"]) == (tanks["record"], "UKR", 2)
    result = runner.invoke(app, ["review", "merge-actors", "UKR", "POL", "--db", store])
    assert result.exit_code == 1 and "a merge cannot make a loop" in result.output
    with pytest.raises(AccessDenied, match="shared by every collection"):
        with open_store(store) as s:
            reviewing.edit_actors(s, Access.for_user("walt", [("default", "write")]), "merge", "ESP", "UKR", who="walt")


def test_reextract_keeps_reviews_on_their_evidence_span_and_lists_lost_ones(store: str) -> None:
    r = howitzers(store)
    denial = next(m for m in mentions_of(store, r["record"]) if m["factuality"] == "denied")
    cli("review", "reject", str(denial["mention"]), "--reason", "wrong factuality", "--db", store)
    (tanks,) = [x for x in jsonl(cli("register", "--db", store, "--json")) if x["category"] == "tank"]
    (tank,) = mentions_of(store, tanks["record"])
    cli("review", "correct", str(tank["mention"]), "--stage", "delivered", "--db", store)
    (out,) = jsonl(cli("reextract", "--db", store, "--json"))
    assert (out["documents"], out["kept"], out["moved"], out["listed"]) == (5, 2, 0, 0)
    after = howitzers(store)
    assert not after["contradiction"] and after["unreviewed"] == 3  # the rejection still holds
    rows = mentions_of(store, after["record"])
    assert [m["decision"] for m in rows if m["factuality"] == "denied"] == ["rejected"]
    assert denial["mention"] not in [m["mention"] for m in rows]  # new rows, the review followed its span

    ex = get_extractor()

    def without_tanks(item: Any) -> Any:
        report = ex.extract(item.document)
        return report.model_copy(update={"transfers": []}) if "Leopard" in item.document.text else report

    with open_store(store) as s:
        lost = reextract(s, without_tanks, scope=None)
    assert (lost.kept, len(lost.listed)) == (1, 1) and lost.listed[0]["decision"] == "corrected"
    assert "tank" not in [x["category"] for x in jsonl(cli("register", "--db", store, "--json"))]
    with open_store(store) as s, s.read() as session:
        orphans = session.scalars(select(ReviewRow).where(ReviewRow.mention_id.is_(None))).all()
    assert [o.machine["stage"] for o in orphans] == ["offered"]  # kept, with the reading it corrected

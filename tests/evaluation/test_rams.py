"""The RAMS evaluator: counts on an invented fixture in RAMS's format, the skip, and a sample of the real set."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from materiel.evaluation import default_root
from materiel.evaluation.rams import evaluate
from materiel.evaluation.triggers import Mapping, join_tokens

DELIVERY = "Russia delivered 40 T-90 tanks to Algeria in March .".split()
ATTACK = "Rebels attacked the village at dawn .".split()
CATTLE = "The farmers sold their cattle at the market .".split()
STATEMENT = "Officials said France sold six Rafale jets to Egypt .".split()


def _record(key: str, tokens: list[str], etype: str, trigger: int, args: dict[str, tuple[int, int]],
            split: str = "dev") -> dict[str, Any]:
    """One RAMS instance: a one-sentence window, its trigger and argument links (inclusive token spans)."""
    links = [[[trigger, trigger], [s, e], f"evt001arg{i:02d}{role}"]
             for i, (role, (s, e)) in enumerate(args.items(), 1)]
    return {"rel_triggers": [], "gold_rel_links": [], "doc_key": key, "language_id": "eng", "source_url": "",
            "split": split, "sentences": [tokens], "evt_triggers": [[trigger, trigger, [[etype, 1.0]]]],
            "ent_spans": [[s, e, [[role, 1.0]]] for _, (s, e), role in links], "gold_evt_links": links}


def _write(folder: Path) -> None:
    folder.mkdir(parents=True)
    delivery = _record("fx-delivery", DELIVERY, "movement.transportartifact.sendsupplyexport", 1,
                       {"transporter": (0, 0), "artifact": (2, 4), "destination": (6, 6)})
    records = [delivery,
               _record("fx-attack", ATTACK, "conflict.attack.n/a", 1, {"attacker": (0, 0), "target": (2, 3)}),
               _record("fx-cattle", CATTLE, "transaction.transferownership.purchase", 2,
                       {"giver": (0, 1), "artifact": (3, 4), "place": (6, 7)}),
               _record("fx-said", STATEMENT, "contact.publicstatementinperson.broadcast", 1, {"communicator": (0, 0)})]
    (folder / "dev.jsonlines").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "test.jsonlines").write_text(json.dumps(_record("fx-t", ATTACK, "life.die.n/a", 1, {}, "test")) + "\n",
                                           encoding="utf-8")
    (folder / "arms.jsonl").write_text(json.dumps(delivery) + "\n", encoding="utf-8")


def _counts(result: Any, name: str) -> tuple[int, int, int]:
    s = result.score(name)
    return s.tp, s.fp, s.fn


def test_join_tokens_keeps_offsets() -> None:
    tokens = [["The", "U.S.", "said", "“", "anti", "-", "tank", "”", "missiles", "(", "ATGMs", ")", "ca", "n't",
               "wait"],
              ["It", "'s", "over", "-", "a", "dash", "."]]
    text, offsets = join_tokens(tokens)
    assert text == "The U.S. said “anti-tank” missiles (ATGMs) can't wait It's over - a dash."
    assert [text[a:b] for a, b in offsets] == [t for sent in tokens for t in sent]


def test_mapping_longest_prefix() -> None:
    m = Mapping.load("rams")
    assert m.kind("transaction.transferownership.purchase") == "transfer"
    assert m.kind("conflict.attack.bombing") == "not covered: attack"
    assert m.kind("transaction.transfermoney.payforservice") == "ignore"
    assert m.kind("movement.transportartifact.sendsupplyexport") == "transfer"
    assert m.kind("life.die.n/a") == "other"
    roles, stages = m.spec("transaction.transferownership.embargosanction")
    assert roles["giver"] == "supplier" and stages == ["refused"]
    assert m.spec("transaction.transfermoney.purchase")[0]["giver"] == "recipient"


def test_fixture_counts(tmp_path: Path) -> None:
    _write(tmp_path / "rams")
    dev = evaluate(tmp_path, "dev", None)
    assert dev.skipped is None and dev.documents == 4
    assert _counts(dev, "event") == (1, 1, 1)  # the delivery found, the cattle sale missed, a row at "said"
    assert _counts(dev, "stage") == (1, 0, 1)
    assert _counts(dev, "supplier") == (1, 0, 1)  # Russia; the farmers missed
    assert _counts(dev, "recipient") == (1, 0, 0)  # Algeria (their destination)
    assert _counts(dev, "item") == (1, 0, 1)  # "tanks" overlaps "40 T-90 tanks"; the cattle missed
    assert _counts(dev, "where") == (0, 0, 1)
    assert _counts(dev, "arguments: head") == (3, 0, 3)  # "tanks" holds the head of "40 T-90 tanks"
    assert _counts(dev, "arguments: exact") == (2, 1, 4)
    assert _counts(dev, "not covered: attack events") == (0, 0, 1)
    assert _counts(dev, "not covered: attack arguments") == (0, 0, 2)
    assert _counts(dev, "arms:event") == (1, 0, 0)
    assert _counts(dev, "arms:item") == (1, 0, 0)
    assert any("fx-cattle" in m and "no row" in m for m in dev.misses)
    assert "per given trigger" in dev.note
    sample = evaluate(tmp_path, "dev", 1)  # the first record, which is also the first arms record
    assert sample.documents == 1 and _counts(sample, "event") == (1, 0, 0)
    test = evaluate(tmp_path, "test", None)
    assert test.documents == 1 and _counts(test, "event") == (0, 0, 0)


def test_skip_without_folder(tmp_path: Path) -> None:
    result = evaluate(tmp_path, "dev", None)
    assert result.skipped and "not found" in result.skipped and result.documents == 0
    _write(tmp_path / "rams")
    assert "train.jsonlines not found" in (evaluate(tmp_path, "train", None).skipped or "")


def test_real_sample() -> None:
    root = default_root()
    if not (root / "rams").is_dir():
        pytest.skip(f"RAMS not found under {root} (the gold sets live in the shared folder; "
                    "MATERIEL_EVAL points elsewhere)")
    result = evaluate(root, "dev", 5)
    assert result.skipped is None and 5 <= result.documents <= 10
    names = [s.name for s in result.scores]
    assert names[:9] == ["event", "stage", "supplier", "recipient", "item", "where", "arguments: overlap",
                         "arguments: head", "arguments: exact"]
    arms = result.score("arms:event")
    assert 1 <= arms.tp + arms.fn <= 5  # the first five arms records, some of an unmapped type
    assert len(result.misses) <= 15

"""The WikiEvents evaluator: counts on an invented fixture in its format, the skip, and a sample of the real set."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from materiel.evaluation import default_root
from materiel.evaluation.wikievents import evaluate, join_sentences

DEV = ["Russia delivered 40 T-90 tanks to Algeria in March.",
       "The country had paid for them in 2019.",
       "Rebels attacked the village at dawn.",
       "The farmers sold their cattle at the market.",
       "France sold six Rafale jets to Egypt."]
TEST = ["France sold six Rafale jets to Egypt."]


class Doc:
    """Builds one WikiEvents document: sentences run together in `text`, as in the real files."""

    def __init__(self, doc_id: str, sentences: list[str]) -> None:
        self.id, self.sentences, self.tokens, self.mentions, self.events = doc_id, [], [], [], []
        pos = 0
        for sent in sentences:
            toks = [[m.group(), pos + m.start(), pos + m.end()] for m in re.finditer(r"\w[\w-]*|[^\w\s]", sent)]
            self.sentences.append([toks, sent])
            self.tokens += [t[0] for t in toks]
            pos += len(sent)
        self.text = "".join(sentences)

    def _find(self, word: str, nth: int) -> tuple[int, int]:
        """The document-level index of the nth token spelled `word`, and its sentence's index."""
        index = [i for i, t in enumerate(self.tokens) if t == word][nth]
        sizes = [len(toks) for toks, _ in self.sentences]
        return index, next(k for k in range(len(sizes)) if index < sum(sizes[:k + 1]))

    def mention(self, word: str, nth: int = 0) -> str:
        """The nth token spelled `word` as a one-token entity mention; returns its id."""
        index, sent_idx = self._find(word, nth)
        mid = f"{self.id}-T{len(self.mentions) + 1}"
        self.mentions.append({"id": mid, "sent_idx": sent_idx, "start": index, "end": index + 1,
                              "entity_type": "UNK", "mention_type": "UNK", "text": word})
        return mid

    def event(self, etype: str, trigger: str, args: dict[str, str], nth: int = 0) -> None:
        index, sent_idx = self._find(trigger, nth)
        texts = {m["id"]: m["text"] for m in self.mentions}
        self.events.append({"id": f"{self.id}-E{len(self.events) + 1}", "event_type": etype,
                            "trigger": {"start": index, "end": index + 1, "text": trigger, "sent_idx": sent_idx},
                            "arguments": [{"entity_id": mid, "role": role, "text": texts[mid]}
                                          for role, mid in args.items()]})

    def record(self) -> dict[str, Any]:
        return {"doc_id": self.id, "tokens": self.tokens, "text": self.text, "sentences": self.sentences,
                "entity_mentions": self.mentions, "relation_mentions": [], "event_mentions": self.events}


def _write(folder: Path) -> None:
    (folder / "coref").mkdir(parents=True)
    doc = Doc("fx-dev", DEV)
    russia, tanks, algeria = doc.mention("Russia"), doc.mention("tanks"), doc.mention("Algeria")
    country = doc.mention("country")
    doc.event("Transaction.ExchangeBuySell.Unspecified", "delivered",
              {"Giver": russia, "AcquiredEntity": tanks, "Recipient": country})  # found only through coreference
    doc.event("Conflict.Attack.Unspecified", "attacked", {"Attacker": doc.mention("Rebels"),
                                                          "Target": doc.mention("village")})
    sale = {"Giver": doc.mention("farmers"), "AcquiredEntity": doc.mention("cattle"), "Place": doc.mention("market")}
    doc.event("Transaction.ExchangeBuySell.Unspecified", "sold", sale)
    dev = doc.record()
    (folder / "dev.jsonl").write_text(json.dumps(dev) + "\n", encoding="utf-8")
    (folder / "test.jsonl").write_text(json.dumps(Doc("fx-test", TEST).record()) + "\n", encoding="utf-8")
    (folder / "arms.jsonl").write_text(json.dumps(dev) + "\n", encoding="utf-8")
    coref = {"doc_key": "fx-dev", "clusters": [[country, algeria]], "informative_mentions": ["Algeria"]}
    (folder / "coref" / "dev.jsonlines").write_text(json.dumps(coref) + "\n", encoding="utf-8")


def _counts(result: Any, name: str) -> tuple[int, int, int]:
    s = result.score(name)
    return s.tp, s.fp, s.fn


def test_join_sentences_keeps_offsets() -> None:
    doc = Doc("x", ["Anti-drone UAVs flew.", "E&T has learned."])
    text, offsets = join_sentences(doc.sentences)
    assert text == "Anti-drone UAVs flew. E&T has learned."
    assert [text[a:b] for a, b in offsets] == doc.tokens


def test_fixture_counts(tmp_path: Path) -> None:
    _write(tmp_path / "wikievents")
    dev = evaluate(tmp_path, "dev", None)
    assert dev.skipped is None and dev.documents == 1
    assert _counts(dev, "event") == (1, 1, 1)  # the delivery; the cattle sale missed; the Rafale row is unannotated
    assert _counts(dev, "stage") == (1, 0, 1)
    assert _counts(dev, "supplier") == (1, 0, 1)
    assert _counts(dev, "recipient") == (1, 0, 0)  # "Algeria" is coreferent with the gold "country"
    assert _counts(dev, "item") == (1, 0, 1)
    assert _counts(dev, "where") == (0, 0, 1)
    assert _counts(dev, "arguments: exact") == (2, 1, 4)  # item "T-90 tanks" is not exactly the gold "tanks"
    assert _counts(dev, "not covered: attack events") == (0, 0, 1)
    assert _counts(dev, "not covered: attack arguments") == (0, 0, 2)
    assert _counts(dev, "arms:event") == (1, 1, 1)
    assert any("Rafale" in m for m in dev.misses) and any("no row" in m for m in dev.misses)
    test = evaluate(tmp_path, "test", None)  # no coref file, no arms document, no event: the row is a false alarm
    assert test.documents == 1 and _counts(test, "event") == (0, 1, 0)


def test_skip_without_folder(tmp_path: Path) -> None:
    result = evaluate(tmp_path, "test", None)
    assert result.skipped and "not found" in result.skipped and result.documents == 0


def test_real_sample() -> None:
    root = default_root()
    if not (root / "wikievents").is_dir():
        pytest.skip(f"WikiEvents not found under {root} (the gold sets live in the shared folder; "
                    "MATERIEL_EVAL points elsewhere)")
    result = evaluate(root, "dev", 5)
    assert result.skipped is None and 5 <= result.documents <= 6  # five documents and the dev arms document
    assert result.score("not covered: attack events").fn > 0
    assert len(result.misses) <= 15

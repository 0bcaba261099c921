"""re3d (Dstl): entity recognition. materiel's materiel and actor spans and spaCy's named entities
are mapped onto re3d's types (`data/eval/re3d.toml`) and scored per type, by exact span and by
overlap, against gold entities above a confidence threshold.

re3d has no dev/test split: documents whose sha256(id) is even are dev, odd are test.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from materiel import lexicon
from materiel.evaluation.base import SetResult, missing, overlap, register
from materiel.extraction.pipeline import get_extractor

MODES = ("exact", "overlap")
MAX_MISSES = 15


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    type: str
    text: str


def split_of(doc_id: str) -> str:
    """The deterministic split of a re3d document: sha256 of its id even → dev, odd → test."""
    return "dev" if int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def config() -> dict[str, Any]:
    return lexicon.toml("eval/re3d.toml")


def gold_entities(record: dict[str, Any], cfg: dict[str, Any]) -> list[Ent]:
    types = set(cfg["types"])
    return sorted({Ent(e["start"], e["end"], e["type"], e["value"]) for e in record["entities"]
                   if e["type"] in types and float(e["confidence"]) >= cfg["threshold"]},
                  key=lambda e: (e.start, e.end, e.type))


def _actor_kinds() -> dict[str, str]:
    lex = lexicon.load()
    return {a.id: a.kind for a in lex.actors}


def _group(span: Span, cfg: dict[str, Any]) -> Span | None:
    """ "the Syrian opposition", "Iraqi security forces": the noun phrase up to the group noun it modifies."""
    head = span.root.head
    if span.root.dep_ not in ("amod", "compound", "nmod") or head.i < span.end or head.lower_ not in cfg["actors"]["group_nouns"]:
        return None
    start = min([span.start] + [t.i for t in head.lefts if t.dep_ == "det" and t.lower_ == "the"])
    return span.doc[start: head.i + 1]


def _people(span: Span, cfg: dict[str, Any]) -> tuple[Span, str]:
    """A demonym or nationality read re3d's way: a group NP, a plural people noun, or a Nationality."""
    if (g := _group(span, cfg)) is not None:
        return g, cfg["actors"]["group"]
    if span.root.tag_ in ("NNS", "NNPS"):
        return span, cfg["actors"]["demonym_plural"]
    return span, cfg["actors"]["demonym"]


def _actor_type(span: Span, cfg: dict[str, Any], kinds: dict[str, str]) -> str | None:
    acfg = cfg["actors"]
    how = span.kb_id_
    if how == "actor" or (how == "metonym" and span.label_ in kinds):
        return str(acfg["person"] if kinds.get(span.label_) == "person" else acfg["organisation"])
    if how in ("country", "metonym"):
        return str(acfg["country_actor"] if span.root.dep_ in acfg["actor_deps"] else acfg["country_place"])
    return None


def predicted_entities(doc: Doc, cfg: dict[str, Any], kinds: dict[str, str]) -> list[Ent]:
    """One re3d type per span: the longest span wins, then materiel spans over actor spans over NER;
    adjacent materiel spans of one type (a designation and its noun, "T-90 tanks") are one entity."""
    cands: list[tuple[Span, str, int]] = []
    for s in doc.spans.get("materiel", []):
        if (t := cfg["materiel"].get(s.label_)):
            prev = cands[-1] if cands else None
            if prev and prev[1] == t and prev[0].end == s.start:  # "T-90" + "tanks": one re3d entity
                cands[-1] = (doc[prev[0].start: s.end], t, 0)
            else:
                cands.append((s, t, 0))
    for s in doc.spans.get("actors", []):
        if s.kb_id_ == "demonym" or (s.kb_id_ == "country" and _group(s, cfg) is not None):
            cands.append((*_people(s, cfg), 1))
        elif (t := _actor_type(s, cfg, kinds)):
            cands.append((s, t, 1))
    for s in doc.ents:
        if s.label_ == "NORP":
            cands.append((*_people(s, cfg), 2))
        elif (t := cfg["ner"].get(s.label_)):
            cands.append((s, t, 2))
    cands.sort(key=lambda c: (-(c[0].end - c[0].start), c[2], c[0].start))
    taken: set[int] = set()
    out = []
    for span, t, _ in cands:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append(Ent(span.start_char, span.end_char, t, span.text))
    return sorted(out, key=lambda e: (e.start, e.end))


def match(gold: list[Ent], pred: list[Ent], mode: str) -> tuple[list[tuple[Ent, Ent]], list[Ent], list[Ent]]:
    """One-to-one matches of the same type (exact offsets, or any overlap), then misses and false positives."""
    used: set[int] = set()
    pairs, misses = [], []
    for g in gold:
        hit = None
        for i, p in enumerate(pred):
            if i in used or p.type != g.type:
                continue
            if (p.start, p.end) == (g.start, g.end) if mode == "exact" else overlap((p.start, p.end), (g.start, g.end)):
                hit = i
                break
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            pairs.append((g, pred[hit]))
    return pairs, misses, [p for i, p in enumerate(pred) if i not in used]


def load_records(folder: Path, split: str, limit: int | None) -> list[dict[str, Any]]:
    out = []
    with (folder / "re3d.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if split_of(rec["id"]) == split:
                out.append(rec)
                if limit is not None and len(out) >= limit:
                    break
    return out


def _worst(counter: Counter[tuple[str, str]], docs: dict[tuple[str, str], str], tag: str,
           order: list[str], n: int) -> list[str]:
    ranked = sorted(counter.items(), key=lambda kv: (order.index(kv[0][0]), -kv[1], kv[0][1]))
    return [f'{tag} {t} "{v}"' + (f" ×{c}" if c > 1 else "") + f" (doc {docs[(t, v)][:8]})"
            for (t, v), c in ranked[:n]]


@register("re3d")
def evaluate(root: Path, split: str, limit: int | None) -> SetResult:
    skip = missing(root, "re3d", "re3d", split)
    if skip:
        return skip
    folder = root / "re3d"
    if not (folder / "re3d.jsonl").is_file():
        return SetResult("re3d", split, skipped=f"{folder / 're3d.jsonl'} not found")

    cfg = config()
    types: list[str] = list(cfg["types"])
    result = SetResult("re3d", split)
    for t in types:
        for mode in MODES:
            result.score(f"{t} {mode}")
    for mode in MODES:
        result.score(f"micro {mode}")
    records = load_records(folder, split, limit)
    nlp = get_extractor().nlp
    kinds = _actor_kinds()
    missed: Counter[tuple[str, str]] = Counter()
    spurious: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], str] = {}
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=False):
        gold = gold_entities(rec, cfg)
        pred = predicted_entities(doc, cfg, kinds)
        for mode in MODES:
            pairs, misses, fps = match(gold, pred, mode)
            for attr, items in (("tp", [g for g, _ in pairs]), ("fn", misses), ("fp", fps)):
                for e in items:
                    for name in (f"{e.type} {mode}", f"micro {mode}"):
                        s = result.score(name)
                        setattr(s, attr, getattr(s, attr) + 1)
            if mode == "overlap":
                for e in misses:
                    missed[(e.type, e.text)] += 1
                    where.setdefault((e.type, e.text), rec["id"])
                for e in fps:
                    spurious[(e.type, e.text)] += 1
                    where.setdefault((e.type, e.text), rec["id"])
    result.documents = len(records)
    result.misses = (_worst(missed, where, "MISS", types, 9)
                     + _worst(spurious, where, "FP", types, MAX_MISSES - 9))[:MAX_MISSES]
    threshold = cfg["threshold"]
    result.note = (f"re3d has no split: documents with even sha256(id) are dev, odd are test ({split}); "
                   f"gold = entities with confidence >= {threshold} of {len(types)} types; one type per "
                   "predicted span (longest first; materiel > actor spans > spaCy NER); exact = same "
                   "offsets and type, overlap = any shared character and same type, one-to-one")
    return result

"""WikiEvents (Li, Ji and Han 2021): transfer events scored per given trigger, argument F1 by role.

WikiEvents annotates every event of its ontology in a document, with entity coreference: an
argument is found when materiel's surface text overlaps the annotated mention or any mention
coreferent with it, and a row in a sentence with no gold transfer trigger is an event false positive.
The scoring itself is shared with RAMS (`materiel.evaluation.rams`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from materiel.evaluation.base import SetResult, missing, register
from materiel.evaluation.trigger_scoring import Scorer
from materiel.evaluation.triggers import Arg, Event, Mapping, Sample, jsonl, note, select


def join_sentences(sentences: list[list[Any]]) -> tuple[str, list[tuple[int, int]]]:
    """The document as its sentence texts joined by one space (their own spacing kept: the `text`
    field runs sentences together), with each token's character span."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for tokens, sent_text in sentences:
        base = tokens[0][1] if tokens else 0
        offsets.extend((pos + s - base, pos + e - base) for _, s, e in tokens)
        parts.append(sent_text)
        pos += len(sent_text) + 1
    return " ".join(parts), offsets


def sample(rec: dict[str, Any], clusters: list[list[str]], prefixes: tuple[str, ...]) -> Sample:
    """One document with its events; each argument's spans are its mention, then coreferent mentions."""
    text, offsets = join_sentences(rec["sentences"])
    mentions = {m["id"]: (m["start"], m["end"]) for m in rec["entity_mentions"]}
    cluster_of = {mid: c for c in clusters for mid in c}
    events = []
    for ev in rec["event_mentions"]:
        args = []
        for a in ev["arguments"]:
            if a["entity_id"] not in mentions:
                continue
            own = mentions[a["entity_id"]]
            others = [mentions[m] for m in cluster_of.get(a["entity_id"], []) if m in mentions and mentions[m] != own]
            args.append(Arg(a["role"], [own, *others], a["text"]))
        trig = ev["trigger"]
        events.append(Event(f"{rec['doc_id']}/{ev['id'].rsplit('-', 1)[-1]}", ev["event_type"],
                            (trig["start"], trig["end"]), args, prefixes))
    return Sample(text, offsets, events, prefixes)


@register("wikievents")
def evaluate(root: Path, split: str, limit: int | None) -> SetResult:
    skip = missing(root, "wikievents", "wikievents", split)
    if skip:
        return skip
    folder = root / "wikievents"
    if not (folder / f"{split}.jsonl").is_file():
        return SetResult("wikievents", split, skipped=f"{folder / f'{split}.jsonl'} not found (splits: dev, test)")
    result = SetResult("wikievents", split, note=note(
        "WikiEvents (coreferent mentions count)", "a sentence with rows no gold transfer trigger accounts for",
        limit))
    records = jsonl(folder / f"{split}.jsonl")
    arms = {r["doc_id"] for r in jsonl(folder / "arms.jsonl")} if (folder / "arms.jsonl").is_file() else set()
    coref_path = folder / "coref" / f"{split}.jsonlines"
    coref = {c["doc_key"]: c["clusters"] for c in jsonl(coref_path)} if coref_path.is_file() else {}
    samples = [sample(rec, coref.get(rec["doc_id"], []), prefixes)
               for rec, prefixes in select(records, "doc_id", arms, limit)]
    result.documents = len(samples)
    Scorer(result, Mapping.load("wikievents"), complete=True).run(samples)
    return result

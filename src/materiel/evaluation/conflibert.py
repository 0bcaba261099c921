"""ConfliBERT CAMEO (Multi-CoPED) actor spans: source, target and reciprocal actors tagged token by token.

materiel reads each sentence on its own; its events' actors are scored against the gold source
spans, their targets against the gold target spans, and either against the reciprocal spans, by
exact span (ignoring a leading article and trailing punctuation) and by overlap, one-to-one. "any
actor" pools the roles, and where materiel finds no event in a sentence it falls back on the
actor mentions it recognised there.

Splits: "test" is the set's test file; "dev" is the half of its train file whose sha256(normalised
sentence) is even. Sentences that are also in the PLOVER GSR (most of the test file) are dropped
when `../plover-gsr` is present, so that the two sets are not counted twice.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from materiel.evaluation.base import SetResult, missing, overlap, register
from materiel.evaluation.plover import FILE as GSR_FILE
from materiel.evaluation.plover import norm_text, read_jsonl
from materiel.extraction.pipeline import Extractor, get_extractor
from materiel.sources.document import Document

ROLES = {"S": "source", "T": "target", "R": "reciprocal"}
MODES = ("exact", "overlap")
MAX_MISSES = 15
NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", ")", "]", "'s", "n't", "''", "%", "'"}
NO_SPACE_AFTER = {"(", "[", "``", "$"}
PRONOUNS = {"it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "our"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    text: str
    gold: dict[str, list[Span]] = field(default_factory=dict)


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if cur:
                    out.append(cur)
                cur = []
                continue
            tok, _, tag = line.rpartition(" ")
            cur.append((tok, tag) if tok else (tag, "O"))
    if cur:
        out.append(cur)
    return out


def originals(folder: Path) -> dict[str, str]:
    """The untokenised sentences of `cameo_class`, by normalised text: most NER sentences are among them."""
    out: dict[str, str] = {}
    for name in ("train.tsv", "test.tsv"):
        path = folder / "cameo_class" / name
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                sent = line.rsplit("\t", 1)[0].strip()
                out.setdefault(norm_text(sent), sent)
    return out


def align(tokens: list[str], known: str | None) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text and each token's offsets: in the original sentence when the tokens can be found
    there in order, else in a detokenised join."""
    if known is not None:
        pos, offs = 0, []
        for tok in tokens:
            i = known.find(tok, pos)
            if i < 0:
                break
            offs.append((i, i + len(tok)))
            pos = i + len(tok)
        else:
            return known, offs
    text, offs = "", []
    for i, tok in enumerate(tokens):
        if text and tok not in NO_SPACE_BEFORE and tokens[i - 1] not in NO_SPACE_AFTER:
            text += " "
        offs.append((len(text), len(text) + len(tok)))
        text += tok
    return text, offs


def to_sentence(toks: list[tuple[str, str]], known: dict[str, str]) -> Sentence:
    text, offs = align([t for t, _ in toks], known.get(norm_text("".join(t for t, _ in toks))))
    sent = Sentence(text, {r: [] for r in ROLES})
    cur: list[int] | None = None
    for i, (_, tag) in enumerate([*toks, ("", "O")]):
        if cur is not None and not (tag.startswith("I-") and tag[2:] == toks[cur[0]][1][2:]):
            role = toks[cur[0]][1][2:]
            start, end = offs[cur[0]][0], offs[cur[-1]][1]
            if role in ROLES:
                sent.gold[role].append(Span(start, end, text[start:end]))
            cur = None
        if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
            cur = [i]
        elif tag.startswith("I-") and cur is not None:
            cur.append(i)
    return sent


def split_of(text: str) -> str:
    return "dev" if int(hashlib.sha256(norm_text(text).encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def load(root: Path, split: str, limit: int | None) -> tuple[list[Sentence], int]:
    """The split's sentences without those of the PLOVER GSR, and how many were dropped as such."""
    folder = root / "conflibert-cameo"
    known = originals(folder)
    name = "test.txt" if split == "test" else "train.txt"
    sents = [to_sentence(t, known) for t in read_conll(folder / "cameo_ner" / name)]
    if split != "test":
        sents = [s for s in sents if split_of(s.text) == split]
    gsr_path = root / "plover-gsr" / GSR_FILE
    gsr = {norm_text(r["text"]) for r in read_jsonl(gsr_path)} if gsr_path.is_file() else set()
    kept = [s for s in sents if norm_text(s.text) not in gsr]
    removed = len(sents) - len(kept)
    return (kept[:limit] if limit is not None else kept), removed


def locate(text: str, surface: str, used: set[tuple[int, int]]) -> Span | None:
    """The first whole-word occurrence of a predicted actor's surface text not yet taken."""
    for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
        if (m.start(), m.end()) not in used:
            used.add((m.start(), m.end()))
            return Span(m.start(), m.end(), surface)
    return None


def core(text: str, span: Span) -> tuple[int, int]:
    """A span's offsets without a leading article and trailing punctuation, for exact matching."""
    s = span.text
    lead = re.match(r"(?i)(the|a|an)\s+", s)
    start = span.start + (lead.end() if lead else 0)
    end = span.start + len(s.rstrip(" .,;:'\"`"))
    return start, max(end, start)


def match(text: str, gold: list[Span], pred: list[Span], mode: str) -> tuple[list[Span], list[Span], list[Span]]:
    """One-to-one: the gold spans matched, the gold spans missed, the predicted spans left over."""
    used: set[int] = set()
    hits, misses = [], []
    for g in gold:
        for i, p in enumerate(pred):
            same = core(text, p) == core(text, g) if mode == "exact" else overlap((p.start, p.end), (g.start, g.end))
            if i not in used and same:
                used.add(i)
                hits.append(g)
                break
        else:
            misses.append(g)
    return hits, misses, [p for i, p in enumerate(pred) if i not in used]


def _add(result: SetResult, name: str, tp: int, fp: int, fn: int) -> None:
    s = result.score(name)
    s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn


def predicted(ex: Extractor, sent: Sentence, n: int) -> tuple[dict[str, list[Span]], list[Span], bool]:
    """materiel's sources and targets in `sent` (its events' actors and targets, placed in the text), the
    pool of any actor (they, else the actor mentions recognised where there is no event), and whether
    materiel found an event."""
    doc = ex.nlp(sent.text)
    report = ex.report(Document(text=sent.text, source=f"conflibert-{n}"), doc)
    used: set[tuple[int, int]] = set()
    pred: dict[str, list[Span]] = {"source": [], "target": []}
    fallback = [Span(s.start_char, s.end_char, s.text) for s in doc.spans.get("actors", [])]
    by_id = {s.label_: Span(s.start_char, s.end_char, s.text) for s in reversed(doc.spans.get("actors", []))}
    for e in report.events:
        for role, actor in (("source", e.actor), ("target", e.target)):
            if actor is None:
                continue
            if actor.text.lower() in PRONOUNS and actor.id in by_id:  # "it" read as Syria: Syria's mention
                sp: Span | None = by_id[actor.id]
            else:
                sp = locate(sent.text, actor.text, used)
            if sp is not None:
                pred[role].append(sp)
    pooled = pred["source"] + pred["target"] if report.events else fallback
    return pred, pooled, bool(report.events)


def score_sentence(result: SetResult, sent: Sentence, pred: dict[str, list[Span]], pooled: list[Span],
                   missed: Counter[tuple[str, str]], spurious: Counter[tuple[str, str]]) -> None:
    """Add one sentence's counts: reciprocal first (either role), then source and target with what is left,
    then any actor; the overlap misses and false positives go to `missed` and `spurious`."""
    gold_any = sent.gold["S"] + sent.gold["T"] + sent.gold["R"]
    for mode in MODES:
        hits, miss_r, left = match(sent.text, sent.gold["R"], pred["source"] + pred["target"], mode)
        _add(result, f"reciprocal {mode}", len(hits), 0, len(miss_r))
        for code, role in (("S", "source"), ("T", "target")):
            rest = [p for p in pred[role] if p in left]
            hits, miss, fps = match(sent.text, sent.gold[code], rest, mode)
            _add(result, f"{role} {mode}", len(hits), len(fps), len(miss))
            if mode == "overlap":
                missed.update((role, g.text) for g in miss)
                spurious.update((role, p.text) for p in fps)
        hits, miss, fps = match(sent.text, gold_any, pooled, mode)
        _add(result, f"any actor {mode}", len(hits), len(fps), len(miss))


@register("conflibert-cameo")
def evaluate(root: Path, split: str, limit: int | None) -> SetResult:
    skip = missing(root, "conflibert-cameo", "conflibert-cameo", split)
    if skip:
        return skip
    path = root / "conflibert-cameo" / "cameo_ner" / ("test.txt" if split == "test" else "train.txt")
    if not path.is_file():
        return SetResult("conflibert-cameo", split, skipped=f"{path} not found")

    ex = get_extractor()
    result = SetResult("conflibert-cameo", split)
    for role in ("source", "target", "reciprocal", "any actor"):
        for mode in MODES:
            result.score(f"{role} {mode}")
    sents, removed = load(root, split, limit)
    missed: Counter[tuple[str, str]] = Counter()
    spurious: Counter[tuple[str, str]] = Counter()
    no_event = 0
    for n, sent in enumerate(sents):
        pred, pooled, had_event = predicted(ex, sent, n)
        no_event += not had_event
        score_sentence(result, sent, pred, pooled, missed, spurious)
    result.documents = len(sents)
    result.misses = ([f'MISS {r} "{t}"' + (f" ×{c}" if c > 1 else "") for (r, t), c in missed.most_common(10)]
                     + [f'FP {r} "{t}"' + (f" ×{c}" if c > 1 else "") for (r, t), c in spurious.most_common(5)])
    origin = "its test file" if split == "test" else "the half of its train file with even sha256(normalised text)"
    result.note = (f"cameo_ner {split} = {origin}; {removed} sentences also in plover-gsr removed "
                   f"(normalised text), {len(sents)} scored, {no_event} with no materiel event. Event actor "
                   "vs gold S, event target vs gold T, either vs R (reciprocal); exact = same span ignoring a "
                   "leading article and trailing punctuation, overlap = any shared character, one-to-one; a "
                   "pronoun party is placed on its actor's mention in the sentence; "
                   "'any actor' pools roles and uses recognised actor mentions where a sentence has no event")
    return result

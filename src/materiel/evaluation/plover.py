"""PLOVER GSR (the CAMEO manual's example sentences hand-coded in PLOVER): one gold event per record.

materiel reads each sentence on its own. Scored: whether the gold event type is among the
predicted events' types (accuracy, and P/R/F1 per sentence with every predicted event as a
prediction), the actor's and recipient's country codes and the actors' sectors — the last two on
the predicted events of the gold type, else on the one event whose parties best match the gold.
Codes and sectors are mapped in `data/eval/plover.toml`. The `arms.jsonl` subset is scored again
under dimension names prefixed "arms:".

The GSR has no split: sentences whose sha256(normalised text) is even are dev, odd are test.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from materiel import lexicon
from materiel.evaluation.base import SetResult, missing, register
from materiel.extraction.pipeline import get_extractor
from materiel.record.models import Actor, Event

FILE, ARMS = "plover_gsr.jsonl", "arms.jsonl"
MAX_MISSES = 15
EVT = re.compile(r"\(EVT: ([^)]*)\)")


def norm_text(text: str) -> str:
    """Lower case letters and digits only: how the GSR's sentences are recognised in other sets."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def split_of(text: str) -> str:
    """sha256 of the normalised sentence even → dev, odd → test (records of one sentence stay together)."""
    return "dev" if int(hashlib.sha256(norm_text(text).encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def config() -> dict[str, Any]:
    return lexicon.toml("eval/plover.toml")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_records(folder: Path, split: str, limit: int | None) -> list[dict[str, Any]]:
    out = [r for r in read_jsonl(folder / FILE) if split_of(r["text"]) == split]
    return out[:limit] if limit is not None else out


class Coder:
    """Codes a predicted actor the GSR's way: a country code (or IGO/NGO/IMG) and a sector."""

    def __init__(self, cfg: dict[str, Any]) -> None:
        self.cfg = cfg
        self.lex = lexicon.load()

    def gold_code(self, ent: dict[str, Any]) -> str:
        return str(self.cfg["codes"].get(ent["code"], ent["code"]))

    def gold_sector(self, ent: dict[str, Any]) -> str | None:
        sector = ent.get("sector") or ""
        return sector[:3].upper() if sector and sector != self.cfg["unknown_sector"] else None

    def code(self, actor: Actor) -> str:
        if actor.country:
            return actor.country
        if actor.id in self.lex.countries:
            return actor.id
        return str(self.cfg["kind_codes"].get(actor.kind, f"?{actor.id}"))

    def named(self, actor: Actor) -> bool:
        """Whether a state actor is written as its name, an alias or its demonym ("Jordan", "Palestinians")."""
        c = self.lex.countries.get(actor.id)
        if c is None:
            return False
        forms = {f.lower() for f in (c.name, *c.aliases, *c.demonyms)}
        text = re.sub(r"^the\s+", "", actor.text.strip().lower())
        return text in forms or text.removesuffix("s") in forms

    def sector(self, actor: Actor) -> str:
        words = self.cfg["sector_words"]
        for w in re.findall(r"[a-z]+", actor.text.lower()):
            if w in words:
                return str(words[w])
        if actor.kind == "state" and self.named(actor):
            return str(self.cfg["sectors"]["state_named"])
        return str(self.cfg["sectors"].get(actor.kind, ""))


def listed(cue: str, etype: str) -> bool:
    """Whether the gold trigger's first word starts with a verb or noun events.toml lists for the type."""
    spec = lexicon.toml("events.toml")["types"].get(etype, {})
    first = cue.split()[0] if cue.split() else ""
    words = spec.get("verbs", []) + spec.get("nouns", [])
    return any(first.startswith(w[:-1] if w.endswith("e") else w) for w in words)


def _tally(result: SetResult, name: str, gold: set[str], pred: set[str]) -> None:
    s = result.score(name)
    s.tp += len(gold & pred)
    s.fp += len(pred - gold)
    s.fn += len(gold - pred)


def select(events: list[Event], etype: str, gold: dict[str, set[str]], coder: Coder) -> list[Event]:
    """The predicted events of the gold type; else the one whose actor and target codes best match."""
    same = [e for e in events if e.type == etype]
    if same or not events:
        return same

    def hits(e: Event) -> int:
        target = e.target is not None and coder.code(e.target) in gold["recipient"]
        return (coder.code(e.actor) in gold["actor"]) + target
    return [max(events, key=hits)]


def score_record(rec: dict[str, Any], events: list[Event], coder: Coder, result: SetResult,
                 prefixes: list[str], missed: Counter[tuple[str, str, str]]) -> None:
    etype = rec[coder.cfg["type_field"]]
    found = any(e.type == etype for e in events)
    for p in prefixes:
        s = result.score(p + "type found (accuracy = R)")
        s.tp, s.fn = s.tp + found, s.fn + (not found)
    if not found:
        cue = (EVT.findall(rec["markup"] or "") or [rec["event_text"] or "?"])[0].lower().strip()
        missed[("listed" if listed(cue, etype) else "unlisted", etype, cue)] += 1
    ents = {"actor": rec["actor"], "recipient": rec["recipient"]}
    reciprocal = "SRC/TAR" in (rec["markup"] or "")
    if reciprocal:  # "X and Y agreed": each party is both; scored as actors against either predicted role
        ents = {"actor": rec["actor"] + rec["recipient"], "recipient": []}
    gold = {role: {coder.gold_code(a) for a in ents[role]} for role in ents}
    chosen = select(events, etype, gold, coder)
    pred_actors: dict[str, list[Actor]] = {"actor": [e.actor for e in chosen],
                                           "recipient": [e.target for e in chosen if e.target is not None]}
    if reciprocal:
        pred_actors = {"actor": pred_actors["actor"] + pred_actors["recipient"], "recipient": []}
    sectors_gold: set[str] = set()
    sectors_pred: set[str] = set()
    for role in ("actor", "recipient"):
        codes = {coder.code(a) for a in pred_actors[role]}
        for p in prefixes:
            _tally(result, f"{p}{role} country", gold[role], codes)
        for a in ents[role]:
            if coder.gold_code(a) not in codes:
                missed[(role, coder.gold_code(a), a["actorText"].strip())] += 1
        if any(a.get("sector") == coder.cfg["unknown_sector"] for a in ents[role]):
            continue  # a sector the GSR could not tell is not scored
        sectors_gold |= {f"{role}:{sec}" for a in ents[role] if (sec := coder.gold_sector(a))}
        sectors_pred |= {f"{role}:{sec}" for a in pred_actors[role] if (sec := coder.sector(a))}
    for p in prefixes:
        _tally(result, p + "sector", sectors_gold, sectors_pred)


def score_types(recs: list[dict[str, Any]], events: list[Event], type_field: str, result: SetResult,
                prefixes: list[str], spurious: Counter[tuple[str, str]]) -> None:
    """One sentence: each gold type found once is a hit; each predicted event of another type is a false positive."""
    gold = {r[type_field] for r in recs}
    pred = {e.type for e in events}
    wrong = [e for e in events if e.type not in gold]
    for name in [p + "type" for p in prefixes] + [f"type {t}" for t in sorted(gold | pred)]:
        t = name.removeprefix("type ") if name.startswith("type ") else None
        g, hit = (gold, pred) if t is None else (gold & {t}, pred & {t})
        s = result.score(name)
        s.tp += len(g & hit)
        s.fn += len(g - hit)
        s.fp += sum(t is None or e.type == t for e in wrong)
    for e in wrong:
        spurious[(e.type, e.rule)] += 1


def misses_of(missed: Counter[tuple[str, str, str]], spurious: Counter[tuple[str, str]]) -> list[str]:
    """Missed types with their gold triggers (listed in events.toml or not), spurious types, missed parties."""
    by_type: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: {"listed": Counter(), "unlisted": Counter()})
    parties: Counter[tuple[str, str, str]] = Counter()
    for (kind, key, text), n in missed.items():
        if kind in ("listed", "unlisted"):
            by_type[key][kind][text] += n
        else:
            parties[(kind, key, text)] += n

    def cues(c: Counter[str]) -> str:
        return ", ".join(f'"{w}"' + (f" ×{n}" if n > 1 else "") for w, n in c.most_common(5))
    ranked = sorted(by_type.items(), key=lambda kv: -sum(sum(c.values()) for c in kv[1].values()))
    lines = [f"MISS type {t} ×{sum(c['listed'].values()) + sum(c['unlisted'].values())}: "
             f"listed in events.toml but not coded [{cues(c['listed'])}]; not listed [{cues(c['unlisted'])}]"
             for t, c in ranked][:7]
    lines += [f"FP type {t} from rule {rule} ×{n}" for (t, rule), n in spurious.most_common(3)]
    lines += [f'MISS {role} {code} "{text}"' + (f" ×{n}" if n > 1 else "")
              for (role, code, text), n in parties.most_common(MAX_MISSES - len(lines))]
    return lines[:MAX_MISSES]


@register("plover-gsr")
def evaluate(root: Path, split: str, limit: int | None) -> SetResult:
    skip = missing(root, "plover-gsr", "plover-gsr", split)
    if skip:
        return skip
    folder = root / "plover-gsr"
    if not (folder / FILE).is_file():
        return SetResult("plover-gsr", split, skipped=f"{folder / FILE} not found")

    cfg = config()
    coder = Coder(cfg)
    result = SetResult("plover-gsr", split)
    for prefix in ("", "arms: "):
        for name in ("type found (accuracy = R)", "type", "actor country", "recipient country", "sector"):
            result.score(prefix + name)
    arms = {r["id"] for r in read_jsonl(folder / ARMS)} if (folder / ARMS).is_file() else set()
    records = load_records(folder, split, limit)
    by_text: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_text[rec["text"]].append(rec)
    ex = get_extractor()
    missed: Counter[tuple[str, str, str]] = Counter()
    spurious: Counter[tuple[str, str]] = Counter()
    for text, recs in by_text.items():
        events = list(ex.extract_text(text).events)
        in_arms = any(r["id"] in arms for r in recs)
        prefixes = ["", "arms: "] if in_arms else [""]
        score_types(recs, events, cfg["type_field"], result, prefixes, spurious)
        for rec in recs:
            score_record(rec, events, coder, result, ["", "arms: "] if rec["id"] in arms else [""], missed)
    result.documents = len(records)
    result.misses = misses_of(missed, spurious)
    result.note = (f"PLOVER GSR {split}: {len(records)} gold events on {len(by_text)} sentences; no split "
                   "upstream, so sentences with even sha256(normalised text) are dev, odd test. type found = "
                   f"gold {cfg['type_field']} among predicted types; type P/R = per sentence, each predicted "
                   "event of a non-gold type a FP; countries (ISO3, IGO/NGO/IMG for non-states) and sectors "
                   "(first 3 letters, *** skipped) on the events of the gold type, else the best-matching "
                   "event; reciprocal (SRC/TAR) parties scored as actors against both roles")
    return result

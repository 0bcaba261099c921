"""The audit trail: an append-only, hash-chained log of who did what, to which collection, from where.

Entries
    An entry has a dense id (1, 2, 3, ...: `append` assigns head.n + 1 itself, so that a deleted row
    leaves a gap that `verify` names), `at` (the writer's clock in UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`),
    `actor`, `action`, and optionally `target`, `collection`, `address` and `detail` (a JSON object,
    stored as canonical JSON text: `{}` when there is none). An entry is stored as its writer gave it,
    except that NUL characters and unpaired surrogates become U+FFFD and a value longer than its column
    is cut (ending in "…"): an audit entry must not fail on hostile input. Ids give the order; `at` is
    only what the writer's clock said.

The chain
    hash = sha256_hex(UTF-8 of prev_hash + canonical), where prev_hash is the hash of the entry before
    (64 zeros before the first) and canonical is

        json.dumps({"id": id, "at": at, "actor": actor, "action": action, "target": target,
                    "collection": collection, "address": address, "detail": detail},
                   sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    with every value exactly as stored (`detail` is its stored JSON text, a string; a missing value is
    null). The head row (audit_head, id 1) holds how many entries there are (n) and the last hash;
    `append` locks it (`SELECT ... FOR UPDATE` on PostgreSQL; SQLite writers are serialised by
    BEGIN IMMEDIATE) and updates it in the same transaction as the insert. Triggers of migration 0003
    refuse UPDATE, DELETE (and TRUNCATE) of audit_log, so that only someone who drops them can change it.

What `verify` detects
    an edited entry (its hash does not match its contents, or the next entry does not chain to it), a
    deleted entry (a gap in the ids), reordered entries (an entry holding a neighbour's contents, or
    chaining to another entry than the one before it), a truncated tail or entries beyond the head (the
    head's n and hash disagree with the last entry), a missing head, and a recorded head hash
    (`expect`) that is no longer in the chain. It cannot detect someone who rewrites every entry from
    some point on together with the head, consistently: record the head hash that `materiel audit
    verify` prints somewhere else, and pass it back as `expect` (`--expect`) to catch that too.

Bulk reading (`flags`)
    For each actor, the volume of the last `window` (ending at `now`) is, over its "read" and "search"
    entries, the records plus documents each showed (detail["records"] + detail["documents"], the whole
    numbers >= 0 of them; 1 when neither is given), plus, for each "export" entry, detail["rows"] when that
    is a whole number >= 0, else 1. Its usual
    volume is the median of its volumes over the windows of the same length that tile the
    `baseline_days` before the last window (windows without any entry count as 0, so a new actor's
    usual volume is 0). The actor is flagged when volume > max(floor, factor * usual).
"""
from __future__ import annotations

from materiel.security.audit.chain import (
    APPEND_ONLY,
    CHUNK,
    EXPORT,
    GENESIS,
    MAX_PROBLEMS,
    READ,
    SEARCH,
    STAMP,
    append,
    canonical,
    canonical_detail,
    entry_hash,
    log,
    make_logger,
    stamp,
)
from materiel.security.audit.checking import Problem, VerifyReport, verify
from materiel.security.audit.reading import Entry, Flag, entries, flags

__all__ = ["APPEND_ONLY", "CHUNK", "EXPORT", "GENESIS", "MAX_PROBLEMS", "READ", "SEARCH", "STAMP", "Entry", "Flag", "Problem",
           "VerifyReport", "append", "canonical", "canonical_detail", "entries", "entry_hash", "flags", "log",
           "make_logger", "stamp", "verify"]

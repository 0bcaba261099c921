"""Background `add` jobs of the workbench: uploaded files, pasted text and URLs are saved to a private
temporary folder and added by `materiel.store.ingest.add` in a worker thread, one job at a time; the
Add page polls the job for its progress."""
from __future__ import annotations

import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from materiel.models import Report
from materiel.store.db import Store
from materiel.store.ingest import ADDED, Outcome, add
from materiel.store.inputs import Incoming, count

Extract = Callable[[Incoming], Report]
KEEP = 50  # finished jobs remembered


@dataclass
class Job:
    id: str
    total: int
    status: str = "queued"  # queued, running, done, failed
    done: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    transfers: int = 0
    events: int = 0
    error: str | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "total": self.total, "done": self.done, "added": self.added,
                "skipped": self.skipped, "failed": self.failed, "transfers": self.transfers, "events": self.events,
                "error": self.error, "finished": self.status in ("done", "failed"),
                "percent": 100 if self.status == "done" else int(100 * self.done / self.total) if self.total else 0,
                "items": list(self.items)}

    def shown(self, source: str) -> str:
        """The user's name for an input ('report.txt:3' for line 3 of an uploaded report.txt)."""
        for path, name in self.names.items():
            if source == path or source.startswith(path + ":"):
                return name + source[len(path):]
        return source

    def scrub(self, text: str) -> str:
        for path, name in self.names.items():
            text = text.replace(path, name)
        return text

    def record(self, out: Outcome) -> None:
        self.done += 1
        if out.status == ADDED:
            self.added += 1
            self.transfers += out.transfers
            self.events += out.events
        elif out.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
        short = out.document_id[:12] if out.document_id and out.status != "failed" else None
        self.items.append({"source": self.shown(out.source), "status": out.status, "reason": self.scrub(out.reason), "document": short,
                           "transfers": out.transfers, "events": out.events})
        self.total = max(self.total, self.done)


def _default_extract() -> Extract:
    from materiel.pipeline import get_extractor

    extractor = get_extractor()
    return lambda item: extractor.extract(item.document)


class Jobs:
    def __init__(self, store: Store, extract: Extract | None = None, max_bytes: int = 20 << 20) -> None:
        self.store = store
        self._extract = extract
        self.max_bytes = max_bytes
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._one_at_a_time = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def start(self, paths: list[str], folder: str, *, collection: str = "default", publisher: str | None = None,
              names: dict[str, str] | None = None) -> Job:
        """Add `paths` (files in `folder`, removed at the end, or URLs) in the background; `names` are what
        the user called the files (shown instead of their temporary paths)."""
        job = Job(uuid.uuid4().hex[:16], total=max(count(paths), 1) if paths else 0, names=dict(names or {}))
        with self._lock:
            self._jobs[job.id] = job
            for old in [j for j in self._jobs.values() if j.status in ("done", "failed")][:-KEEP]:
                del self._jobs[old.id]
        threading.Thread(target=self._run, args=(job, paths, folder, collection, publisher), daemon=True,
                         name=f"materiel-add-{job.id}").start()
        return job

    def _run(self, job: Job, paths: list[str], folder: str, collection: str, publisher: str | None) -> None:
        try:
            with self._one_at_a_time:
                job.status = "running"
                if self._extract is None:
                    self._extract = _default_extract()
                add(self.store, paths, collection=collection, publisher=publisher, max_bytes=self.max_bytes,
                    extract=self._extract, on_item=job.record)
            job.status = "done"
        except Exception as exc:  # noqa: BLE001 - the page shows the reason instead of a dead job
            job.error = f"{type(exc).__name__}: {exc}"
            job.status = "failed"
        finally:
            shutil.rmtree(folder, ignore_errors=True)

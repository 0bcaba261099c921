"""Background `add` jobs of the workbench: uploaded files, pasted text and URLs are saved to a private
temporary folder and added by `materiel.store.ingest.add_items` in worker threads; the Add page polls the
job for its progress.

Fairness (`materiel.web.turns`): at most `running` jobs at once and one per user (`Access.who`); a user's
other jobs wait, and a free slot goes to the user who has waited longest. A job may run `seconds` and read
`max_items` inputs (a feed's items and a JSON Lines file's lines count one each); then it stops
("stopped", with the reason), keeping what it added. Extraction runs one document at a time across jobs
(one spaCy pipeline, shared); fetching, reading and writing run side by side.

Grants are read again for every document written, inside its write transaction: when the owner's write
grant to the collection is revoked (or the account removed), the job stops before its next document.

Need-to-know: a job belongs to the caller who started it (`Access.who`) and to the collection it adds to;
only that caller, while still allowed to read the collection, sees it (`Jobs.get(id, access)`,
`Jobs.visible(access)`); to anyone else it does not exist. An input skipped because its text is already
held by a collection the caller may not read says only "already in the store", without the collection's
name or a link to the document.
"""
from __future__ import annotations

import ast
import re
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from materiel.record.errors import MaterielError
from materiel.record.models import Report
from materiel.security import accounts
from materiel.security.access import LOCAL, Access
from materiel.sources import limits
from materiel.sources.incoming import Incoming
from materiel.sources.inputs import count, read_inputs
from materiel.store.db import Store
from materiel.store.errors import NotFound
from materiel.store.ingest import ADDED, Outcome, add_items
from materiel.web.turns import Turns

Extract = Callable[[Incoming], Report]
KEEP = 50  # finished jobs remembered
HELD = re.compile(r" \(collection ('.*'|\".*\")\)$")  # ingest's "already in the store (collection 'x')"
FINISHED = ("done", "failed", "stopped")
T = TypeVar("T")


class Stopped(MaterielError):
    """A job stopped before its end: its deadline, its number of inputs, or its grant revoked."""


@dataclass
class Job:
    id: str
    total: int
    status: str = "queued"  # queued, running, done, failed, stopped
    done: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    transfers: int = 0
    events: int = 0
    error: str | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    owner: str = "local"  # Access.who of the caller who started it
    collection: str = "default"
    readable: Callable[[str], bool] = field(default=LOCAL.can_read, repr=False)  # the owner's grants
    stopped: str | None = None  # why the job stopped reading its inputs early

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "collection": self.collection, "total": self.total, "done": self.done, "added": self.added,
                "skipped": self.skipped, "failed": self.failed, "transfers": self.transfers, "events": self.events,
                "error": self.error, "finished": self.status in FINISHED,
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

    def visible_to(self, access: Access) -> bool:
        return access.who == self.owner and access.can_read(self.collection)

    def _held_elsewhere(self, out: Outcome) -> bool:
        """Skipped because a collection the owner may not read holds the same text."""
        m = HELD.search(out.reason) if out.status == "skipped" else None
        if m is None:
            return False
        try:
            held = ast.literal_eval(m.group(1))
        except (ValueError, SyntaxError):
            return True
        return not (isinstance(held, str) and self.readable(held))

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
        reason = self.scrub(out.reason)
        if self._held_elsewhere(out):
            short, reason = None, "already in the store"
        self.items.append({"source": self.shown(out.source), "status": out.status, "reason": reason, "document": short,
                           "transfers": out.transfers, "events": out.events})
        self.total = max(self.total, self.done)


def _default_extract() -> Extract:
    from materiel.extraction.pipeline import get_extractor  # deferred: spaCy (~2 s), only when a job extracts

    extractor = get_extractor()
    return lambda item: extractor.extract(item.document)


def _may_write(session: Session, user: str, collection: str) -> bool:
    """The account's write grant as the store holds it now."""
    try:
        row = accounts.get_user(session, user)
    except NotFound:
        return False
    return accounts.access_for(session, row).can_write(collection)


class Jobs:
    def __init__(self, store: Store, extract: Extract | None = None, max_bytes: int = 20 << 20, *,
                 running: int = limits.JOBS_RUNNING, seconds: float = limits.JOB_SECONDS,
                 max_items: int = limits.JOB_MAX_ITEMS, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self._extract = extract
        self.max_bytes = max_bytes
        self.seconds, self.max_items, self.clock = seconds, max_items, clock
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._extracting = threading.Lock()
        self._turns = Turns(running)

    def get(self, job_id: str, access: Access = LOCAL) -> Job | None:
        """The job, if `access` may see it (see the module's docstring); None otherwise."""
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and job.visible_to(access) else None

    def visible(self, access: Access) -> list[Job]:
        """The jobs `access` may see, latest first."""
        with self._lock:
            jobs = list(self._jobs.values())
        return [j for j in reversed(jobs) if j.visible_to(access)]

    def start(self, paths: list[str], folder: str, *, collection: str = "default", publisher: str | None = None,
              names: dict[str, str] | None = None, access: Access = LOCAL,
              on_done: Callable[[Job], None] | None = None) -> Job:
        """Add `paths` (files in `folder`, removed at the end, or URLs) in the background for `access` (who
        must be allowed to write `collection`), when its turn comes; `names` are what the user called the
        files (shown instead of their temporary paths); `on_done(job)` runs when the job has ended (the
        audit trail)."""
        access.check_write(collection)
        job = Job(uuid.uuid4().hex[:16], total=max(count(paths), 1) if paths else 0, names=dict(names or {}),
                  owner=access.who, collection=collection, readable=access.can_read)
        with self._lock:
            self._jobs[job.id] = job
            for old in [j for j in self._jobs.values() if j.status in FINISHED][:-KEEP]:
                del self._jobs[old.id]
        self._turns.submit(job.owner, f"materiel-add-{job.id}",
                           lambda: self._run(job, paths, folder, access, publisher, on_done))
        return job

    def _extract_one(self, item: Incoming) -> Report:
        with self._extracting:  # one document at a time: the jobs share one spaCy pipeline
            if self._extract is None:
                self._extract = _default_extract()
            return self._extract(item)

    def _metered(self, items: Iterable[T], job: Job, deadline: float) -> Iterator[T]:
        """The inputs, until the job's deadline or its number of inputs; checked before each is read
        (reading a URL is a fetch)."""
        inputs = iter(items)
        for n in range(self.max_items + 1):
            if self.clock() > deadline:
                job.stopped = f"stopped after {self.seconds:g} s, the limit per job: add the rest in another job"
                return
            item = next(inputs, None)
            if item is None:
                return
            if n == self.max_items:
                job.stopped = f"stopped after {self.max_items} inputs, the limit per job: add the rest in another job"
                return
            yield item

    def _guard(self, access: Access, collection: str, deadline: float) -> Callable[[Session], None]:
        """Checked in each document's write transaction, before it writes."""
        def check(session: Session) -> None:
            if self.clock() > deadline:
                raise Stopped(f"stopped after {self.seconds:g} s, the limit per job: add the rest in another job")
            if access.user is not None and not _may_write(session, access.user, collection):
                raise Stopped(f"stopped: {access.who} may no longer add to collection {collection!r}")
        return check

    def _run(self, job: Job, paths: list[str], folder: str, access: Access, publisher: str | None,
             on_done: Callable[[Job], None] | None = None) -> None:
        status = "done"
        try:
            job.status = "running"
            deadline = self.clock() + self.seconds
            items = self._metered(read_inputs(paths, self.max_bytes, publisher), job, deadline)
            add_items(self.store, items, collection=job.collection, extract=self._extract_one, on_item=job.record,
                      guard=self._guard(access, job.collection, deadline))
            if job.stopped:
                job.error, status = job.stopped, "stopped"
        except Stopped as exc:
            job.error, status = str(exc), "stopped"
        except Exception as exc:  # noqa: BLE001 - the page shows the reason instead of a dead job
            job.error = f"{type(exc).__name__}: {exc}"
            status = "failed"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            if on_done is not None:
                try:
                    on_done(job)
                except Exception as exc:  # noqa: BLE001 - shown on the job rather than lost in a thread
                    job.error = (job.error + "; " if job.error else "") + f"audit: {type(exc).__name__}: {exc}"
            job.status = status  # last: a job shown finished has been audited

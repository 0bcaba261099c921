"""Extraction on a Dask distributed cluster (`materiel add --cluster tcp://HOST:8786`).

Documents go out in batches; each worker process builds its extractor once (`get_extractor` is
cached per process) and sends the reports back. This process stays the one writer and writes the
batches in the order it sent them, so the store is the same as a local run. A batch whose worker
dies is rescheduled by Dask on another worker; a batch that raises is retried (`retries`), then
resubmitted up to `resubmits` times, then its documents are reported as failed (and can be added
again later: nothing of them is stored). A document is written only by this process, and only if
its content hash is not in the store yet, so a retried batch never stores anything twice.
"""
from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from materiel.compute.spec import ExtractSpec, Result, extract_safely
from materiel.record.errors import MaterielError
from materiel.sources.incoming import Incoming

T = TypeVar("T")


def extract_batch(spec: ExtractSpec, items: list[Incoming]) -> list[Result]:
    """What runs on a worker: the same extraction as a local run, one report (or reason) per document."""
    return [extract_safely(spec, item) for item in items]


CONNECT_TIMEOUT = 20.0  # seconds to reach the scheduler


def connect(address: str, timeout: float | None = None) -> Any:
    try:
        from distributed import Client
    except ImportError as exc:
        raise MaterielError("--cluster needs Dask distributed: pip install 'materiel[cluster]'") from exc
    try:
        # distributed does not annotate Client.__init__
        return Client(address, timeout=timeout or CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise MaterielError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


class DaskRunner:
    def __init__(self, address: str | Any, spec: ExtractSpec, batch_size: int = 16, ahead: int = 2,
                 retries: int = 3, resubmits: int = 2) -> None:
        self.client = connect(address) if isinstance(address, str) else address
        self.own_client = isinstance(address, str)
        self.spec, self.batch_size, self.retries, self.resubmits = spec, max(1, batch_size), retries, resubmits
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.limit = max(2, workers * ahead)  # batches in flight
        self.run_id = uuid.uuid4().hex[:12]
        self.sent = 0

    def _submit(self, docs: list[Incoming]) -> Any:
        self.sent += 1
        return self.client.submit(extract_batch, self.spec, docs, retries=self.retries, pure=False,
                                  key=f"materiel-extract-{self.run_id}-{self.sent}")

    def run(self, items: Iterable[Incoming | T]) -> Iterator[tuple[Incoming | T, Result | None]]:
        window: deque[tuple[list[Incoming | T], Any]] = deque()
        chunk: list[Incoming | T] = []
        n_docs = 0
        for item in items:
            chunk.append(item)
            n_docs += isinstance(item, Incoming)
            if n_docs >= self.batch_size:
                window.append((chunk, self._submit([x for x in chunk if isinstance(x, Incoming)])))
                chunk, n_docs = [], 0
                while len(window) >= self.limit:
                    yield from self._drain(*window.popleft())
        if chunk:
            docs = [x for x in chunk if isinstance(x, Incoming)]
            window.append((chunk, self._submit(docs) if docs else None))
        while window:
            yield from self._drain(*window.popleft())

    def _drain(self, chunk: list[Incoming | T], future: Any) -> Iterator[tuple[Incoming | T, Result | None]]:
        docs = [x for x in chunk if isinstance(x, Incoming)]
        results = self._results(docs, future) if future is not None else []
        it = iter(results)
        for x in chunk:
            yield x, next(it) if isinstance(x, Incoming) else None

    def _results(self, docs: list[Incoming], future: Any) -> list[Result]:
        for attempt in range(self.resubmits + 1):
            try:
                results: list[Result] = future.result()
                return results
            except Exception as exc:  # noqa: BLE001 - KilledWorker, a worker's exception, a lost connection
                error = exc
                if attempt < self.resubmits:
                    future = self._submit(docs)
        reason = f"extraction failed on the cluster ({type(error).__name__}: {error})"
        return [reason] * len(docs)

    def close(self) -> None:
        if self.own_client:
            self.client.close()

"""Where extraction runs while `add` writes: in this process, in N worker processes on this machine,
or on a Dask cluster (`materiel.compute.cluster`). A runner takes the stream of documents to extract
and yields each with its report (or the reason it failed) IN INPUT ORDER, so the one writer stores
them in the same order whatever the runner: the store is the same as a single-process run.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol, TypeVar

from materiel.compute.cluster import DaskRunner
from materiel.compute.spec import Extract, ExtractSpec, Result, extract_safely
from materiel.record.errors import MaterielError
from materiel.sources.incoming import Incoming

T = TypeVar("T")


class Runner(Protocol):
    def run(self, items: Iterable[Incoming | T]) -> Iterator[tuple[Incoming | T, Result | None]]: ...

    def close(self) -> None: ...


class InProcess:
    """Extraction in the calling process, one document at a time."""

    def __init__(self, extract: Extract) -> None:
        self.extract = extract

    def run(self, items: Iterable[Incoming | T]) -> Iterator[tuple[Incoming | T, Result | None]]:
        for item in items:
            yield item, extract_safely(self.extract, item) if isinstance(item, Incoming) else None

    def close(self) -> None:
        pass


def _warm(spec: ExtractSpec) -> None:
    parent = os.getppid()

    def orphaned() -> None:  # the writer was killed (SIGTERM, SIGKILL): do not linger
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=orphaned, daemon=True).start()
    spec.warm()


def _pid_after(seconds: float) -> int:
    time.sleep(seconds)  # long enough for the other workers to take the other probes
    return os.getpid()


def _work(spec: ExtractSpec, item: Incoming) -> Result:
    return extract_safely(spec, item)


# One BLAS/OpenMP thread per worker process (as Dask's nanny does): N workers with a thread pool per
# core each fight over the cores and run slower than one process.
SINGLE_THREADED = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


class Processes:
    """N worker processes (spawned: a clean interpreter each, the model loaded once per worker by the
    initializer, one BLAS thread each); documents are submitted in order, at most `ahead` per worker in
    flight, and their reports come back in the same order."""

    def __init__(self, spec: ExtractSpec, workers: int, ahead: int = 4) -> None:
        if workers < 1:
            raise MaterielError(f"--workers must be at least 1 (got {workers})")
        self.spec, self.limit = spec, workers * ahead
        # the workers are spawned with this process's environment: set until the pool is closed
        self.saved_env = {k: os.environ.get(k) for k in SINGLE_THREADED}
        os.environ.update({k: v for k, v in SINGLE_THREADED.items() if k not in os.environ})
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_warm, initargs=(spec,))
        self._wait_ready(workers)

    def _wait_ready(self, workers: int, rounds: int = 20) -> None:
        """Start every worker and wait for its model: documents then flow at full speed from the first."""
        seen: set[int] = set()
        for _ in range(rounds):
            try:
                seen |= {f.result() for f in [self.pool.submit(_pid_after, 0.2) for _ in range(workers)]}
            except BrokenProcessPool as exc:
                self.pool.shutdown(wait=False, cancel_futures=True)
                raise MaterielError(f"a worker process could not start: {exc}") from exc
            if len(seen) >= workers:
                return

    def run(self, items: Iterable[Incoming | T]) -> Iterator[tuple[Incoming | T, Result | None]]:
        window: deque[tuple[Incoming | T, Future[Result] | None]] = deque()
        for item in items:
            window.append((item, self.pool.submit(_work, self.spec, item) if isinstance(item, Incoming) else None))
            while len(window) >= self.limit:
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    @staticmethod
    def _result(item: Incoming | T, fut: Future[Result] | None) -> tuple[Incoming | T, Result | None]:
        try:
            return item, fut.result() if fut is not None else None
        except BrokenProcessPool as exc:
            raise MaterielError(f"a worker process died ({exc}); run the same command again to add the rest "
                                "(documents already added are skipped)") from exc

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        for k, v in self.saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def make_runner(extract: Extract, workers: int = 1, cluster: str | None = None, batch_size: int = 16) -> Runner:
    """In process for one worker, a process pool for more, a Dask cluster when `cluster` is an address."""
    if cluster:
        return DaskRunner(cluster, _spec(extract, "--cluster"), batch_size=batch_size)
    if workers > 1:
        return Processes(_spec(extract, "--workers"), workers)
    return InProcess(extract)


def _spec(extract: object, what: str) -> ExtractSpec:
    if not isinstance(extract, ExtractSpec):
        raise MaterielError(f"{what} runs extraction in other processes: give the extraction as an ExtractSpec "
                            "(model name and prefilter), not a function")
    return extract

"""When a followed source is polled next (`materiel follow --every`): intervals as people write them
("30m", "2h", "1d", "90s"), exponential back-off after failures, and the per-host politeness delay.
Nothing here reads a clock of its own unless given none: the tests pass a fake clock."""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from materiel.record.errors import InputError

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_EVERY = 60  # seconds: no source is polled more often than once a minute
DEFAULT_EVERY = 30 * 60
MAX_BACKOFF = 24 * 3600  # a failing source is still tried at least once a day
HOST_DELAY = 1.0  # seconds between two requests to the same host (politeness)
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_every(text: str) -> int:
    """'30m' -> 1800 seconds ('90' is seconds); at least MIN_EVERY. InputError when unreadable."""
    m = _EVERY.match(text or "")
    if not m:
        raise InputError("--every", f"{text!r} is not an interval: write a number and s, m, h or d (30m, 2h, 1d)")
    seconds = int(float(m.group(1)) * UNITS[(m.group(2) or "s").lower()])
    if seconds < MIN_EVERY:
        raise InputError("--every", f"{text!r} is too often: every {MIN_EVERY // 60} minute at the most")
    return seconds


def show_every(seconds: int) -> str:
    """1800 -> '30m' (the largest unit that divides it)."""
    for unit in ("d", "h", "m"):
        if seconds % UNITS[unit] == 0:
            return f"{seconds // UNITS[unit]}{unit}"
    return f"{seconds}s"


def backoff(every: int, failures: int) -> int:
    """Seconds until the next try after `failures` failures in a row: the interval, doubled for each
    failure after the first, at most MAX_BACKOFF (but never less than the interval itself)."""
    if failures <= 0:
        return every
    doubled: int = every * 2 ** min(failures - 1, 30)
    return max(every, min(doubled, MAX_BACKOFF))


def host_of(target: str) -> str:
    """The host a URL is fetched from ('' for a local path)."""
    return (urlsplit(target).hostname or "").lower() if "://" in target else ""


class Pacer:
    """At least `delay` seconds between two requests to one host (`wait(url)` before each request).
    Thread-safe; `clock` and `sleep` are replaced in tests."""

    def __init__(self, delay: float = HOST_DELAY, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.delay, self.clock, self.sleep = delay, clock, sleep
        self.last: dict[str, float] = {}
        self.lock = threading.Lock()
        self.waited = 0.0  # seconds slept in all (for tests and the benchmark)

    def wait(self, url: str) -> None:
        host = host_of(url)
        if not host or self.delay <= 0:
            return
        with self.lock:
            now = self.clock()
            ready = self.last.get(host, now - self.delay) + self.delay
            self.last[host] = max(now, ready)
        if ready > now:
            self.waited += ready - now
            self.sleep(ready - now)

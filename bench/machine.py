"""One line about the machine a benchmark ran on: cores, CPU model, memory, load when it started."""
from __future__ import annotations

import os
from pathlib import Path


def describe() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
               "unknown CPU")
    mem = next((int(line.split()[1]) / 1024 ** 2 for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), 0.0)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"machine: {os.cpu_count()} cores ({cpu}), {mem:.0f} GB RAM; load average at start {load}"


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) clock ticks of all cores since boot, from /proc/stat; (0, 0) elsewhere."""
    line = next((x for x in _lines("/proc/stat") if x.startswith("cpu ")), "")
    ticks = [int(v) for v in line.split()[1:]]
    if len(ticks) < 5:
        return 0, 0
    return sum(ticks) - ticks[3] - ticks[4], sum(ticks)


def busy_cores(before: tuple[int, int], after: tuple[int, int]) -> float:
    """How many cores were busy on average between two `cpu_ticks()` (every process, ours and others')."""
    total = after[1] - before[1]
    return (after[0] - before[0]) / total * (os.cpu_count() or 1) if total else float("nan")

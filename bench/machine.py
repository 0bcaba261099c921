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

"""Taking turns: background tasks run in threads, at most `slots` at once and one per owner.

A free slot goes to the owner who has waited longest for a turn (round robin over the owners with
waiting tasks), and each owner's tasks run in the order they were given. So one owner's long task holds
one slot, never the others' turns, and an owner with many tasks gets no more than one running.
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

Task = Callable[[], None]


class Turns:
    def __init__(self, slots: int) -> None:
        if slots < 1:
            raise ValueError("at least one slot")
        self.slots = slots
        self._waiting: dict[str, deque[tuple[str, Task]]] = {}  # owners, longest waiting first
        self._running: set[str] = set()
        self._turn: dict[str, int] = {}  # when each owner's last task started (a count of starts)
        self._starts = 0
        self._lock = threading.Lock()

    def submit(self, owner: str, name: str, task: Task) -> None:
        """Run `task` (in a thread called `name`) when `owner` has no running task and a slot is free."""
        with self._lock:
            self._waiting.setdefault(owner, deque()).append((name, task))
            self._start_next()

    def _start_next(self) -> None:  # with the lock held
        while len(self._running) < self.slots:
            idle = [o for o in self._waiting if o not in self._running]
            if not idle:
                return
            owner = min(idle, key=lambda o: self._turn.get(o, -1))  # least recently served; then longest waiting
            name, task = self._waiting[owner].popleft()
            if not self._waiting[owner]:
                del self._waiting[owner]
            self._starts += 1
            self._turn[owner] = self._starts
            self._running.add(owner)
            threading.Thread(target=self._run, args=(owner, task), name=name, daemon=True).start()

    def _run(self, owner: str, task: Task) -> None:
        try:
            task()
        finally:
            with self._lock:
                self._running.discard(owner)
                self._start_next()

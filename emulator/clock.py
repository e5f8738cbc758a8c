"""The emulator's notion of "now": wall-clock time plus an offset tests can advance."""

from __future__ import annotations

import threading
import time


class Clock:
    """Seconds since the epoch, advanceable.

    With ``start`` the clock is frozen at that instant (plus any advance), which makes expiry
    tests exact; without it, it follows the wall clock.
    """

    def __init__(self, start: float | None = None) -> None:
        self._start = start
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        base = time.time() if self._start is None else self._start
        return base + self._offset

    def advance(self, seconds: float) -> float:
        """Move time forward (never backward: expiry must stay monotonic) and return the new now."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0

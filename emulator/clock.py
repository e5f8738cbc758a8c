"""The emulator's notion of "now": wall-clock time plus an offset tests can advance."""

from __future__ import annotations

import math
import threading
import time

# The emulator never runs past 9999-01-01 (RFC 3339 has four-digit years; JWT times stay sane).
LATEST = 253_370_764_800.0
MAX_ADVANCE = 100 * 365 * 86_400  # one call moves the clock at most a century


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
        """Move time forward (never backward: expiry must stay monotonic) and return the new now.

        Checked before anything changes: a ValueError leaves the clock as it was."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("the clock only moves forward by a finite number of seconds")
        if seconds > MAX_ADVANCE:
            raise ValueError(f"the clock moves at most {MAX_ADVANCE} seconds (100 years) per call")
        with self._lock:
            if self.now() + seconds >= LATEST:
                raise ValueError("the clock cannot pass the year 9999")
            self._offset += seconds
        return self.now()

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0

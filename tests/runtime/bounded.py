"""Run a step that could wait on a file lock in a worker thread, with a generous bound.

A bug in the lock code (a lock taken twice, a wait where there should be none) makes such a step
wait forever; under a bound the test fails and says what waited instead of hanging the run (a
mutation run counts it as caught either way). The bound is not a timing assertion: the step
takes milliseconds when the code is right, and the bound only tells "finished" from "stuck".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import pytest

_T = TypeVar("_T")

#: Long enough for a loaded shared machine, short enough that a stuck step ends the test.
BOUND_SECONDS = 60.0


def bounded(step: Callable[[], _T], what: str, seconds: float = BOUND_SECONDS) -> _T:
    """``step()``'s result, or its exception re-raised; ``pytest.fail`` naming ``what`` when it
    has not finished after ``seconds``. A stuck worker is a daemon thread, left behind."""
    outcome: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            outcome.append((True, step()))
        except BaseException as exc:  # handed to the test's thread
            outcome.append((False, exc))

    worker = threading.Thread(target=run, daemon=True, name=f"bounded: {what}")
    worker.start()
    worker.join(timeout=seconds)
    if not outcome:
        pytest.fail(f"{what} waited for more than {seconds:.0f} s")
    finished, value = outcome[0]
    if not finished:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]

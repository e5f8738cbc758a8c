"""A separate process sharing one ``FileStorage`` with others (issue 9 H2), for
``test_client_hardening.py``: it must be importable by module name by ``multiprocessing``'s
spawn start method, so it lives here rather than in the test module."""

from __future__ import annotations

import time
from typing import Any


def run(
    path: str,
    base_url: str,
    env: str,
    offset: Any,  # multiprocessing.Value("d"): seconds the emulator's clock is ahead
    start: Any,  # multiprocessing.Barrier: a round begins
    done: Any,  # multiprocessing.Barrier: a round ends
    rounds: int,
    results: Any,  # multiprocessing.Queue of (round, "ok" | "error", detail)
) -> None:
    from cloudbase_auth import CloudBaseAuth, FileStorage

    with CloudBaseAuth(env, base_url=base_url, storage=FileStorage(path), max_retries=0) as client:
        client._now = lambda: time.time() + offset.value  # the client's clock, moved with the emulator's
        for round_no in range(rounds):
            start.wait(timeout=120)
            try:
                results.put((round_no, "ok", client.get_user_me().sub))
            except Exception as exc:  # reported to the test, which fails on it
                results.put((round_no, "error", f"{type(exc).__name__}: {exc}"))
            done.wait(timeout=120)

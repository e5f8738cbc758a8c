"""Four Python processes on one token file refresh exactly once per expiry, counted at the
emulator (issue 22 item 2, lock convention v1: ``<path>.lock``, flock + POSIX record lock).

The emulator runs in this process behind a counting wrapper on a free loopback port; the
workers are ``tests/e2e/_shared_store_worker.py`` processes (spawned: nothing inherited), each
with its own ``CloudBaseAuth`` on the shared ``FileStorage``.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cloudbase_auth import CloudBaseAuth, FileStorage

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread

from . import _shared_store_worker

ENV = "emulator-env"
WORKERS, ROUNDS = 4, 5


class CountingApp:
    """The emulator, counting the refresh calls (``POST /auth/v1/token``) it receives."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.token_calls = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] == "/auth/v1/token":
            with self._lock:
                self.token_calls += 1
        await self.app(scope, receive, send)


@pytest.fixture
def counted() -> Iterator[tuple[str, CountingApp]]:
    app = CountingApp(create_app(validate_responses=True))
    with ServerThread(app) as server:
        yield server.url, app


def test_four_processes_refresh_exactly_once_per_expiry(tmp_path: Path, counted: tuple[str, CountingApp]) -> None:
    url, app = counted
    base_url = f"{url}/auth/v1"
    path = tmp_path / "shared-session.json"
    with CloudBaseAuth(ENV, base_url=base_url, storage=FileStorage(path)) as first:
        sub = first.sign_in_anonymously().sub
    ctx = multiprocessing.get_context("spawn")
    offset = ctx.Value("d", 0.0)
    start, done = ctx.Barrier(WORKERS + 1), ctx.Barrier(WORKERS + 1)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=_shared_store_worker.run,
            args=(str(path), base_url, ENV, offset, start, done, ROUNDS, results),
        )
        for _ in range(WORKERS)
    ]
    for proc in procs:
        proc.start()
    refreshes_per_round: list[int] = []
    try:
        with httpx.Client(base_url=url, timeout=30) as control:
            for _ in range(ROUNDS):
                control.post("/emulator/v1/clock", json={"advance_seconds": 7200}).raise_for_status()
                offset.value += 7200  # every process's session has expired, on both clocks
                before = app.token_calls
                start.wait(timeout=120)
                done.wait(timeout=120)
                refreshes_per_round.append(app.token_calls - before)
                stored = json.loads(json.loads(path.read_text())[f"credentials_{ENV}"])
                live = control.get(
                    "/auth/v1/token/introspect", headers={"Authorization": f"Bearer {stored['access_token']}"}
                )
                assert live.json().get("sub") == sub  # the file holds a live session after every round
    finally:
        start.abort()  # a failed round must not leave the workers waiting for the next one
        done.abort()
        for proc in procs:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.kill()
    outcomes = [results.get(timeout=10) for _ in range(WORKERS * ROUNDS)]
    assert [o for o in outcomes if o[1] != "ok"] == []
    assert {o[2] for o in outcomes} == {sub}
    assert refreshes_per_round == [1] * ROUNDS
    assert (tmp_path / "shared-session.json.lock").stat().st_size == 0


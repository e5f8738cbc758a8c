"""The token-file lock (convention v1) across processes: several PHP processes (as PHP-FPM
workers would be) and a Python process share one token file whose session has expired; they
all call at once, and the emulator sees exactly one refresh. A second refresh would spend a
rotated refresh token and fail with invalid_grant."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread

from .conftest import GENERATED

ENV = "emulator-env"

PHP_WORKER = r"""
require getenv('PACKAGE') . '/autoload.php';
$go = getenv('GO_FILE');
while (!file_exists($go)) { usleep(5000); }
$offset = (float) getenv('OFFSET');
$auth = new CloudBase\Auth\CloudBaseAuth('emulator-env', [
    'baseUrl' => getenv('BASE_URL'),
    'storage' => new CloudBase\Auth\Storage\FileStorage(getenv('TOKEN_FILE')),
    'maxRetries' => 0,
    'clock' => static fn (): float => microtime(true) + $offset,
]);
echo $auth->getUserMe()->sub;
"""

PY_WORKER = r"""
import os, time
from cloudbase_auth import CloudBaseAuth, FileStorage
go = os.environ["GO_FILE"]
while not os.path.exists(go):
    time.sleep(0.005)
offset = float(os.environ["OFFSET"])
with CloudBaseAuth("emulator-env", base_url=os.environ["BASE_URL"], storage=FileStorage(os.environ["TOKEN_FILE"]), max_retries=0) as auth:
    auth._now = lambda: time.time() + offset
    print(auth.get_user_me().sub, end="")
"""


class Counting:
    """ASGI middleware that records every request's method and path."""

    def __init__(self, app: Any, seen: list[tuple[str, str]]) -> None:
        self.app = app
        self.seen = seen

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.seen.append((scope["method"], scope["path"]))
        await self.app(scope, receive, send)


@pytest.fixture
def counted() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    seen: list[tuple[str, str]] = []
    app = create_app(validate_responses=True)
    app.add_middleware(Counting, seen=seen)
    with ServerThread(app) as server:
        yield server.url, seen


def test_php_workers_and_a_python_process_refresh_once(
    php: str, tmp_path: Path, counted: tuple[str, list[tuple[str, str]]]
) -> None:
    from cloudbase_auth import CloudBaseAuth, FileStorage

    url, seen = counted
    base_url = f"{url}/auth/v1"
    token_file = tmp_path / "shared" / "tokens.json"
    with CloudBaseAuth(ENV, base_url=base_url, storage=FileStorage(token_file)) as first:
        sub = first.sign_in_anonymously().sub
        before = json.loads(json.loads(token_file.read_text())[f"credentials_{ENV}"])
    httpx.post(f"{url}/emulator/v1/clock", json={"advance_seconds": 7300}, timeout=10).raise_for_status()
    emulator_now = httpx.get(f"{url}/emulator/v1/clock", timeout=10).json()["now"]
    go = tmp_path / "go"
    env = {
        **os.environ,
        "PACKAGE": str(GENERATED),
        "GO_FILE": str(go),
        "OFFSET": str(emulator_now - time.time()),
        "BASE_URL": base_url,
        "TOKEN_FILE": str(token_file),
    }
    seen.clear()
    workers = [
        subprocess.Popen(
            [php, "-r", PHP_WORKER], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    workers.append(
        subprocess.Popen(
            [sys.executable, "-c", PY_WORKER],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    )
    time.sleep(0.5)  # every process is up and polling
    go.write_text("")
    outcomes = [w.communicate(timeout=120) for w in workers]
    for worker, (out, err) in zip(workers, outcomes, strict=True):
        assert worker.returncode == 0, err[-3000:]
        assert out == sub
    refreshes = [p for m, p in seen if m == "POST" and p == "/auth/v1/token"]
    assert len(refreshes) == 1, seen
    after = json.loads(json.loads(token_file.read_text())[f"credentials_{ENV}"])
    assert after["refresh_token"] != before["refresh_token"], "the rotated refresh token is kept in the file"
    assert oct(token_file.stat().st_mode & 0o777) == "0o600"
    assert (token_file.parent / "tokens.json.lock").read_bytes() == b""

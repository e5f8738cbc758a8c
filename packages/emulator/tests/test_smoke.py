"""Smoke tests of an installed cloudbase-auth-emulator, run where it is installed alone (a fresh
venv with the wheel and pytest, nothing else: tests/test_emulator_dist.py in the repository).
They use only the standard library as client, as a Go, Java or PHP suite would use its own."""

from __future__ import annotations

import importlib.util
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any


def _call(
    url: str, method: str = "GET", body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_command_serves_health_and_an_anonymous_sign_in(tmp_path: Path) -> None:
    command = shutil.which("cloudbase-auth-emulator", path=str(Path(sys.executable).parent))
    assert command is not None, "the console script is not installed next to this Python"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "emulator.log"
    with (
        log.open("w") as stderr,
        subprocess.Popen(
            [command, "--port", str(port)], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=stderr
        ) as server,
    ):
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    status, health = _call(f"{base}/emulator/v1/health")
                    break
                except OSError:
                    assert server.poll() is None, log.read_text()
                    assert time.monotonic() < deadline, "the emulator did not start"
                    time.sleep(0.1)
            assert status == 200 and health["status"] == "ok"
            status, token = _call(f"{base}/auth/v1/signin/anonymously", "POST", {}, {"x-device-id": "smoke"})
            assert status == 200 and token["token_type"] == "Bearer" and token["scope"] == "anonymous"
            status, seen = _call(
                f"{base}/auth/v1/token/introspect",
                headers={"Authorization": f"Bearer {token['access_token']}"},
            )
            assert status == 200 and seen["sub"] == token["sub"]
        finally:
            server.terminate()
            server.wait(timeout=10)
    # It names the HTTP stack it runs on: httptools and uvloop with the `fast` extra, else
    # uvicorn's h11 and asyncio (the fallback, same answers).
    stack = (
        "httptools" if importlib.util.find_spec("httptools") else "h11",
        "uvloop" if importlib.util.find_spec("uvloop") else "asyncio",
    )
    started = log.read_text()
    assert "CloudBase Auth emulator" in started and "({}, {},".format(*stack) in started, started


def test_the_pytest_plugin_gives_a_fresh_server_per_test(emulator_server: str) -> None:
    status, body = _call(
        f"{emulator_server}/auth/v1/signin/anonymously", "POST", {}, {"x-device-id": "plugin"}
    )
    assert status == 200 and body["token_type"] == "Bearer"
    status, codes = _call(f"{emulator_server}/emulator/v1/verification-codes")
    assert status == 200 and codes["data"] == []
    status, answer = _call(
        f"{emulator_server}/auth/v1/verification", "POST", {"email": "first@example.com", "target": "ANY"}
    )
    assert status == 200, answer  # the next test must not see this code: the plugin resets


def test_the_pytest_plugin_reset_forgets_the_last_test(emulator_server: str) -> None:
    status, body = _call(f"{emulator_server}/auth/v1/user/me", headers={"Authorization": "Bearer nobody"})
    assert status == 401 and body["error"] == "unauthenticated"
    status, answer = _call(
        f"{emulator_server}/auth/v1/verification", "POST", {"email": "smoke@example.com", "target": "ANY"}
    )
    assert status == 200, answer
    status, codes = _call(f"{emulator_server}/emulator/v1/verification-codes")
    assert [code["target"] for code in codes["data"]] == ["smoke@example.com"]

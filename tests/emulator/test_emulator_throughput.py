"""What makes the emulator fast, held by tests: the HTTP stack it picks (and its clean fallback
when httptools or uvloop is missing), one SQLite transaction per request, WAL for a file.
The numbers themselves are benchmarks (bench/bench_emulator.py, BENCHMARKS.md), not tests."""

from __future__ import annotations

import asyncio
import json
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulator.app import create_app
from emulator.handlers import HANDLERS
from emulator.store import Store

ROOT = Path(__file__).resolve().parents[2]
HIDE_ACCELERATORS = (
    "import sys; sys.modules['httptools'] = None; sys.modules['uvloop'] = None; "
    "from emulator.cli import main; main()"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(args: list[str], tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = _free_port()
    log = tmp_path / "stderr.log"
    with (
        log.open("w") as stderr,
        subprocess.Popen(
            [*args, "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr
        ) as server,
    ):
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(f"{base}/emulator/v1/health", timeout=2).raise_for_status()
                    break
                except httpx.TransportError:
                    assert server.poll() is None, log.read_text()
                    assert time.monotonic() < deadline, "the emulator did not start"
                    time.sleep(0.1)
            yield base, log
        finally:
            server.terminate()
            server.wait(timeout=10)


def _sign_in_and_introspect(base: str) -> None:
    with httpx.Client(base_url=base, timeout=10) as client:
        signed_in = client.post("/auth/v1/signin/anonymously", json={}, headers={"x-device-id": "stack-test"})
        assert signed_in.status_code == 200, signed_in.text
        token = signed_in.json()["access_token"]
        seen = client.get("/auth/v1/token/introspect", headers={"Authorization": f"Bearer {token}"})
        assert seen.status_code == 200 and seen.json()["sub"] == signed_in.json()["sub"]
        # a body over more than one read, and keep-alive across requests, on this stack too
        big = client.post(
            "/auth/v1/signin/anonymously",
            content=json.dumps({"provider_token": "x" * 30_000}),
            headers={"x-device-id": "stack-test-2"},
        )
        assert big.status_code in {200, 400}, big.text
        missing = client.get("/auth/v1/no/such/operation")
        assert missing.status_code == 404 and missing.json()["error"] == "not_found"


@pytest.fixture
def fast_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    yield from _serve([sys.executable, "-m", "emulator"], tmp_path)


@pytest.fixture
def plain_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    yield from _serve([sys.executable, "-c", HIDE_ACCELERATORS, "--signer", "inline"], tmp_path)


@pytest.mark.slow
def test_it_runs_on_httptools_and_uvloop_when_they_are_installed(fast_server: tuple[str, Path]) -> None:
    base, log = fast_server
    assert "(httptools, uvloop, signing process)" in log.read_text()
    _sign_in_and_introspect(base)


@pytest.mark.slow
def test_without_httptools_and_uvloop_it_falls_back_to_h11_and_asyncio(
    plain_server: tuple[str, Path],
) -> None:
    base, log = plain_server
    assert "(h11, asyncio, signing inline)" in log.read_text()
    _sign_in_and_introspect(base)


class _Asgi:
    """In-process calls (httpx.ASGITransport), a 500 answered rather than raised."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def __enter__(self) -> _Asgi:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def call() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as client:
                return await client.request(method, url, **kwargs)

        return asyncio.run(call())

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)


def _asgi(app: Any) -> _Asgi:
    return _Asgi(app)


def test_a_request_is_one_transaction() -> None:
    app = create_app(validate_responses=True, rate_limit=False)
    statements: list[str] = []
    store: Store = app.state.emulator.store
    with _asgi(app) as client:
        token = client.post("/auth/v1/signin/anonymously", headers={"x-device-id": "one-tx"}).json()
        store.trace(statements.append)
        client.post("/auth/v1/signin/anonymously", headers={"x-device-id": "one-tx-2"}).raise_for_status()
        client.get(
            "/auth/v1/token/introspect", headers={"Authorization": f"Bearer {token['access_token']}"}
        ).raise_for_status()
        store.trace(None)
    begins = [s for s in statements if s.split()[0].upper() == "BEGIN"]
    commits = [s for s in statements if s.split()[0].upper() == "COMMIT"]
    assert len(begins) == 2 and len(commits) == 2, statements  # one each per request
    assert statements[0].upper().startswith("BEGIN") and statements[-1].upper() == "COMMIT"


def test_a_handler_that_fails_half_way_leaves_nothing_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(validate_responses=True, rate_limit=False)
    store: Store = app.state.emulator.store
    real = HANDLERS["signInAnonymously"]

    def crashes_after_writing(emu: Any, call: Any) -> dict[str, Any]:
        real(emu, call)  # a user, a session and a security event written...
        raise RuntimeError("planted")  # ...then a bug

    monkeypatch.setitem(HANDLERS, "signInAnonymously", crashes_after_writing)
    with _asgi(app) as client:
        before = store.count_users()
        answer = client.post("/auth/v1/signin/anonymously", headers={"x-device-id": "crash"})
        assert answer.status_code == 500 and answer.json()["error"] == "internal"
        assert store.count_users() == before
        assert store.find_user("device_id", "crash") is None
        monkeypatch.setitem(HANDLERS, "signInAnonymously", real)
        again = client.post("/auth/v1/signin/anonymously", headers={"x-device-id": "crash"})
        assert again.status_code == 200  # nothing half-written, no transaction left open


def test_a_refusal_keeps_what_the_request_wrote_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from emulator.errors import ApiError

    app = create_app(validate_responses=True, rate_limit=False)
    store: Store = app.state.emulator.store
    real = HANDLERS["signInAnonymously"]

    def refuses_after_writing(emu: Any, call: Any) -> dict[str, Any]:
        real(emu, call)
        raise ApiError("permission_denied", "planted refusal")

    monkeypatch.setitem(HANDLERS, "signInAnonymously", refuses_after_writing)
    with _asgi(app) as client:
        answer = client.post("/auth/v1/signin/anonymously", headers={"x-device-id": "refused"})
        assert answer.status_code == 403
    assert store.find_user("device_id", "refused") is not None


def test_a_file_database_is_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "emulator.db"
    app = create_app(db=str(db), validate_responses=True)
    with _asgi(app) as client:
        client.post("/auth/v1/signin/anonymously", headers={"x-device-id": "wal"}).raise_for_status()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _introspected(base: str, device: str) -> tuple[dict[str, Any], dict[str, Any]]:
    with httpx.Client(base_url=base, timeout=10) as client:
        token = client.post("/auth/v1/signin/anonymously", headers={"x-device-id": device})
        assert token.status_code == 200, token.text
        seen = client.get(
            "/auth/v1/token/introspect", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
        )
        return token.json(), seen.json()


@pytest.mark.slow
def test_tokens_signed_by_the_signing_process_are_valid_and_its_death_loses_nothing() -> None:
    from emulator.pytest_plugin import ServerThread

    app = create_app(validate_responses=True, rate_limit=False, sign_in_process=True)
    with ServerThread(app) as server:
        signer = app.state.emulator.signer
        assert signer is not None and signer.running
        token, seen = _introspected(server.url, "signed-by-child")
        assert seen["sub"] == token["sub"] and token["access_token"].count(".") == 2
        signer._process.kill()  # the child dies under the server
        for index in range(3):  # answered, signed in the server process from now on
            token, seen = _introspected(server.url, f"after-death-{index}")
            assert seen["sub"] == token["sub"]
        assert not signer.running


def test_an_app_without_a_running_signer_signs_inline() -> None:
    # in-process (no lifespan, so no child): the token is whole in the answer
    app = create_app(validate_responses=True, rate_limit=False, sign_in_process=True)
    with _asgi(app) as client:
        token = client.post("/auth/v1/signin/anonymously", headers={"x-device-id": "inline"}).json()
        seen = client.get(
            "/auth/v1/token/introspect", headers={"Authorization": f"Bearer {token['access_token']}"}
        )
    assert seen.json()["sub"] == token["sub"]


def test_a_token_verified_once_still_expires_and_a_forged_one_never_passes() -> None:
    app = create_app(validate_responses=True, rate_limit=False)
    with _asgi(app) as client:
        token = client.post("/auth/v1/signin/anonymously", headers={"x-device-id": "cached"}).json()
        bearer = {"Authorization": f"Bearer {token['access_token']}"}
        for _ in range(2):  # the second answer comes from the verified-token memory
            assert client.get("/auth/v1/token/introspect", headers=bearer).json()["sub"] == token["sub"]
        head, payload, signature = token["access_token"].split(".")
        forged = f"{head}.{payload}.{signature[:-2]}{'A' if signature[-2] != 'A' else 'B'}{signature[-1]}"
        refused = client.get("/auth/v1/token/introspect", headers={"Authorization": f"Bearer {forged}"})
        assert refused.status_code == 200 and refused.json() == {}
        client.post("/emulator/v1/clock", json={"advance_seconds": 7201}).raise_for_status()
        assert client.get("/auth/v1/token/introspect", headers=bearer).json() == {}

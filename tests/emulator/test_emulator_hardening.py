"""Regression tests for the emulator findings of issue 9 (H3, M2-M5, L4-L7, L11, L12) and
issue 16 (items 1 and 6), each named after its finding. Everything goes through HTTP: in-process
(httpx.ASGITransport) and over loopback (uvicorn), through the ``api`` fixture."""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result

from emulator.app import REPO_ROOT, create_app, load_spec
from emulator.cli import emulator_command
from emulator.pytest_plugin import ServerThread
from emulator.store import Store
from emulator.testing import EmulatorApi
from emulator.validation import Operation


def _error(response: httpx.Response, status: int, error: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    body: dict[str, object] = response.json()
    assert set(body) == {"error", "error_code", "error_description"}, body
    assert body["error"] == error, body
    assert "Traceback" not in response.text
    return body


def _users(api: EmulatorApi) -> int:
    total: int = api.ok("GET", "/emulator/v1/users")["total"]
    return total


def _now(api: EmulatorApi) -> float:
    now: float = api.ok("GET", "/emulator/v1/clock")["now"]
    return now


# M2: the control API guard ------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8080", "127.0.0.1.nip.io", "localhost@evil.example", ""]
)
def test_m2_forged_host_is_refused_and_changes_nothing(api: EmulatorApi, host: str) -> None:
    api.sign_up()
    api.ok(
        "POST", "/emulator/v1/faults", json={"operation": "getUserMe", "status": 503, "error": "unavailable"}
    )
    api.ok("DELETE", "/emulator/v1/faults")
    forged = {"host": host}
    _error(api.post("/emulator/v1/reset", json={}, headers=forged), 403, "permission_denied")
    _error(api.get("/emulator/v1/custom-login-credentials", headers=forged), 403, "permission_denied")
    _error(api.get("/emulator/v1/verification-codes", headers=forged), 403, "permission_denied")
    assert _users(api) == 1  # the reset did not happen


def test_m2_loopback_hosts_are_accepted(http_api: EmulatorApi, emulator_server: str) -> None:
    port = emulator_server.rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", "127.0.0.1"):
        assert http_api.ok("GET", "/emulator/v1/health", headers={"host": host})["status"] == "ok"
    # the right name on the wrong port is another server
    _error(http_api.get("/emulator/v1/health", headers={"host": "127.0.0.1:1"}), 403, "permission_denied")


def test_m2_cross_site_origin_is_refused(api: EmulatorApi) -> None:
    _error(
        api.post("/emulator/v1/reset", json={}, headers={"origin": "https://evil.example"}),
        403,
        "permission_denied",
    )
    _error(api.post("/emulator/v1/reset", json={}, headers={"origin": "null"}), 403, "permission_denied")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_m2_control_posts_need_application_json(api: EmulatorApi, content_type: str | None) -> None:
    api.sign_up()
    before = _now(api)
    headers = {} if content_type is None else {"content-type": content_type}
    _error(api.post("/emulator/v1/reset", content=b"{}", headers=headers), 415, "invalid_argument")
    _error(
        api.post("/emulator/v1/clock", content=b'{"advance_seconds": 3600}', headers=headers),
        415,
        "invalid_argument",
    )
    fault = {"operation": "getUserMe", "status": 503, "error": "unavailable"}
    _error(
        api.post("/emulator/v1/faults", content=json.dumps(fault).encode(), headers=headers),
        415,
        "invalid_argument",
    )
    assert _users(api) == 1
    assert _now(api) - before < 60
    access = api.sign_up()["access_token"]
    api.ok("GET", "/user/me", token=access)  # no fault was queued
    # the same calls with the JSON content type work
    api.ok("POST", "/emulator/v1/reset", json={})
    assert _users(api) == 0
    api.ok(
        "POST",
        "/emulator/v1/reset",
        content=b"{}",
        headers={"content-type": "application/json; charset=utf-8"},
    )


# M4: the clock validates before it moves ---------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b'{"advance_seconds": Infinity}',
        b'{"advance_seconds": -Infinity}',
        b'{"advance_seconds": NaN}',
        b'{"advance_seconds": 1e12}',
        b'{"advance_seconds": 1e308}',
        b'{"advance_seconds": 1e999}',
        b'{"advance_seconds": -1}',
        b'{"advance_seconds": "60"}',
        b'{"advance_seconds": true}',
        b'{"advance_seconds": null}',
        b"{}",
        b'{"advance_seconds": ' + b"9" * 400 + b"}",
    ],
    ids=lambda raw: raw.decode()[:40],
)
def test_m4_bad_clock_advances_are_refused_and_change_nothing(api: EmulatorApi, raw: bytes) -> None:
    tokens = api.sign_up()
    before = _now(api)
    body = _error(
        api.post("/emulator/v1/clock", content=raw, headers={"content-type": "application/json"}),
        400,
        "invalid_argument",
    )
    assert "advance_seconds" in str(body["error_description"]) or "JSON" in str(body["error_description"])
    assert _now(api) - before < 60
    # every token call still works
    refreshed = api.ok(
        "POST", "/token", json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    )
    assert api.introspect(refreshed["access_token"])["sub"] == tokens["sub"]
    api.ok("GET", "/user/me", token=refreshed["access_token"])


def test_m4_the_clock_stops_before_the_year_9999(api: EmulatorApi) -> None:
    century = 100 * 365 * 86_400
    for _ in range(100):
        before = _now(api)
        response = api.post("/emulator/v1/clock", json={"advance_seconds": century})
        if response.status_code != 200:
            break
    body = _error(response, 400, "invalid_argument")
    assert "9999" in str(body["error_description"])
    assert _now(api) == pytest.approx(before, abs=5)
    tokens = api.anonymous()  # tokens still sign and introspect in the year 99xx
    assert api.introspect(tokens["access_token"])["scope"] == "anonymous"


# M5: hostile JSON is a 400 everywhere --------------------------------------------------------

_SPEC = load_spec(REPO_ROOT / "spec/auth-v1.yaml")
_BODY_OPERATIONS = [op for op in _SPEC.operations if op.body_validator is not None]
_CONTROL_POSTS = ["/emulator/v1/reset", "/emulator/v1/clock", "/emulator/v1/faults"]
_HOSTILE = {
    "huge-int": b'{"verification_id": ' + b"7" * 5000 + b"}",
    "huge-negative-int": b'{"x": -' + b"1" * 4301 + b"}",
    "nan": b'{"x": NaN}',
    "infinity": b'{"x": [Infinity]}',
    "float-overflow": b'{"x": 1e99999}',
    "deep-nesting": b'{"x": ' + b"[" * 500 + b"]" * 500 + b"}",
    "deep-objects": b'{"a":' * 200 + b"1" + b"}" * 200,
}


def _target(operation: Operation) -> str:
    return re.sub(r"\{[^}]+\}", "x", operation.path)


@pytest.mark.parametrize("raw", list(_HOSTILE.values()), ids=list(_HOSTILE))
@pytest.mark.parametrize("operation", _BODY_OPERATIONS, ids=lambda op: op.operation_id)
def test_m5_hostile_json_is_invalid_argument_on_every_operation(
    asgi_api: EmulatorApi, operation: Operation, raw: bytes
) -> None:
    access = asgi_api.anonymous("m5-device")["access_token"]
    response = asgi_api.request(
        operation.method,
        _target(operation) + "?sudo_token=sudo.x",
        token=access,
        content=raw,
        headers={"content-type": "application/json", "x-device-id": "m5-device"},
    )
    _error(response, 400, "invalid_argument")


@pytest.mark.parametrize("raw", list(_HOSTILE.values()), ids=list(_HOSTILE))
def test_m5_hostile_json_is_invalid_argument_on_the_control_api(api: EmulatorApi, raw: bytes) -> None:
    for path in _CONTROL_POSTS:
        _error(
            api.post(path, content=raw, headers={"content-type": "application/json"}), 400, "invalid_argument"
        )


def test_m5_huge_content_length_header_is_not_a_500(asgi_api: EmulatorApi) -> None:
    response = asgi_api.post("/signin", content=b"{}", headers={"content-length": "9" * 5000})
    assert response.status_code in {400, 413}, response.text


# L4: an unwritable database refuses to start; a full one answers 503 ---------------------------


@pytest.fixture
def no_uvicorn(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Stand-in for uvicorn.run, so a CLI run that wrongly starts returns instead of serving."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: seen.update(kwargs, app=app))
    return seen


def _one_line_error(result: Result) -> str:
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --db: "), result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_l4_read_only_database_refuses_to_start(tmp_path: Path, no_uvicorn: dict[str, Any]) -> None:
    db = tmp_path / "emulator.sqlite3"
    create_app(db=str(db)).state.emulator.store.checkpoint()  # a complete database file
    # SQLite's read-only mode refuses writes even to root (file modes do not).
    line = _one_line_error(CliRunner().invoke(emulator_command, ["--db", f"file:{db}?mode=ro"]))
    assert "read-only" in line
    assert no_uvicorn == {}


def test_l4_unwritable_directory_refuses_to_start(no_uvicorn: dict[str, Any]) -> None:
    # procfs takes no new files, not even from root.
    line = _one_line_error(CliRunner().invoke(emulator_command, ["--db", "/proc/authgen-emulator.sqlite3"]))
    assert "unable to open" in line
    assert no_uvicorn == {}


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file modes")
def test_l4_read_only_file_refuses_to_start(tmp_path: Path, no_uvicorn: dict[str, Any]) -> None:
    db = tmp_path / "emulator.sqlite3"
    create_app(db=str(db)).state.emulator.store.checkpoint()
    db.chmod(0o444)
    _one_line_error(CliRunner().invoke(emulator_command, ["--db", str(db)]))


def test_l4_full_disk_answers_503_and_recovers(tmp_path: Path) -> None:
    app = create_app(db=str(tmp_path / "emulator.sqlite3"), validate_responses=True)
    store = app.state.emulator.store
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=10) as client:
        api = EmulatorApi(client.request, "http")
        tokens = api.sign_up()
        store.limit_pages(1)  # SQLite clamps it to the current size: the "disk" is now full
        for index in range(300):
            response = api.post("/verification", json={"email": f"full-{index}@example.com", "target": "ANY"})
            if response.status_code != 200:
                break
        body = _error(response, 503, "unavailable")
        assert "full" in str(body["error_description"])
        api.ok("GET", "/user/me", token=tokens["access_token"])  # reads still work
        _error(api.post("/emulator/v1/faults", json={}), 400, "invalid_argument")
        store.limit_pages(1_000_000)  # space again: nothing is stuck
        assert api.sign_up()["sub"] != tokens["sub"]


def test_l4_shutdown_on_a_failing_disk_does_not_fail(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    def disk_error(self: Store) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    app = create_app(db=str(tmp_path / "emulator.sqlite3"), validate_responses=True)
    monkeypatch.setattr(Store, "checkpoint", disk_error)
    uvicorn_logger = logging.getLogger("uvicorn.error")
    uvicorn_logger.addHandler(caplog.handler)
    try:
        with ServerThread(app) as server:
            assert httpx.get(f"{server.url}/emulator/v1/health").status_code == 200
    finally:
        uvicorn_logger.removeHandler(caplog.handler)
    _, err = capfd.readouterr()
    assert "Application shutdown failed" not in caplog.text + err
    assert "emulator: database not checkpointed on shutdown (the database or the disk is full)" in err


# L11: slow clients are cut off -----------------------------------------------------------------


def _closed_after(sock: socket.socket, trickle: bytes = b"", limit: float = 10.0) -> float:
    """Seconds until the server closes ``sock`` (sending ``trickle`` a byte at a time meanwhile)."""
    start = time.monotonic()
    sock.settimeout(0.2)
    pending = list(trickle)
    while time.monotonic() - start < limit:
        try:
            if not sock.recv(4096):
                return time.monotonic() - start
        except TimeoutError:
            if pending:
                try:
                    sock.sendall(bytes([pending.pop(0)]))
                except OSError:
                    return time.monotonic() - start
        except OSError:
            return time.monotonic() - start
    raise AssertionError(f"connection still open after {limit} s")


@pytest.fixture
def slow_client_server() -> Iterator[ServerThread]:
    with ServerThread(create_app(validate_responses=True, body_timeout=1.0), header_timeout=1.0) as server:
        yield server


def test_l11_partial_headers_are_cut_off(slow_client_server: ServerThread) -> None:
    with socket.create_connection((slow_client_server.host, slow_client_server.port)) as sock:
        sock.sendall(b"POST /auth/v1/signin HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        assert _closed_after(sock) < 3.0


def test_l11_trickled_headers_are_cut_off(slow_client_server: ServerThread) -> None:
    with socket.create_connection((slow_client_server.host, slow_client_server.port)) as sock:
        sock.sendall(b"GET /emulator/v1/health HTTP/1.1\r\n")
        assert _closed_after(sock, trickle=b"X-Slow: " + b"a" * 200) < 3.0


def test_l11_a_stalled_body_gets_408(slow_client_server: ServerThread) -> None:
    with socket.create_connection((slow_client_server.host, slow_client_server.port)) as sock:
        sock.sendall(
            b"POST /auth/v1/signin HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100\r\n\r\n{"
        )
        start = time.monotonic()
        sock.settimeout(5)
        answer = b""
        while b"\r\n\r\n" not in answer:
            answer += sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 408 "), answer
        assert time.monotonic() - start < 3.0


def test_l11_keep_alive_requests_within_the_deadline_still_work(slow_client_server: ServerThread) -> None:
    with httpx.Client(base_url=slow_client_server.url, timeout=10) as client:
        for _ in range(3):
            assert client.get("/emulator/v1/health").status_code == 200
            time.sleep(0.4)  # idle but under the 1 s deadline: the same connection serves the next

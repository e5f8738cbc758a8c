"""Regression tests for the emulator findings of issue 9 (H3, M2-M5, L4-L7, L11, L12) and
issue 16 (items 1 and 6), each named after its finding. Everything goes through HTTP: in-process
(httpx.ASGITransport) and over loopback (uvicorn), through the ``api`` fixture."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import secrets
import socket
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from click.testing import CliRunner, Result
from starlette.applications import Starlette

from emulator.app import create_app, load_spec
from emulator.cli import emulator_command
from emulator.pytest_plugin import ServerThread
from emulator.store import Store
from emulator.testing import NEW_PASSWORD, PASSWORD, EmulatorApi
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

REPO_ROOT = Path(__file__).resolve().parents[2]
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


# H3: sign-in names are unambiguous across accounts ----------------------------------------------


def _verified_sign_up(api: EmulatorApi, target: str, **fields: Any) -> httpx.Response:
    key = "email" if "@" in target else "phone_number"
    token = api.verification_token(target, usage="REGISTER")
    return api.post(
        "/signup", json={key: target, "verification_token": token, "password": PASSWORD, **fields}
    )


def test_h3_username_equal_to_another_accounts_email_or_phone_is_refused(api: EmulatorApi) -> None:
    # Since issue 28 item 3 such a username is refused for its shape alone (400), before any
    # account is looked at; test_item3_* below covers addresses nobody has yet.
    api.sign_up("alice@example.com")
    api.sign_up("+86 13800000001")
    for squat in (
        "alice@example.com",
        "Alice@Example.com",
        "13800000001",
        "8613800000001",
        "86 138-0000-0001",
    ):
        _error(
            _verified_sign_up(api, f"s{secrets.token_hex(4)}@example.com", username=squat),
            400,
            "invalid_argument",
        )
        mallory = api.sign_up(f"m{secrets.token_hex(4)}@example.com")
        body = _error(
            api.post("/user/basic/edit", token=mallory["access_token"], json={"username": squat}),
            400,
            "invalid_argument",
        )
        assert "username" in str(body["error_description"])
    assert not [user for user in api.ok("GET", "/emulator/v1/users")["data"] if user["username"]]


def test_h3_email_or_phone_equal_to_another_accounts_username_is_refused(
    asgi_api: EmulatorApi, emulator_app: Starlette
) -> None:
    api = asgi_api
    carol = api.sign_up("first@example.com")
    erin = api.sign_up("second@example.com")
    # Usernames shaped like addresses can no longer be made through the API (item 3): a
    # database from before holds them.
    with emulator_app.state.emulator.store.atomic() as conn:
        conn.execute("UPDATE users SET username = ? WHERE id = ?", ("carol@example.com", carol["sub"]))
        conn.execute("UPDATE users SET username = ? WHERE id = ?", ("13900000009", erin["sub"]))
    _error(_verified_sign_up(api, "carol@example.com"), 409, "username_already_exists")
    _error(_verified_sign_up(api, "+86 13900000009"), 409, "username_already_exists")
    dave = api.sign_up("dave@example.com")
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})  # one code per target per 60 s
    api.verification_token("CAROL@example.com")
    _error(
        api.post("/user/basic/edit", token=dave["access_token"], json={"email": "CAROL@example.com"}),
        409,
        "username_already_exists",
    )
    api.verification_token("+86 13900000009")
    _error(
        api.post("/user/basic/edit", token=dave["access_token"], json={"phone": "13900000009"}),
        409,
        "username_already_exists",
    )
    assert api.ok("GET", "/user/me", token=dave["access_token"])["email"] == "dave@example.com"


@pytest.mark.parametrize("squatter_first", [False, True], ids=["victim-older", "squatter-older"])
def test_h3_an_old_clash_never_signs_one_account_in_as_the_other(
    asgi_api: EmulatorApi, emulator_app: Starlette, squatter_first: bool
) -> None:
    if squatter_first:
        squatter = asgi_api.sign_up("squatter@example.com", password="Squatt3r!pass")
        victim = asgi_api.sign_up("victim@example.com")
    else:
        victim = asgi_api.sign_up("victim@example.com")
        squatter = asgi_api.sign_up("squatter@example.com", password="Squatt3r!pass")
    # A database from before the fix: the squatter's username is the victim's email.
    with emulator_app.state.emulator.store.atomic() as conn:
        conn.execute("UPDATE users SET username = ? WHERE id = ?", ("victim@example.com", squatter["sub"]))
    signed_in = asgi_api.ok("POST", "/signin", json={"username": "victim@example.com", "password": PASSWORD})
    assert signed_in["sub"] == victim["sub"]
    _error(
        asgi_api.post("/signin", json={"username": "victim@example.com", "password": "Squatt3r!pass"}),
        400,
        "invalid_username_or_password",
    )
    granted = asgi_api.ok(
        "POST",
        "/token",
        json={"grant_type": "password", "username": "VICTIM@example.com", "password": PASSWORD},
    )
    assert granted["sub"] == victim["sub"]


# M3: contact changes need a verified address -----------------------------------------------------


def test_m3_email_change_needs_the_new_address_verified(api: EmulatorApi) -> None:
    user = api.sign_up("old@example.com")
    access = user["access_token"]
    body = _error(
        api.post("/user/basic/edit", token=access, json={"email": "new@example.com"}),
        403,
        "permission_denied",
    )
    assert "verify the new email first" in str(body["error_description"])
    assert api.ok("GET", "/user/me", token=access)["email"] == "old@example.com"
    api.verification_token("new@example.com")  # what the SDK's updateUser does first
    api.ok("POST", "/user/basic/edit", token=access, json={"email": "New@Example.com", "nickname": "N"})
    me = api.ok("GET", "/user/me", token=access)
    assert me["email"] == "new@example.com" and me["name"] == "N"
    assert (
        api.ok("POST", "/signin", json={"username": "new@example.com", "password": PASSWORD})["sub"]
        == user["sub"]
    )
    # the verification was spent: another account cannot ride on it
    other = api.sign_up("other@example.com")
    api.ok(
        "POST", "/user/basic/edit", token=other["access_token"], json={"email": "other@example.com"}
    )  # no change
    api.verification_token("third@example.com")
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 601})  # the token's 600 s are over
    _error(
        api.post("/user/basic/edit", token=other["access_token"], json={"email": "third@example.com"}),
        403,
        "permission_denied",
    )


def test_m3_phone_change_needs_the_number_verified_in_any_written_form(api: EmulatorApi) -> None:
    user = api.sign_up("phone-owner@example.com")
    access = user["access_token"]
    _error(
        api.post("/user/basic/edit", token=access, json={"phone": "+86 13700000000"}),
        403,
        "permission_denied",
    )
    api.verification_token("+86 13700000000")
    api.ok("POST", "/user/basic/edit", token=access, json={"phone": "+86-137-0000-0000"})
    assert api.ok("GET", "/user/me", token=access)["phone_number"] == "+86 13700000000"
    _error(
        api.post("/user/basic/edit", token=access, json={"phone": "13700000001"}), 403, "permission_denied"
    )


def test_m3_an_address_owned_by_another_account_stays_username_already_exists(api: EmulatorApi) -> None:
    api.sign_up("taken@example.com")
    api.sign_up("+86 13600000000")
    mallory = api.sign_up("mallory@example.com")
    for change in ({"email": "taken@example.com"}, {"phone": "13600000000"}):
        _error(
            api.post("/user/basic/edit", token=mallory["access_token"], json=change),
            409,
            "username_already_exists",
        )
    me = api.ok("GET", "/user/me", token=mallory["access_token"])
    assert me["email"] == "mallory@example.com" and "phone_number" not in me


# L5: one password rule everywhere ---------------------------------------------------------------


@pytest.mark.parametrize(
    "weak",
    ["a", "password", "Passw0rd", "Aa1!", "A" * 60 + "a1!xx", "PASSW0RD!", "Pa1!xyz"],
)
def test_l5_sign_up_refuses_a_weak_password(api: EmulatorApi, weak: str) -> None:
    token = api.verification_token("weak@example.com", usage="REGISTER")
    body = _error(
        api.post(
            "/signup", json={"email": "weak@example.com", "verification_token": token, "password": weak}
        ),
        400,
        "invalid_password",
    )
    assert "8-64 characters" in str(body["error_description"])
    assert _users(api) == 0
    # the verification token was not spent: a good password goes through
    api.ok(
        "POST",
        "/signup",
        json={"email": "weak@example.com", "verification_token": token, "password": PASSWORD},
    )


@pytest.mark.parametrize("strong", ["Pa1!xyzw", "Pa1!" + "x" * 60])
def test_l5_sign_up_takes_a_password_of_exactly_8_and_exactly_64_characters(
    api: EmulatorApi, strong: str
) -> None:
    """The bounds are inclusive (found by `nox -s mutation`: `8 < len` and `len < 64` survived)."""
    token = api.verification_token("edge@example.com", usage="REGISTER")
    api.ok(
        "POST",
        "/signup",
        json={"email": "edge@example.com", "verification_token": token, "password": strong},
    )
    assert _users(api) == 1


def test_sign_up_refuses_a_verification_token_issued_for_another_email(api: EmulatorApi) -> None:
    """Found by `nox -s mutation` (TESTING.md): the address check in take_verified_contact."""
    token = api.verification_token("other@example.com", usage="REGISTER")
    body = _error(
        api.post(
            "/signup", json={"email": "mine@example.com", "verification_token": token, "password": PASSWORD}
        ),
        400,
        "invalid_verification_code",
    )
    assert "another phone number or email" in str(body["error_description"])
    assert _users(api) == 0


def _example_passwords() -> list[str]:
    """Every password the spec's examples and the cookbook's variables show."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in {"password", "new_password", "newPassword", "confirm_password"}:
                    value = value.get("value") if isinstance(value, dict) else value
                    if isinstance(value, str) and not value.startswith("$"):
                        found.add(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(_SPEC.document)
    walk(yaml.safe_load((REPO_ROOT / "spec/cookbook.yaml").read_text(encoding="utf-8")))
    return sorted(found)


@pytest.mark.parametrize("password", _example_passwords())
def test_l5_every_documented_example_password_passes_the_rule(asgi_api: EmulatorApi, password: str) -> None:
    signed_up = asgi_api.sign_up("example-password@example.com", password=password)
    signed_in = asgi_api.ok(
        "POST", "/signin", json={"username": "example-password@example.com", "password": password}
    )
    assert signed_in["sub"] == signed_up["sub"]


# L6: reuse of a rotated-away refresh token ends the session ---------------------------------------


def _refresh(api: EmulatorApi, refresh_token: str) -> httpx.Response:
    return api.post("/token", json={"grant_type": "refresh_token", "refresh_token": refresh_token})


def test_l6_refresh_token_reuse_revokes_the_session_family(api: EmulatorApi) -> None:
    first = api.sign_up("family@example.com")
    elsewhere = api.ok("POST", "/signin", json={"username": "family@example.com", "password": PASSWORD})
    second = _refresh(api, first["refresh_token"]).json()
    third = _refresh(api, second["refresh_token"]).json()
    assert api.introspect(third["access_token"])["sub"] == first["sub"]
    body = _error(_refresh(api, first["refresh_token"]), 400, "invalid_grant")  # a stolen, rotated-away token
    assert "already used" in str(body["error_description"])
    # the whole session is gone: the current refresh token and the current access token
    _error(_refresh(api, third["refresh_token"]), 400, "invalid_grant")
    assert api.introspect(third["access_token"]) == {}
    _error(api.get("/user/me", token=third["access_token"]), 401, "unauthenticated")
    # the user's other session is another family and lives on
    assert api.ok("GET", "/user/me", token=elsewhere["access_token"])["sub"] == first["sub"]
    assert _refresh(api, elsewhere["refresh_token"]).status_code == 200


# L7: one phone number, however it is written --------------------------------------------------------

_FORMS = [
    "+86 13800000000",
    "+086 13800000000",
    "+86 013800000000",
    "8613800000000",
    "13800000000",
    "+86-138-0000-0000",
]


def test_l7_phone_forms_share_codes_rate_limit_and_account(api: EmulatorApi) -> None:
    signed_up = api.sign_up("+86-138-0000-0000")
    for form in _FORMS:
        # one code per number per 60 s, whatever the form
        _error(
            api.post("/verification", json={"phone_number": form, "target": "ANY"}),
            429,
            "rate_limit_exceeded",
        )
        codes = api.ok("GET", "/emulator/v1/verification-codes", params={"target": form})["data"]
        assert [code["phone_number"] for code in codes] == ["+86 13800000000"]
        tokens = api.ok("POST", "/signin", json={"username": form, "password": PASSWORD})
        assert tokens["sub"] == signed_up["sub"]
        assert api.ok("GET", "/checkIfUserExist", params={"username": form})["exist"] is True
    api.ok("POST", "/emulator/v1/clock", json={"advance_seconds": 61})
    sent = api.ok("POST", "/verification", json={"phone_number": "+086 13800000000", "target": "ANY"})
    assert sent["is_user"] is True
    code = api.latest_code("13800000000")["code"]
    token = api.ok(
        "POST",
        "/verification/verify",
        json={"verification_id": sent["verification_id"], "verification_code": code},
    )["verification_token"]
    second = {"phone_number": "+86 013800000000", "verification_token": token, "password": PASSWORD}
    _error(api.post("/signup", json=second), 409, "username_already_exists")  # no second account
    assert _users(api) == 1


# L12: revoking another user's token -------------------------------------------------------------------


def test_l12_revoking_another_users_token_is_refused(api: EmulatorApi) -> None:
    alice = api.sign_up("alice-l12@example.com")
    bob = api.sign_up("bob-l12@example.com")
    for token in (bob["refresh_token"], bob["access_token"]):
        _error(
            api.post("/revoke", token=alice["access_token"], json={"token": token}), 403, "permission_denied"
        )
    assert api.introspect(bob["access_token"])["sub"] == bob["sub"]  # bob's session lives on
    assert _refresh(api, bob["refresh_token"]).status_code == 200
    # alice may revoke her own other session with her token
    other = api.ok("POST", "/signin", json={"username": "alice-l12@example.com", "password": PASSWORD})
    api.ok("POST", "/revoke", token=alice["access_token"], json={"token": other["refresh_token"]})
    assert api.introspect(other["access_token"]) == {}
    # the SDK's form, {token} with no Authorization header, still revokes that token's session
    api.ok("POST", "/revoke", json={"token": alice["access_token"]})
    assert api.introspect(alice["access_token"]) == {}


# issue 16 item 6: a sudo token is its user's only -----------------------------------------------------


def test_issue16_6_another_users_sudo_token_is_refused(api: EmulatorApi) -> None:
    alice = api.sign_up("alice-sudo@example.com")
    bob = api.sign_up("bob-sudo@example.com")
    alice_sudo = api.sudo(alice["access_token"])
    _error(
        api.request("DELETE", "/user/me", token=bob["access_token"], params={"sudo_token": alice_sudo}),
        403,
        "permission_denied",
    )
    _error(
        api.request(
            "PATCH",
            "/user/password",
            token=bob["access_token"],
            params={"sudo_token": alice_sudo},
            json={"old_password": PASSWORD, "new_password": NEW_PASSWORD},
        ),
        403,
        "permission_denied",
    )
    assert _users(api) == 2
    assert (
        api.ok("POST", "/signin", json={"username": "bob-sudo@example.com", "password": PASSWORD})["sub"]
        == bob["sub"]
    )
    # the token was not burnt by the refused attempts: alice can still use it
    api.ok("DELETE", "/user/me", token=alice["access_token"], params={"sudo_token": alice_sudo})
    assert _users(api) == 1


# issue 16 item 1: every operation checks its body, signed in or not -------------------------------


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = _SPEC.document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


_WRONG = {"string": 12345, "integer": "12", "number": "1.5", "boolean": "yes", "array": "x", "object": "x"}


def _broken_bodies(operation: Operation) -> list[tuple[str, Any]]:
    """Bodies that break the operation's schema: not an object, and each declared property with
    a value of the wrong JSON type (the validator confirms each one is invalid)."""
    raw = _SPEC.document["paths"][operation.path][operation.method.lower()]
    schema = _resolve(_resolve(raw["requestBody"])["content"]["application/json"]["schema"])
    cases: list[tuple[str, Any]] = [("array", ["not", "an", "object"]), ("string", "text")]
    for name, prop in (schema.get("properties") or {}).items():
        kind = _resolve(prop).get("type")
        if isinstance(kind, str) and kind in _WRONG:
            cases.append((f"{name}:{kind}", {name: _WRONG[kind]}))
    assert operation.body_validator is not None
    return [(label, body) for label, body in cases if not operation.body_validator.is_valid(body)]


_BODY_CASES = [
    pytest.param(operation, body, id=f"{operation.operation_id}-{label}")
    for operation in _BODY_OPERATIONS
    for label, body in _broken_bodies(operation)
]


def test_issue16_1_every_operation_with_a_body_is_covered() -> None:
    covered = {case.values[0].operation_id for case in _BODY_CASES}  # type: ignore[union-attr]
    assert covered == {operation.operation_id for operation in _BODY_OPERATIONS}
    assert {"editBasicUser", "sudo", "updatePassword", "bindProvider", "signIn"} <= covered


@pytest.mark.parametrize("signed_in", [False, True], ids=["no-token", "valid-token"])
@pytest.mark.parametrize(("operation", "body"), _BODY_CASES)
def test_issue16_1_a_body_that_breaks_the_schema_is_invalid_argument(
    asgi_api: EmulatorApi, operation: Operation, body: Any, signed_in: bool
) -> None:
    token = asgi_api.sign_up("body-check@example.com")["access_token"] if signed_in else None
    before = _users(asgi_api)
    response = asgi_api.request(
        operation.method,
        _target(operation),
        token=token,
        params={"sudo_token": asgi_api.sudo(token) if token else "sudo.x"},
        json=body,
        headers={"x-device-id": "body-check-device"},
    )
    error = _error(response, 400, "invalid_argument")
    assert str(error["error_description"]).startswith(("body", "required")) or " in body" in str(
        error["error_description"]
    ), error
    assert _users(asgi_api) == before
    if token is not None:
        assert asgi_api.ok("GET", "/user/me", token=token)["email"] == "body-check@example.com"


# M2 (continued): the CLI ------------------------------------------------------------------------


def _control_status(app: Starlette, host: str) -> int:
    async def call() -> int:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8080") as client:
            response = await client.post("/emulator/v1/reset", json={}, headers={"host": host})
            return response.status_code

    return asyncio.run(call())


def test_m2_cli_warns_loudly_on_a_non_loopback_address(no_uvicorn: dict[str, Any]) -> None:
    result = CliRunner().invoke(emulator_command, ["--host", "0.0.0.0", "--port", "8099"])
    assert result.exit_code == 0, result.output
    assert "WARNING: the emulator is listening on 0.0.0.0, not a loopback address" in result.output
    for host in ("127.0.0.1", "localhost", "::1"):
        quiet = CliRunner().invoke(emulator_command, ["--host", host])
        assert quiet.exit_code == 0 and "WARNING" not in quiet.output, quiet.output


def test_m2_cli_host_is_an_accepted_control_host(no_uvicorn: dict[str, Any]) -> None:
    result = CliRunner().invoke(emulator_command, ["--host", "emulator.internal", "--port", "8099"])
    assert result.exit_code == 0, result.output
    app = no_uvicorn["app"]
    assert _control_status(app, "emulator.internal:8080") == 200
    assert _control_status(app, "rebound.example:8080") == 403

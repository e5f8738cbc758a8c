"""The emulator as a real server: concurrency, persistence across restarts, the CLI."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from emulator.app import create_app
from emulator.cli import emulator_command
from emulator.pytest_plugin import ServerThread
from emulator.testing import PASSWORD, EmulatorApi


def _client(base_url: str) -> httpx.Client:
    transport = httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.Client(base_url=base_url, timeout=30, transport=transport)


@pytest.fixture(params=["event-loop handlers", "threaded handlers"])
def server_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "event-loop handlers":
        yield request.getfixturevalue("emulator_server")
        return
    with ServerThread(create_app(validate_responses=True, handler_threads=4)) as server:
        yield server.url


def test_fifty_concurrent_sign_ups_lose_nothing(server_url: str) -> None:
    emulator_server = server_url

    def sign_up(index: int) -> str:
        with _client(emulator_server) as client:
            api = EmulatorApi(client.request, "http")
            sub: str = api.sign_up(f"concurrent-{index}@example.com")["sub"]
            return sub

    with ThreadPoolExecutor(max_workers=50) as pool:
        subs = list(pool.map(sign_up, range(50)))
    assert len(set(subs)) == 50
    users = httpx.get(f"{emulator_server}/emulator/v1/users").json()
    assert users["total"] == 50
    assert {user["sub"] for user in users["data"]} == set(subs)


def test_concurrent_refreshes_of_one_token_rotate_exactly_once(server_url: str) -> None:
    emulator_server = server_url
    with _client(emulator_server) as client:
        tokens = EmulatorApi(client.request, "http").anonymous()

    def refresh(_: int) -> int:
        with _client(emulator_server) as client:
            body = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
            return client.post("/auth/v1/token", json=body).status_code

    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(refresh, range(20)))
    assert sorted(statuses) == [200] + [400] * 19


def test_restart_with_the_same_db_keeps_users_and_sessions(tmp_path: Path) -> None:
    db = str(tmp_path / "emulator.sqlite3")
    with ServerThread(create_app(db=db, validate_responses=True)) as server, _client(server.url) as client:
        api = EmulatorApi(client.request, "http")
        tokens = api.sign_up("persist@example.com")
        ticket_key = api.ok("GET", "/emulator/v1/custom-login-credentials")
    with ServerThread(create_app(db=db, validate_responses=True)) as server, _client(server.url) as client:
        api = EmulatorApi(client.request, "http")
        assert api.introspect(tokens["access_token"])["sub"] == tokens["sub"]
        assert api.ok("GET", "/user/me", token=tokens["access_token"])["email"] == "persist@example.com"
        refreshed = api.ok(
            "POST", "/token", json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
        )
        assert refreshed["sub"] == tokens["sub"]
        assert (
            api.ok("POST", "/signin", json={"username": "persist@example.com", "password": PASSWORD})["sub"]
            == tokens["sub"]
        )
        assert api.ok("GET", "/emulator/v1/custom-login-credentials") == ticket_key


def test_distinct_db_files_have_distinct_keys(tmp_path: Path) -> None:
    first = create_app(db=str(tmp_path / "a.sqlite3")).state.emulator
    second = create_app(db=str(tmp_path / "b.sqlite3")).state.emulator
    assert first.access_key.kid != second.access_key.kid


def test_cli_options_reach_uvicorn(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    def fake_run(server: Any, sockets: list[Any]) -> None:
        config = server.config
        seen.update(host=config.host, emulator=config.app.state.emulator, bound=sockets[0].getsockname())
        server.started = True

    monkeypatch.setattr("uvicorn.Server.run", fake_run)
    monkeypatch.setattr(sys, "setswitchinterval", lambda interval: seen.update(switch=interval))
    db = str(tmp_path / "cli.sqlite3")
    result = CliRunner().invoke(
        emulator_command,
        [
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--db",
            db,
            "--env-id",
            "my-env",
            "--no-rate-limit",
            "--threads",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["bound"][0] == "127.0.0.1" and seen["bound"][1] > 0
    assert seen["emulator"].env_id == "my-env" and seen["emulator"].rate_limit is False
    assert Path(db).exists()
    assert seen["emulator"].executor is not None and seen["switch"] < 0.005


def test_cli_help_and_bad_spec() -> None:
    runner = CliRunner()
    assert "CloudBase Auth emulator" in runner.invoke(emulator_command, ["--help"]).output
    result = runner.invoke(emulator_command, ["--spec", "/nonexistent/spec.yaml"])
    assert result.exit_code != 0 and "nonexistent" in result.output
    result = runner.invoke(emulator_command, ["--db", "/nonexistent/dir/emulator.sqlite3"])
    assert result.exit_code == 2 and "Error:" in result.output and "Traceback" not in result.output

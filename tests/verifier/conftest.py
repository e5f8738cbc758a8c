"""Fixtures for the verifier tests: a real emulator on a loopback port that counts the
introspections it answers (what the service would see), clients pointed at it, and tokens."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cloudbase_auth import AsyncCloudBaseAuth, CloudBaseAuth

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread
from emulator.testing import EmulatorApi

ENV = "emulator-env"


class CountingApp:
    """ASGI wrapper: counts the introspection requests that reach the emulator."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.introspections = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].endswith("/token/introspect"):
            with self._lock:
                self.introspections += 1
        await self.app(scope, receive, send)


class Emulator:
    """A running emulator, its control API and a few flows."""

    def __init__(self, url: str, counter: CountingApp) -> None:
        self.url = url
        self.base_url = f"{url}/auth/v1"
        self.counter = counter
        self.http = httpx.Client(base_url=url, timeout=10, params={"client_id": ENV})
        self.api = EmulatorApi(self.http.request, "server")

    @property
    def introspections(self) -> int:
        return self.counter.introspections

    def sign_in(self) -> dict[str, Any]:
        """A new user's session (sign-up with a verified email): its tokens and `sub`."""
        return self.api.sign_up(f"user-{secrets.token_hex(6)}@example.com")

    def revoke(self, access_token: str) -> None:
        self.api.ok("POST", "/revoke", token=access_token, json={})

    def fault(self, status: int, error: str, count: int = 1) -> None:
        body = {"operation": "introspectToken", "status": status, "error": error, "count": count}
        self.http.post("/emulator/v1/faults", json=body).raise_for_status()

    def advance(self, seconds: float) -> None:
        self.http.post("/emulator/v1/clock", json={"advance_seconds": seconds}).raise_for_status()


@pytest.fixture(scope="session")
def _emulator_session() -> Iterator[tuple[str, CountingApp]]:
    counter = CountingApp(create_app(validate_responses=True, rate_limit=False))
    with ServerThread(counter) as server:  # type: ignore[arg-type]  # any ASGI app serves
        yield server.url, counter


@pytest.fixture
def emulator(_emulator_session: tuple[str, CountingApp]) -> Iterator[Emulator]:
    url, counter = _emulator_session
    httpx.post(f"{url}/emulator/v1/reset", json={}, timeout=10).raise_for_status()
    counter.introspections = 0
    emu = Emulator(url, counter)
    yield emu
    emu.http.close()


@pytest.fixture
def auth(emulator: Emulator) -> Iterator[CloudBaseAuth]:
    with CloudBaseAuth(ENV, base_url=emulator.base_url) as client:
        yield client


@pytest.fixture
def async_auth_factory(emulator: Emulator) -> Any:
    """An AsyncCloudBaseAuth must be made (and closed) on the loop that uses it."""

    def make() -> AsyncCloudBaseAuth:
        return AsyncCloudBaseAuth(ENV, base_url=emulator.base_url)

    return make


class FakeClock:
    """The verifier's monotonic clock, moved by hand: cache ages without sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def closed_port_url() -> str:
    """A loopback URL nobody listens on (a port taken, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/auth/v1"


def forged(claims: dict[str, Any]) -> str:
    """A well-formed JWT the service never issued (signed with a key of our own)."""
    import jwt

    return jwt.encode(claims, "a key the emulator does not know, 32+ bytes", algorithm="HS256")

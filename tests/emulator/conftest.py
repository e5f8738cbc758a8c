"""Fixtures for the emulator tests: ``api`` runs each test in-process (httpx.ASGITransport) and
over real HTTP (uvicorn on a loopback port), through one small synchronous wrapper."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import anyio.from_thread
import httpx
import pytest
from starlette.applications import Starlette

from emulator.testing import EmulatorApi


@pytest.fixture
def asgi_api(emulator_app: Starlette) -> Iterator[EmulatorApi]:
    with anyio.from_thread.start_blocking_portal() as portal:
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=emulator_app), base_url="http://emulator"
        )

        def send(method: str, url: str, **kwargs: Any) -> httpx.Response:
            async def call() -> httpx.Response:
                return await client.request(method, url, **kwargs)

            return portal.call(call)

        yield EmulatorApi(send, "asgi")
        portal.call(client.aclose)


@pytest.fixture
def http_api(emulator_server: str) -> Iterator[EmulatorApi]:
    # TCP_NODELAY: httpcore writes headers and body separately, and Nagle plus delayed ACKs
    # would add 40 ms to every POST on loopback.
    transport = httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    with httpx.Client(base_url=emulator_server, timeout=10, transport=transport) as client:
        yield EmulatorApi(client.request, "http")


@pytest.fixture(params=["asgi", "http"])
def api(request: pytest.FixtureRequest) -> EmulatorApi:
    """The same test in-process and over loopback HTTP."""
    fixture: EmulatorApi = request.getfixturevalue(f"{request.param}_api")
    return fixture


@pytest.fixture
def no_uvicorn(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Stand-ins for the server and its socket, so a CLI run returns instead of serving, whatever
    --host names (a test's control host need not resolve): the app and the address asked for."""
    seen: dict[str, Any] = {}

    def listening_socket(host: str, port: int) -> socket.socket:
        seen.update(host=host, port=port)
        stand_in = socket.socket()
        stand_in.bind(("127.0.0.1", 0))
        return stand_in

    def run(server: Any, sockets: list[socket.socket]) -> None:
        seen.update(app=server.config.app)
        server.started = True

    monkeypatch.setattr("emulator.serve.listening_socket", listening_socket)
    monkeypatch.setattr("uvicorn.Server.run", run)
    return seen

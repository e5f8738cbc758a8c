"""pytest fixtures for the emulator. Enable with ``pytest_plugins = ["emulator.pytest_plugin"]``.

- ``emulator_app``: a fresh in-process app per test, for ``httpx.ASGITransport``.
- ``emulator_server``: the base URL (``http://127.0.0.1:PORT``) of a real uvicorn server on a
  free loopback port; one server per session, reset before every test.
- ``emulator_options``: keyword arguments for ``create_app``; override it to change them.

Both check every response against the spec.
"""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette

from .app import create_app
from .serve import HEADER_TIMEOUT, uvicorn_options


class ServerThread:
    """uvicorn serving an app on a loopback socket from a background thread."""

    def __init__(
        self,
        app: Starlette,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        header_timeout: float = HEADER_TIMEOUT,
    ) -> None:
        self.host = host
        self.port = port
        config = uvicorn.Config(app, host=host, port=port, **uvicorn_options(header_timeout=header_timeout))
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the emulator server did not start")
            time.sleep(0.01)
        # Port 0 asks the OS for a free port; read back the one it gave.
        self.port = int(self._server.servers[0].sockets[0].getsockname()[1])

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> ServerThread:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture
def emulator_options() -> dict[str, Any]:
    """Keyword arguments for ``create_app``; override in a conftest to change them."""
    return {}


@pytest.fixture
def emulator_app(emulator_options: dict[str, Any]) -> Starlette:
    return create_app(**{"validate_responses": True, **emulator_options})


@pytest.fixture(scope="session")
def _emulator_server_session() -> Iterator[str]:
    with ServerThread(create_app(validate_responses=True)) as server:
        yield server.url


@pytest.fixture
def emulator_server(_emulator_server_session: str) -> str:
    reset = urllib.request.Request(
        f"{_emulator_server_session}/emulator/v1/reset",
        data=b"{}",
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    # the standard library's client: the plugin needs no HTTP package beyond the emulator's own
    with urllib.request.urlopen(reset, timeout=10) as answer:  # raises on a 4xx/5xx
        answer.read()
    return _emulator_server_session

"""Fixtures of the conformance tests: the emulator (a real server on loopback, from the
emulator's pytest plugin), its custom-login key file and an API key pair, a recording proxy in
front of it, and `conformance(...)`, which runs the real `authgen conformance` command."""

from __future__ import annotations

import io
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result

from generator.cli import main

from .proxy import Mutation, Proxy

ENV = "emulator-env"


@dataclass
class Environment:
    server: str  # the emulator, http://127.0.0.1:PORT
    credentials: Path  # its tcb_custom_login.json
    secret_id: str
    secret_key: str
    private_key: str


@pytest.fixture
def environment(emulator_server: str, tmp_path: Path) -> Environment:
    with httpx.Client(base_url=emulator_server, timeout=10) as control:
        creds = control.get("/emulator/v1/custom-login-credentials").json()
        pair = {"secret_id": f"AKIDconf{secrets.token_hex(4)}", "secret_key": secrets.token_urlsafe(24)}
        control.post("/emulator/v1/admin-credentials", json=pair).raise_for_status()
    path = tmp_path / "tcb_custom_login.json"
    path.write_text(json.dumps(creds), encoding="utf-8")
    return Environment(emulator_server, path, pair["secret_id"], pair["secret_key"], creds["private_key"])


@pytest.fixture
def proxy_factory(environment: Environment) -> Iterator[Any]:
    started: list[Proxy] = []

    def start(mutate: Mutation | None = None) -> Proxy:
        proxy = Proxy(environment.server, mutate).__enter__()
        started.append(proxy)
        return proxy

    yield start
    for proxy in started:
        proxy.__exit__(None, None, None)


class CodeTyper(io.RawIOBase):
    """stdin for the command's code prompt: when the command reads a line, the code the emulator
    just sent to `address` is typed in (read from the emulator's control API at that moment)."""

    def __init__(self, server: str, address: str) -> None:
        self._server = server
        self._address = address
        self.typed: list[str] = []
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if len(buffer) == 0:  # click's probe for a binary stream: read(0)
            return 0
        if not self._pending:
            rows = httpx.get(
                f"{self._server}/emulator/v1/verification-codes", params={"target": self._address}
            ).json()["data"]
            code = rows[-1]["code"]
            self.typed.append(code)
            self._pending = f"{code}\n".encode()
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def conformance(
    base_url: str, *args: str, env: dict[str, str] | None = None, input: Any = None
) -> tuple[Result, dict[str, Any] | None]:
    """`authgen conformance --env ENV --base-url BASE/auth/v1 --rate 0 ARGS...`; the JSON report
    when `--format json` is among the arguments."""
    result = CliRunner().invoke(
        main,
        ["conformance", "--env", ENV, "--base-url", f"{base_url}/auth/v1", "--rate", "0", *args],
        env=env,
        input=input,
        catch_exceptions=False,
    )
    report = None
    if "json" in args and "--plan" not in args and "--out" not in args:
        report = json.loads(result.stdout)
    return result, report


def full_options(environment: Environment) -> list[str]:
    """Every read-only group: custom login and the administrator too."""
    return [
        "--credentials", str(environment.credentials),
        "--secret-id", environment.secret_id,
        "--secret-key", environment.secret_key,
    ]  # fmt: skip

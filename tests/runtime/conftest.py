"""Fixtures for the client runtime tests (templates/python/runtime/ and the IR's modules).

The package under test is built from the committed spec the way `authgen generate` builds
`cloudbase_auth`: `build_api(spec)` gives the IR, and the python target's `write_modules`
copies the runtime and renders `_errors`, `_operations`, `_client` and `__init__` from it.
Only openapi-python-client's part (`models`, `api`) is missing: the runtime never imports it.
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import json
import os
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from generator.ir import Api, build_api
from generator.targets.python.build import write_modules

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "auth-v1.yaml"
RUNTIME = ROOT / "templates" / "python" / "runtime"
#: mutmut (`nox -s mutation`, TESTING.md) sets MUTANT_UNDER_TEST in every process it runs tests
#: in, and runs them in its copy ``mutants/``: there ROOT, so RUNTIME, is that copy, with the
#: runtime mutated.
UNDER_MUTMUT = "MUTANT_UNDER_TEST" in os.environ
#: Built under its own name (the modules only use relative imports), so that it never shadows
#: the installed ``cloudbase_auth`` that other tests import in the same session. Under mutmut the
#: package takes the runtime folder's own dotted name: mutmut's trampolines pick the mutant to run
#: by the function's module (``templates.python.runtime._redact``, from the file's path), and under
#: any other name every mutant would run the original code.
PACKAGE = "templates.python.runtime" if UNDER_MUTMUT else "cloudbase_auth_runtime_under_test"
BASE_URL = "https://env-1.api.tcloudbasegateway.com/auth/v1"
HEADER = "# test"

API: Api = build_api(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
#: The spec's error catalogue, as the IR holds it.
ERROR_CODES = API.error_codes


def build_package(dest: Path, api: Api = API, name: str = PACKAGE) -> Path:
    """Write the package ``name`` for ``api`` into ``dest/<name>`` and return the package dir.

    A dotted ``name`` (under mutmut) gets its parents as empty regular packages, so that they win
    over the namespace folders of the same name on ``sys.path`` (mutmut's ``mutants/templates``).
    """
    pkg = dest.joinpath(*name.split("."))
    write_modules(api, pkg, HEADER)
    for parent in pkg.parents:
        if parent == dest:
            break
        (parent / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "py.typed").write_text("", encoding="utf-8")
    return pkg


def import_package(root: Path, name: str) -> types.ModuleType:
    """Import the package ``name`` from ``root`` afresh (a stale copy, and its parents, dropped first)."""
    top = name.split(".")[0]
    for loaded in list(sys.modules):
        if loaded == top or loaded.startswith(top + "."):
            del sys.modules[loaded]
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(root))


@pytest.fixture(scope="session")
def runtime_package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The directory that holds the package under test."""
    root = tmp_path_factory.mktemp("runtime_pkg")
    build_package(root)
    return root


@pytest.fixture(scope="session")
def rt(runtime_package_dir: Path) -> types.SimpleNamespace:
    """The imported runtime modules: rt.base, rt.errors, rt.session, rt.storage, ..."""
    pkg = import_package(runtime_package_dir, PACKAGE)
    mods = {
        short: importlib.import_module(f"{PACKAGE}._{short}")
        for short in (
            "base",
            "errors",
            "exceptions",
            "session",
            "storage",
            "redact",
            "retry",
            "ids",
            "ticket",
            "operations",
        )
    }
    return types.SimpleNamespace(pkg=pkg, **mods)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# -- a fake CloudBase Auth service for httpx.MockTransport -------------------------------------


def token_body(access: str, refresh: str | None, expires_in: int = 7200) -> dict[str, Any]:
    body: dict[str, Any] = {
        "token_type": "Bearer",
        "access_token": access,
        "expires_in": expires_in,
        "scope": "user",
        "sub": "9876543210123456789",
        "groups": ["user"],
    }
    if refresh is not None:
        body["refresh_token"] = refresh
    return body


@dataclass
class FakeAuth:
    """Enough of the service for the runtime: sign-in, refresh with rotation, a bearer endpoint.

    Every request is recorded. Refresh tokens are single-use: a reused one answers invalid_grant
    and is remembered in ``reused``. Thread-safe (the sync tests hit it from 16 threads).
    """

    username: str = "alice"
    password: str = "Pa55word!secret"
    requests: list[httpx.Request] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    valid_access: set[str] = field(default_factory=set)
    valid_refresh: set[str] = field(default_factory=set)
    spent_refresh: set[str] = field(default_factory=set)
    refresh_delay: float = 0.0
    overrides: dict[str, Callable[[httpx.Request], httpx.Response]] = field(default_factory=dict)
    _counter: Iterator[int] = field(default_factory=itertools.count)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def issue(self, expires_in: int = 7200) -> dict[str, Any]:
        n = next(self._counter)
        access, refresh = f"eyJhbGciOiJSUzI1NiJ9.access{n}.sig{n}", f"m.refresh-token-{n:04d}-xyz"
        self.valid_access.add(access)
        self.valid_refresh.add(refresh)
        return token_body(access, refresh, expires_in)

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]

    def count(self, path: str) -> int:
        return sum(1 for r in self.requests if r.url.path == "/auth/v1" + path)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.refresh_delay and request.url.path.endswith("/token"):
            time.sleep(self.refresh_delay)  # widen the race window for the threaded tests
        with self._lock:
            self.requests.append(request)
            path = request.url.path.removeprefix("/auth/v1")
            if path in self.overrides:
                return self.overrides[path](request)
            body = json.loads(request.content) if request.content else {}
            if path == "/signin":
                if body.get("username") == self.username and body.get("password") == self.password:
                    return httpx.Response(200, json=self.issue())
                return httpx.Response(
                    400,
                    json={
                        "error": "invalid_username_or_password",
                        "error_code": 4043,
                        "error_description": f"wrong password {body.get('password')} for {body.get('username')}",
                    },
                )
            if path == "/token":
                token = body.get("refresh_token")
                if token in self.spent_refresh:
                    self.reused.append(token)
                if token not in self.valid_refresh:
                    return httpx.Response(
                        400,
                        json={
                            "error": "invalid_grant",
                            "error_code": 4001,
                            "error_description": "bad refresh token",
                        },
                    )
                self.valid_refresh.discard(token)
                self.spent_refresh.add(token)
                return httpx.Response(200, json=self.issue())
            auth = request.headers.get("authorization", "")
            if not auth.startswith("Bearer ") or auth.removeprefix("Bearer ") not in self.valid_access:
                return httpx.Response(
                    401, json={"error": "unauthenticated", "error_code": 16, "error_description": "no"}
                )
            if path == "/user/me" and request.method == "GET":
                return httpx.Response(200, json={"sub": "9876543210123456789", "name": "Alice"})
            if path == "/user/sudo":
                return httpx.Response(200, json={"sudo_token": "sudo-token-0123456789", "expires_in": 900})
            return httpx.Response(200, json={})

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        """For AsyncClient: the refresh answer comes after a real await, so tasks interleave."""

        async def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/token"):
                await asyncio.sleep(0.05)
            else:
                await asyncio.sleep(0)
            return self.handle(request)

        return httpx.MockTransport(handler)


@pytest.fixture
def fake() -> FakeAuth:
    return FakeAuth()

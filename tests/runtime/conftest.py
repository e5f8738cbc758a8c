"""Fixtures for the client runtime tests (templates/python/_*.py.jinja).

The runtime templates are rendered, with a stub ``_operations.py`` and a stub ``__init__.py``,
into a temporary package that is then imported. When the generator produces
the real package, ``runtime_package_dir`` and ``PACKAGE`` are the one place to switch to
``generated/python`` (then build ``ERROR_CODES`` from the IR's catalogue too). The tests only
look up operations the spec has (signIn, signOut, getUserMe, deleteUserMe, unbindProvider,
sendVerification, grantToken); Basic-auth operations are built in the tests themselves.
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
import json
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import jinja2
import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates" / "python"
#: Templates owned by the generator's facade work, not by the runtime.
NOT_RUNTIME = {"__init__.py.jinja", "_operations.py.jinja", "_client.py.jinja"}
#: Rendered under its own name (the templates only use relative imports), so that it never
#: shadows an installed ``cloudbase_auth`` that other tests import in the same session.
PACKAGE = "cloudbase_auth_runtime_under_test"
BASE_URL = "https://env-1.api.tcloudbasegateway.com/auth/v1"


@dataclass(frozen=True)
class ErrorCode:
    """The shape of the IR's error-catalogue entries, as ``_errors.py.jinja`` reads them."""

    error: str
    class_name: str
    status: int
    error_code: int | None
    description: str

    @property
    def names(self) -> types.SimpleNamespace:
        return types.SimpleNamespace(pascal=self.class_name)


ERROR_CODES = [
    ErrorCode(
        "invalid_argument", "InvalidArgument", 400, 3, "A parameter is missing, malformed or out of range."
    ),
    ErrorCode("unauthenticated", "Unauthenticated", 401, 16, "No valid access token; sign in again."),
    ErrorCode("permission_denied", "PermissionDenied", 403, 7, "Bad sudo token."),
    ErrorCode("not_found", "NotFound", 404, 5, "The resource does not exist."),
    ErrorCode("already_exists", "AlreadyExists", 409, 6, "The resource already exists."),
    ErrorCode("resource_exhausted", "ResourceExhausted", 429, 8, "A quota or rate limit was hit."),
    ErrorCode("internal", "Internal", 500, 13, "An unexpected error inside the service."),
    ErrorCode("unavailable", "Unavailable", 503, 14, "Retry later."),
    ErrorCode("invalid_grant", "InvalidGrant", 400, 4001, "The refresh token is wrong, expired or used."),
    ErrorCode("captcha_required", "CaptchaRequired", 400, 4028, 'Too many attempts; solve a "captcha".'),
    ErrorCode(
        "invalid_username_or_password", "InvalidUsernameOrPassword", 400, 4043, "Wrong username or password."
    ),
    ErrorCode("user_pending", "UserPending", 422, None, "Odd status: falls back to APIStatusError\\."),
]

STUB_OPERATIONS = """\
# test stub of the generated _operations.py
from __future__ import annotations

from ._base import OperationSpec

OPERATIONS: dict[str, OperationSpec] = {
    "signIn": OperationSpec("signIn", "POST", "/signin", "none", True, False),
    "signInAnonymously": OperationSpec("signInAnonymously", "POST", "/signin/anonymously", "none", True, False),
    "grantToken": OperationSpec("grantToken", "POST", "/token", "none", True, False),
    "getUserMe": OperationSpec("getUserMe", "GET", "/user/me", "bearer", False, False),
    "sudo": OperationSpec("sudo", "POST", "/user/sudo", "bearer", False, False),
    "deleteUserMe": OperationSpec("deleteUserMe", "DELETE", "/user/me", "bearer", False, True),
    "unbindProvider": OperationSpec("unbindProvider", "DELETE", "/user/provider/{provider_id}", "bearer", False, False),
    "signOut": OperationSpec("signOut", "POST", "/user/signout", "bearer", False, True),
    "sendVerification": OperationSpec("sendVerification", "POST", "/verification", "none", False, False),
}
GATEWAY_URL = "https://{envId}.api.tcloudbasegateway.com/auth/v1"
INTL_GATEWAY_URL = "https://{envId}.api.intl.tcloudbasegateway.com/auth/v1"
CHINA_REGIONS: frozenset[str] = frozenset(
    {
        "ap-shanghai",
        "ap-guangzhou",
        "ap-shenzhen-fsi",
        "ap-shanghai-fsi",
        "ap-nanjing",
        "ap-beijing",
        "ap-chengdu",
        "ap-chongqing",
        "ap-hongkong",
    }
)
SECRET_FIELDS: frozenset[str] = frozenset(
    {"password", "access_token", "refresh_token", "ticket", "verification_code", "sudo_token", "client_secret"}
)
REFRESH_OPERATION = "grantToken"
"""

STUB_INIT = '''\
# test stub of the generated __init__.py
"""CloudBase Auth client (runtime test build)."""

from ._base import NOT_GIVEN, AsyncAPIClient, NotGiven, OperationSpec, SyncAPIClient
from ._errors import *  # noqa: F403
from ._session import Session
from ._storage import FileStorage, MemoryStorage, TokenStorage
from ._ticket import TicketError, create_ticket

__all__ = [
    "NOT_GIVEN",
    "AsyncAPIClient",
    "FileStorage",
    "MemoryStorage",
    "NotGiven",
    "OperationSpec",
    "Session",
    "SyncAPIClient",
    "TicketError",
    "TokenStorage",
    "create_ticket",
]
'''


def jinja_env() -> jinja2.Environment:
    """The generator's own Environment factory when it is importable, else the same settings."""
    try:
        from generator.templating import environment
    except ImportError:
        pass
    else:
        return environment(TEMPLATES)
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def runtime_templates() -> list[str]:
    return sorted(p.name for p in TEMPLATES.glob("_*.py.jinja") if p.name not in NOT_RUNTIME)


def render_runtime(dest: Path) -> Path:
    """Render the runtime templates into ``dest/<PACKAGE>`` and return the package dir."""
    pkg = dest / PACKAGE
    pkg.mkdir(parents=True, exist_ok=True)
    env = jinja_env()
    for name in runtime_templates():
        from generator.targets.python import names as py

        text = env.get_template(name).render(header="# test", error_codes=ERROR_CODES, py=py)
        (pkg / name.removesuffix(".jinja")).write_text(text, encoding="utf-8")
    (pkg / "_operations.py").write_text(STUB_OPERATIONS, encoding="utf-8")
    (pkg / "__init__.py").write_text(STUB_INIT, encoding="utf-8")
    (pkg / "py.typed").write_text("", encoding="utf-8")
    return pkg


@pytest.fixture(scope="session")
def runtime_package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The directory that holds the ``cloudbase_auth`` package under test."""
    root = tmp_path_factory.mktemp("runtime_pkg")
    render_runtime(root)
    return root


@pytest.fixture(scope="session")
def rt(runtime_package_dir: Path) -> Iterator[types.SimpleNamespace]:
    """The imported runtime modules: rt.base, rt.errors, rt.session, rt.storage, ..."""
    for name in list(sys.modules):
        if name == PACKAGE or name.startswith(PACKAGE + "."):
            del sys.modules[name]
    sys.path.insert(0, str(runtime_package_dir))
    try:
        importlib.import_module(PACKAGE)
        mods = {
            short: importlib.import_module(f"{PACKAGE}._{short}")
            for short in (
                "base",
                "errors",
                "session",
                "storage",
                "redact",
                "retry",
                "ids",
                "ticket",
                "operations",
            )
        }
        yield types.SimpleNamespace(pkg=sys.modules[PACKAGE], **mods)
    finally:
        sys.path.remove(str(runtime_package_dir))


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

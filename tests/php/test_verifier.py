"""The PHP TokenVerifier in a real PHP server: `php -S` (its built-in web server, one worker or
several, as PHP-FPM runs several) serving tests/php/verifier_app/index.php in front of the
emulator, which counts the introspections it answers (what the service would see).

What holds, as a PHP user would notice it:
- a valid token passes (vanilla `requireBearer($_SERVER)` and the PSR-15-shaped middleware),
  a malformed or missing header is 401 with its `WWW-Authenticate` challenge, the service down
  is 503; a revoked token keeps working for at most maxTtl, then is refused;
- every request starts afresh under `php -S` (and PHP-FPM): without a shared cache each request
  asks the service; within one request the in-process cache asks once;
- with a FileCache, N concurrent requests with one new token make ONE introspection, in one
  worker and across four (the cache's per-key flock makes the miss single-flight across
  processes).
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from emulator.app import create_app
from emulator.pytest_plugin import ServerThread
from emulator.testing import EmulatorApi

from .conftest import GENERATED

APP = Path(__file__).resolve().parent / "verifier_app" / "index.php"
ENV = "emulator-env"
CONCURRENT = 20


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

    def __getattr__(self, name: str) -> Any:  # ServerThread and uvicorn read the app's attributes
        return getattr(self.app, name)


class Emulator:
    def __init__(self, url: str, counter: CountingApp) -> None:
        self.url = url
        self.base_url = f"{url}/auth/v1"
        self.counter = counter
        self.http = httpx.Client(base_url=url, timeout=10, params={"client_id": ENV})
        self.api = EmulatorApi(self.http.request, "server")

    @property
    def introspections(self) -> int:
        return self.counter.introspections

    def token(self) -> str:
        """A new user's access token."""
        return str(self.api.sign_up(f"php-verify-{secrets.token_hex(6)}@example.com")["access_token"])

    def revoke(self, access_token: str) -> None:
        self.api.ok("POST", "/revoke", token=access_token, json={})


@pytest.fixture(scope="module")
def _emulator_server() -> Iterator[tuple[str, CountingApp]]:
    counter = CountingApp(create_app(validate_responses=True, rate_limit=False))
    with ServerThread(counter) as server:  # type: ignore[arg-type]  # any ASGI app serves
        yield server.url, counter


@pytest.fixture
def emulator(_emulator_server: tuple[str, CountingApp]) -> Iterator[Emulator]:
    url, counter = _emulator_server
    httpx.post(f"{url}/emulator/v1/reset", json={}, timeout=10).raise_for_status()
    emu = Emulator(url, counter)
    counter.introspections = 0
    yield emu
    emu.http.close()


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


class PhpServer:
    """`php -S 127.0.0.1:0` (the port the OS gives, read from its log) serving the app."""

    def __init__(
        self, php: str, tmp: Path, env: dict[str, str], workers: int = 1, router: Path = APP
    ) -> None:
        self.log = tmp / f"php-server-{secrets.token_hex(4)}.log"
        self.clock_file = tmp / f"clock-{secrets.token_hex(4)}"
        self.clock_file.write_text("0", encoding="utf-8")
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    php,
                    "-d",
                    "error_reporting=-1",
                    "-d",
                    "display_errors=stderr",
                    "-S",
                    "127.0.0.1:0",
                    str(router),
                ],
                env={
                    **os.environ,
                    "PACKAGE": str(GENERATED),
                    "CLOCK_FILE": str(self.clock_file),
                    "PHP_CLI_SERVER_WORKERS": str(workers),
                    **env,
                },
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=tmp,
                # Its own process group: PHP_CLI_SERVER_WORKERS forks workers that outlive a
                # terminated parent; close() ends the whole group.
                start_new_session=True,
            )
        deadline = time.monotonic() + 30
        while True:
            found = re.search(
                rb"Development Server \(http://127\.0\.0\.1:(\d+)\) started", self.log.read_bytes()
            )
            if found:
                self.url = f"http://127.0.0.1:{int(found.group(1))}"
                break
            assert self.process.poll() is None, self.log.read_text(errors="replace")
            assert time.monotonic() < deadline, "php -S did not start"
            time.sleep(0.02)
        self.http = httpx.Client(base_url=self.url, timeout=30)

    def get(self, path: str, token: str | None = None, authorization: str | None = None) -> httpx.Response:
        headers = {}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if authorization is not None:
            headers["Authorization"] = authorization
        return self.http.get(path, headers=headers)

    def advance(self, seconds: float) -> None:
        """Move the app's clock (the verifier's and its cache's) forward."""
        now = float(self.clock_file.read_text(encoding="utf-8"))
        self.clock_file.write_text(str(now + seconds), encoding="utf-8")

    def close(self) -> None:
        self.http.close()
        group = self.process.pid  # the group's id (start_new_session)
        os.killpg(group, signal.SIGTERM)
        self.process.wait(timeout=30)
        deadline = time.monotonic() + 10
        while _group_alive(group):
            if time.monotonic() > deadline:
                os.killpg(group, signal.SIGKILL)
                break
            time.sleep(0.02)
        problems = [
            line
            for line in self.log.read_text(errors="replace").splitlines()
            if "PHP Warning" in line
            or "PHP Deprecated" in line
            or "PHP Fatal" in line
            or "PHP Notice" in line
        ]
        assert problems == [], problems


@pytest.fixture
def server(php: str, tmp_path: Path) -> Iterator[Any]:
    """Start `php -S` servers in front of a service; all stopped (and their logs checked) after."""
    started: list[PhpServer] = []

    def start(base_url: str, *, max_ttl: float = 60, cache: bool = False, workers: int = 1) -> PhpServer:
        env = {"BASE_URL": base_url, "MAX_TTL": str(max_ttl)}
        if cache:
            env["CACHE_DIR"] = str(tmp_path / f"cache-{secrets.token_hex(4)}")
        started.append(PhpServer(php, tmp_path, env, workers))
        return started[-1]

    yield start
    for s in started:
        s.close()


def closed_port_url() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/auth/v1"


@pytest.mark.parametrize("route", ["/plain/me", "/psr15/me"])
def test_a_valid_token_passes_and_a_bad_header_is_401(emulator: Emulator, server: Any, route: str) -> None:
    app = server(emulator.base_url)
    token = emulator.token()
    passed = app.get(route, token)
    assert passed.status_code == 200, passed.text
    assert passed.json()["scope"] == "user" and passed.json()["sub"]
    missing = app.get(route)
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert missing.json() == {
        "error": "unauthenticated",
        "error_description": "an Authorization: Bearer token is required",
    }
    for header in (f"Basic {token}", "Bearer", f"Bearer {token} extra", f"Bearer {token}, Bearer {token}"):
        refused = app.get(route, authorization=header)
        assert refused.status_code == 401, header
        assert refused.headers["www-authenticate"].startswith('Bearer error="invalid_token"'), header
        assert refused.headers["cache-control"] == "no-store"
        assert token not in refused.text
    unknown = app.get(route, "not-a-token-the-service-issued")
    assert unknown.status_code == 401
    assert unknown.json()["error_description"] == "the token is not active"
    assert emulator.introspections == 2, "the malformed headers were refused without asking"


def test_a_public_path_passes_without_a_token(emulator: Emulator, server: Any) -> None:
    app = server(emulator.base_url)
    answer = app.get("/psr15/health")
    assert answer.status_code == 200 and answer.json()["sub"] is None
    assert emulator.introspections == 0


@pytest.mark.parametrize("route", ["/plain/me", "/psr15/me"])
def test_a_revoked_token_is_refused_within_max_ttl(emulator: Emulator, server: Any, route: str) -> None:
    """Revocation shows at most maxTtl late: until then the shared cache's answer stands (one
    introspection), once maxTtl has passed on the app's clock the service is asked and says no."""
    app = server(emulator.base_url, max_ttl=30, cache=True)
    token = emulator.token()
    assert app.get(route, token).status_code == 200
    emulator.revoke(token)
    app.advance(29)
    assert app.get(route, token).status_code == 200, "still within maxTtl: the cached answer"
    assert emulator.introspections == 1
    app.advance(2)
    refused = app.get(route, token)
    assert refused.status_code == 401
    assert refused.json()["error_description"] == "the token is not active"
    assert emulator.introspections == 2


def test_the_service_down_is_503_and_nothing_is_let_in(emulator: Emulator, server: Any) -> None:
    app = server(closed_port_url(), cache=True)
    token = emulator.token()
    for route in ("/plain/me", "/psr15/me"):
        for _attempt in range(2):
            down = app.get(route, token)
            assert down.status_code == 503, down.text
            assert down.json() == {
                "error": "unavailable",
                "error_description": "the token could not be verified now; try again later",
            }
            assert "www-authenticate" not in down.headers
    # The service is back (same app, its cache kept nothing of the failures): the token passes.
    back = server(emulator.base_url, cache=True)
    assert back.get("/plain/me", token).status_code == 200


def test_within_one_request_the_in_process_cache_asks_once(emulator: Emulator, server: Any) -> None:
    app = server(emulator.base_url)
    answer = app.get("/plain/repeat", emulator.token())
    assert answer.status_code == 200
    assert answer.json()["introspections"] == 1
    assert emulator.introspections == 1


def test_without_a_shared_cache_every_request_asks(emulator: Emulator, server: Any) -> None:
    """What PHP's process model means for a verifier without a shared cache: `php -S` (like
    PHP-FPM) starts every request afresh, so each request asks the service once."""
    app = server(emulator.base_url)
    token = emulator.token()
    for _ in range(3):
        assert app.get("/plain/me", token).status_code == 200
    assert emulator.introspections == 3


@pytest.mark.parametrize("workers", [1, 4])
def test_concurrent_requests_with_one_new_token_make_one_introspection(
    emulator: Emulator, server: Any, workers: int
) -> None:
    app = server(emulator.base_url, cache=True, workers=workers)
    token = emulator.token()
    routes = ["/plain/me", "/psr15/me"] * (CONCURRENT // 2)
    with ThreadPoolExecutor(max_workers=CONCURRENT) as pool:
        answers = list(pool.map(lambda route: app.get(route, token), routes))
    assert [a.status_code for a in answers] == [200] * CONCURRENT
    assert {a.json()["sub"] for a in answers} == {answers[0].json()["sub"]}
    if workers > 1:
        assert len({a.json()["pid"] for a in answers}) > 1, "the requests were served by several workers"
    assert emulator.introspections == 1
    assert sum(a.json()["introspections"] for a in answers) == 1


def test_the_readme_example_serves_as_printed(php: str, emulator: Emulator, tmp_path: Path) -> None:
    """The README's verifier example, pasted into api.php: only where the package and the
    emulator are, and a private cache directory, are replaced."""
    text = (GENERATED / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```php\n(.*?)```", text, flags=re.DOTALL) if "new TokenVerifier(" in b]
    assert blocks, "generated/php/README.md shows no verifier example"
    source = blocks[0]
    for old, new in (
        ("__DIR__ . '/vendor/autoload.php'", repr(str(GENERATED / "autoload.php"))),
        ("'your-env-id'", f"'{ENV}'"),
        ("http://127.0.0.1:8080/auth/v1", emulator.base_url),
        ("sys_get_temp_dir() . '/cloudbase-auth-verifier'", repr(str(tmp_path / "verifier-cache"))),
    ):
        assert old in source, old
        source = source.replace(old, new)
    api = tmp_path / "api.php"
    api.write_text(source, encoding="utf-8")
    app = PhpServer(php, tmp_path, {}, router=api)
    try:
        token = emulator.token()
        sub = emulator.api.introspect(token)["sub"]
        assert app.get("/", token).text == f"hello {sub}"
        assert app.get("/", token).text == f"hello {sub}"
        assert emulator.introspections == 2, (
            "one by the test, one by the app: the second request used the cache"
        )
        refused = app.get("/")
        assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    finally:
        app.close()

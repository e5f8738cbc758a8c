"""Client hardening through the generated client's public methods over ``httpx.MockTransport``:
issue 9 H2 (stores of one file in one process), L8 (timeout budget), L9 (stale temp files), L10
(base_url); issue 11 items 1 and 4; issue 16 items 4 and 5."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import stat
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import cloudbase_auth as cba
import httpx
import pytest
from cloudbase_auth import AsyncCloudBaseAuth, CloudBaseAuth, FileStorage

BASE = "https://env-1.api.tcloudbasegateway.com/auth/v1"


def tokens(n: int) -> dict[str, Any]:
    return {
        "token_type": "Bearer",
        "access_token": f"access-token-{n:04d}-zz",
        "refresh_token": f"refresh-token-{n:04d}-zz",
        "expires_in": 7200,
        "sub": "user-1",
    }


class FakeClock:
    """A monotonic clock that only the fake sleep moves: no wall-clock assertion can flake."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def sync_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> CloudBaseAuth:
    return CloudBaseAuth("env-1", transport=httpx.MockTransport(handler), **kwargs)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- L8: Retry-After never outlasts the call's timeout ------------------------------------


def test_l8_retry_after_beyond_the_timeout_raises_at_once() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, headers={"Retry-After": "30"}, json={"error": "unavailable"})

    clock = FakeClock()
    with sync_client(handler, max_retries=3) as client:
        client._monotonic, client._sleep = clock.monotonic, clock.sleep
        with pytest.raises(cba.Unavailable):
            client.check_if_user_exist(username="bob", timeout=1.0)
    assert clock.slept == [] and len(seen) == 1  # no 30 s wait for a 1 s call


def test_l8_retries_fit_in_the_timeout_and_attempts_get_what_is_left() -> None:
    seen: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(503, headers={"Retry-After": "0.4"}, json={"error": "unavailable"})

    clock = FakeClock()
    with sync_client(handler, max_retries=5) as client:
        client._monotonic, client._sleep = clock.monotonic, clock.sleep
        with pytest.raises(cba.Unavailable):
            client.check_if_user_exist(username="bob", timeout=1.0)
    assert clock.slept == [0.4, 0.4] and len(seen) == 3  # a third 0.4 s wait would end after 1 s
    assert sum(clock.slept) <= 1.0
    assert seen[0]["read"] == 1.0
    assert seen[2]["read"] == pytest.approx(0.2)  # what is left of the budget


def test_l8_retry_within_the_budget_still_succeeds() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "2"}, json={"error": "resource_exhausted"})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200, json={"exist": True}))

    clock = FakeClock()
    with sync_client(handler, max_retries=2) as client:
        client._monotonic, client._sleep = clock.monotonic, clock.sleep
        assert client.check_if_user_exist(username="bob", timeout=5.0).exist is True
    assert clock.slept == [2.0]


@pytest.mark.anyio
async def test_l8_async_retry_after_beyond_the_timeout_raises_at_once() -> None:
    count = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        return httpx.Response(503, headers={"Retry-After": "30"}, json={"error": "unavailable"})

    clock = FakeClock()
    async with AsyncCloudBaseAuth("env-1", transport=httpx.MockTransport(handler), max_retries=3) as client:
        client._monotonic, client._sleep = clock.monotonic, clock.async_sleep
        with pytest.raises(cba.Unavailable):
            await client.check_if_user_exist(username="bob", timeout=1.0)
    assert clock.slept == [] and count == 1


# --- issue 11 item 1: refused token -> one refresh, one retry, never a loop ---------------


def test_i11_refused_twice_is_raised_after_one_refresh_never_looped() -> None:
    hits: list[str] = []
    issued = iter(range(1, 100))

    def handler(request: httpx.Request) -> httpx.Response:
        hits.append(request.url.path)
        if request.url.path.endswith("/user/me"):
            return httpx.Response(
                401, json={"error": "unauthenticated", "error_description": "token revoked"}
            )
        return httpx.Response(200, json=tokens(next(issued)))

    with sync_client(handler) as client:
        client.sign_in_anonymously()
        with pytest.raises(cba.Unauthenticated):
            client.get_user_me()
        assert client.session is not None  # a refused access token is not a reason to sign out
    assert hits.count("/auth/v1/user/me") == 2 and hits.count("/auth/v1/token") == 1


def test_i11_no_refresh_token_means_no_retry() -> None:
    hits: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hits.append(request.url.path)
        if request.url.path.endswith("/user/me"):
            return httpx.Response(401, json={"error": "unauthenticated"})
        return httpx.Response(200, json={**tokens(1), "refresh_token": None} | {})

    with sync_client(handler) as client:
        client.set_session({"access_token": "only-access-token-1", "expires_in": 7200})
        with pytest.raises(cba.Unauthenticated):
            client.get_user_me()
    assert hits == ["/auth/v1/user/me"]


# --- L9: temp files left by a killed writer are removed; temp files are 0600 --------------


def test_l9_stale_temp_files_are_removed_on_open_and_on_set(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    FileStorage(path).set("device_id", "d" * 32)
    stale = tmp_path / ".tokens.json.abc123.tmp"
    stale.write_text('{"credentials_env-1": "refresh-token-left-behind"}')
    FileStorage(path)  # opening the store removes it
    assert not stale.exists()
    store = FileStorage(path)
    stale.write_text('{"credentials_env-1": "refresh-token-left-behind"}')
    store.set("device_id", "e" * 32)  # so does the next write
    assert not stale.exists()
    other = tmp_path / ".other.json.abc123.tmp"  # another store's file is not ours to remove
    other.write_text("{}")
    FileStorage(path).set("k", "v")
    assert other.exists()


def test_l9_temp_files_are_created_0600(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tokens.json"
    modes: list[int] = []
    real_replace = os.replace

    def spy(src: Any, dst: Any) -> None:
        if str(src).endswith(".tmp"):
            modes.append(stat.S_IMODE(os.stat(src).st_mode))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    old = os.umask(0)
    try:
        FileStorage(path).set("k", "v")
    finally:
        os.umask(old)
    assert modes == [0o600]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(FileStorage(path).lock_path.stat().st_mode) == 0o600


# --- L10: base_url ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/auth/v1?x=1", "http://127.0.0.1:8080/auth/v1#frag"])
def test_l10_base_url_with_query_or_fragment_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url") as info:
        CloudBaseAuth("env-1", base_url=url)
    assert "\n" not in str(info.value)


def test_l10_base_url_userinfo_is_not_shown() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"exist": False})

    client = CloudBaseAuth(
        "env-1",
        base_url="https://proxyuser:pr0xy-Pa55@auth.example.test/auth/v1",
        transport=httpx.MockTransport(handler),
    )
    with client:
        for text in (repr(client), str(client), client.base_url):
            assert "pr0xy-Pa55" not in text
        assert "auth.example.test/auth/v1" in repr(client)
        client.check_if_user_exist(username="bob")
    assert seen[0].url.path.startswith("/auth/v1/") and "authorization" not in seen[0].headers
    assert seen[0].url.userinfo == b""


# --- issue 16 items 4 and 5: an error body that echoes a secret does not leak it ----------


def test_i16_secret_query_parameter_echoed_by_an_error_is_redacted() -> None:
    sudo_token = "s9d8f7g6h5j4k3l2"

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/user/me"):
            echoed = request.url.params["sudo_token"]
            return httpx.Response(
                403,
                json={
                    "error": "permission_denied",
                    "error_description": f"stale grant {echoed} for this user",
                },
            )
        return httpx.Response(200, json=tokens(1))

    with sync_client(handler) as client:
        client.sign_in_anonymously()
        with pytest.raises(cba.PermissionDenied) as info:
            client.delete_user_me(sudo_token=sudo_token)
    for text in (str(info.value), repr(info.value), info.value.error_description):
        assert sudo_token not in text
    assert "stale grant [REDACTED] for this user" in str(info.value)


def test_i16_session_refresh_token_echoed_by_an_error_is_redacted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/user/me"):
            return httpx.Response(
                403,
                json={
                    "error": "permission_denied",
                    "error_description": "family refresh-token-0001-zz is frozen",
                },
            )
        return httpx.Response(200, json=tokens(1))

    with sync_client(handler) as client:
        client.sign_in_anonymously()
        with pytest.raises(cba.PermissionDenied) as info:
            client.get_user_me()  # the request carries no refresh token: only the session knows it
    for text in (str(info.value), repr(info.value), info.value.error_description):
        assert "refresh-token-0001-zz" not in text
    assert "family [REDACTED] is frozen" in str(info.value)


@pytest.mark.anyio
async def test_i16_async_error_text_hides_the_session_tokens() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/user/me"):
            return httpx.Response(
                400,
                json={
                    "error": "invalid_argument",
                    "error_description": "tokens access-token-0001-zz / refresh-token-0001-zz mismatch",
                },
            )
        return httpx.Response(200, json=tokens(1))

    async with AsyncCloudBaseAuth("env-1", transport=httpx.MockTransport(handler)) as client:
        await client.sign_in_anonymously()
        with pytest.raises(cba.InvalidArgument) as info:
            await client.get_user_me()
    assert "-0001-zz" not in str(info.value) and "-0001-zz" not in repr(info.value)


def test_i11_a_404_not_from_the_service_says_so() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, text="<html>Not Found</html>", headers={"content-type": "text/html"})

    with (
        sync_client(handler, base_url="http://proxy.example.test/auth/v1", max_retries=0) as client,
        pytest.raises(cba.NotFoundError) as info,
    ):
        client.check_if_user_exist(username="bob")
    assert "not from CloudBase Auth (nothing at /auth/v1/checkIfUserExist)" in str(info.value)
    assert "'http://proxy.example.test/auth/v1' the right service?" in str(info.value)


def test_i11_service_404_with_a_right_base_url_has_no_hint() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": "not_found", "error_description": "no such provider"})

    with sync_client(handler, max_retries=0) as client:
        client.set_session({"access_token": "acc-404-test", "expires_in": 7200})
        with pytest.raises(cba.NotFoundError) as info:
            client.unbind_provider(provider_id="github")
    assert info.value.error_description == "no such provider"


# --- H2 within one process: stores of the same file share one lock -------------------------


class RotatingService:
    """Refresh tokens are single-use; a reused one answers invalid_grant (and is counted)."""

    def __init__(self) -> None:
        self.issued = 1
        self.live = {"refresh-token-0001-zz"}
        self.refreshes = 0
        self.reused = 0

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            self.refreshes += 1
            spent = json.loads(request.content)["refresh_token"]
            if spent not in self.live:
                self.reused += 1
                return httpx.Response(400, json={"error": "invalid_grant", "error_description": "reused"})
            self.live.discard(spent)
            self.issued += 1
            self.live.add(f"refresh-token-{self.issued:04d}-zz")
            return httpx.Response(200, json=tokens(self.issued))
        return httpx.Response(200, json={"sub": "user-1"})


def expired_store(path: Path) -> None:
    session = {**tokens(1), "expires_in": 7200}
    with CloudBaseAuth(
        "env-1", storage=FileStorage(path), transport=httpx.MockTransport(lambda r: httpx.Response(500))
    ) as c:
        c._now = lambda: time.time() - 7300  # stored as expired a while ago
        c.set_session(session)


def test_h2_two_stores_of_one_file_in_threads_refresh_once(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    expired_store(path)
    service = RotatingService()
    clients = [
        CloudBaseAuth("env-1", storage=FileStorage(path), transport=httpx.MockTransport(service.answer))
        for _ in range(4)
    ]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda c: c.get_user_me().sub, clients * 4))
    assert results == ["user-1"] * 16
    assert service.refreshes == 1 and service.reused == 0
    stored = json.loads(json.loads(path.read_text())["credentials_env-1"])
    assert stored["refresh_token"] in service.live
    for c in clients:
        c.close()


@pytest.mark.anyio
async def test_h2_two_async_stores_of_one_file_on_one_loop_refresh_once(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    expired_store(path)
    service = RotatingService()

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)  # the refresh is in flight while the other client wants one
        return service.answer(request)

    clients = [
        AsyncCloudBaseAuth("env-1", storage=FileStorage(path), transport=httpx.MockTransport(slow))
        for _ in range(2)
    ]
    results = await asyncio.wait_for(
        asyncio.gather(*(c.get_user_me() for c in clients for _ in range(5))), timeout=30
    )
    assert {r.sub for r in results} == {"user-1"}
    assert service.refreshes == 1 and service.reused == 0
    for c in clients:
        await c.close()


def fake_ticket(exp_ms: int) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    claims = {"env": "env-1", "uid": "user-0001", "iat": exp_ms - 600000, "exp": exp_ms}
    return f"key-1/@@/{b64(b'{}')}.{b64(json.dumps(claims).encode())}.{b64(b'signature-bytes')}"


@pytest.mark.parametrize(
    ("description", "age_s", "expected"),
    [
        ("ticket has expired", 30, "the ticket expired at "),
        ("ticket has expired", -300, "the service's clock may be ahead"),
        ("signature mismatch", -300, None),
    ],
)
def test_i11_refused_ticket_hint(description: str, age_s: int, expected: str | None) -> None:
    ticket = fake_ticket(int((time.time() - age_s) * 1000))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": "invalid_grant", "error_description": description})

    with sync_client(handler, max_retries=0) as client, pytest.raises(cba.InvalidGrant) as info:
        client.sign_in_custom(provider_id="custom", ticket=ticket)
    message = str(info.value)
    assert message.count(description) == 1 and ticket.rpartition(".")[0] not in message
    if expected is None:
        assert "ticket expire" not in message and "clock" not in message
    else:
        assert expected in message


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_h2_a_child_forked_during_a_refresh_does_not_inherit_the_lock(tmp_path: Path) -> None:
    import multiprocessing

    path = tmp_path / "tokens.json"
    store = FileStorage(path)
    with store.locked():  # as if a thread of the parent were refreshing right now
        ctx = multiprocessing.get_context("fork")
        child = ctx.Process(target=_child_writes, args=(str(path),))
        with warnings.catch_warnings():  # Python 3.12+ warns on fork in a threaded process
            warnings.simplefilter("ignore", DeprecationWarning)
            child.start()
        child.join(timeout=2)
        still_waiting = child.is_alive()  # the child waits for the parent's file lock...
    child.join(timeout=30)  # ...and gets it once the parent lets go
    assert still_waiting and child.exitcode == 0
    assert FileStorage(path).get("from-child") == "yes"


def _child_writes(path: str) -> None:
    FileStorage(path).set("from-child", "yes")


@pytest.mark.parametrize(
    ("raised", "expected", "cls"),
    [
        (
            httpx.ConnectError("[Errno -2] Name or service not known"),
            "cannot connect to env-1.api.tcloudbasegateway.com:443 (host name not resolved)",
            cba.APIConnectionError,
        ),
        (
            httpx.ConnectError("[Errno 111] Connection refused"),
            "cannot connect to env-1.api.tcloudbasegateway.com:443 (connection refused)",
            cba.APIConnectionError,
        ),
        (
            httpx.ConnectTimeout("timed out"),
            "cannot connect to env-1.api.tcloudbasegateway.com:443 (connect timed out)",
            cba.APITimeoutError,
        ),
        (
            httpx.ReadTimeout("timed out"),
            "no answer from env-1.api.tcloudbasegateway.com:443 in time (read timed out)",
            cba.APITimeoutError,
        ),
        (
            httpx.RemoteProtocolError("Server disconnected"),
            "the exchange with env-1.api.tcloudbasegateway.com:443 failed",
            cba.APIConnectionError,
        ),
    ],
)
def test_i11_transport_failures_say_where_and_why(
    raised: httpx.RequestError, expected: str, cls: type[Exception]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    with sync_client(handler, max_retries=0) as client, pytest.raises(cls) as info:
        client.check_if_user_exist(username="bob", request_id="req-42")
    assert str(info.value).startswith(expected)
    assert str(info.value).endswith("for GET /auth/v1/checkIfUserExist [request_id=req-42]")
    assert "username=bob" not in str(info.value)  # the query is not in the message

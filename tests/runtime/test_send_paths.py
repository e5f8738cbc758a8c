"""One exchange and its retries (``SyncAPIClient._send``, ``AsyncAPIClient._send``), through the
runtime under test (the `_base` mutation run of 2026-12-07, brief M7): the answer is streamed,
never read whole before the size cap sees it; a transport failure's retry is dropped when its
wait would outlast the call, and a timeout after the call's deadline is the deadline's error;
a retry after a transport failure is logged with its cause; the refresh call (which has no
caller's timeout) keeps the client's; the async client cuts a hanging attempt at the deadline
whatever the transport.

A fake clock that the client's sleeps move: no real waiting (the async cut waits 0.05 s).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import FakeAuth


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def sync_client(rt: SimpleNamespace, handler: Any, clock: Clock, **kwargs: Any) -> Any:
    client = rt.base.SyncAPIClient("env-1", transport=httpx.MockTransport(handler), **kwargs)
    client._monotonic, client._sleep, client._rand = clock, clock.sleep, lambda: 0.5
    return client


def async_client(rt: SimpleNamespace, handler: Any, clock: Clock, **kwargs: Any) -> Any:
    client = rt.base.AsyncAPIClient("env-1", transport=httpx.MockTransport(handler), **kwargs)
    client._monotonic, client._sleep, client._rand = clock, clock.asleep, lambda: 0.5
    return client


def check_user(rt: SimpleNamespace) -> Any:
    return rt.operations.OPERATIONS["checkIfUserExist"]


CHECK_QUERY = {"username": "bob"}


class Endless:
    """A 200 answer of 256 chunks of 1 KiB (far over the cap; finite, so that a client that reads
    it whole still ends); counts the chunks pulled from it."""

    def __init__(self) -> None:
        self.pulled = 0

    def chunks(self) -> Iterator[bytes]:
        for _ in range(256):
            self.pulled += 1
            yield b" " * 1024

    async def achunks(self) -> AsyncIterator[bytes]:
        for _ in range(256):
            self.pulled += 1
            yield b" " * 1024


def test_the_answer_is_streamed_and_cut_at_the_cap_never_read_whole(rt: SimpleNamespace) -> None:
    endless = Endless()
    client = sync_client(
        rt, lambda r: httpx.Response(200, content=endless.chunks()), Clock(), max_response_bytes=4096
    )
    with pytest.raises(rt.errors.ResponseTooLargeError):
        client._call(check_user(rt), query=CHECK_QUERY)
    assert endless.pulled == 5  # the fifth chunk crosses 4 KiB: nothing after it is read


@pytest.mark.anyio
async def test_async_the_answer_is_streamed_and_cut_at_the_cap_never_read_whole(rt: SimpleNamespace) -> None:
    endless = Endless()
    client = async_client(
        rt, lambda r: httpx.Response(200, content=endless.achunks()), Clock(), max_response_bytes=4096
    )
    with pytest.raises(rt.errors.ResponseTooLargeError):
        await client._call(check_user(rt), query=CHECK_QUERY)
    assert endless.pulled == 5


def refusing(seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    return handler


def test_a_connection_retry_that_would_outlast_the_timeout_is_not_waited_for(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    clock = Clock()
    client = sync_client(rt, refusing(seen), clock, max_retries=2)
    # The first backoff is 0.375 s (0.5 s, jitter 0.75): more than the call's 0.3 s.
    with pytest.raises(rt.errors.APIConnectionError) as info:
        client._call(check_user(rt), query=CHECK_QUERY, timeout=0.3, request_id="req-1")
    assert str(info.value) == (
        "cannot connect to env-1.api.tcloudbasegateway.com:443 (connection refused) "
        "for GET /auth/v1/checkIfUserExist [request_id=req-1]"
    )
    assert len(seen) == 1 and clock.slept == []


@pytest.mark.anyio
async def test_async_a_connection_retry_that_would_outlast_the_timeout_is_not_waited_for(
    rt: SimpleNamespace,
) -> None:
    seen: list[httpx.Request] = []
    clock = Clock()
    client = async_client(rt, refusing(seen), clock, max_retries=2)
    with pytest.raises(rt.errors.APIConnectionError) as info:
        await client._call(check_user(rt), query=CHECK_QUERY, timeout=0.3, request_id="req-1")
    assert str(info.value).startswith(
        "cannot connect to env-1.api.tcloudbasegateway.com:443 (connection refused)"
    )
    assert len(seen) == 1 and clock.slept == []


def late_timeout(clock: Clock) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        clock.now += 5.0  # the transport gave up after the call's deadline
        raise httpx.ReadTimeout("timed out", request=request)

    return handler


DEADLINE_MESSAGE = (
    "GET /auth/v1/checkIfUserExist took longer than the call's timeout of 1s (connect, answer, retries) "
    "[request_id=req-2]"
)


def test_a_transport_timeout_after_the_deadline_is_the_calls_timeout(rt: SimpleNamespace) -> None:
    clock = Clock()
    client = sync_client(rt, late_timeout(clock), clock)
    with pytest.raises(rt.errors.APITimeoutError) as info:
        client._call(check_user(rt), query=CHECK_QUERY, timeout=1.0, request_id="req-2")
    assert str(info.value) == DEADLINE_MESSAGE


@pytest.mark.anyio
async def test_async_a_transport_timeout_after_the_deadline_is_the_calls_timeout(rt: SimpleNamespace) -> None:
    clock = Clock()
    client = async_client(rt, late_timeout(clock), clock)
    with pytest.raises(rt.errors.APITimeoutError) as info:
        await client._call(check_user(rt), query=CHECK_QUERY, timeout=1.0, request_id="req-2")
    assert str(info.value) == DEADLINE_MESSAGE


def refused_once() -> Any:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return httpx.Response(200, json={"exist": True})

    return handler


RETRY_LINE = "retry GET /auth/v1/checkIfUserExist request_id=req-3 after attempt=1 (ConnectError) in 0.375s"
REQUEST_LINES = [
    f"request GET /auth/v1/checkIfUserExist attempt={n} request_id=req-3 query={{'username': 'bob', "
    "'client_id': 'env-1'} body=None"
    for n in (1, 2)
]


def logged(caplog: pytest.LogCaptureFixture, start: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith(start)]


def test_a_retry_after_a_transport_failure_is_logged_with_its_cause(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    client = sync_client(rt, refused_once(), Clock())
    with caplog.at_level(logging.DEBUG, logger="cloudbase_auth"):
        assert client._call(check_user(rt), query=CHECK_QUERY, request_id="req-3") == {"exist": True}
    assert logged(caplog, "retry ") == [RETRY_LINE]
    assert logged(caplog, "request ") == REQUEST_LINES
    assert (
        len(logged(caplog, "response GET /auth/v1/checkIfUserExist status=200 request_id=req-3 elapsed_ms="))
        == 1
    )


@pytest.mark.anyio
async def test_async_a_retry_after_a_transport_failure_is_logged_with_its_cause(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    client = async_client(rt, refused_once(), Clock())
    with caplog.at_level(logging.DEBUG, logger="cloudbase_auth"):
        assert await client._call(check_user(rt), query=CHECK_QUERY, request_id="req-3") == {"exist": True}
    assert logged(caplog, "retry ") == [RETRY_LINE]
    assert logged(caplog, "request ") == REQUEST_LINES
    assert (
        len(logged(caplog, "response GET /auth/v1/checkIfUserExist status=200 request_id=req-3 elapsed_ms="))
        == 1
    )


def busy_token_endpoint(seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, headers={"Retry-After": "30"}, json={"error": "unavailable"})

    return handler


SESSION = {
    "token_type": "Bearer",
    "access_token": "at-1",
    "refresh_token": "rt-1",
    "expires_in": 7200,
    "scope": "user",
}


def test_a_refresh_keeps_the_clients_timeout(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    clock = Clock()
    client = sync_client(rt, busy_token_endpoint(seen), clock, timeout=1.0, max_retries=2)
    client.set_session(SESSION)
    with pytest.raises(rt.errors.Unavailable):
        client.refresh_session()  # no caller's timeout: the client's 1 s, which a 30 s wait outlasts
    assert [r.url.path for r in seen] == ["/auth/v1/token"] and clock.slept == []
    assert seen[0].extensions["timeout"] == {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}


@pytest.mark.anyio
async def test_async_a_refresh_keeps_the_clients_timeout(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []
    clock = Clock()
    client = async_client(rt, busy_token_endpoint(seen), clock, timeout=1.0, max_retries=2)
    client.set_session(SESSION)
    with pytest.raises(rt.errors.Unavailable):
        await client.refresh_session()
    assert [r.url.path for r in seen] == ["/auth/v1/token"] and clock.slept == []


@pytest.mark.anyio
async def test_async_an_attempt_that_hangs_is_cut_at_the_deadline_whatever_the_transport(
    rt: SimpleNamespace,
) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(3)  # a client that does not cut it gets the answer 3 s later
        return httpx.Response(200, json={})

    client = rt.base.AsyncAPIClient("env-1", transport=httpx.MockTransport(hang))
    client._sleep = pytest.fail
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(rt.errors.APITimeoutError) as info:
        await client._call(check_user(rt), query=CHECK_QUERY, timeout=0.05, request_id="req-4")
    assert loop.time() - started < 2
    assert str(info.value) == (
        "GET /auth/v1/checkIfUserExist took longer than the call's timeout of 0.05s (connect, answer, retries) "
        "[request_id=req-4]"
    )


@pytest.mark.anyio
async def test_async_a_call_sends_what_it_was_given(rt: SimpleNamespace, fake: FakeAuth) -> None:
    """Path parameters, query, JSON body, request id, timeout and extra headers all reach the
    request the async client sends (each is passed on by ``_send`` to the request it builds)."""
    client = rt.base.AsyncAPIClient("env-1", transport=fake.transport())
    client.set_session(fake.issue())
    await client._call(
        rt.operations.OPERATIONS["unbindProvider"],
        path_params={"provider_id": "we/ird id"},
        query={"with_user_center": True},
        json={"note": "x"},
        request_id="req-8",
        timeout=httpx.Timeout(7.0, connect=2.0),
        extra_headers={"X-Trace": "t-1"},
    )
    request = fake.requests[-1]
    assert request.url.raw_path == b"/auth/v1/user/provider/we%2Fird%20id?with_user_center=true"
    assert request.content == b'{"note":"x"}'
    assert request.headers["x-request-id"] == "req-8" and request.headers["x-trace"] == "t-1"
    assert request.extensions["timeout"] == {"connect": 2.0, "read": 7.0, "write": 7.0, "pool": 7.0}


@pytest.mark.anyio
async def test_async_a_key_pair_given_to_the_call_signs_it(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []

    def mint(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"token_type": "Bearer", "access_token": "admin-1", "expires_in": 60, "scope": "admin"}
        )

    client = rt.base.AsyncAPIClient("env-1", transport=httpx.MockTransport(mint))  # no key pair of its own
    pair = rt.pkg._tc3.TC3Credentials("AKIDcall0001", "call-key-0123456789")
    await client._call(rt.operations.OPERATIONS["getClientCredential"], tc3=pair)
    assert seen[0].headers["authorization"].startswith("TC3-HMAC-SHA256 Credential=AKIDcall0001/")


@pytest.mark.anyio
async def test_async_redirects_are_not_followed(rt: SimpleNamespace) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"location": "https://attacker.example/steal"})

    client = rt.base.AsyncAPIClient("env-1", transport=httpx.MockTransport(handler))
    with pytest.raises(rt.errors.APIStatusError) as info:
        await client._call(check_user(rt), query=CHECK_QUERY)
    assert info.value.status_code == 302
    assert [r.url.host for r in seen] == ["env-1.api.tcloudbasegateway.com"]


@pytest.mark.anyio
async def test_async_busy_answers_are_retried_max_retries_times_each_logged_with_its_status(
    rt: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[httpx.Request] = []

    def busy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503, headers={"Retry-After": "0.1"}, json={"error": "unavailable"})

    clock = Clock()
    client = async_client(rt, busy, clock, max_retries=2)
    with caplog.at_level(logging.DEBUG, logger="cloudbase_auth"), pytest.raises(rt.errors.Unavailable):
        await client._call(check_user(rt), query=CHECK_QUERY, request_id="req-9")
    assert len(seen) == 3 and clock.slept == [0.1, 0.1]
    assert logged(caplog, "retry ") == [
        f"retry GET /auth/v1/checkIfUserExist request_id=req-9 after attempt={n} (status 503) in 0.100s"
        for n in (1, 2)
    ]

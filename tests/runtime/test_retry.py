"""Retries: only when the request cannot have been acted on; backoff, jitter, Retry-After."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import httpx
import pytest


def scripted(
    answers: list[Callable[[httpx.Request], httpx.Response]],
) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers[min(len(seen), len(answers)) - 1](request)

    return httpx.MockTransport(handler), seen


ERROR_FOR = {400: "invalid_argument", 429: "resource_exhausted", 503: "unavailable"}


def status(code: int, headers: dict[str, str] | None = None) -> Callable[[httpx.Request], httpx.Response]:
    body = {"error": ERROR_FOR.get(code, "internal")} if code >= 400 else {"ok": 1}
    return lambda r: httpx.Response(code, headers=headers, json=body)


def raising(exc: type[httpx.RequestError]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        raise exc("boom", request=request)

    return answer


def sync_client(
    rt: SimpleNamespace, transport: httpx.MockTransport, **kwargs: Any
) -> tuple[Any, list[float]]:
    sleeps: list[float] = []
    client = rt.base.SyncAPIClient("env-1", transport=transport, **kwargs)
    client._sleep = sleeps.append
    client._rand = lambda: 0.5
    return client, sleeps


def call(rt: SimpleNamespace, client: Any) -> Any:
    return client._call(rt.operations.OPERATIONS["signIn"], json={"username": "u", "password": "p"})


@pytest.mark.parametrize(
    "first",
    [
        status(429),
        status(503),
        raising(httpx.ConnectError),
        raising(httpx.ConnectTimeout),
        raising(httpx.PoolTimeout),
    ],
    ids=["429", "503", "connect-error", "connect-timeout", "pool-timeout"],
)
def test_retried_then_success(rt: SimpleNamespace, first: Any) -> None:
    transport, seen = scripted([first, first, status(200)])
    client, sleeps = sync_client(rt, transport)
    assert call(rt, client) == {"ok": 1}
    assert len(seen) == 3
    assert sleeps == [0.5 * 0.75, 1.0 * 0.75]  # backoff 0.5 s, 1 s with jitter factor 0.5 + 0.5 * rand
    assert len({r.headers["x-request-id"] for r in seen}) == 1  # the same request, re-sent


@pytest.mark.parametrize(
    ("answer", "exc_name"),
    [
        (status(500), "InternalServerError"),
        (status(502), "InternalServerError"),
        (status(400), "BadRequestError"),
        (raising(httpx.ReadTimeout), "APITimeoutError"),
        (raising(httpx.WriteTimeout), "APITimeoutError"),
        (raising(httpx.ReadError), "APIConnectionError"),
        (raising(httpx.RemoteProtocolError), "APIConnectionError"),
        (raising(httpx.DecodingError), "APIConnectionError"),
    ],
    ids=[
        "500",
        "502",
        "400",
        "read-timeout",
        "write-timeout",
        "read-error",
        "protocol-error",
        "decoding-error",
    ],
)
def test_not_retried(rt: SimpleNamespace, answer: Any, exc_name: str) -> None:
    transport, seen = scripted([answer, status(200)])
    client, sleeps = sync_client(rt, transport)
    with pytest.raises(getattr(rt.errors, exc_name)):
        call(rt, client)
    assert len(seen) == 1 and sleeps == []


def test_gives_up_after_max_retries(rt: SimpleNamespace) -> None:
    transport, seen = scripted([status(503)])
    client, sleeps = sync_client(rt, transport, max_retries=3)
    with pytest.raises(rt.errors.Unavailable):  # the catalogue class of the last answer's body
        call(rt, client)
    assert len(seen) == 4 and len(sleeps) == 3
    transport, seen = scripted([raising(httpx.ConnectError)])
    client, sleeps = sync_client(rt, transport)
    with pytest.raises(rt.errors.APIConnectionError):
        call(rt, client)
    assert len(seen) == 3 and len(sleeps) == 2


def test_max_retries_zero_disables(rt: SimpleNamespace) -> None:
    transport, seen = scripted([status(429)])
    client, sleeps = sync_client(rt, transport, max_retries=0)
    with pytest.raises(rt.errors.RateLimitError):
        call(rt, client)
    assert len(seen) == 1 and sleeps == []
    with pytest.raises(ValueError):
        rt.base.SyncAPIClient("env-1", max_retries=-1)


def test_retry_after_seconds_and_date(rt: SimpleNamespace) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    transport, _seen = scripted(
        [status(429, {"Retry-After": "7"}), status(503, {"Retry-After": when}), status(200)]
    )
    client, sleeps = sync_client(rt, transport)
    assert call(rt, client) == {"ok": 1}
    assert sleeps[0] == 7.0
    assert 17.0 <= sleeps[1] <= 20.0


def test_retry_after_is_capped_and_garbage_ignored(rt: SimpleNamespace) -> None:
    r = rt.retry
    assert r.parse_retry_after("100000") == r.MAX_RETRY_AFTER
    assert r.parse_retry_after("-3") == 0.0
    assert r.parse_retry_after("soon") is None
    assert r.parse_retry_after("nan") is None
    assert r.parse_retry_after(None) is None
    assert r.retry_delay(0, "soon", rand=lambda: 1.0) == r.BASE_DELAY
    assert r.retry_delay(10, None, rand=lambda: 1.0) == r.MAX_DELAY
    assert r.retry_delay(1, None, rand=lambda: 0.0) == r.BASE_DELAY  # half of 1 s


@pytest.mark.anyio
async def test_async_retries_use_the_injected_sleep(rt: SimpleNamespace) -> None:
    transport, seen = scripted([status(503, {"Retry-After": "2"}), raising(httpx.ConnectError), status(200)])
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with rt.base.AsyncAPIClient("env-1", transport=transport) as client:
        client._sleep = fake_sleep
        client._rand = lambda: 0.0
        assert await client._call(rt.operations.OPERATIONS["signIn"], json={}) == {"ok": 1}
    assert sleeps == [2.0, 0.5]
    assert len(seen) == 3


@pytest.mark.anyio
async def test_async_read_timeout_not_retried(rt: SimpleNamespace) -> None:
    transport, seen = scripted([raising(httpx.ReadTimeout), status(200)])
    async with rt.base.AsyncAPIClient("env-1", transport=transport) as client:
        client._sleep = pytest.fail
        with pytest.raises(rt.errors.APITimeoutError):
            await client._call(rt.operations.OPERATIONS["signIn"], json={})
    assert len(seen) == 1


def test_default_timeout_is_on(rt: SimpleNamespace) -> None:
    client = rt.base.SyncAPIClient("env-1")
    assert client._http.timeout == rt.base.DEFAULT_TIMEOUT
    assert rt.base.DEFAULT_TIMEOUT.read is not None and rt.base.DEFAULT_TIMEOUT.connect is not None
